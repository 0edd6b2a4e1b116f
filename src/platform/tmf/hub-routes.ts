import { Type } from '@sinclair/typebox';
import type { App } from '../http/server.ts';
import type { Deps } from '../context.ts';
import { inTenant, mutation, principalOf } from '../http/unit-of-work.ts';
import { errorResponses, NoContent } from '../http/schemas.ts';
import { getListener, listListeners, registerListener, unregisterListener, type TmfApi } from './hub.ts';

const HubInput = Type.Object(
  {
    callback: Type.String({ minLength: 8, maxLength: 2000, description: 'http(s) URL receiving the events' }),
    query: Type.Optional(
      Type.String({
        maxLength: 1000,
        description: 'e.g. eventType=TroubleTicketCreateEvent (others ignored)',
      }),
    ),
    '@type': Type.Optional(Type.String({ maxLength: 60 })),
  },
  { additionalProperties: false },
);

const HubView = Type.Object({
  id: Type.String(),
  callback: Type.String(),
  query: Type.Optional(Type.String()),
  '@type': Type.String(),
});

const HubCreated = Type.Object({
  id: Type.String(),
  callback: Type.String(),
  query: Type.Optional(Type.String()),
  secret: Type.String({
    description:
      'Shown once: HMAC-SHA256 key of X-Relais-Signature = "sha256=" + hex(HMAC(secret, X-Relais-Timestamp + "." + body))',
  }),
  '@type': Type.String(),
});

const HubParams = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });

/** TMF630 listener registration on one API: POST /hub, GET and DELETE /hub/{id}. */
export function tmfHubRoutes(app: App, deps: Deps, api: TmfApi, base: string): void {
  const tags = [`${api} hub`];
  // One document holds every API's hub, so TM Forum's registerListener gets the API's name:
  // registerListenerTroubleTicket, unregisterListenerProductOrdering…
  const segment = base.split('/')[2] ?? api;
  const apiName = segment.charAt(0).toUpperCase() + segment.slice(1).replace(/Management$/, '');
  const view = (s: { id: string; callback: string; query: string | null }) => ({
    id: s.id,
    callback: s.callback,
    ...(s.query ? { query: s.query } : {}),
    '@type': 'EventSubscription',
  });
  app.post(
    `${base}/hub`,
    {
      schema: {
        tags,
        operationId: `registerListener${apiName}`,
        summary: `${api}: register a listener for this API's events (signed with the secret returned once); admins, supervisors and API tokens`,
        body: HubInput,
        response: { 201: HubCreated, ...errorResponses },
      },
      config: { policy: 'tmf.hub' },
    },
    async (req, reply) => {
      // Not through mutation(): an Idempotency-Key would store the response, and with it the
      // signing secret, in clear in idempotency_keys. A repeated registration is a second listener.
      const p = principalOf(req);
      const s = await inTenant(deps, req, (ctx) =>
        registerListener(ctx, deps.secrets, api, req.body, { role: p.role, tokenId: p.tokenId }),
      );
      reply.header('Location', `${base}/hub/${s.id}`);
      reply.code(201);
      return { ...view(s), secret: s.secret };
    },
  );
  app.get(
    `${base}/hub/:id`,
    {
      schema: {
        tags,
        operationId: `retrieveListener${apiName}`,
        summary: `${api}: one registered listener`,
        params: HubParams,
        response: { 200: HubView, ...errorResponses },
      },
      config: { policy: 'tmf.hub' },
    },
    async (req) => view(await inTenant(deps, req, (ctx) => getListener(ctx, api, req.params.id))),
  );
  app.delete(
    `${base}/hub/:id`,
    {
      schema: {
        tags,
        operationId: `unregisterListener${apiName}`,
        summary: `${api}: unregister a listener (its undelivered events fail as "listener unregistered"); admins, supervisors, or the API token that registered it`,
        params: HubParams,
        response: { 204: NoContent, ...errorResponses },
      },
      config: { policy: 'tmf.hub' },
    },
    (req, reply) => {
      const p = principalOf(req);
      return mutation(deps, req, reply, {
        status: 204,
        run: (ctx) => unregisterListener(ctx, api, req.params.id, { role: p.role, tokenId: p.tokenId }),
      });
    },
  );
}

const HubListener = Type.Object(
  {
    id: Type.String(),
    api: Type.String(),
    /** The API's base path: DELETE `${base}/hub/${id}` unregisters the listener. */
    base: Type.String(),
    callback: Type.String(),
    query: Type.Union([Type.String(), Type.Null()]),
    createdAt: Type.String({ format: 'date-time' }),
    sent: Type.Integer(),
    failed: Type.Integer(),
    pending: Type.Integer(),
  },
  { $id: 'TmfHubListener' },
);

/** The admins' and supervisors' view of every registered listener (web page « Écouteurs TM Forum »). */
export function tmfHubListRoutes(app: App, deps: Deps, bases: ReadonlyMap<TmfApi, string>): void {
  app.addSchema(HubListener);
  app.get(
    '/api/tmf-hub/listeners',
    {
      schema: {
        tags: ['TMF hub'],
        operationId: 'listTmfHubListeners',
        summary:
          'Every TM Forum event listener of the reseller, per API, with its deliveries sent and failed',
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('TmfHubListener')) }),
          ...errorResponses,
        },
      },
      config: { policy: 'tmf.hub.read' },
    },
    async (req) => {
      const items = await inTenant(deps, req, (ctx) => listListeners(ctx));
      return { items: items.map((l) => ({ ...l, base: bases.get(l.api) ?? '' })) };
    },
  );
}
