import type { Ctx } from '../../platform/context.ts';
import { UUID_RE } from '../../platform/db/db.ts';
import { AppError } from '../../platform/errors.ts';
import { getLine, linesByMsisdn, type LineView } from '../lines/service.ts';
import { lineUsage, type LineUsageView } from './line-usage.ts';
import { lineLimitsView, type LimitStateView } from './limits-view.ts';
import { monthBounds, monthOf, nationalMsisdn, viewableMonths } from './rules.ts';
import * as store from './store.ts';
import { TMF629_CUSTOMER, TMF637_PRODUCT } from './tmf635.ts';

/**
 * TMF677 Usage Consumption v4 (issue 12 §8): a line's consumption of the month as buckets, from
 * the same views as the line's page (line-usage.ts for the month's totals and the envelope,
 * limits-view.ts for the roaming cut-offs and the pay-as-you-go threshold), never a second count.
 *
 * A query is not stored: its id names the line and the month (`<line id>.<YYYY-MM>`), and reading
 * it again answers it again with the counters of the moment (docs/usage.md, "TMF677").
 */

export const TMF677_BASE = '/tmf-api/usageConsumption/v4';

export interface TmfConsumptionQueryIn {
  searchCriteria: {
    product?: { id: string }[];
    logicalResource?: { id: string }[];
    validPeriod?: { startDateTime?: string };
  };
}

type Locale = Ctx['locale'];
const L = (fr: string, en: string) => ({ fr, en });

const NAMES = {
  data: L('Enveloppe data (France et Europe)', 'Data envelope (France and Europe)'),
  voice: L('Appels', 'Calls'),
  messages: L('SMS et MMS', 'SMS and MMS'),
  sva: L('Services à valeur ajoutée', 'Value-added services'),
  threshold: L('Seuil data (paiement à l’usage)', 'Data threshold (pay as you go)'),
  used: L('Consommé', 'Used'),
  included: L('Inclus', 'Included'),
  offPlan: L('Hors forfait', 'Off plan'),
  offPlanAmount: L('Hors forfait (€ HT)', 'Off plan (€ excl. VAT)'),
  recharged: L('Rechargé', 'Recharged'),
  remaining: L('Restant', 'Remaining'),
  cutoff: L('Coupure', 'Cut-off'),
};

const STATUS = { data_blocked: 'blocked', throttled: 'reducedSpeed' } as const;

/** One TMF677 quantity: bytes, seconds, messages, or euros for an amount in minor units. */
const qty = (amount: number, units: string) => ({ amount, units });

function counter(
  counterType: string,
  valueName: string,
  value: { amount: number; units: string },
  period: { startDateTime: string; endDateTime: string },
) {
  return { counterType, valueName, value, consumptionPeriod: period, '@type': 'ConsumptionSummary' };
}

/** The month's buckets of a line: data envelope, calls, SMS/MMS, SVA (line-usage.ts). */
function monthBuckets(
  u: LineUsageView,
  period: { startDateTime: string; endDateTime: string },
  locale: Locale,
) {
  const n = (k: keyof typeof NAMES) => NAMES[k][locale];
  const id = (k: string) => `${u.lineId}.${u.month}.${k}`;
  const data = u.totals.data;
  const messages = {
    inPlan: u.totals.sms.inPlan + u.totals.mms.inPlan,
    offPlan: u.totals.sms.offPlan + u.totals.mms.offPlan,
    amount: Number(u.totals.sms.offPlanAmount) + Number(u.totals.mms.offPlanAmount),
  };
  /** A kind without an envelope: its in-plan and off-plan quantities and the off-plan amount. */
  const kind = (
    key: 'voice' | 'messages' | 'sva',
    usageType: string,
    inPlanCounter: 'used' | 'included',
    units: string,
    t: { inPlan: number; offPlan: number; amount: number },
  ) => ({
    id: id(key),
    name: n(key),
    usageType,
    isShared: false,
    status: 'active',
    validFor: period,
    bucketCounter: [
      counter(inPlanCounter, n(inPlanCounter), qty(t.inPlan, units), period),
      counter('offPlan', n('offPlan'), qty(t.offPlan, units), period),
      counter('offPlanAmount', n('offPlanAmount'), qty(t.amount, 'EUR'), period),
    ],
    '@type': 'BucketRefOrValue',
  });
  return [
    {
      id: id('data'),
      name: n('data'),
      usageType: 'data',
      isShared: false,
      status: u.dataState ? STATUS[u.dataState.state] : 'active',
      ...(u.envelopeBytes === null
        ? {}
        : {
            remainingValueName: n('remaining'),
            remainingValue: qty(Math.max(0, u.envelopeBytes - data.inPlan), 'bytes'),
          }),
      validFor: period,
      bucketCounter: [
        counter('used', n('used'), qty(data.inPlan, 'bytes'), period),
        ...(u.envelopeBytes === null
          ? []
          : [counter('envelope', n('included'), qty(u.envelopeBytes, 'bytes'), period)]),
        counter('recharged', n('recharged'), qty(u.rechargedBytes, 'bytes'), period),
        counter('offPlan', n('offPlan'), qty(data.offPlan, 'bytes'), period),
        counter('offPlanAmount', n('offPlanAmount'), qty(Number(data.offPlanAmount), 'EUR'), period),
      ],
      '@type': 'BucketRefOrValue',
    },
    kind('voice', 'voice', 'used', 'seconds', {
      inPlan: u.totals.voice.inPlan,
      offPlan: u.totals.voice.offPlan,
      amount: Number(u.totals.voice.offPlanAmount),
    }),
    kind('messages', 'sms', 'used', 'messages', messages),
    // SVA: in plan is « non facturable », off plan « facturé » (USE-07).
    kind('sva', 'sva', 'included', 'seconds', {
      inPlan: u.totals.sva.inPlan,
      offPlan: u.totals.sva.offPlan,
      amount: Number(u.totals.sva.offPlanAmount),
    }),
  ];
}

/** A cut-off or threshold as a bucket: bytes, or euros for a cut-off in euros (Bouygues, USE-05). */
function limitBucket(
  id: string,
  name: string,
  usageType: string,
  s: LimitStateView,
  period: { startDateTime: string; endDateTime: string },
  locale: Locale,
) {
  const toQty = (v: number) => (s.unit === 'minor' ? qty(v / 100, 'EUR') : qty(v, 'bytes'));
  return {
    id,
    name,
    usageType,
    isShared: false,
    status: s.blocked ? 'blocked' : 'active',
    ...(s.limit === null
      ? {}
      : {
          remainingValueName: NAMES.remaining[locale],
          remainingValue: toQty(Math.max(0, s.limit - s.used)),
        }),
    validFor: period,
    bucketCounter: [
      counter('used', NAMES.used[locale], toQty(s.used), period),
      ...(s.limit === null ? [] : [counter('limit', NAMES.cutoff[locale], toQty(s.limit), period)]),
    ],
    '@type': 'BucketRefOrValue',
  };
}

type Bucket = ReturnType<typeof monthBuckets>[number] | ReturnType<typeof limitBucket>;

async function resolveLine(ctx: Ctx, c: TmfConsumptionQueryIn['searchCriteria']): Promise<LineView> {
  const productId = c.product?.[0]?.id;
  if (productId !== undefined) {
    if (!UUID_RE.test(productId))
      throw new AppError('usage.tmf_unknown_line', { attribute: 'searchCriteria.product.id' });
    try {
      return await getLine(ctx, productId);
    } catch (e) {
      if (e instanceof AppError && e.code === 'resource.not_found')
        throw new AppError('usage.tmf_unknown_line', { attribute: 'searchCriteria.product.id' });
      throw e;
    }
  }
  const raw = c.logicalResource?.[0]?.id;
  if (raw === undefined) throw new AppError('usage.tmf_line_required');
  const msisdn = nationalMsisdn(raw);
  const [line] = msisdn ? await linesByMsisdn(ctx, [msisdn]) : [];
  if (!line) throw new AppError('usage.tmf_unknown_line', { attribute: 'searchCriteria.logicalResource.id' });
  return getLine(ctx, line.id);
}

export type TmfConsumptionQuery = Awaited<ReturnType<typeof answer>>;

/** The query's answer for a line and month (one of the 3 viewable months, else 422). */
async function answer(ctx: Ctx, line: LineView, month: string | undefined, origin: string) {
  const u = await lineUsage(ctx, line.id, { month, limit: 1, offset: 0 });
  const zone = await store.tenantZone(ctx.tx);
  const b = monthBounds(u.month, zone);
  const period = { startDateTime: b.from.toISOString(), endDateTime: b.to.toISOString() };
  const buckets: Bucket[] = monthBuckets(u, period, ctx.locale);
  // Cut-offs and the threshold apply to the current month (limits-view.ts).
  if (u.month === monthOf(ctx.now, zone)) {
    const limits = await lineLimitsView(ctx, line.id);
    for (const z of limits.zones)
      buckets.push(
        limitBucket(
          `${u.lineId}.${u.month}.roaming.${z.zone}`,
          `${NAMES.cutoff[ctx.locale]} ${z.zoneName}${z.current ? ` (${z.current.name})` : ''}`,
          'roamingData',
          z,
          period,
          ctx.locale,
        ),
      );
    if (limits.threshold)
      buckets.push(
        limitBucket(
          `${u.lineId}.${u.month}.threshold`,
          NAMES.threshold[ctx.locale],
          'data',
          limits.threshold,
          period,
          ctx.locale,
        ),
      );
  }
  const id = `${line.id}.${u.month}`;
  const product = {
    id: line.id,
    href: `${origin}${TMF637_PRODUCT}/${line.id}`,
    name: line.offerName,
    '@referredType': 'Product',
  };
  const resource = line.msisdn ? [{ id: line.msisdn, name: line.msisdn, '@referredType': 'MSISDN' }] : [];
  const party = {
    id: line.accountId,
    href: `${origin}${TMF629_CUSTOMER}/${line.accountId}`,
    name: line.accountName,
    role: 'customer',
    '@referredType': 'Customer',
  };
  return {
    id,
    href: `${origin}${TMF677_BASE}/queryUsageConsumption/${id}`,
    queryUsageConsumptionDate: ctx.now.toISOString(),
    searchCriteria: {
      product: [product],
      ...(resource.length ? { logicalResource: resource } : {}),
      validPeriod: period,
      '@type': 'UsageConsumption',
    },
    relatedParty: [party],
    usageConsumption: [
      {
        id,
        name: line.msisdn ?? line.userName,
        description: `${line.userName} — ${line.offerName}`,
        lastUpdate: ctx.now.toISOString(),
        state: 'done',
        validPeriod: period,
        product: [product],
        logicalResource: resource,
        relatedParty: [party],
        bucketRefOrValue: buckets,
        '@type': 'UsageConsumption',
      },
    ],
    '@type': 'QueryUsageConsumption',
  };
}

/** POST …/queryUsageConsumption: the line named by number or product, the month of validPeriod (default: this one). */
export async function queryUsageConsumption(
  ctx: Ctx,
  input: TmfConsumptionQueryIn,
  origin: string,
): Promise<TmfConsumptionQuery> {
  const line = await resolveLine(ctx, input.searchCriteria);
  const start = input.searchCriteria.validPeriod?.startDateTime;
  const month = start === undefined ? undefined : monthOf(new Date(start), await store.tenantZone(ctx.tx));
  return answer(ctx, line, month, origin);
}

/** GET …/queryUsageConsumption/{id}: the query answered again (ids: `<line id>.<YYYY-MM>`). */
export async function getUsageConsumptionQuery(
  ctx: Ctx,
  id: string,
  origin: string,
): Promise<TmfConsumptionQuery> {
  const m = /^([0-9a-f-]{36})\.(\d{4}-\d{2})$/i.exec(id);
  if (!m?.[1] || !m[2] || !UUID_RE.test(m[1])) throw new AppError('resource.not_found');
  const month = m[2];
  if (!viewableMonths(ctx.now, await store.tenantZone(ctx.tx)).includes(month))
    throw new AppError('resource.not_found');
  return answer(ctx, await getLine(ctx, m[1]), month, origin);
}
