import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Page } from '../../platform/http/pagination.ts';
import { BLOCKABLE, type FixedIpAccess, type Network, type OptionDef } from './model.ts';
import {
  blockingCapability,
  fixedIpCredentialsBy,
  partnerPlatformLogin,
  optionAllowed,
  rechargeAllowed,
} from './rules.ts';
import * as store from './store.ts';
import {
  type OfferView,
  type OptionView,
  type OfferDetail,
  currentVersion,
  offerView,
  optionView,
  pricedOfferView,
  pricedViews,
} from './views.ts';

/** Browsing the catalog in effect: offers, options, an offer's detail (CAT-*), its fixed-IP access (CAT-20). */

export async function listOffers(ctx: Ctx, f: store.OfferFilter): Promise<Page<OfferView>> {
  const version = await currentVersion(ctx);
  const { rows, total } = await store.listOffers(ctx.tx, version.id, f, ctx.locale);
  return {
    items: await pricedViews(ctx, version, 'offer', rows, offerView),
    total,
    limit: f.limit,
    offset: f.offset,
  };
}

export async function loadOffer(ctx: Ctx, version: store.VersionRow, code: string): Promise<store.OfferRow> {
  const row = await store.getOffer(ctx.tx, version.id, code);
  if (!row) throw new AppError('resource.not_found');
  return row;
}

/** The options an offer allows (CAT-11/12/14/15/18 recharges CAT-03/16), from the rules. */
function allowedOn(offer: store.OfferRow, options: readonly store.OptionRow[]): store.OptionRow[] {
  return options.filter((o) =>
    o.kind === 'recharge'
      ? rechargeAllowed(offer.facts, o.facts) === null
      : optionAllowed(offer.facts, o.facts) === null,
  );
}

export async function getOffer(ctx: Ctx, code: string): Promise<OfferDetail> {
  const version = await currentVersion(ctx);
  const row = await loadOffer(ctx, version, code);
  const options = allowedOn(row, await store.listOptions(ctx.tx, version.id, { network: row.network }));
  const offer = await pricedOfferView(ctx, version, row);
  const allowedOptions = await pricedViews(ctx, version, 'option', options, optionView);
  const f = row.facts;
  return {
    ...offer,
    fairUse: f.fairUse,
    blocking: {
      answers: BLOCKABLE.map((what) => {
        const a = blockingCapability(f, what);
        return a.canBlock
          ? { what, canBlock: true, atOrder: a.atOrder, options: a.options, reason: null }
          : { what, canBlock: false, atOrder: false, options: [], reason: a.reason };
      }),
      riskyRoamingDestinationsBarred: f.blocking.riskyRoamingDestinationsBarred,
      liftRiskyDestinationsOption: f.blocking.liftRiskyDestinationsOption,
    },
    allowedOptions,
    openingHours: version.opening_hours[row.network],
  };
}

export interface FixedIpAccessView extends FixedIpAccess {
  option: string;
  network: Network;
  login: string | null;
  credentialsBy: string | null;
}

/**
 * CAT-20: how a line with this fixed-IP option reaches the Internet: the partner-platform login
 * for its number, or Orange's IPsec note with the instant its credentials appear at the latest.
 */
export async function fixedIpAccess(
  ctx: Ctx,
  code: string,
  q: { msisdn?: string | undefined; deliveredAt?: string | undefined; platform?: string | undefined },
): Promise<FixedIpAccessView> {
  const version = await currentVersion(ctx);
  const row = await store.getOption(ctx.tx, version.id, code);
  const access = row?.facts.fixedIpAccess;
  // Only fixed-IP options have an access to describe.
  if (!row || !access) throw new AppError('resource.not_found');
  const by = fixedIpCredentialsBy(access, q.deliveredAt ? new Date(q.deliveredAt) : null);
  return {
    option: row.code,
    network: row.network,
    ...access,
    login:
      access.partnerLogin && q.msisdn
        ? partnerPlatformLogin(access.partnerLogin, q.msisdn, q.platform)
        : null,
    credentialsBy: by ? by.toISOString() : null,
  };
}

export async function listOptions(
  ctx: Ctx,
  f: { network?: Network | undefined; kind?: OptionDef['kind'] | undefined; offer?: string | undefined },
): Promise<{ items: OptionView[]; total: number }> {
  const version = await currentVersion(ctx);
  let rows = await store.listOptions(ctx.tx, version.id, f);
  if (f.offer !== undefined) {
    const offer = await store.getOffer(ctx.tx, version.id, f.offer);
    if (!offer) throw new AppError('catalog.unknown_item', { item: f.offer });
    rows = allowedOn(offer, rows);
  }
  return {
    items: await pricedViews(ctx, version, 'option', rows, optionView),
    total: rows.length,
  };
}
