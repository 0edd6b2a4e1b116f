import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../kit/banner.tsx';
import { Spinner } from '../kit/spinner.tsx';

export function FullPageLoading() {
  const { t } = useTranslation();
  return (
    <div className="full-page-status">
      <Spinner label={t('shell.loadingApp')} />
      <p aria-hidden="true">{t('shell.loadingApp')}</p>
    </div>
  );
}

export function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="full-page-status">
      <ErrorBanner error={error} onRetry={onRetry} title={t('shell.sessionErrorTitle')} />
    </div>
  );
}
