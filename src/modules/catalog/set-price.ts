import { DateTime } from 'luxon';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { toLocalDate } from '../../platform/calendar/index.ts';
import { formatMoney, money, parseMoney, toDecimal } from '../../platform/money/index.ts';
import type { PriceComponent } from './model.ts';
import { checkPriceEffectiveDate } from './rules.ts';
import * as store from './store.ts';
import { tenantSettings } from '../tenants/service.ts';
import { publishTmfEvent } from '../../platform/tmf/hub.ts';
import { currentVersion, pricesOf } from './views.ts';
import { getProductOffering } from './tmf.ts';

// ── Admin: a new price version ────────────────────────────────────────────────────────────────

export interface SetPriceInput {
  itemType: 'offer' | 'option';
  itemId: string;
  component: PriceComponent;
  amount?: string | undefined;
  tiers?: { fromMb: number; perMb: string }[] | undefined;
  effectiveDate: string;
}

export interface PriceVersionView {
  id: string;
  itemType: 'offer' | 'option';
  itemId: string;
  component: PriceComponent;
  amount: string | null;
  tiers: { fromMb: number; perMb: string }[] | null;
  currency: string;
  effectiveDate: string;
  effectiveFrom: string;
  createdAt: string;
}

function invalid(reason: string, pointer: string): AppError {
  return new AppError('catalog.price_value_invalid', { reason }, [
    { pointer, code: 'price', detail: reason },
  ]);
}

/**
 * Sets a price for this tenant as a new version from a date (the reference catalog stays as it
 * is): fills a price the seed leaves "à définir", or overrides one from that date on. Audited.
 */
export async function setPrice(ctx: Ctx, input: SetPriceInput): Promise<PriceVersionView> {
  const version = await currentVersion(ctx);
  const fr = ctx.locale === 'fr';
  const item =
    input.itemType === 'offer'
      ? await store.getOffer(ctx.tx, version.id, input.itemId)
      : await store.getOption(ctx.tx, version.id, input.itemId);
  if (!item)
    throw new AppError('catalog.unknown_item', { item: input.itemId }, [
      { pointer: '/body/itemId', code: 'unknown', detail: '' },
    ]);
  if (!item.facts.prices.some((p) => p.component === input.component))
    throw new AppError(
      'catalog.price_component_unknown',
      { item: input.itemId, component: input.component },
      [{ pointer: '/body/component', code: 'unknown', detail: '' }],
    );
  const currency = version.currency;
  const toMinor = (decimal: string) =>
    parseMoney(decimal.replace(',', '.'), currency, version.vat_included).amount;
  let amountMinor: number | null = null;
  let tiers: { fromMb: number; perMb: number }[] | null = null;
  if (input.component === 'per_mb_tiers') {
    if (!input.tiers || input.amount !== undefined)
      throw invalid(
        fr
          ? 'Les paliers se donnent dans « tiers », sans « amount ».'
          : 'Tiers go in "tiers", without "amount".',
        '/body/tiers',
      );
    // CAT-09: the tier reached applies to every MB beyond the included 500 MB: tiers ascend.
    for (let i = 1; i < input.tiers.length; i++) {
      if ((input.tiers[i]?.fromMb ?? 0) <= (input.tiers[i - 1]?.fromMb ?? 0))
        throw invalid(
          fr ? 'Les paliers doivent être en volume croissant.' : 'Tiers must ascend in volume.',
          `/body/tiers/${i}/fromMb`,
        );
    }
    tiers = input.tiers.map((t) => ({ fromMb: t.fromMb, perMb: toMinor(t.perMb) }));
  } else {
    if (input.amount === undefined || input.tiers !== undefined)
      throw invalid(
        fr ? 'Donnez le montant dans « amount ».' : 'Give the amount in "amount".',
        '/body/amount',
      );
    amountMinor = toMinor(input.amount);
  }
  const { timeZone } = await tenantSettings(ctx.tx);
  const today = toLocalDate(ctx.now, timeZone);
  const refusal = checkPriceEffectiveDate(input.effectiveDate, today);
  if (refusal)
    throw new AppError(refusal.code, refusal.params, [
      { pointer: '/body/effectiveDate', code: 'past', detail: '' },
    ]);
  const effectiveFrom = DateTime.fromISO(input.effectiveDate, { zone: timeZone }).startOf('day').toJSDate();

  const before = (await pricesOf(ctx, version, input.itemType, [input.itemId])).get(input.itemId);
  const id = newId();
  await store.insertTenantPrice(ctx.tx, {
    id,
    itemType: input.itemType,
    itemCode: input.itemId,
    component: input.component,
    amountMinor,
    tiers,
    currency,
    effectiveFrom,
    effectiveDate: input.effectiveDate,
    createdBy: ctx.actor.label,
    now: ctx.now,
  });
  const dec = (minor: number) => toDecimal(money(minor, currency, version.vat_included));
  const view: PriceVersionView = {
    id,
    itemType: input.itemType,
    itemId: input.itemId,
    component: input.component,
    amount: amountMinor === null ? null : dec(amountMinor),
    tiers: tiers ? tiers.map((t) => ({ fromMb: t.fromMb, perMb: dec(t.perMb) })) : null,
    currency,
    effectiveDate: input.effectiveDate,
    effectiveFrom: effectiveFrom.toISOString(),
    createdAt: ctx.now.toISOString(),
  };
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'catalog_price',
    entityId: `${input.itemType}:${input.itemId}`,
    entityLabel: `${item.name_fr} — ${input.component}${amountMinor === null ? '' : ` ${formatMoney(money(amountMinor, currency, false), 'fr-FR')} HT`}`,
    action: 'catalog.price_set',
    before: before?.prices.find((p) => p.component === input.component) ?? null,
    after: view,
  });
  // TMF620: an offer's price is one of its attributes (an option is not a productOffering here).
  if (input.itemType === 'offer')
    await publishTmfEvent(ctx, 'TMF620', 'ProductOfferingAttributeValueChangeEvent', async () => ({
      productOffering: await getProductOffering(ctx, input.itemId),
    }));
  return view;
}
