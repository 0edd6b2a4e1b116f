import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLinesNearEnvelope } from '../../api/usage-recharge.ts';
import { StatusPill } from '../../kit/badge.tsx';
import { Card } from '../../kit/card.tsx';
import { DataTable } from '../../kit/data-table.tsx';
import { Select } from '../../kit/fields.tsx';
import { PageHeader } from '../../kit/page-header.tsx';
import { formatMsisdn } from '../lines/line-views.tsx';
import { formatBytes } from './line-usage-card.tsx';
import './usage.css';

const SHARES = [0, 50, 80, 100] as const;

/**
 * USE-07, the tenant view: this month's lines nearest to or over their data envelope (share used,
 * data, envelope, plan, customer, "Data bloquée"/"Débit réduit"), sortable and paginated, so an
 * agent can call the customer before the customer calls.
 */
export function LinesNearEnvelopePage() {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [sort, setSort] = useState('-percent');
  const [minPercent, setMinPercent] = useState(0);
  const list = useLinesNearEnvelope({ offset, sort, minPercent: minPercent > 0 ? minPercent : undefined });
  const lang = i18n.language;
  return (
    <div className="page">
      <PageHeader title={t('usageViews.near.title')} subtitle={t('usageViews.near.subtitle')} />
      <Card>
        <div className="usage-head">
          <Select
            label={t('usageViews.near.minPercent')}
            value={String(minPercent)}
            onChange={(e) => {
              setMinPercent(Number(e.target.value));
              setOffset(0);
            }}
            options={SHARES.map((p) => ({
              value: String(p),
              label: p === 0 ? t('usageViews.near.allShares') : t('usageViews.near.atLeast', { percent: p }),
            }))}
          />
        </div>
        <DataTable
          caption={t('usageViews.near.caption')}
          columns={[
            {
              id: 'line',
              header: t('usageViews.near.line'),
              sortKey: 'msisdn',
              cell: (r) => <Link to={`/lines/${r.lineId}`}>{formatMsisdn(r.msisdn)}</Link>,
              mono: true,
            },
            { id: 'user', header: t('usageViews.near.user'), cell: (r) => r.userName },
            {
              id: 'account',
              header: t('usageViews.near.account'),
              sortKey: 'accountName',
              cell: (r) => <Link to={`/accounts/${r.accountId}`}>{r.accountName}</Link>,
            },
            { id: 'plan', header: t('usageViews.near.plan'), cell: (r) => r.offerName, secondary: true },
            {
              id: 'percent',
              header: t('usageViews.near.percent'),
              sortKey: 'percent',
              firstSort: 'desc',
              align: 'end',
              cell: (r) => `${r.percent} %`,
            },
            {
              id: 'used',
              header: t('usageViews.near.used'),
              sortKey: 'usedBytes',
              firstSort: 'desc',
              align: 'end',
              cell: (r) => formatBytes(r.usedBytes, lang),
            },
            {
              id: 'envelope',
              header: t('usageViews.near.envelope'),
              sortKey: 'envelopeBytes',
              align: 'end',
              cell: (r) => formatBytes(r.envelopeBytes, lang),
            },
            {
              id: 'state',
              header: t('usageViews.near.state'),
              cell: (r) =>
                r.dataState ? (
                  <StatusPill tone={r.dataState === 'data_blocked' ? 'danger' : 'warning'}>
                    {t(`usage.states.${r.dataState}`)}
                  </StatusPill>
                ) : (
                  <span className="muted">{t('usageViews.near.normal')}</span>
                ),
            },
          ]}
          rows={list.data?.items}
          rowKey={(r) => r.lineId}
          loading={list.isLoading}
          refreshing={list.isFetching && !list.isLoading}
          error={list.error}
          onRetry={() => void list.refetch()}
          empty={{ title: t('usageViews.near.empty') }}
          sort={sort}
          onSortChange={(s) => {
            setSort(s);
            setOffset(0);
          }}
          {...(list.data
            ? {
                pagination: {
                  total: list.data.total,
                  limit: list.data.limit,
                  offset: list.data.offset,
                  onOffsetChange: setOffset,
                },
              }
            : {})}
        />
      </Card>
    </div>
  );
}
