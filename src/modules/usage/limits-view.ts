import type { Ctx } from '../../platform/context.ts';
import type { RoamingZone } from '../catalog/model.ts';
import { cutoffUse, limitPercent, type LimitScope, type LimitUnit } from './cutoff-rules.ts';
import { lineLimits, thresholdInForce, zoneConsumption, type LineLimits } from './line-limits.ts';
import * as limits from './limits-store.ts';
import * as store from './store.ts';
import { monthOf } from './rules.ts';

/** A limit's state this month: what it counts, its alerts and its block. */
export interface LimitStateView {
  unit: LimitUnit | null;
  limit: number | null;
  used: number;
  percent: number | null;
  alerts: number[];
  blocked: { since: string; commandStatus: 'pending' | 'sent' } | null;
}

export interface ZoneLimitView extends LimitStateView {
  zone: RoamingZone;
  zoneName: string;
  current: { code: string; name: string; kind: 'cutoff' | 'roaming' } | null;
  /** USE-08: the zone's cut-offs to choose from (the current one excepted). */
  choices: { code: string; name: string }[];
}

export interface LineLimitsView {
  lineId: string;
  month: string;
  /** USE-09: the cut-offs are changed by the reseller's staff only. */
  zones: ZoneLimitView[];
  /** CAT-09: data pay-as-you-go only (null otherwise): the line's data threshold. */
  threshold: (LimitStateView & { gb: number | null }) | null;
}

const ZONE_NAMES: Record<RoamingZone, { fr: string; en: string }> = {
  usa_canada: { fr: 'USA / Canada', en: 'USA / Canada' },
  maghreb_turkey: { fr: 'Maghreb + Turquie', en: 'Maghreb + Turkey' },
  rest_of_world: { fr: 'Reste du monde', en: 'Rest of the world' },
  europe: { fr: 'Europe', en: 'Europe' },
  world: { fr: 'Monde', en: 'World' },
};

/** A roaming zone as users read it, in their language. */
export function zoneName(zone: RoamingZone, locale: 'fr' | 'en'): string {
  return ZONE_NAMES[zone][locale];
}

/** GET /api/lines/{id}/usage-limits: the line's cut-offs per zone and its threshold, this month. */
export async function lineLimitsView(ctx: Ctx, lineId: string, loaded?: LineLimits): Promise<LineLimitsView> {
  const l = loaded ?? (await lineLimits(ctx, lineId));
  const month = monthOf(ctx.now, await store.tenantZone(ctx.tx));
  const alerts = await limits.limitAlertsOf(ctx.tx, lineId, month);
  const blocks = await limits.limitBlocksOf(ctx.tx, lineId, month);
  const stateOf = (
    scope: LimitScope,
    key: string | null,
    unit: LimitUnit | null,
    limit: number | null,
    used: number,
  ): LimitStateView => {
    const b = blocks.find((x) => x.scope === scope && x.lifted_at === null);
    return {
      unit,
      limit,
      used,
      percent: limit === null ? null : limitPercent(limit, used),
      // The alerts of the limit in force (a changed cut-off alerts afresh).
      alerts: alerts.filter((a) => a.scope === scope && a.limit_key === key).map((a) => a.threshold),
      blocked: b ? { since: b.since.toISOString(), commandStatus: b.command_status } : null,
    };
  };
  const used = await zoneConsumption(ctx, l.line.network, lineId, month);
  const zones = l.zones.map((z): ZoneLimitView => {
    const u = used.get(z.zone) ?? { bytes: 0, minor: 0 };
    const amount = z.limit ? cutoffUse(z.limit, u) : u.bytes;
    return {
      zone: z.zone,
      zoneName: ZONE_NAMES[z.zone][ctx.locale],
      current: z.current
        ? {
            code: z.current.id,
            name: z.current.name,
            kind: z.current.kind === 'roaming' ? 'roaming' : 'cutoff',
          }
        : null,
      choices: z.choices.map((c) => ({ code: c.id, name: c.name })),
      ...stateOf(z.zone, z.current?.id ?? null, z.limit?.unit ?? null, z.limit?.value ?? null, amount),
    };
  });
  let threshold: LineLimitsView['threshold'] = null;
  if (l.offer.range === 'data_payg') {
    const th = await thresholdInForce(ctx.tx, lineId, month);
    const bytes = await limits.monthDataBytes(ctx.tx, lineId, month);
    threshold = {
      gb: th?.gb ?? null,
      ...stateOf('threshold', th?.key ?? null, 'bytes', th?.bytes ?? null, bytes),
    };
  }
  return { lineId, month, zones, threshold };
}
