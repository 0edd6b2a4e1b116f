import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import {
  FixedIpAccessQuery,
  FixedIpAccessView,
  OfferDetailSchema,
  OfferList,
  OfferListQuery,
  OfferParams,
  OfferSchema,
  OptionList,
  OptionSchema,
  PriceSchema,
  OptionListQuery,
  PriceVersionSchema,
  SetPriceBody,
  TmfProductOfferingSchema,
} from './schemas.ts';
import * as service from './service.ts';
import { TMF620_BASE, TMF620_FILTERS } from './service.ts';
import { tmfResourceRoutes } from '../../platform/http/tmf-routes.ts';

export function catalogRoutes(app: App, deps: Deps): void {
  app.addSchema(PriceSchema);
  app.addSchema(OfferSchema);
  app.addSchema(OptionSchema);
  const tags = ['catalog'];
  const routes = moduleRoutes(app, deps, tags);
  routes.list('/api/catalog/offers', {
    operationId: 'listCatalogOffers',
    summary: 'List the mobile offers of the catalog in effect, with their current prices',
    querystring: OfferListQuery,
    page: OfferList,
    policy: 'catalog.read',
    read: (ctx, req) => service.listOffers(ctx, req.query),
  });

  routes.get('/api/catalog/offers/:id', {
    operationId: 'getCatalogOffer',
    summary: 'An offer with its facts, current price and the options it allows',
    params: OfferParams,
    response: { 200: OfferDetailSchema },
    policy: 'catalog.read',
    read: (ctx, req) => service.getOffer(ctx, req.params.id),
  });

  routes.list('/api/catalog/options', {
    operationId: 'listCatalogOptions',
    summary: 'List the options (eSIM, fixed IP, roaming, cut-offs, services, recharges)',
    querystring: OptionListQuery,
    page: OptionList,
    policy: 'catalog.read',
    read: (ctx, req) => service.listOptions(ctx, req.query),
  });

  routes.get('/api/catalog/options/:id/fixed-ip-access', {
    operationId: 'getCatalogOptionFixedIpAccess',
    summary: 'How a line with this fixed-IP option reaches the Internet (CAT-20: login, IPsec note)',
    params: OfferParams,
    querystring: FixedIpAccessQuery,
    response: { 200: FixedIpAccessView },
    policy: 'catalog.read',
    read: (ctx, req) => service.fixedIpAccess(ctx, req.params.id, req.query),
  });

  routes.post('/api/catalog/prices', {
    operationId: 'createCatalogPrice',
    summary: 'Set a price for this reseller as a new version applying from a date (admin)',
    body: SetPriceBody,
    response: { 201: PriceVersionSchema },
    policy: 'catalog.manage',
    run: (ctx, req) => service.setPrice(ctx, req.body),
  });

  // TMF620 Product Catalog Management v4: productOffering list and by id.
  tmfResourceRoutes(app, deps, {
    path: `${TMF620_BASE}/productOffering`,
    tags: ['tmf620'],
    summaries: {
      list: 'TMF620 productOffering list (TMF630 fields, offset/limit, attribute filters)',
      get: 'TMF620 productOffering by id',
    },
    schema: TmfProductOfferingSchema,
    policy: 'catalog.read',
    filters: TMF620_FILTERS,
    idParams: OfferParams,
    list: (ctx, page) => service.listProductOfferings(ctx, page),
    get: (ctx, id) => service.getProductOffering(ctx, id),
  });
}
