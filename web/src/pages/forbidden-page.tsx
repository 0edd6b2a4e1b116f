import { useTranslation } from 'react-i18next';
import { LinkButton } from '../kit/button.tsx';
import { PageHeader } from '../kit/page-header.tsx';

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <PageHeader title={t('forbidden.title')} />
      <p className="page__lead">{t('forbidden.body')}</p>
      <LinkButton to="/" variant="primary" icon="home">
        {t('notFound.home')}
      </LinkButton>
    </div>
  );
}
