import { DateTime } from 'luxon';
import type { Ctx } from '../../platform/context.ts';
import { withRecharged } from './recharge-rules.ts';
import { rechargedMbByLine } from './recharge-store.ts';
import { lineMonth } from './line-month.ts';
import { envelopeBytes } from './rules.ts';
import { dailyData } from './usage-views-store.ts';

export interface LineDataChart {
  lineId: string;
  month: string;
  /** The plan's envelope plus the month's applied recharges, in bytes; null without one. */
  envelopeBytes: number | null;
  /** Each day of the month up to today (the whole month for a past one): the in-plan data used so far. */
  days: { day: string; bytes: number; cumulativeBytes: number }[];
}

/** Cumulative daily values over a month's days, the days without use included (pure). */
export function cumulativeDays(
  month: string,
  perDay: readonly { day: string; bytes: number }[],
  lastDay: number,
): LineDataChart['days'] {
  const byDay = new Map(perDay.map((d) => [d.day, d.bytes]));
  const out: LineDataChart['days'] = [];
  let sum = 0;
  for (let d = 1; d <= lastDay; d++) {
    const day = `${month}-${String(d).padStart(2, '0')}`;
    const bytes = byDay.get(day) ?? 0;
    sum += bytes;
    out.push({ day, bytes, cumulativeBytes: sum });
  }
  return out;
}

/** USE-07: the chart of a line's data month: daily use, cumulative, against the envelope. */
export async function chartLineData(
  ctx: Ctx,
  lineId: string,
  q: { month?: string | undefined },
): Promise<LineDataChart> {
  const { offer, zone, months, month } = await lineMonth(ctx, lineId, q.month);
  const recharged = (await rechargedMbByLine(ctx.tx, month, [lineId])).get(lineId) ?? 0;
  const env = envelopeBytes({ envelopeMb: withRecharged(offer.envelopeMb, recharged) });
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone });
  const today = DateTime.fromJSDate(ctx.now, { zone });
  const lastDay = month === months[0] ? today.day : (start.daysInMonth ?? 31);
  return {
    lineId,
    month,
    envelopeBytes: env > 0 ? env : null,
    days: cumulativeDays(month, await dailyData(ctx.tx, lineId, month, zone), lastDay),
  };
}
