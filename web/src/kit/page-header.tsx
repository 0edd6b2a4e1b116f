import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Page title (also the document title), a line of context and the page's main actions. */
export function PageHeader({
  title,
  subtitle,
  actions,
  back,
  status,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  /** A link back up, e.g. to the list a record came from. */
  back?: ReactNode;
  status?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <header className="k-page-header">
      <title>{`${title} · ${t('common.appName')}`}</title>
      {back ? <div className="k-page-header__back">{back}</div> : null}
      <div className="k-page-header__row">
        <div className="k-page-header__text">
          <div className="k-page-header__title-row">
            <h1 className="k-page-header__title">{title}</h1>
            {status}
          </div>
          {subtitle ? <p className="k-page-header__subtitle">{subtitle}</p> : null}
        </div>
        {actions ? <div className="k-page-header__actions">{actions}</div> : null}
      </div>
    </header>
  );
}
