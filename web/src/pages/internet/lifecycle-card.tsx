import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionTable } from './action-table.tsx';
import { useQuery } from '@tanstack/react-query';
import type { Schema } from '../../api/contract.ts';
import { api } from '../../api/client.ts';
import { useFormat } from '../../app/format.ts';
import { StatusPill } from '../../kit/badge.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { Select, TextField } from '../../kit/fields.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { useToast } from '../../kit/toast.tsx';
import {
  useInternetCatalog,
  useInternetMutation,
  type EligibilityCheck,
  type InternetSubscription,
  type Operator,
} from './internet-api.ts';
import { formatShekels } from './money.ts';

/** The lifecycle view of a subscription as the server sends it (the generated API contract). */
export type InternetLifecycle = Schema<'InternetLifecycle'>;
type LifecycleAction = InternetLifecycle['actions'][number];

function useLifecycle(id: string) {
  return useQuery({
    // Under the internet key: every internet mutation refreshes it.
    queryKey: ['internet', 'lifecycle', id],
    queryFn: ({ signal }) =>
      api.get<InternetLifecycle>(
        `/api/internet/subscriptions/${encodeURIComponent(id)}/lifecycle`,
        undefined,
        signal,
      ),
  });
}

/**
 * Issue 11 §3: plan change, move, fixed IP / DNS, reactivation and provider switch, each with its
 * date and price; a refused action is disabled with its reason in French; the pending requests,
 * with the operator's confirmation an agent records.
 */
export function LifecycleCard({ s }: { s: InternetSubscription }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { data: l } = useLifecycle(s.id);
  const [open, setOpen] = useState<LifecycleAction['type'] | null>(null);
  const confirm = useInternetMutation<{ id: string }, InternetLifecycle>(
    (b) => `/api/internet/changes/${b.id}/confirmation`,
  );
  if (!l) return null;
  const label = (type: LifecycleAction['type']) =>
    t(`internet.lifecycle.types.${type === 'fixed_ip' && s.operator === 'hot' ? 'fixed_ip_hot' : type}`);
  const when = (a: LifecycleAction) => {
    if (!a.allowed) return '—';
    if (a.type === 'move') return t('internet.lifecycle.when.agreed');
    if (a.type === 'fixed_ip')
      return a.activation === 'immediate'
        ? t('internet.lifecycle.when.now')
        : t('internet.lifecycle.when.operator');
    if (a.type === 'reactivate') return t('internet.lifecycle.when.operator');
    return t('internet.lifecycle.when.billingDay', { date: fmt.date(a.effectiveAt) });
  };
  return (
    <Card title={t('internet.lifecycle.title')}>
      <ActionTable caption={t('internet.lifecycle.caption')}>
        {l.actions.map((a) => (
          <tr key={a.type}>
            <td>
              <Button size="sm" disabled={!a.allowed} onClick={() => setOpen(a.type)}>
                {label(a.type)}
              </Button>
              {a.reason ? (
                <p className="internet-refusal">
                  {t('internet.actions.refused', { reason: `${a.reason.title} (${a.reason.detail})` })}
                </p>
              ) : null}
              {a.late ? <p role="note">{t('internet.lifecycle.late')}</p> : null}
            </td>
            <td>{when(a)}</td>
            <td>
              {a.monthly
                ? t('internet.actions.feeMonthly', { amount: formatShekels(a.monthly, i18n.language) })
                : t('internet.actions.none')}
            </td>
          </tr>
        ))}
      </ActionTable>
      <h3>{t('internet.lifecycle.changes')}</h3>
      {l.changes.length === 0 ? (
        <p>{t('internet.lifecycle.none')}</p>
      ) : (
        <table className="k-table">
          <caption className="k-visually-hidden">{t('internet.lifecycle.changes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('internet.actions.what')}</th>
              <th scope="col">{t('internet.lifecycle.effective')}</th>
              <th scope="col">{t('internet.page.state')}</th>
            </tr>
          </thead>
          <tbody>
            {l.changes.map((c) => (
              <tr key={c.id}>
                <td>
                  {t(`internet.lifecycle.changeKinds.${c.kind}`)} — {c.summary}
                </td>
                <td>{c.effectiveAt ? fmt.date(c.effectiveAt) : '—'}</td>
                <td>
                  <StatusPill
                    tone={c.state === 'done' ? 'success' : c.state === 'cancelled' ? 'neutral' : 'warning'}
                  >
                    {t(`internet.lifecycle.changeStates.${c.state}`)}
                  </StatusPill>
                  {c.state === 'awaiting_confirmation' ? (
                    <Button
                      size="sm"
                      loading={confirm.isPending}
                      onClick={() => confirm.mutate({ id: c.id })}
                    >
                      {t('internet.lifecycle.confirmOperator')}
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open ? (
        <LifecycleDialog s={s} l={l} type={open} title={label(open)} onClose={() => setOpen(null)} />
      ) : null}
    </Card>
  );
}

function LifecycleDialog({
  s,
  l,
  type,
  title,
  onClose,
}: {
  s: InternetSubscription;
  l: InternetLifecycle;
  type: LifecycleAction['type'];
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const toast = useToast();
  const catalog = useInternetCatalog();
  const action = l.actions.find((a) => a.type === type);
  const other: Operator = s.operator === 'hot' ? 'partner' : 'hot';
  const [planCode, setPlanCode] = useState(() => l.plans.find((p) => p.allowed)?.code ?? '');
  const [address, setAddress] = useState('');
  const [date, setDate] = useState('');
  const [movePlan, setMovePlan] = useState('');
  const [flats, setFlats] = useState('');
  const [masap, setMasap] = useState('');
  const otherPlans = (catalog.data?.items ?? []).filter((i) => i.type === 'plan' && i.operator === other);
  const [switchPlan, setSwitchPlan] = useState('');
  const check = useInternetMutation<
    { accountId: string; operator: Operator; address: string },
    EligibilityCheck
  >(() => '/api/internet/eligibility-checks');
  const paths: Record<LifecycleAction['type'], string> = {
    change_plan: 'plan-change',
    move: 'move',
    fixed_ip: 'fixed-ip',
    reactivate: 'reactivation',
    switch_provider: 'provider-switch',
  };
  const mutation = useInternetMutation<Record<string, unknown>, InternetLifecycle>(
    () => `/api/internet/subscriptions/${s.id}/${paths[type]}`,
  );
  const flatsValue = flats.trim() === '' ? null : Number(flats);
  const body = (): Record<string, unknown> => {
    switch (type) {
      case 'change_plan':
        return { planCode };
      case 'move':
        return {
          address,
          date,
          ...(movePlan ? { planCode: movePlan } : {}),
          ...(movePlan && s.operator === 'partner' ? { buildingFlats: flatsValue } : {}),
        };
      case 'switch_provider':
        return {
          masap,
          planCode: switchPlan || otherPlans[0]?.code || '',
          ...(other === 'partner' ? { buildingFlats: flatsValue } : {}),
        };
      default:
        return {};
    }
  };
  const submit = () =>
    mutation.mutate(body(), {
      onSuccess: () => {
        toast({ tone: 'success', title: t('internet.lifecycle.done') });
        onClose();
      },
    });
  const chosen = l.plans.find((p) => p.code === planCode);
  const checkButton = (operator: Operator, at: string) => (
    <>
      <Button
        size="sm"
        variant="secondary"
        disabled={at.trim() === ''}
        loading={check.isPending}
        onClick={() => check.mutate({ accountId: s.accountId, operator, address: at })}
      >
        {t('internet.lifecycle.checkHere')}
      </Button>
      {check.data ? (
        <p role="status">
          {check.data.fibreEligible
            ? t('internet.order.eligible', {
                date: fmt.dateTime(check.data.checkedAt),
                who: check.data.checkedBy,
                reference: check.data.reference ?? '—',
              })
            : t('internet.order.notEligible', {
                date: fmt.dateTime(check.data.checkedAt),
                reference: check.data.reference ?? '—',
              })}
        </p>
      ) : null}
    </>
  );
  return (
    <FormDialog
      id="internet-lifecycle"
      title={title}
      submitLabel={t('internet.lifecycle.confirm')}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onSubmit={submit}
    >
      {type === 'change_plan' ? (
        <>
          <Select
            label={t('internet.lifecycle.plan')}
            value={planCode}
            onChange={(e) => setPlanCode(e.target.value)}
            options={l.plans.map((p) => ({
              value: p.code,
              label:
                p.allowed || !p.reason
                  ? p.name
                  : t('internet.lifecycle.planRefused', { name: p.name, reason: p.reason.title }),
              disabled: !p.allowed,
            }))}
          />
          {chosen?.price ? <p>{t(`internet.lifecycle.price.${chosen.price}`)}</p> : null}
          {l.plans.some((p) => p.reason?.code === 'internet.eligibility_required') ? (
            <>
              <p>{t('internet.lifecycle.fibreHint')}</p>
              {checkButton(s.operator, s.address)}
            </>
          ) : null}
          <p>{t('internet.lifecycle.planNotice', { date: fmt.date(action?.effectiveAt) })}</p>
        </>
      ) : null}
      {type === 'move' ? (
        <>
          <p>{t('internet.lifecycle.moveHint')}</p>
          <TextField
            label={t('internet.lifecycle.moveAddress')}
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
          <TextField
            label={t('internet.lifecycle.moveDate')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
          <Select
            label={t('internet.lifecycle.movePlan')}
            value={movePlan}
            onChange={(e) => setMovePlan(e.target.value)}
            options={[
              { value: '', label: t('internet.lifecycle.moveSamePlan') },
              ...l.plans.filter((p) => p.code !== s.plan.code).map((p) => ({ value: p.code, label: p.name })),
            ]}
          />
          {movePlan && s.operator === 'partner' ? (
            <TextField
              label={t('internet.lifecycle.moveFlats')}
              type="number"
              value={flats}
              onChange={(e) => setFlats(e.target.value)}
            />
          ) : null}
          {checkButton(s.operator, address)}
        </>
      ) : null}
      {type === 'fixed_ip' ? (
        <p>
          {s.operator === 'hot' ? t('internet.lifecycle.fixedIpHot') : t('internet.lifecycle.fixedIpPartner')}
        </p>
      ) : null}
      {type === 'reactivate' ? <p>{t('internet.lifecycle.reactivateHint')}</p> : null}
      {type === 'switch_provider' ? (
        <>
          {action?.late ? <p role="note">{t('internet.lifecycle.late')}</p> : null}
          <p>{t('internet.lifecycle.switchHint', { date: fmt.date(action?.effectiveAt) })}</p>
          <Select
            label={t('internet.lifecycle.switchPlan')}
            value={switchPlan || otherPlans[0]?.code || ''}
            onChange={(e) => setSwitchPlan(e.target.value)}
            options={otherPlans.map((p) => ({
              value: p.code,
              label: p.amount ? `${p.name} — ${formatShekels(p.amount, 'fr')}` : p.name,
            }))}
          />
          <TextField
            label={t('internet.lifecycle.switchMasap')}
            value={masap}
            onChange={(e) => setMasap(e.target.value)}
          />
          {other === 'partner' ? (
            <TextField
              label={t('internet.order.flats')}
              type="number"
              value={flats}
              onChange={(e) => setFlats(e.target.value)}
            />
          ) : null}
          {checkButton(other, s.address)}
        </>
      ) : null}
    </FormDialog>
  );
}
