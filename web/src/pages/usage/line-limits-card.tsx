import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session.ts';
import {
  useLineLimits,
  useSetCutoff,
  useSetThreshold,
  type LineLimits,
  type ZoneLimit,
} from '../../api/usage-limits.ts';
import { can } from '../../app/permissions.ts';
import { ErrorBanner } from '../../kit/banner.tsx';
import { StatusPill } from '../../kit/badge.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { DataTable } from '../../kit/data-table.tsx';
import { Select, TextField } from '../../kit/fields.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { Skeleton } from '../../kit/spinner.tsx';
import { useToast } from '../../kit/toast.tsx';
import { formatBytes } from './line-usage-card.tsx';
import { RechargeDialog } from './recharge-dialog.tsx';
import './usage.css';

type LimitState = Pick<ZoneLimit, 'unit' | 'limit' | 'used' | 'percent' | 'alerts' | 'blocked'>;

/** A limit's amount in its unit: a volume ("1 Go") or euros ("50,00 €"). */
function amount(value: number, unit: LimitState['unit'], language: string): string {
  if (unit === 'minor')
    return new Intl.NumberFormat(language.startsWith('fr') ? 'fr-FR' : 'en-GB', {
      style: 'currency',
      currency: 'EUR',
    }).format(value / 100);
  // A 0 MB cut-off reads in MB, as the catalog names it ("0 Mo"), not in bytes.
  return value === 0 ? formatBytes(1024 * 1024, language).replace(/^1/, '0') : formatBytes(value, language);
}

function useLimitTexts() {
  const { t, i18n } = useTranslation();
  const used = (s: LimitState) =>
    s.limit === null
      ? amount(s.used, s.unit, i18n.language)
      : s.percent === null
        ? t('usageLimits.usedOf', {
            used: amount(s.used, s.unit, i18n.language),
            limit: amount(s.limit, s.unit, i18n.language),
          })
        : t('usageLimits.usedOfPercent', {
            used: amount(s.used, s.unit, i18n.language),
            limit: amount(s.limit, s.unit, i18n.language),
            percent: s.percent,
          });
  const state = (s: LimitState) => (
    <>
      {s.blocked ? (
        <StatusPill tone="danger">
          {s.blocked.commandStatus === 'pending' ? t('usageLimits.blockedPending') : t('usageLimits.blocked')}
        </StatusPill>
      ) : (
        <StatusPill tone="success">{t('usageLimits.active')}</StatusPill>
      )}
      {s.alerts.length > 0 ? (
        <span className="muted">
          {' '}
          {t('usageLimits.alerts', { list: s.alerts.map((a) => `${a} %`).join(', ') })}
        </span>
      ) : null}
    </>
  );
  return { used, state };
}

function CutoffDialog({ lineId, zone, onClose }: { lineId: string; zone: ZoneLimit; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const set = useSetCutoff(lineId);
  const [option, setOption] = useState(zone.choices[0]?.code ?? '');
  return (
    <FormDialog
      id={`cutoff-${zone.zone}`}
      title={t('usageLimits.changeCutoffTitle', { zone: zone.zoneName })}
      submitLabel={t('usageLimits.save')}
      pending={set.isPending}
      error={set.error}
      onClose={onClose}
      onSubmit={() =>
        set.mutate(
          { zone: zone.zone, option },
          {
            onSuccess: () => {
              toast({ tone: 'success', title: t('usageLimits.cutoffChanged') });
              onClose();
            },
          },
        )
      }
    >
      <Select
        label={t('usageLimits.newCutoff')}
        hint={t('usageLimits.changeCutoffHint')}
        value={option}
        onChange={(e) => setOption(e.target.value)}
        options={zone.choices.map((c) => ({ value: c.code, label: c.name }))}
      />
    </FormDialog>
  );
}

function ThresholdDialog({
  lineId,
  gb,
  onClose,
}: {
  lineId: string;
  gb: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const set = useSetThreshold(lineId);
  const [value, setValue] = useState(gb === null ? '' : String(gb));
  const [invalid, setInvalid] = useState(false);
  return (
    <FormDialog
      id="data-threshold"
      title={t('usageLimits.changeThresholdTitle')}
      submitLabel={t('usageLimits.save')}
      pending={set.isPending}
      error={set.error}
      onClose={onClose}
      onSubmit={() => {
        const n = Number(value);
        if (!/^\d+$/.test(value.trim()) || n < 1 || n > 100) {
          setInvalid(true);
          return;
        }
        setInvalid(false);
        set.mutate(n, {
          onSuccess: () => {
            toast({ tone: 'success', title: t('usageLimits.thresholdChanged') });
            onClose();
          },
        });
      }}
    >
      <TextField
        label={t('usageLimits.thresholdField')}
        hint={t('usageLimits.thresholdHint')}
        error={invalid ? t('usageLimits.thresholdInvalid') : undefined}
        inputMode="numeric"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
    </FormDialog>
  );
}

function ThresholdRow({
  lineId,
  limits,
  canChange,
}: {
  lineId: string;
  limits: LineLimits;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const texts = useLimitTexts();
  const [open, setOpen] = useState(false);
  const [recharging, setRecharging] = useState(false);
  const th = limits.threshold;
  if (!th) return null;
  return (
    <div className="usage-limits__threshold" role="group" aria-label={t('usageLimits.threshold')}>
      <h3 className="usage-section-title">{t('usageLimits.threshold')}</h3>
      <p>
        {th.gb === null ? t('usageLimits.thresholdNone') : t('usageLimits.thresholdValue', { gb: th.gb })}
        {' · '}
        {texts.used(th)} {texts.state(th)}
      </p>
      {th.blocked ? (
        // CAT-09 "recharges when reached": the block says how to get data back, and offers it.
        <p className="usage-limits__reached" role="status">
          {t('usageLimits.thresholdReached')}{' '}
          {can(session, 'usage.recharge') ? (
            <Button size="sm" variant="primary" onClick={() => setRecharging(true)}>
              {t('usageLimits.thresholdRecharge')}
            </Button>
          ) : null}
        </p>
      ) : null}
      {recharging ? <RechargeDialog lineId={lineId} onClose={() => setRecharging(false)} /> : null}
      {canChange ? (
        <Button size="sm" onClick={() => setOpen(true)}>
          {t('usageLimits.change')}
        </Button>
      ) : null}
      {open ? <ThresholdDialog lineId={lineId} gb={th.gb} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}

/**
 * USE-05, USE-08, USE-09, CAT-09 on the line page: each roaming zone's cut-off with this month's
 * consumption, alerts and whether its data is stopped, and the change dialog (the zone's cut-offs as
 * choices) for the reseller's staff; a data pay-as-you-go line's data threshold.
 */
export function LineLimitsCard({ lineId }: { lineId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const canChange = can(session, 'usage.limits');
  const query = useLineLimits(lineId);
  const texts = useLimitTexts();
  const [editing, setEditing] = useState<ZoneLimit | null>(null);
  const limits = query.data;
  if (!limits) {
    return (
      <Card title={t('usageLimits.title')}>
        {query.error ? <ErrorBanner error={query.error} /> : <Skeleton width="40%" />}
      </Card>
    );
  }
  if (limits.zones.length === 0 && !limits.threshold) return null;
  return (
    <Card title={t('usageLimits.title')}>
      <p className="muted">{t('usageLimits.hint')}</p>
      {limits.zones.length > 0 ? (
        <DataTable
          caption={t('usageLimits.title')}
          columns={[
            { id: 'zone', header: t('usageLimits.zone'), cell: (z) => z.zoneName },
            {
              id: 'limit',
              header: t('usageLimits.limit'),
              cell: (z) => z.current?.name ?? t('usageLimits.noCutoff'),
            },
            { id: 'used', header: t('usageLimits.used'), cell: (z) => texts.used(z) },
            { id: 'state', header: t('usageLimits.state'), cell: (z) => texts.state(z) },
            {
              id: 'change',
              header: '',
              align: 'end',
              cell: (z) =>
                canChange && z.current && z.choices.length > 0 ? (
                  <Button
                    size="sm"
                    onClick={() => setEditing(z)}
                    aria-label={`${t('usageLimits.change')} ${z.zoneName}`}
                  >
                    {t('usageLimits.change')}
                  </Button>
                ) : null,
            },
          ]}
          rows={limits.zones}
          rowKey={(z) => z.zone}
          refreshing={query.isFetching}
          empty={{ title: t('usageLimits.noZones') }}
        />
      ) : null}
      <ThresholdRow lineId={lineId} limits={limits} canChange={canChange} />
      {editing ? <CutoffDialog lineId={lineId} zone={editing} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
}
