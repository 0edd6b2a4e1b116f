import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLineUsage, type KindFilter, type LineUsage } from '../../api/usage.ts';
import { useFormat } from '../../app/format.ts';
import { Badge, StatusPill } from '../../kit/badge.tsx';
import { Banner, ErrorBanner } from '../../kit/banner.tsx';
import { Card } from '../../kit/card.tsx';
import { DataTable } from '../../kit/data-table.tsx';
import { Select } from '../../kit/fields.tsx';
import { Skeleton } from '../../kit/spinner.tsx';
import { Tabs } from '../../kit/tabs.tsx';
import { DataChartSection, MonthRecharges, RechargeButton } from './usage-card-extras.tsx';
import { FairUseSection } from './fair-use-section.tsx';
import './usage.css';

const FILTERS: readonly KindFilter[] = ['all', 'voice', 'sva', 'sms_mms', 'data'];

/** Bytes in the seed's units ("2,4 Go"), 1 Go = 1024 Mo as the envelopes count. */
export function formatBytes(bytes: number, language: string): string {
  const fr = language.startsWith('fr');
  const units = fr ? ['o', 'ko', 'Mo', 'Go', 'To'] : ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const n = new Intl.NumberFormat(fr ? 'fr-FR' : 'en-GB', { maximumFractionDigits: i === 0 ? 0 : 1 }).format(
    v,
  );
  return `${n} ${units[i] ?? ''}`;
}

/** Seconds as hh:mm:ss, as the seed's totals show voice. */
export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [h, m, s].map((x) => String(x).padStart(2, '0')).join(':');
}

function monthLabel(month: string, language: string): string {
  const [y, m] = month.split('-').map(Number);
  const label = new Intl.DateTimeFormat(language.startsWith('fr') ? 'fr-FR' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, 15)));
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function Totals({ usage }: { usage: LineUsage }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, voice, sms, mms, sva } = usage.totals;
  const toBeSet = data.toBeSet + voice.toBeSet + sms.toBeSet + mms.toBeSet + sva.toBeSet;
  const block = (title: string, rows: [string, string][]) => (
    <div className="usage-total" role="group" aria-label={title}>
      <h3 className="usage-total__title">{title}</h3>
      <dl className="usage-total__rows">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
  return (
    <>
      <div className="usage-totals">
        {block(t('usage.card.data'), [
          [
            t('usage.card.consumed'),
            usage.envelopeBytes === null
              ? formatBytes(data.inPlan, lang)
              : t('usage.card.envelope', {
                  used: formatBytes(data.inPlan, lang),
                  envelope: formatBytes(usage.envelopeBytes, lang),
                }),
          ],
          [t('usageViews.recharge.recharged'), formatBytes(usage.rechargedBytes, lang)],
          [t('usage.card.offPlan'), formatBytes(data.offPlan, lang)],
        ])}
        {block(t('usage.card.voice'), [
          [t('usage.card.consumed'), formatDuration(voice.inPlan)],
          [t('usage.card.offPlan'), formatDuration(voice.offPlan)],
        ])}
        {block(t('usage.card.smsMms'), [
          [t('usage.card.consumed'), t('usage.card.units', { count: sms.inPlan + mms.inPlan })],
          [t('usage.card.offPlan'), t('usage.card.units', { count: sms.offPlan + mms.offPlan })],
        ])}
        {block(t('usage.card.sva'), [
          [t('usage.card.nonBillable'), formatDuration(sva.inPlan)],
          [t('usage.card.billed'), formatDuration(sva.offPlan)],
        ])}
      </div>
      {usage.envelopePercent !== null ? (
        <div className="usage-meter">
          <meter
            min={0}
            max={100}
            low={80}
            high={99}
            optimum={0}
            value={Math.min(100, usage.envelopePercent)}
            aria-label={t('usage.card.percent', { percent: usage.envelopePercent })}
          />
          <span>{t('usage.card.percent', { percent: usage.envelopePercent })}</span>
        </div>
      ) : (
        <p className="muted">{t('usage.card.noEnvelope')}</p>
      )}
      {toBeSet > 0 ? (
        <Banner tone="warning" title={t('usage.card.toBeSet', { count: toBeSet })}>
          {t('usage.card.toBeSetHint')}
        </Banner>
      ) : null}
    </>
  );
}

/**
 * USE-07 on the line page: the month's totals (data consumed/off-plan against the envelope, voice,
 * SMS+MMS, SVA non billable/billed), a month selector over the 3 viewable months, the data state
 * (USE-04) and alerts (USE-03), and the usage journal with the called numbers masked.
 */
export function LineUsageCard({ lineId }: { lineId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [month, setMonth] = useState<string | undefined>(undefined);
  const [kind, setKind] = useState<KindFilter>('all');
  const query = useLineUsage(lineId, month, kind);
  const usage = query.data;
  if (!usage) {
    return (
      <Card title={t('usage.card.title')}>
        {query.error ? <ErrorBanner error={query.error} /> : <Skeleton width="40%" />}
      </Card>
    );
  }
  return (
    <Card
      title={t('usage.card.title')}
      actions={
        <>
          {usage.dataState ? (
            <StatusPill tone={usage.dataState.state === 'data_blocked' ? 'danger' : 'warning'}>
              {t(`usage.states.${usage.dataState.state}`)}
            </StatusPill>
          ) : null}
          {usage.fairUse?.smsSuspendedUntil ? (
            <StatusPill tone="warning">
              {t('usageFairUse.suspended', { date: format.dateTime(usage.fairUse.smsSuspendedUntil) })}
            </StatusPill>
          ) : null}
          <RechargeButton lineId={lineId} />
        </>
      }
    >
      <div className="usage-head">
        <Select
          label={t('usage.card.month')}
          value={usage.month}
          onChange={(e) => setMonth(e.target.value)}
          options={usage.months.map((m) => ({ value: m, label: monthLabel(m, i18n.language) }))}
        />
      </div>
      <h3 className="usage-section-title">
        {t('usage.card.totals')} {monthLabel(usage.month, i18n.language)}
      </h3>
      <Totals usage={usage} />
      {usage.fairUse ? <FairUseSection fairUse={usage.fairUse} /> : null}
      {usage.dataState?.commandStatus ? (
        <p className="muted">
          {t(usage.dataState.commandStatus === 'sent' ? 'usage.card.sentBlock' : 'usage.card.pendingBlock')}
        </p>
      ) : null}
      <DataChartSection lineId={lineId} month={usage.month} />
      {usage.month === usage.months[0] ? <MonthRecharges lineId={lineId} /> : null}
      <div className="usage-alerts">
        <h3 className="usage-section-title">{t('usage.card.alerts')}</h3>
        {usage.alerts.length === 0 ? (
          <p className="muted">{t('usage.card.noAlert')}</p>
        ) : (
          <ul>
            {usage.alerts.map((a) => (
              <li key={a.threshold}>
                <Badge tone={a.threshold >= 100 ? 'danger' : 'warning'}>
                  {t('usage.card.alert', { threshold: a.threshold, date: format.dateTime(a.at) })}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </div>
      <h3 className="usage-section-title">{t('usage.journal.title')}</h3>
      <Tabs
        label={t('usage.journal.filter')}
        items={FILTERS.map((f) => ({ id: f, label: t(`usage.journal.filters.${f}`) }))}
        value={kind}
        onChange={setKind}
        idPrefix={`usage-${lineId}`}
      />
      {kind === 'data' || kind === 'all' ? <p className="muted">{t('usage.journal.dataNote')}</p> : null}
      <DataTable
        caption={t('usage.journal.count', { count: usage.journal.total })}
        columns={[
          {
            id: 'called',
            header: t('usage.journal.called'),
            cell: (r) => r.calledNumber ?? '—',
            mono: true,
          },
          {
            id: 'designation',
            header: t('usage.journal.designation'),
            cell: (r) => t(`usage.designations.${r.kind}_${r.direction}`),
          },
          {
            id: 'destination',
            header: t('usage.journal.destination'),
            cell: (r) => t(`usage.zones.${r.destinationZone ?? r.zone}` as 'usage.zones.france'),
          },
          { id: 'date', header: t('usage.journal.date'), cell: (r) => format.dateTime(r.startedAt) },
          {
            id: 'quantity',
            header: t('usage.journal.quantity'),
            align: 'end',
            cell: (r) =>
              r.kind === 'data'
                ? formatBytes(r.quantity, i18n.language)
                : r.kind === 'voice' || r.kind === 'sva'
                  ? formatDuration(r.quantity)
                  : t('usage.card.units', { count: r.quantity }),
          },
          {
            id: 'offPlan',
            header: t('usage.journal.offPlan'),
            cell: (r) =>
              r.fairUse
                ? t(`usageFairUse.reasons.${r.fairUse}`)
                : r.offPlan
                  ? t('common.yes')
                  : t('common.no'),
          },
          {
            id: 'amount',
            header: t('usage.journal.amount'),
            align: 'end',
            cell: (r) =>
              r.priceToBeSet ? (
                <Badge tone="warning">{t('usage.journal.toBeSet')}</Badge>
              ) : r.amount !== null ? (
                `${r.amount} €`
              ) : (
                '—'
              ),
          },
        ]}
        rows={usage.journal.items}
        rowKey={(r) => r.id}
        refreshing={query.isFetching}
        empty={{ title: t('usage.journal.empty') }}
      />
    </Card>
  );
}
