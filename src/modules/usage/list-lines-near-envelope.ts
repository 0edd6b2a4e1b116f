import type { Ctx } from '../../platform/context.ts';
import type { Page } from '../../platform/http/pagination.ts';
import { getOffer } from '../catalog/service.ts';
import { linesByIds } from '../lines/service.ts';
import { withRecharged } from './recharge-rules.ts';
import { rechargedMbByLine } from './recharge-store.ts';
import { envelopeBytes, envelopePercent, monthOf, type DataState } from './rules.ts';
import * as store from './store.ts';
import { monthData } from './usage-views-store.ts';

export interface LineNearEnvelope {
  lineId: string;
  msisdn: string | null;
  userName: string;
  accountId: string;
  accountName: string;
  offer: string;
  offerName: string;
  /** In-plan data used this month, in bytes. */
  usedBytes: number;
  /** The plan's envelope plus this month's applied recharges, in bytes. */
  envelopeBytes: number;
  /** Share of the envelope used, in whole percent (may exceed 100). */
  percent: number;
  /** USE-04: "data_blocked" (Data bloquée), "throttled" (Débit réduit), or null. */
  dataState: DataState | null;
}

export const NEAR_ENVELOPE_SORT = ['percent', 'usedBytes', 'envelopeBytes', 'msisdn', 'accountName'] as const;
type SortKey = (typeof NEAR_ENVELOPE_SORT)[number];

/** Sorts by the list's `sort` ("-percent,msisdn"), the fullest first by default (pure). */
export function sortNearEnvelope(rows: LineNearEnvelope[], sort: string | undefined): LineNearEnvelope[] {
  const keys = (sort ?? '-percent')
    .split(',')
    .filter(Boolean)
    .map((k) => ({ desc: k.startsWith('-'), key: k.replace(/^-/, '') as SortKey }));
  const value = (r: LineNearEnvelope, k: SortKey) => r[k] ?? '';
  return [...rows].sort((a, b) => {
    for (const { key, desc } of keys) {
      const x = value(a, key);
      const y = value(b, key);
      if (x === y) continue;
      const c =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'fr');
      return desc ? -c : c;
    }
    return a.lineId < b.lineId ? -1 : 1;
  });
}

/**
 * USE-07, the tenant view: the lines nearest to or over their data envelope this month (tenant's
 * time zone), so an agent can call before the customer does. Lines with an envelope and data used
 * only; `minPercent` keeps those at or above a share.
 */
export async function listLinesNearEnvelope(
  ctx: Ctx,
  q: { minPercent?: number | undefined; sort?: string | undefined; limit: number; offset: number },
): Promise<Page<LineNearEnvelope>> {
  const zone = await store.tenantZone(ctx.tx);
  const month = monthOf(ctx.now, zone);
  const data = await monthData(ctx.tx, month);
  const recharged = await rechargedMbByLine(ctx.tx, month, null);
  const lines = await linesByIds(
    ctx,
    data.map((d) => d.line_id),
  );
  const byId = new Map(lines.map((l) => [l.id, l]));
  const envelopeOf = new Map<string, number | null>();
  const rows: LineNearEnvelope[] = [];
  for (const d of data) {
    const line = byId.get(d.line_id);
    if (!line) continue;
    if (!envelopeOf.has(line.offer)) envelopeOf.set(line.offer, (await getOffer(ctx, line.offer)).envelopeMb);
    const envelopeMb = withRecharged(envelopeOf.get(line.offer) ?? null, recharged.get(line.id) ?? 0);
    const percent = envelopePercent({ envelopeMb }, d.in_plan);
    if (percent === null || percent < (q.minPercent ?? 0)) continue;
    rows.push({
      lineId: line.id,
      msisdn: line.msisdn,
      userName: line.userName,
      accountId: line.accountId,
      accountName: line.accountName,
      offer: line.offer,
      offerName: line.offerName,
      usedBytes: d.in_plan,
      envelopeBytes: envelopeBytes({ envelopeMb }),
      percent,
      dataState: d.state,
    });
  }
  const sorted = sortNearEnvelope(rows, q.sort);
  return {
    items: sorted.slice(q.offset, q.offset + q.limit),
    total: sorted.length,
    limit: q.limit,
    offset: q.offset,
  };
}
