import type { TSchema } from '@sinclair/typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyRequest,
  RawRequestDefaultExpression,
  RawServerDefault,
  RouteGenericInterface,
} from 'fastify';
import type { Ctx, Deps } from '../context.ts';
import type { PolicyName } from '../auth/policies.ts';
import type { App } from './server.ts';
import { errorResponses } from './schemas.ts';
import { expectedVersion } from './etag.ts';
import { inTenant, inTenantRead, mutation } from './unit-of-work.ts';
import { listRoute, type ListRouteSpec } from './list-route.ts';

/**
 * The request as a route's use case sees it: path, query and body already validated, typed as
 * Fastify types them for a route declaring these schemas inline.
 */
export type RouteRequest<
  P extends TSchema | undefined,
  Q extends TSchema | undefined,
  B extends TSchema | undefined,
> = FastifyRequest<
  RouteGenericInterface,
  RawServerDefault,
  RawRequestDefaultExpression,
  { params: P; querystring: Q; body: B },
  TypeBoxTypeProvider
>;

/**
 * What a route is told, the words every route of the API shares: its OpenAPI words, its path,
 * query and body schemas, its one success response (`{ 201: AccountSchema }`; the problem
 * responses are added), and its policy.
 */
export interface RouteSpec<
  P extends TSchema | undefined,
  Q extends TSchema | undefined,
  B extends TSchema | undefined,
> {
  /** The module's tags unless given. */
  tags?: string[];
  operationId: string;
  summary: string;
  params?: P;
  querystring?: Q;
  body?: B;
  response: { [status: number]: TSchema };
  policy: PolicyName;
  bodyLimit?: number;
}

/** A route that changes something: its use case runs in one transaction through `mutation`. */
export interface CommandSpec<
  P extends TSchema | undefined,
  Q extends TSchema | undefined,
  B extends TSchema | undefined,
  T,
> extends RouteSpec<P, Q, B> {
  /** If-Match is required (428 without it) and its version handed to `run`. */
  ifMatch?: true;
  run: (ctx: Ctx, req: RouteRequest<P, Q, B>, version: number) => Promise<T>;
  headers?: (result: T) => Record<string, string>;
}

/** A route that reads: its use case runs in a transaction, or in one round trip (`oneTrip`). */
export interface ReadSpec<
  P extends TSchema | undefined,
  Q extends TSchema | undefined,
  B extends TSchema | undefined,
  T,
> extends RouteSpec<P, Q, B> {
  /** Reads with `inTenantRead` (statements needing no common snapshot) rather than `inTenant`. */
  oneTrip?: true;
  read: (ctx: Ctx, req: RouteRequest<P, Q, B>) => Promise<T>;
  headers?: (result: T) => Record<string, string>;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The Fastify options of a route: its schema with the common problem responses, and its policy. */
export function routeOptions<
  P extends TSchema | undefined,
  Q extends TSchema | undefined,
  B extends TSchema | undefined,
>(tags: string[], spec: RouteSpec<P, Q, B>) {
  return {
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    schema: {
      tags: spec.tags ?? tags,
      operationId: spec.operationId,
      summary: spec.summary,
      ...(spec.params ? { params: spec.params } : {}),
      ...(spec.querystring ? { querystring: spec.querystring } : {}),
      ...(spec.body ? { body: spec.body } : {}),
      response: { ...spec.response, ...errorResponses },
    },
    config: { policy: spec.policy },
  };
}

function successStatus(
  spec: RouteSpec<TSchema | undefined, TSchema | undefined, TSchema | undefined>,
): number {
  const statuses = Object.keys(spec.response).map(Number);
  if (statuses.length !== 1) throw new Error(`${spec.operationId}: one success response expected`);
  return statuses[0]!;
}

/**
 * A module's routes declared by what differs between them (the sibling of `listRoute` for
 * commands and reads): `routes.post(path, { operationId, summary, body, response, policy, run })`.
 */
export function moduleRoutes(app: App, deps: Deps, tags: string[]) {
  function command(method: Exclude<Method, 'GET'>) {
    return <
      T,
      P extends TSchema | undefined = undefined,
      Q extends TSchema | undefined = undefined,
      B extends TSchema | undefined = undefined,
    >(
      path: string,
      spec: CommandSpec<P, Q, B, T>,
    ): void => {
      const status = successStatus(spec);
      app.route({
        method,
        url: path,
        ...routeOptions(tags, spec),
        handler: (req, reply) => {
          const r = req as unknown as RouteRequest<P, Q, B>;
          const version = spec.ifMatch ? expectedVersion(req) : 0;
          return mutation(deps, req, reply, {
            status,
            run: (ctx) => spec.run(ctx, r, version),
            ...(spec.headers ? { headers: spec.headers } : {}),
          });
        },
      });
    };
  }
  return {
    get<
      T,
      P extends TSchema | undefined = undefined,
      Q extends TSchema | undefined = undefined,
      B extends TSchema | undefined = undefined,
    >(path: string, spec: ReadSpec<P, Q, B, T>): void {
      app.route({
        method: 'GET',
        url: path,
        ...routeOptions(tags, spec),
        handler: async (req, reply) => {
          const within = spec.oneTrip ? inTenantRead : inTenant;
          const r = req as unknown as RouteRequest<P, Q, B>;
          const result = await within(deps, req, (ctx) => spec.read(ctx, r));
          for (const [k, v] of Object.entries(spec.headers?.(result) ?? {})) reply.header(k, v);
          return result;
        },
      });
    },
    /** A page of a list (`listRoute`), its total in `X-Total-Count`. */
    list<Q extends TSchema, P extends TSchema | undefined = undefined>(
      path: string,
      spec: Omit<ListRouteSpec<Q, P>, 'tags'> & {
        tags?: string[];
        oneTrip?: true;
        read: (ctx: Ctx, req: RouteRequest<P, Q, undefined>) => Promise<{ total: number }>;
      },
    ): void {
      const { read, oneTrip, ...words } = spec;
      const within = oneTrip ? inTenantRead : inTenant;
      listRoute(app, path, { ...words, tags: spec.tags ?? tags }, (req) =>
        within(deps, req, (ctx) => read(ctx, req as RouteRequest<P, Q, undefined>)),
      );
    },
    post: command('POST'),
    put: command('PUT'),
    patch: command('PATCH'),
    delete: command('DELETE'),
  };
}
