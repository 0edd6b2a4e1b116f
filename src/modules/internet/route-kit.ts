import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { PolicyName } from '../../platform/auth/policies.ts';
import type { Ctx, Deps } from '../../platform/context.ts';
import type { App } from '../../platform/http/server.ts';
import { routeOptions } from '../../platform/http/route.ts';
import { inTenant, mutation } from '../../platform/http/unit-of-work.ts';

/** A subscription's (or a change's) id in the path. */
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export const SubRef = Type.Ref('InternetSubscription');

/** What an internet route declares: its OpenAPI words, its schemas and who may call it. */
export interface InternetRouteSpec<P extends TSchema, B extends TSchema, Q extends TSchema> {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  operationId: string;
  summary: string;
  params?: P;
  body?: B;
  querystring?: Q;
  response: TSchema;
  /** 200 unless it creates (201). */
  status?: 200 | 201;
  /** Default: internet.read for a GET, internet.write otherwise. */
  policy?: PolicyName;
  /** A POST that writes nothing (a preview): run in the tenant's transaction, no idempotency. */
  read?: boolean;
}

/** The request as the use case sees it: params, body and query already validated. */
export interface InternetRequest<P extends TSchema, B extends TSchema, Q extends TSchema> {
  params: Static<P>;
  body: Static<B>;
  query: Static<Q>;
}

/**
 * The one shape of the module's routes: tagged `internet`, the platform's route options (the common
 * error responses, the policy; `routeOptions`), and the use case run in the tenant's transaction — a read as it is, a write through `mutation`
 * (one transaction, Idempotency-Key replay). The handler only calls its use case.
 */
export function internetRoute<
  P extends TSchema = typeof IdParams,
  B extends TSchema = TSchema,
  Q extends TSchema = TSchema,
>(
  app: App,
  deps: Deps,
  spec: InternetRouteSpec<P, B, Q>,
  run: (ctx: Ctx, req: InternetRequest<P, B, Q>) => Promise<unknown>,
): void {
  const status = spec.status ?? 200;
  const reads = spec.method === 'GET' || spec.read === true;
  app.route({
    method: spec.method,
    url: spec.path,
    ...routeOptions(['internet'], {
      ...spec,
      response: { [status]: spec.response },
      policy: spec.policy ?? (spec.method === 'GET' ? 'internet.read' : 'internet.write'),
    }),
    handler: (req, reply) => {
      const r = req as unknown as InternetRequest<P, B, Q>;
      return reads
        ? inTenant(deps, req, (ctx) => run(ctx, r))
        : mutation(deps, req, reply, { status, run: (ctx) => run(ctx, r) });
    },
  });
}

/** A route on one subscription, `/api/internet/subscriptions/:id…`, its id checked as a UUID. */
export function subscriptionRoute<B extends TSchema = TSchema>(
  app: App,
  deps: Deps,
  spec: Omit<InternetRouteSpec<typeof IdParams, B, TSchema>, 'path' | 'params' | 'method' | 'response'> & {
    method?: 'GET' | 'POST' | 'PUT';
    /** After `/api/internet/subscriptions/:id` ('' for the subscription itself). */
    path: string;
    /** Default: the subscription's view. */
    response?: TSchema;
  },
  run: (ctx: Ctx, id: string, body: Static<B>) => Promise<unknown>,
): void {
  internetRoute(
    app,
    deps,
    {
      ...spec,
      method: spec.method ?? 'POST',
      path: `/api/internet/subscriptions/:id${spec.path}`,
      params: IdParams,
      response: spec.response ?? SubRef,
    },
    (ctx, req) => run(ctx, req.params.id, req.body),
  );
}
