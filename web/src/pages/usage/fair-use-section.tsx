import { useTranslation } from 'react-i18next';
import type { LineUsage } from '../../api/usage.ts';

type FairUse = NonNullable<LineUsage['fairUse']>;

/**
 * CAT-05 on the line's usage card: how far the month is from an unlimited plan's fair-use limits
 * (distinct callees and SMS/MMS recipients), so an agent sees it coming before usage is billed.
 */
export function FairUseSection({ fairUse }: { fairUse: FairUse }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('usageFairUse.callees'), t('usageFairUse.usedOf', fairUse.callees)],
    [t('usageFairUse.recipients'), t('usageFairUse.usedOf', fairUse.recipients)],
    [t('usageFairUse.calls'), t('usageFairUse.callsValue', { hours: fairUse.maxCallSeconds / 3600 })],
    ...(fairUse.smsPerHour === null
      ? []
      : [
          [t('usageFairUse.smsPerHour'), t('usageFairUse.smsPerHourValue', { max: fairUse.smsPerHour })] as [
            string,
            string,
          ],
        ]),
  ];
  return (
    <div className="usage-total" role="group" aria-label={t('usageFairUse.title')}>
      <h3 className="usage-total__title">{t('usageFairUse.title')}</h3>
      <dl className="usage-total__rows">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('usageFairUse.hint')}</p>
    </div>
  );
}
