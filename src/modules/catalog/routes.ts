import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant, mutation } from '../../platform/http/unit-of-work.ts';
import { listRoute } from '../../platform/http/list-route.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
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
import {
  TmfGetQuery,
  TmfListQuery,
  parseFields,
  parseTmfQuery,
  selectTmfFields,
  sendTmfList,
  tmfGetResponses,
  tmfListResponses,
  tmfPage,
} from '../../platform/http/tmf-query.ts';

export function catalogRoutes(app: App, deps: Deps): void {
  app.addSchema(PriceSchema);
  app.addSchema(OfferSchema);
  app.addSchema(OptionSchema);
  const tags = ['catalog'];
  listRoute(
    app,
    '/api/catalog/offers',
    {
      tags,
      operationId: 'listCatalogOffers',
      summary: 'List the mobile offers of the catalog in effect, with their current prices',
      querystring: OfferListQuery,
      page: OfferList,
      policy: 'catalog.read',
    },
    (req) => inTenant(deps, req, (ctx) => service.listOffers(ctx, req.query)),
  );

  app.get(
    '/api/catalog/offers/:id',
    {
      schema: {
        tags,
        operationId: 'getCatalogOffer',
        summary: 'An offer with its facts, current price and the options it allows',
        params: OfferParams,
        response: { 200: OfferDetailSchema, ...errorResponses },
      },
      config: { policy: 'catalog.read' },
    },
    (req) => inTenant(deps, req, (ctx) => service.getOffer(ctx, req.params.id)),
  );

  listRoute(
    app,
    '/api/catalog/options',
    {
      tags,
      operationId: 'listCatalogOptions',
      summary: 'List the options (eSIM, fixed IP, roaming, cut-offs, services, recharges)',
      querystring: OptionListQuery,
      page: OptionList,
      policy: 'catalog.read',
    },
    (req) => inTenant(deps, req, (ctx) => service.listOptions(ctx, req.query)),
  );

  app.get(
    '/api/catalog/options/:id/fixed-ip-access',
    {
      schema: {
        tags,
        operationId: 'getCatalogOptionFixedIpAccess',
        summary: 'How a line with this fixed-IP option reaches the Internet (CAT-20: login, IPsec note)',
        params: OfferParams,
        querystring: FixedIpAccessQuery,
        response: { 200: FixedIpAccessView, ...errorResponses },
      },
      config: { policy: 'catalog.read' },
    },
    (req) => inTenant(deps, req, (ctx) => service.fixedIpAccess(ctx, req.params.id, req.query)),
  );

  app.post(
    '/api/catalog/prices',
    {
      schema: {
        tags,
        operationId: 'createCatalogPrice',
        summary: 'Set a price for this reseller as a new version applying from a date (admin)',
        body: SetPriceBody,
        response: { 201: PriceVersionSchema, ...errorResponses },
      },
      config: { policy: 'catalog.manage' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 201,
        run: (ctx) => service.setPrice(ctx, req.body),
      }),
  );

  // TMF620 Product Catalog Management v4: productOffering list and by id.
  const tmf = `${TMF620_BASE}/productOffering`;
  app.get(
    tmf,
    {
      schema: {
        tags: ['tmf620'],
        operationId: 'listProductOffering',
        summary: 'TMF620 productOffering list (TMF630 fields, offset/limit, attribute filters)',
        querystring: TmfListQuery,
        response: tmfListResponses(TmfProductOfferingSchema),
      },
      config: { policy: 'catalog.read' },
    },
    async (req, reply) => {
      const q = parseTmfQuery(req.query, TMF620_FILTERS);
      const page = await inTenant(deps, req, (ctx) =>
        tmfPage(q, (offset, limit) => service.listProductOfferings(ctx, { offset, limit })),
      );
      return sendTmfList(reply, q, page);
    },
  );

  app.get(
    `${tmf}/:id`,
    {
      schema: {
        tags: ['tmf620'],
        operationId: 'retrieveProductOffering',
        summary: 'TMF620 productOffering by id',
        params: OfferParams,
        querystring: TmfGetQuery,
        response: tmfGetResponses(TmfProductOfferingSchema),
      },
      config: { policy: 'catalog.read' },
    },
    async (req) => {
      const offering = await inTenant(deps, req, (ctx) => service.getProductOffering(ctx, req.params.id));
      return selectTmfFields(offering, parseFields(req.query.fields));
    },
  );
}
