import { Type, type TObject, type TString } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { App } from './server.ts';
import type { Ctx, Deps } from '../context.ts';
import type { PolicyName } from '../auth/policies.ts';
import { AppError, unlessNotFound } from '../errors.ts';
import { moduleTmfSources, type TmfSharedResource, type TmfSource } from '../module.ts';
import { UUID_RE } from '../db/db.ts';
import { inTenant, inTenantRead } from './unit-of-work.ts';
import {
  TmfGetQuery,
  TmfListQuery,
  parseFields,
  parseTmfQuery,
  selectTmfFields,
  sendTmfList,
  takeTmfFilter,
  tmfGetResponses,
  tmfListResponses,
  tmfPage,
} from './tmf-query.ts';

/** A TM Forum resource read as a collection and one item by id (TMF630 fields, paging, filters). */
export interface TmfResource<T extends object> {
  /** The collection's path (`${TMF637_BASE}/product`); one item is at `${path}/:id`. */
  path: string;
  tags: string[];
  summaries: { list: string; get: string };
  schema: TObject;
  policy: PolicyName;
  /** The attributes a list may be filtered on. */
  filters: readonly string[];
  /**
   * One page of the collection, in TMF shape. `origin` (requestOrigin) is for the definitions whose
   * `href` is an absolute URI (TMF635, TMF677: `format: uri`).
   */
  list(
    ctx: Ctx,
    page: { offset: number; limit: number; accountId?: string },
    origin: string,
  ): Promise<{ items: T[]; total: number }>;
  /** One item in TMF shape; throws resource.not_found. */
  get(ctx: Ctx, id: string, origin: string): Promise<T>;
  /**
   * The customer is the resource's one related party: a `relatedParty.id` filter is handed to `list`
   * as `accountId` (an indexed condition), and an id that is not a UUID matches nothing.
   */
  byRelatedParty?: boolean;
  /** Ids are UUIDs: any other id is not found, without a look-up. */
  uuidIds?: boolean;
  /** `get` reads in one round trip (inTenantRead) rather than in a transaction. */
  readOnlyGet?: boolean;
  /** The item's path parameters, when narrower than any TM Forum id. */
  idParams?: TObject<{ id: TString }>;
}

/** The server's origin as its clients reach it: RELAIS_PUBLIC_URL, else the request's own. */
export function requestOrigin(deps: Deps, req: FastifyRequest): string {
  return (deps.config.publicUrl ?? `${req.protocol}://${req.host}`).replace(/\/$/, '');
}

/** The list and get routes of a TMF resource, the same for every module's TMF adapter. */
export function tmfResourceRoutes<T extends object>(app: App, deps: Deps, r: TmfResource<T>): void {
  // TM Forum's own operation ids (listProduct, retrieveProduct…), from the resource's name.
  const resource = r.path.slice(r.path.lastIndexOf('/') + 1);
  const name = resource.charAt(0).toUpperCase() + resource.slice(1);
  app.get(
    r.path,
    {
      schema: {
        tags: r.tags,
        operationId: `list${name}`,
        summary: r.summaries.list,
        querystring: TmfListQuery,
        response: tmfListResponses(r.schema),
      },
      config: { policy: r.policy },
    },
    async (req, reply) => {
      const q = parseTmfQuery(req.query, r.filters);
      const accountId = r.byRelatedParty ? takeTmfFilter(q, 'relatedParty.id') : undefined;
      if (accountId !== undefined && !UUID_RE.test(accountId))
        return sendTmfList(reply, q, { items: [], total: 0 });
      const page = await inTenant(deps, req, (ctx) =>
        tmfPage(q, (offset, limit) =>
          r.list(
            ctx,
            r.byRelatedParty ? { offset, limit, accountId } : { offset, limit },
            requestOrigin(deps, req),
          ),
        ),
      );
      return sendTmfList(reply, q, page);
    },
  );
  app.get(
    `${r.path}/:id`,
    {
      schema: {
        tags: r.tags,
        operationId: `retrieve${name}`,
        summary: r.summaries.get,
        params:
          // 100: the longest id a shared resource keeps (a TMF635 usage's record id, USE-03, up to
          // 100 characters): at 64 a record stored with a longer id could not be read back (400).
          r.idParams ?? Type.Object({ id: Type.String({ maxLength: 100 }) }, { additionalProperties: false }),
        querystring: TmfGetQuery,
        response: tmfGetResponses(r.schema),
      },
      config: { policy: r.policy },
    },
    async (req) => {
      if (r.uuidIds && !UUID_RE.test(req.params.id)) throw new AppError('resource.not_found');
      const read = r.readOnlyGet ? inTenantRead : inTenant;
      const item = await read(deps, req, (ctx) => r.get(ctx, req.params.id, requestOrigin(deps, req)));
      return selectTmfFields(item, parseFields(req.query.fields));
    },
  );
}

/**
 * One page of a collection several sources fill: the sources' items one after the other (each
 * newest first), paged as one collection; the total is the sum of the sources' totals.
 */
export async function pageAcross(
  sources: readonly TmfSource[],
  ctx: Ctx,
  page: { offset: number; limit: number; accountId?: string | undefined },
): Promise<{ items: object[]; total: number }> {
  const items: object[] = [];
  let total = 0;
  // The offset left once the previous sources' items are skipped.
  let skip = page.offset;
  for (const source of sources) {
    const want = page.limit - items.length;
    // A source is asked for one item at least: its total counts whatever the page.
    const p = await source.list(ctx, { ...page, offset: skip, limit: Math.max(want, 1) });
    total += p.total;
    if (want > 0) items.push(...p.items.slice(0, want));
    skip = Math.max(0, skip - p.total);
  }
  return { items, total };
}

/**
 * A module's TmfSource made of its own list and get services, each item put in TMF shape by
 * `toTmf`; an id the module does not know (`resource.not_found`) is not one of its items.
 */
export function tmfSourceOf<V>(
  list: (ctx: Ctx, page: Parameters<TmfSource['list']>[1]) => Promise<{ items: V[]; total: number }>,
  get: (ctx: Ctx, id: string) => Promise<V>,
  toTmf: (item: V) => object,
): TmfSource {
  return {
    async list(ctx, page) {
      const p = await list(ctx, page);
      return { items: p.items.map(toTmf), total: p.total };
    },
    async get(ctx, id) {
      const item = await unlessNotFound(get(ctx, id));
      return item === undefined ? undefined : toTmf(item);
    },
  };
}

/**
 * A shared TM Forum resource read across the modules that fill it (issue 11 §5: TMF637 products
 * are mobile lines then internet subscriptions), in the modules' order.
 */
export function tmfSharedResource(resource: TmfSharedResource): Pick<TmfResource<object>, 'list' | 'get'> {
  return {
    list: (ctx, page) => pageAcross(moduleTmfSources(resource), ctx, page),
    async get(ctx, id) {
      for (const source of moduleTmfSources(resource)) {
        const item = await source.get(ctx, id);
        if (item) return item;
      }
      throw new AppError('resource.not_found');
    },
  };
}
