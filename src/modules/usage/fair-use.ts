import type { Ctx } from '../../platform/context.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import type { FairUse } from '../catalog/model.ts';
import { getOffer, type OfferDetail } from '../catalog/service.ts';
import type { LineByNumber } from '../lines/service.ts';
import { fairUseVerdicts, smsHourExceededAt, smsSuspensionEnd } from './fair-use-rules.ts';
import * as fairUse from './fair-use-store.ts';
import { perUsePrices } from './per-use-prices.ts';
import { offPlanAmount, type PerUsePrices, type UsageKind } from './rules.ts';
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
  /**
   * The batch's lines as the import already read them by number. Reading them again as full
   * views (linesByIds) and every offer again per batch took nearly all of this step's time (a
   * 60,000-record import: 4.6 s of fair use before, 0.6 s with the lines and offers passed in).
   */
  lines: readonly LineByNumber[],
  /** The import's offers, read once for all its batches. */
  offers: Map<string, OfferDetail>,
): Promise<void> {
  const byLine = new Map<string, RecordInsert[]>();
  for (const r of fresh)
    if (r.direction === 'out' && (r.kind === 'voice' || r.kind === 'sms' || r.kind === 'mms')) {
      const rs = byLine.get(r.lineId);
      if (rs) rs.push(r);
      else byLine.set(r.lineId, [r]);
    }
  if (byLine.size === 0) return;
  // The lines with a rule, and what the batch reads of each, read for all of them at once: the
  // numbers each month already reached, the SMS sent around the new ones.
  const ruled: { line: LineByNumber; rule: FairUse; offer: OfferDetail; records: RecordInsert[] }[] = [];
  for (const line of lines.filter((l) => byLine.has(l.id)).sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const offer = offers.get(line.offer) ?? (await getOffer(ctx, line.offer));
    offers.set(line.offer, offer);
    if (offer.fairUse)
      ruled.push({
        line,
        rule: offer.fairUse,
        offer,
        records: byLine.get(line.id) ?? [],
      });
  }
  if (ruled.length === 0) return;
  const monthsOf = (records: readonly RecordInsert[]) => {
    const months = new Map<string, RecordInsert[]>();
    for (const r of records)
      if (!r.offPlan) {
        const rs = months.get(r.month);
        if (rs) rs.push(r);
        else months.set(r.month, [r]);
      }
    return [...months].sort(([a], [b]) => (a < b ? -1 : 1));
  };
  const months = new Map(ruled.map((l) => [l.line.id, monthsOf(l.records)]));
  // The counters first, for the whole batch: only a month whose counters exceed a limit of
  // distinct numbers may go beyond it, only a line whose counted SMS exceed the hour's cap may
  // exceed it (fair-use-store.ts: fairUseCounts). Their records are read; the others' are not.
  const counts = await fairUse.fairUseCounts(
    ctx.tx,
    ruled.map((l) => {
      let from = l.records[0]?.month ?? '';
      let to = from;
      for (const r of l.records) {
        if (r.month < from) from = r.month;
        if (r.month > to) to = r.month;
      }
      return { lineId: l.line.id, from: previousMonth(from), to };
    }),
  );
  const counted = (lineId: string, month: string, ...kinds: UsageKind[]) =>
    kinds.reduce((n, k) => n + (counts.get(lineId)?.records.get(`${month}|${k}`) ?? 0), 0);
  const beyondNumbers = new Set<string>();
  for (const { line, rule } of ruled)
    for (const [month] of months.get(line.id) ?? [])
      if (
        counted(line.id, month, 'voice') > rule.distinctCalleesPerMonth ||
        counted(line.id, month, 'sms', 'mms') > rule.distinctSmsMmsRecipientsPerMonth
      )
        beyondNumbers.add(`${line.id}|${month}`);
  const known = await fairUse.knownNumbersMany(
    ctx.tx,
    ruled.flatMap((l) =>
      (months.get(l.line.id) ?? [])
        .filter(([month]) => beyondNumbers.has(`${l.line.id}|${month}`))
        .map(([month]) => ({ lineId: l.line.id, month })),
    ),
    ruled.flatMap((l) =>
      (months.get(l.line.id) ?? [])
        .filter(([month]) => beyondNumbers.has(`${l.line.id}|${month}`))
        .flatMap(([, rs]) => rs.map((r) => r.recordId)),
    ),
  );
  const smsOf = (l: (typeof ruled)[number]) => l.records.filter((r) => r.kind === 'sms');
  const smsLines = ruled.filter(
    (l) =>
      l.rule.smsPerHour &&
      smsOf(l).length > 0 &&
      [...(counts.get(l.line.id)?.sms.values() ?? [])].reduce((n, q) => n + q, 0) > l.rule.smsPerHour.max,
  );
  const sent = await fairUse.sentSmsMany(
    ctx.tx,
    smsLines.map((l) => {
      const times = smsOf(l).map((r) => r.startedAt.getTime());
      return {
        lineId: l.line.id,
        from: new Date(Math.min(...times) - HOUR),
        to: new Date(Math.max(...times)),
      };
    }),
  );
  const none = { callees: new Set<string>(), recipients: new Set<string>() };
  // The batch's billings and counter moves, written at the end in one statement each.
  const billings: fairUse.FairUseBilling[] = [];
  const moves: fairUse.OffPlanMove[] = [];
  // The per-use prices of an offer, worked out for the records billed only.
  const prices = new Map<OfferDetail, PerUsePrices>();
  const pricesOf = (offer: OfferDetail) => {
    let p = prices.get(offer);
    if (!p) prices.set(offer, (p = perUsePrices(offer)));
    return p;
  };
  for (const { line, rule, offer } of ruled)
    for (const [month, included] of months.get(line.id) ?? []) {
      const key = `${line.id}|${month}`;
      // Within the limits of distinct numbers, only a call beyond 2 h is billed.
      if (
        !beyondNumbers.has(key) &&
        !included.some((r) => r.kind === 'voice' && r.quantity > rule.maxCallSeconds)
      )
        continue;
      const byId = new Map(included.map((r) => [r.recordId, r]));
      const byKind = new Map<UsageKind, { quantity: number; amountMinor: number; toBeSet: number }>();
      for (const v of fairUseVerdicts(rule, known.get(key) ?? none, included)) {
        const r = byId.get(v.recordId);
        if (!r) continue;
        const amount = offPlanAmount({ kind: r.kind, quantity: v.billed }, pricesOf(offer));
        billings.push({
          recordId: r.recordId,
          reason: v.reason,
          amountMinor: amount,
          toBeSet: amount === null,
        });
        const m = byKind.get(r.kind) ?? { quantity: 0, amountMinor: 0, toBeSet: 0 };
        m.quantity += v.billed;
        m.amountMinor += amount ?? 0;
        m.toBeSet += amount === null ? 1 : 0;
        byKind.set(r.kind, m);
      }
      for (const [kind, m] of [...byKind].sort(([a], [b]) => (a < b ? -1 : 1)))
        moves.push({ lineId: line.id, month, kind, ...m });
    }
  await fairUse.markFairUse(ctx.tx, billings);
  await fairUse.moveManyToOffPlan(ctx.tx, moves);
  for (const { line, rule } of smsLines) {
    if (!rule.smsPerHour) continue;
    const at = smsHourExceededAt(rule.smsPerHour.max, sent.get(line.id) ?? []);
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

/** The month before a `yyyy-MM` month. */
function previousMonth(month: string): string {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
