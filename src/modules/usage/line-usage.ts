import type { Ctx } from '../../platform/context.ts';
import { alertThresholds, envelopeBytes, envelopePercent, maskNumber, type UsageKind } from './rules.ts';
import { envelopeAfterRecharges, rechargedBytes } from './recharge-rules.ts';
import { lineMonth } from './line-month.ts';
import { rechargesOfMonth } from './recharge-store.ts';
import * as store from './store.ts';
import * as fairUseStore from './fair-use-store.ts';
import type { FairUseReason } from './fair-use-rules.ts';
import type { FairUse } from '../catalog/model.ts';

/** One kind's month total: included and off-plan quantities, the priced amount, the unpriced count. */
export interface KindTotal {
  inPlan: number;
  offPlan: number;
  offPlanAmount: string;
  toBeSet: number;
  records: number;
}

export interface JournalEntry {
  id: string;
  startedAt: string;
  kind: UsageKind;
  direction: 'out' | 'in';
  zone: string;
  destinationZone: string | null;
  /** USE-07: the last 4 digits hidden. */
  calledNumber: string | null;
  quantity: number;
  offPlan: boolean;
  amount: string | null;
  priceToBeSet: boolean;
  /** CAT-05: billed although the plan includes it: beyond fair use (null otherwise). */
  fairUse: FairUseReason | null;
}

/** CAT-05: how far the month is from the fair-use limits of an unlimited plan. */
export interface FairUseView {
  callees: { used: number; max: number };
  recipients: { used: number; max: number };
  maxCallSeconds: number;
  /** Orange: the SMS an hour beyond which SMS sending is suspended; null on Bouygues. */
  smsPerHour: number | null;
  /** Orange: SMS sending suspended until this instant (« SMS suspendus jusqu'au … »). */
  smsSuspendedUntil: string | null;
}

export interface LineUsageView {
  lineId: string;
  month: string;
  /** USE-07: the 3 viewable months, the current one first. */
  months: string[];
  /** The plan's envelope plus the month's applied recharges (USE-06), in bytes. */
  envelopeBytes: number | null;
  /** USE-07: the month's data recharged (applied recharges), in bytes. */
  rechargedBytes: number;
  /** In-plan data against the envelope, in whole percent. */
  envelopePercent: number | null;
  blocked: boolean | null;
  thresholds: number[];
  /** USE-04: "data_blocked" ("Data bloquée") or "throttled" ("Débit réduit") once the envelope is reached. */
  dataState: {
    state: 'data_blocked' | 'throttled';
    since: string;
    operatorCommand: 'block_data' | null;
    commandStatus: 'pending' | 'sent' | null;
  } | null;
  alerts: { threshold: number; at: string }[];
  totals: Record<UsageKind, KindTotal>;
  journal: { items: JournalEntry[]; total: number; limit: number; offset: number };
  /** CAT-05, unlimited plans only (null otherwise). */
  fairUse: FairUseView | null;
}

const cents = (minor: number) => (minor / 100).toFixed(2);

export const KIND_FILTERS = {
  all: null,
  voice: ['voice'],
  sva: ['sva'],
  sms_mms: ['sms', 'mms'],
  data: ['data'],
} as const satisfies Record<string, readonly UsageKind[] | null>;
export type KindFilter = keyof typeof KIND_FILTERS;

/** USE-07: a line's usage for one of its 3 viewable months: totals, alerts, state and journal. */
export async function lineUsage(
  ctx: Ctx,
  lineId: string,
  q: { month?: string | undefined; kind?: KindFilter | undefined; limit: number; offset: number },
): Promise<LineUsageView> {
  const { offer, months, month } = await lineMonth(ctx, lineId, q.month);
  // USE-06 (Reading 14): the month's applied recharges add to its envelope, that month only.
  const recharges = (await rechargesOfMonth(ctx.tx, lineId, month)).map((r) => ({
    month: r.month,
    volumeMb: r.volume_mb,
    applied: r.state === 'applied',
  }));
  const plan = {
    network: offer.network,
    range: offer.range,
    envelopeMb: envelopeAfterRecharges(offer.envelopeMb, recharges, month),
    blocked: offer.blocked,
  };
  const counters = await store.countersOf(ctx.tx, lineId, month);
  const empty = (): KindTotal => ({ inPlan: 0, offPlan: 0, offPlanAmount: '0.00', toBeSet: 0, records: 0 });
  const totals: Record<UsageKind, KindTotal> = {
    voice: empty(),
    sms: empty(),
    mms: empty(),
    data: empty(),
    sva: empty(),
  };
  for (const c of counters)
    totals[c.kind] = {
      inPlan: c.in_plan,
      offPlan: c.off_plan,
      offPlanAmount: cents(c.off_plan_minor),
      toBeSet: c.to_be_set,
      records: c.records,
    };
  const state = await store.dataStateOf(ctx.tx, lineId, month);
  const alerts = await store.alertsOf(ctx.tx, lineId, month);
  const j = await store.journal(ctx.tx, {
    lineId,
    month,
    kinds: KIND_FILTERS[q.kind ?? 'all'],
    limit: q.limit,
    offset: q.offset,
  });
  const env = envelopeBytes(plan);
  return {
    lineId,
    month,
    months,
    envelopeBytes: env > 0 ? env : null,
    rechargedBytes: rechargedBytes(recharges, month),
    envelopePercent: envelopePercent(plan, totals.data.inPlan),
    blocked: plan.blocked,
    thresholds: alertThresholds(plan),
    // A block or a reduced speed lifted by a recharge or a cut-off change is no longer the line's state.
    dataState:
      state && state.lifted_at === null
        ? {
            state: state.state,
            since: state.since.toISOString(),
            operatorCommand: state.operator_command,
            commandStatus: state.command_status,
          }
        : null,
    alerts: alerts.map((a) => ({ threshold: a.threshold, at: a.created_at.toISOString() })),
    totals,
    journal: {
      items: j.rows.map((r) => ({
        id: r.record_id,
        startedAt: r.started_at.toISOString(),
        kind: r.kind,
        direction: r.direction,
        zone: r.zone,
        destinationZone: r.destination_zone,
        calledNumber: maskNumber(r.called_number),
        quantity: r.quantity,
        offPlan: r.off_plan,
        amount: r.amount_minor === null ? null : cents(r.amount_minor),
        priceToBeSet: r.price_to_be_set,
        fairUse: r.fair_use,
      })),
      total: j.total,
      limit: q.limit,
      offset: q.offset,
    },
    fairUse: offer.fairUse ? await fairUseView(ctx, lineId, month, offer.fairUse) : null,
  };
}

async function fairUseView(ctx: Ctx, lineId: string, month: string, rule: FairUse): Promise<FairUseView> {
  const distinct = await fairUseStore.distinctNumbers(ctx.tx, lineId, month);
  const suspension = rule.smsPerHour ? await fairUseStore.currentSuspension(ctx.tx, lineId) : undefined;
  return {
    callees: { used: distinct.callees, max: rule.distinctCalleesPerMonth },
    recipients: { used: distinct.recipients, max: rule.distinctSmsMmsRecipientsPerMonth },
    maxCallSeconds: rule.maxCallSeconds,
    smsPerHour: rule.smsPerHour?.max ?? null,
    smsSuspendedUntil: suspension ? suspension.until.toISOString() : null,
  };
}
