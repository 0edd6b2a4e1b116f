import { useTranslation } from 'react-i18next';
import { LinkButton } from '../kit/button.tsx';
import { PageHeader } from '../kit/page-header.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <PageHeader title={t('notFound.title')} />
      <p className="page__lead">{t('notFound.body')}</p>
      <LinkButton to="/" variant="primary" icon="home">
        {t('notFound.home')}
      </LinkButton>
    </div>
  );
}
