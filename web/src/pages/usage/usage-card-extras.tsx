import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLineDataChart, useLineRecharges } from '../../api/usage-recharge.ts';
import { useFormat } from '../../app/format.ts';
import { Badge } from '../../kit/badge.tsx';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Skeleton } from '../../kit/spinner.tsx';
import { RechargeDialog } from './recharge-dialog.tsx';
import './usage-views.css';

/** chart.js and react-chartjs-2 load with the chart only, not with the line page. */
const DataChart = lazy(() => import('./data-chart.tsx'));

/** USE-06: the card's « Recharge data » button and its dialog. */
export function RechargeButton({ lineId }: { lineId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)}>
        {t('usageViews.recharge.open')}
      </Button>
      {open ? <RechargeDialog lineId={lineId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

/** USE-07: the month's cumulative data against the envelope (80 % and 100 % marks). */
export function DataChartSection({ lineId, month }: { lineId: string; month: string }) {
  const { t } = useTranslation();
  const query = useLineDataChart(lineId, month);
  return (
    <section aria-label={t('usageViews.chart.title')}>
      <h3 className="usage-section-title">{t('usageViews.chart.title')}</h3>
      {query.data ? (
        <Suspense fallback={<Skeleton width="60%" />}>
          <DataChart chart={query.data} />
        </Suspense>
      ) : query.error ? (
        <ErrorBanner error={query.error} />
      ) : (
        <Skeleton width="60%" />
      )}
    </section>
  );
}

/** USE-06: this month's recharges, pending (up to 30 minutes) or applied. */
export function MonthRecharges({ lineId }: { lineId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useLineRecharges(lineId);
  const items = query.data?.items ?? [];
  // Once a pending recharge is applied, the card's totals, state and chart are read again.
  const client = useQueryClient();
  const applied = items.filter((r) => r.state === 'applied').length;
  const seen = useRef(applied);
  useEffect(() => {
    if (applied > seen.current) void client.invalidateQueries({ queryKey: ['usage'] });
    seen.current = applied;
  }, [applied, client]);
  if (items.length === 0) return null;
  return (
    <>
      <h3 className="usage-section-title">{t('usageViews.recharge.history')}</h3>
      <ul className="usage-recharges">
        {items.map((r) => (
          <li key={r.id}>
            {t('usageViews.recharge.item', {
              name: r.optionName,
              date: format.dateTime(r.orderedAt),
              by: r.orderedBy,
            })}{' '}
            <Badge tone={r.state === 'applied' ? 'success' : 'warning'}>
              {t(r.state === 'applied' ? 'usageViews.recharge.applied' : 'usageViews.recharge.pending')}
            </Badge>
          </li>
        ))}
      </ul>
    </>
  );
}
