import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { getOffer, type OfferDetail } from '../catalog/service.ts';
import { getLine } from '../lines/service.ts';
import { viewableMonths } from './rules.ts';
import * as store from './store.ts';

/** What a view of one month of a line's usage starts from (its journal and totals, its chart). */
export interface LineMonth {
  /** The line's offer (an unknown line is not found). */
  offer: OfferDetail;
  /** The tenant's time zone, in which months and days are counted. */
  zone: string;
  /** The 3 viewable months, newest first. */
  months: string[];
  month: string;
}

/**
 * USE-07: the line's offer and the month asked for (the current one by default); a month that
 * is not one of the 3 viewable is refused, naming those that are.
 */
export async function lineMonth(ctx: Ctx, lineId: string, asked: string | undefined): Promise<LineMonth> {
  const line = await getLine(ctx, lineId);
  const zone = await store.tenantZone(ctx.tx);
  const months = viewableMonths(ctx.now, zone);
  const month = asked ?? months[0] ?? '';
  if (!months.includes(month)) throw new AppError('usage.month_not_viewable', { months: months.join(', ') });
  const offer = await getOffer(ctx, line.offer);
  return { offer, zone, months, month };
}
