import type { Ctx } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { getOffer, type OfferDetail, type OptionView } from '../catalog/service.ts';
import type { RoamingZone } from '../catalog/model.ts';
import { getLine, type LineView } from '../lines/service.ts';
import { cutoffLimit, cutoffZoneOf, type Limit } from './cutoff-rules.ts';
import { MB, type UsageZone } from './rules.ts';
import * as limits from './limits-store.ts';
import { rechargedMbByLine } from './recharge-store.ts';

/** One roaming zone of a line: its choice in force (a cut-off or a roaming option) and its limit. */
export interface ZoneChoice {
  zone: RoamingZone;
  /** The line option's catalog entry holding the zone (null: the line has none for the zone). */
  current: OptionView | null;
  limit: Limit | null;
  /** The zone's other cut-offs the reseller may choose (USE-08: values as choices). */
  choices: OptionView[];
}

export interface LineLimits {
  line: LineView;
  offer: OfferDetail;
  zones: ZoneChoice[];
}

/**
 * A line's roaming zones (USE-05, USE-08): the active choice of each zone among the line's
 * options (the lines module's, read through its service), with the catalog's facts.
 */
export async function lineLimits(
  ctx: Ctx,
  lineId: string,
  offers: Map<string, OfferDetail> = new Map(),
): Promise<LineLimits> {
  const line = await getLine(ctx, lineId);
  const offer = offers.get(line.offer) ?? (await getOffer(ctx, line.offer));
  offers.set(line.offer, offer);
  const options = offer.allowedOptions;
  const byCode = new Map(options.map((o) => [o.id, o]));
  const zones = new Map<RoamingZone, ZoneChoice>();
  for (const o of options)
    if (o.kind === 'cutoff' && o.zone !== null && !zones.has(o.zone))
      zones.set(o.zone, { zone: o.zone, current: null, limit: null, choices: [] });
  for (const lo of line.options) {
    const o = byCode.get(lo.code);
    if (lo.status !== 'active' || !o || o.zone === null || (o.kind !== 'cutoff' && o.kind !== 'roaming'))
      continue;
    const z = zones.get(o.zone) ?? { zone: o.zone, current: null, limit: null, choices: [] };
    z.current = o;
    z.limit = cutoffLimit(line.network, {
      zone: o.zone,
      code: o.id,
      kind: o.kind,
      volumeMb: o.volumeMb,
      cutoffEuros: o.cutoffEuros,
    });
    zones.set(o.zone, z);
  }
  for (const z of zones.values())
    z.choices = options
      .filter((o) => o.kind === 'cutoff' && o.zone === z.zone && o.id !== z.current?.id)
      .sort((a, b) => (a.volumeMb ?? a.cutoffEuros ?? 0) - (b.volumeMb ?? b.cutoffEuros ?? 0));
  return { line, offer, zones: [...zones.values()] };
}

/** What a zone's limit counts this month: bytes, or the off-plan amount for a cut-off in euros. */
export async function zoneConsumption(
  ctx: Ctx,
  network: LineView['network'],
  lineId: string,
  month: string,
): Promise<Map<RoamingZone, { bytes: number; minor: number }>> {
  const out = new Map<RoamingZone, { bytes: number; minor: number }>();
  for (const r of await limits.zoneUsage(ctx.tx, lineId, month)) {
    const zone = cutoffZoneOf(network, r.zone as UsageZone);
    if (zone === null) continue;
    const c = out.get(zone) ?? { bytes: 0, minor: 0 };
    c.bytes += r.bytes;
    c.minor += r.amount_minor;
    out.set(zone, c);
  }
  return out;
}

export const thresholdBytes = (gb: number) => gb * 1024 * MB;
/** A threshold's name among the month's alerts (usage_limit_alerts.limit_key). */
export const thresholdKey = (gb: number) => `${gb}gb`;

/** A data pay-as-you-go line's threshold in force for a month. */
export interface ThresholdInForce {
  gb: number;
  /** The threshold with the month's applied recharges added (MB of 1024 × 1024 bytes). */
  bytes: number;
  /** Its name among the month's alerts: a recharge makes a new limit, which alerts afresh. */
  key: string;
}

/**
 * CAT-09 "recharges when reached": a recharge applied in the month adds to the threshold as it adds
 * to an envelope (Reading 14: to its month only), so data flows again until the raised limit.
 * Null when the line has no threshold.
 */
export async function thresholdInForce(
  tx: Tx,
  lineId: string,
  month: string,
): Promise<ThresholdInForce | null> {
  const gb = await limits.thresholdOf(tx, lineId);
  if (gb === null) return null;
  const mb = (await rechargedMbByLine(tx, month, [lineId])).get(lineId) ?? 0;
  return {
    gb,
    bytes: thresholdBytes(gb) + mb * MB,
    key: mb > 0 ? `${thresholdKey(gb)}+${mb}mb` : thresholdKey(gb),
  };
}
