import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { Button } from '../../kit/button.tsx';
import { DateTimeField } from '../../kit/date-time-field.tsx';
import type { DescriptionItem } from '../../kit/description-list.tsx';
import { useInternetMutation, type InternetAction, type InternetSubscription } from './internet-api.ts';

/**
 * The handbook's remaining steps on the subscription page (issue 11 §3/§4): NET-09's Bezeq wait with
 * its estimate (never a deadline), NET-12's Wi-Fi change handed to HOT with its call sheet, NET-15's
 * installation window.
 */

/** A local date as the server gives it (YYYY-MM-DD, already in the tenant's zone) → 17/11/2026. */
const localDay = (d: string) => d.split('-').reverse().join('/');

/** NET-15: the slot and the end of the 30–45 minute visit, in the tenant's zone. */
export function useInstallationText(s: InternetSubscription): string {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (s.installationNoDueDate) return t('internet.page.noDueDate');
  if (!s.installationAt) return '—';
  const from = fmt.dateTime(s.installationAt);
  if (!s.installationUntil) return t('internet.page.installationAt', { date: from });
  return t('internet.handbook.window', {
    date: from.slice(0, 10),
    from: from.slice(11),
    to: fmt.dateTime(s.installationUntil).slice(11),
  });
}

/** NET-09 and NET-12: the rows shown while the subscription waits for Bezeq or for HOT. */
export function useHandbookRows(s: InternetSubscription): DescriptionItem[] {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [pending, setPending] = useState<{ ssid: string | null; password: string | null } | null>(null);
  const reveal = useInternetMutation<
    { subscriptionId: string },
    { pending: { ssid: string | null; password: string | null } | null }
  >((b) => `/api/internet/subscriptions/${b.subscriptionId}/wifi/reveal`);
  const rows: DescriptionItem[] = [];
  if (s.bezeq)
    rows.push({
      term: t('internet.handbook.bezeqRow'),
      description: t('internet.handbook.bezeqValue', {
        date: fmt.date(s.bezeq.reportedAt),
        channel: t(`internet.handbook.channels.${s.bezeq.channel}`),
        from: localDay(s.bezeq.estimateFrom),
        to: localDay(s.bezeq.estimateTo),
      }),
    });
  if (s.technicianChase)
    rows.push({
      term: t('internet.handbook.chaseRow'),
      description: t(
        s.operator === 'hot' ? 'internet.handbook.chaseCallValue' : 'internet.handbook.chaseValue',
        {
          operator: s.operatorName,
          who: s.technicianChase.to,
          date: fmt.dateTime(s.technicianChase.chasedAt),
        },
      ),
    });
  if (s.wifiChange)
    rows.push({
      term: t('internet.handbook.wifiChangeRow'),
      description: (
        <>
          {t('internet.handbook.wifiChangeValue', {
            date: fmt.date(s.wifiChange.requestedAt),
            name: s.wifiChange.contactName,
            phone: s.wifiChange.contactPhone ? ` (${s.wifiChange.contactPhone})` : '',
            masap: s.masap,
          })}{' '}
          {pending ? (
            t('internet.handbook.wifiNewValue', {
              ssid: pending.ssid ?? '—',
              password: pending.password ?? '—',
            })
          ) : (
            <Button
              size="sm"
              loading={reveal.isPending}
              onClick={() =>
                reveal.mutate({ subscriptionId: s.id }, { onSuccess: (r) => setPending(r.pending) })
              }
            >
              {t('internet.handbook.wifiShowNew')}
            </Button>
          )}
        </>
      ),
    });
  return rows;
}

/** What the action's "when" column says for the handbook's actions (null: the page's usual text). */
export function useHandbookWhen(a: InternetAction): string | null {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (a.type !== 'report_bezeq') return null;
  return a.effectiveAt ? t('internet.handbook.estimateWhen', { date: fmt.date(a.effectiveAt) }) : '—';
}

/** The dialog's body for the handbook's actions and the Wi-Fi change's note. */
export function HandbookDialogBody({
  s,
  action,
  slot,
  setSlot,
}: {
  s: InternetSubscription;
  action: InternetAction;
  slot: string;
  setSlot: (v: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  switch (action.type) {
    case 'report_bezeq':
      return (
        <>
          <p>{t('internet.handbook.bezeqIntro')}</p>
          <p role="note">{t('internet.handbook.bezeqEstimate', { date: fmt.date(action.effectiveAt) })}</p>
        </>
      );
    case 'reschedule_installation':
      return (
        <>
          <p>{t('internet.handbook.rescheduleIntro')}</p>
          <p>{t('internet.actions.presence')}</p>
          <DateTimeField
            label={t('internet.actions.slot')}
            timeZone={fmt.timeZone}
            value={slot}
            onChange={setSlot}
          />
        </>
      );
    case 'confirm_wifi':
      return <p>{t('internet.handbook.confirmWifiIntro')}</p>;
    case 'set_wifi':
      return (
        <p role="note">
          {s.operator === 'hot' ? t('internet.handbook.wifiHot') : t('internet.handbook.wifiPartner')}
        </p>
      );
    default:
      return null;
  }
}
