import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The table of a subscription's actions (what, when, fee), shared by the first actions card and the
 * lifecycle card: each gives its caption and its rows.
 */
export function ActionTable({ caption, children }: { caption: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <table className="k-table">
      <caption className="k-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('internet.actions.what')}</th>
          <th scope="col">{t('internet.actions.when')}</th>
          <th scope="col">{t('internet.actions.fee')}</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
