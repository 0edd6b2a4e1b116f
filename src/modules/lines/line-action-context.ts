import type { Ctx } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { AppError } from '../../platform/errors.ts';
import { listActions, type PendingAction } from '../../platform/jobs/index.ts';
import type { Network } from '../catalog/model.ts';
import { isPriceSet, type PartnerProgram } from '../catalog/rules.ts';
import * as catalog from '../catalog/lookup.ts';
import { pricesInEffect, type PriceInEffect } from '../ledger/prices.ts';
import { partnerOn, tenantSettings } from '../tenants/service.ts';
import {
  lineActions,
  type CatalogOption,
  type LineActionEligibility,
  type LineActionType,
  type PendingLineAction,
  LINE_ACTION_KIND,
} from './actions-rules.ts';
import * as store from './store.ts';

/** What every line action reads first: the line, the catalog in effect, its prices and the eligibility of each action. */

export type Schedulable = Exclude<LineActionType, 'option_suspension'>;
export const TYPE_OF_KIND = new Map<string, Schedulable>(
  (Object.entries(LINE_ACTION_KIND) as [Schedulable, string][]).map(([type, kind]) => [kind, type]),
);

export interface LineContext {
  line: store.LineRow;
  options: store.LineOptionRow[];
  zone: string;
  versionId: string;
  currency: catalog.CatalogVersion['currency'];
  vatIncluded: boolean;
  offers: catalog.OfferRow[];
  /** The line's own offer's facts. */
  offer: catalog.OfferRow['facts'];
  optionRows: catalog.OptionRow[];
  /** The prices in effect now of a candidate option (below). */
  priceOf: (code: string) => readonly OptionPrice[];
  /** The catalog options the line may add or change to, with their prices in effect now. */
  candidates: (CatalogOption & { prices: OptionPrice[] })[];
  partnerPrograms: PartnerProgram[];
  pending: ScheduledLineAction[];
  eligibility: LineActionEligibility[];
}

export type OptionPrice = PriceInEffect;

/** The prices in effect at `at` of these options (a tenant's own price versions included). */
export function optionPricesAt(
  tx: Tx,
  codes: readonly string[],
  at: Date,
): Promise<(code: string) => OptionPrice[]> {
  return pricesInEffect(tx, 'option', codes, at);
}

const PARTNER_PROGRAMS: readonly PartnerProgram[] = ['init_sys', 'rezocean'];

export async function tenantZone(tx: Tx): Promise<string> {
  return (await tenantSettings(tx)).timeZone;
}

type ScheduledLineAction = PendingLineAction & { id: string; effectiveAt: Date };

/** The line's effective-dated actions still to come (any kind: line actions, SIM swaps…). */
export async function scheduledOnLine(tx: Tx, lineId: string): Promise<PendingAction[]> {
  const page = await listActions(tx, {
    entityType: 'line',
    entityId: lineId,
    status: 'scheduled',
    limit: 100,
    offset: 0,
  });
  return page.items;
}

export async function scheduledOf(tx: Tx, lineId: string): Promise<ScheduledLineAction[]> {
  return (await scheduledOnLine(tx, lineId)).flatMap((a) => {
    const type = TYPE_OF_KIND.get(a.kind);
    const target = typeof a.payload.target === 'string' ? a.payload.target : null;
    return type ? [{ id: a.id, type, target, effectiveAt: a.effectiveAt }] : [];
  });
}

/**
 * The line, the catalog and the eligibility of every action. `network` limits plan changes to it
 * (the page); `optionCode`: a requested option that may be of another network (refused for that).
 */
export async function loadContext(
  ctx: Ctx,
  id: string,
  lock: boolean,
  network?: Network,
  optionCode?: string,
): Promise<LineContext> {
  const line = await store.getLine(ctx.tx, id, lock);
  if (!line) throw new AppError('resource.not_found');
  const version = await catalog.catalogVersionAt(ctx.tx, ctx.now);
  if (!version) throw new AppError('service.unavailable');
  const zone = await tenantZone(ctx.tx);
  const options = await store.optionsOf(ctx.tx, [line.id]);
  const offers = await catalog.offersIn(ctx.tx, version.id, { network, limit: 1000, offset: 0 }, ctx.locale);
  const optionRows = await catalog.optionsIn(ctx.tx, version.id, { network: line.network });
  // A requested option of another network is judged too (CAT: "Option indisponible sur ce réseau").
  if (optionCode && !optionRows.some((o) => o.code === optionCode)) {
    const other = await catalog.optionIn(ctx.tx, version.id, optionCode);
    if (!other) throw new AppError('catalog.unknown_item', { item: optionCode });
    optionRows.push(other);
  }
  const priced = optionRows.filter((o) => o.kind !== 'recharge');
  const priceOf = await optionPricesAt(
    ctx.tx,
    priced.map((o) => o.code),
    ctx.now,
  );
  const candidates = priced.map((o) => {
    const prices = priceOf(o.code);
    return {
      facts: o.facts,
      prices,
      priceSet:
        prices.length > 0 &&
        prices.every((p) =>
          isPriceSet({
            component: p.component,
            amount: p.amount,
            tiers: p.tiers,
          }),
        ),
    };
  });
  // CAT-12: the reseller's partnership on the line's network (partner-platform delivery).
  const partner = await partnerOn(ctx.tx, line.network);
  const partnerPrograms = PARTNER_PROGRAMS.filter((p) => p === partner);
  const current =
    offers.find((o) => o.code === line.offer_code) ??
    (await catalog.offerIn(ctx.tx, version.id, line.offer_code));
  if (!current) throw new AppError('catalog.unknown_item', { code: line.offer_code });
  const pending = await scheduledOf(ctx.tx, line.id);
  const eligibility = lineActions(
    {
      state: line.state,
      network: line.network,
      offer: current.facts,
      options: options.flatMap((o) => {
        const facts = optionRows.find((r) => r.code === o.option_code)?.facts;
        return facts ? [{ id: o.id, status: o.status, facts }] : [];
      }),
    },
    offers.map((o) => o.facts),
    pending,
    ctx.now,
    zone,
    { options: candidates.filter((c) => c.facts.network === line.network), partnerPrograms },
  );
  return {
    line,
    options,
    zone,
    versionId: version.id,
    currency: version.currency,
    vatIncluded: version.vat_included,
    offers,
    offer: current.facts,
    optionRows,
    priceOf: (code) => candidates.find((o) => o.facts.code === code)?.prices ?? [],
    candidates,
    partnerPrograms,
    pending,
    eligibility,
  };
}

/** The line's options with their catalog facts (terminated ones too: ACT-10 shows their dates). */
export function lineOptionFacts(c: Pick<LineContext, 'options' | 'optionRows'>) {
  return c.options.flatMap((o) => {
    const facts = c.optionRows.find((r) => r.code === o.option_code)?.facts;
    return facts ? [{ id: o.id, status: o.status, facts }] : [];
  });
}
