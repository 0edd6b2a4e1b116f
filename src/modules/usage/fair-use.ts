import type { Ctx } from '../../platform/context.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { getOffer, type OfferDetail } from '../catalog/service.ts';
import { linesByIds } from '../lines/service.ts';
import { fairUseVerdicts, smsHourExceededAt, smsSuspensionEnd } from './fair-use-rules.ts';
import * as fairUse from './fair-use-store.ts';
import { perUsePrices } from './per-use-prices.ts';
import { offPlanAmount, type UsageKind } from './rules.ts';
import { scheduleSmsSuspension } from './send-sms-suspension.ts';
import type { RecordInsert } from './store.ts';

const HOUR = 3_600_000;

/**
 * CAT-05, in the import's transaction, once its records are counted: the new outgoing calls and
 * SMS/MMS of a line on a plan with fair use (the unlimited plans) that go beyond it (a 251st
 * distinct callee or recipient of the month, a call's part beyond 2 h) are billed per use at the
 * catalog's per-use price ("à définir" and flagged where there is none): the records are marked
 * for the journal and the month's counters move from included to off-plan. On Orange, SMS beyond
 * 500 in an hour suspend SMS sending for 3 days: an operator command now, and its end at the
 * suspension's end (send-sms-suspension.ts).
 */
export async function applyFairUse(
  ctx: Ctx,
  actions: ActionRegistry,
  fresh: readonly RecordInsert[],
  zone: string,
): Promise<void> {
  const byLine = new Map<string, RecordInsert[]>();
  for (const r of fresh)
    if (r.direction === 'out' && (r.kind === 'voice' || r.kind === 'sms' || r.kind === 'mms'))
      byLine.set(r.lineId, [...(byLine.get(r.lineId) ?? []), r]);
  if (byLine.size === 0) return;
  const offers = new Map<string, OfferDetail>();
  for (const line of (await linesByIds(ctx, [...byLine.keys()])).sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const offer = offers.get(line.offer) ?? (await getOffer(ctx, line.offer));
    offers.set(line.offer, offer);
    const rule = offer.fairUse;
    if (!rule) continue;
    const records = byLine.get(line.id) ?? [];
    const prices = perUsePrices(offer);
    const months = new Map<string, RecordInsert[]>();
    for (const r of records) if (!r.offPlan) months.set(r.month, [...(months.get(r.month) ?? []), r]);
    for (const [month, included] of [...months].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const byId = new Map(included.map((r) => [r.recordId, r]));
      const known = await fairUse.knownNumbers(ctx.tx, line.id, month, [...byId.keys()]);
      const billings: fairUse.FairUseBilling[] = [];
      const moves = new Map<UsageKind, { quantity: number; amountMinor: number; toBeSet: number }>();
      for (const v of fairUseVerdicts(rule, known, included)) {
        const r = byId.get(v.recordId);
        if (!r) continue;
        const amount = offPlanAmount({ kind: r.kind, quantity: v.billed }, prices);
        billings.push({
          recordId: r.recordId,
          reason: v.reason,
          amountMinor: amount,
          toBeSet: amount === null,
        });
        const m = moves.get(r.kind) ?? { quantity: 0, amountMinor: 0, toBeSet: 0 };
        m.quantity += v.billed;
        m.amountMinor += amount ?? 0;
        m.toBeSet += amount === null ? 1 : 0;
        moves.set(r.kind, m);
      }
      await fairUse.markFairUse(ctx.tx, billings);
      for (const [kind, m] of [...moves].sort(([a], [b]) => (a < b ? -1 : 1)))
        await fairUse.moveToOffPlan(ctx.tx, { lineId: line.id, month, kind, ...m });
    }
    const sms = records.filter((r) => r.kind === 'sms');
    if (!rule.smsPerHour || sms.length === 0 || line.msisdn === null) continue;
    const times = sms.map((r) => r.startedAt.getTime());
    const around = await fairUse.sentSms(
      ctx.tx,
      line.id,
      new Date(Math.min(...times) - HOUR),
      new Date(Math.max(...times)),
    );
    const at = smsHourExceededAt(rule.smsPerHour.max, around);
    if (at === null || (await fairUse.suspensionAt(ctx.tx, line.id, at))) continue;
    const until = smsSuspensionEnd(at, rule.smsPerHour.suspensionDays, zone);
    // A burst reported after its 3 days are over suspends nothing any more.
    if (until.getTime() <= ctx.now.getTime()) continue;
    if (await fairUse.insertSuspension(ctx.tx, line.id, at, until))
      await scheduleSmsSuspension(ctx.tx, actions, {
        lineId: line.id,
        since: at,
        until,
        network: line.network,
        msisdn: line.msisdn,
        now: ctx.now,
        by: ctx.actor.id ?? 'system',
      });
  }
}
