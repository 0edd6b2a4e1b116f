import type { Static, TSchema } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { PolicyName } from '../auth/policies.ts';
import type { App } from './server.ts';
import { errorResponses } from './schemas.ts';

/** What a list route is told: its OpenAPI words, its query (and path) schemas, its page, its policy. */
export interface ListRouteSpec<Q extends TSchema, P extends TSchema | undefined> {
  tags: string[];
  operationId: string;
  summary: string;
  querystring: Q;
  params?: P;
  /** The page schema (`pageOf(item)` or a named list). */
  page: TSchema;
  policy: PolicyName;
}

/** The request as a list route's handler sees it: query (and params) already validated. */
export type ListRequest<Q extends TSchema, P extends TSchema | undefined> = FastifyRequest & {
  query: Static<Q>;
  params: P extends TSchema ? Static<P> : unknown;
};

/**
 * A GET route answering one page of a list, the one shape every list of the API shares: the
 * schema with the common error responses, the route's policy, and `X-Total-Count` repeating the
 * page's total (`src/platform/http/pagination.ts`). The handler only finds the page, in whichever
 * transaction it needs (`inTenant`, `inTenantRead`).
 */
export function listRoute<Q extends TSchema, P extends TSchema | undefined = undefined>(
  app: App,
  path: string,
  spec: ListRouteSpec<Q, P>,
  findPage: (req: ListRequest<Q, P>) => Promise<{ total: number }>,
): void {
  app.get(
    path,
    {
      schema: {
        tags: spec.tags,
        operationId: spec.operationId,
        summary: spec.summary,
        querystring: spec.querystring,
        ...(spec.params ? { params: spec.params } : {}),
        response: { 200: spec.page, ...errorResponses },
      },
      config: { policy: spec.policy },
    },
    async (req, reply) => {
      const page = await findPage(req as ListRequest<Q, P>);
      reply.header('X-Total-Count', String(page.total));
      return page;
    },
  );
}
