import { DateTime } from 'luxon';
import type { FairUse } from '../catalog/model.ts';
import type { UsageKind } from './rules.ts';

/**
 * CAT-05, the fair use of the unlimited plans, as pure functions over plain data: at most 250
 * distinct callees and 250 distinct SMS/MMS recipients a month, calls up to 2 h each, beyond
 * which usage is billed per use; Orange suspends SMS sending for 3 days beyond 500 SMS an hour.
 */

/** Why a record the plan includes is billed all the same (usage_records.fair_use). */
export type FairUseReason = 'callees' | 'recipients' | 'duration';

/** An outgoing call, SMS or MMS the plan includes, as fair use judges it. */
export interface FairUseRecord {
  recordId: string;
  startedAt: Date;
  kind: UsageKind;
  /** The callee or recipient, digits; null when the operator did not give it. */
  calledNumber: string | null;
  /** Seconds for a call, messages for an SMS/MMS. */
  quantity: number;
}

export interface FairUseVerdict {
  recordId: string;
  reason: FairUseReason;
  /** The quantity billed per use: the whole record, or a call's seconds beyond 2 h. */
  billed: number;
}

/**
 * The month's records beyond fair use, in the order they were made (then by record id). `known`
 * holds the distinct numbers the month's included records already reached (each at most the
 * limit): a number among them stays included; a new one is included while the month has fewer
 * than the limit, and billed from the 251st on (as are the later records to it). A call to an
 * included callee is billed for its part beyond 2 h. `known` is not changed.
 */
export function fairUseVerdicts(
  rule: Pick<FairUse, 'distinctCalleesPerMonth' | 'distinctSmsMmsRecipientsPerMonth' | 'maxCallSeconds'>,
  known: { callees: ReadonlySet<string>; recipients: ReadonlySet<string> },
  records: readonly FairUseRecord[],
): FairUseVerdict[] {
  const callees = new Set(known.callees);
  const recipients = new Set(known.recipients);
  const out: FairUseVerdict[] = [];
  const ordered = [...records].sort(
    (a, b) => a.startedAt.getTime() - b.startedAt.getTime() || (a.recordId < b.recordId ? -1 : 1),
  );
  for (const r of ordered) {
    const voice = r.kind === 'voice';
    if (!voice && r.kind !== 'sms' && r.kind !== 'mms') continue;
    const seen = voice ? callees : recipients;
    const max = voice ? rule.distinctCalleesPerMonth : rule.distinctSmsMmsRecipientsPerMonth;
    if (r.calledNumber !== null && !seen.has(r.calledNumber)) {
      if (seen.size >= max) {
        out.push({ recordId: r.recordId, reason: voice ? 'callees' : 'recipients', billed: r.quantity });
        continue;
      }
      seen.add(r.calledNumber);
    }
    if (voice && r.quantity > rule.maxCallSeconds)
      out.push({ recordId: r.recordId, reason: 'duration', billed: r.quantity - rule.maxCallSeconds });
  }
  return out;
}

/**
 * Orange's SMS cap (CAT-05): the instant of the first SMS that takes a rolling hour (the 60 minutes
 * up to and including it) past `maxPerHour` messages, or null. `sms` are the line's sent SMS
 * around the instants judged (the hour before the first included).
 */
export function smsHourExceededAt(
  maxPerHour: number,
  sms: readonly { startedAt: Date; quantity: number }[],
): Date | null {
  const ordered = [...sms].sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
  let from = 0;
  let sum = 0;
  for (const s of ordered) {
    sum += s.quantity;
    while (ordered[from] && ordered[from]!.startedAt.getTime() <= s.startedAt.getTime() - 3_600_000) {
      sum -= ordered[from]!.quantity;
      from++;
    }
    if (sum > maxPerHour) return s.startedAt;
  }
  return null;
}

/** When an SMS suspension from `since` ends: `days` later, at the same local time (tenant zone). */
export function smsSuspensionEnd(since: Date, days: number, zone: string): Date {
  return DateTime.fromJSDate(since, { zone }).plus({ days }).toJSDate();
}
