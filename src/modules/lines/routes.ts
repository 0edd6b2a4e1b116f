import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Ctx, Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { inTenant, inTenantRead } from '../../platform/http/unit-of-work.ts';
import { listRoute } from '../../platform/http/list-route.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';
import { addAccountSearchSource } from '../accounts/search-sources.ts';
import { LINE_SORT } from './store.ts';
import {
  LineActionResultSchema,
  LineActionsSchema,
  LineIdParams,
  LineOptionCodeBody,
  LineOptionParams,
  LineSchema,
  LineStateSchema,
  LineTechnicalInfoSchema,
  NetworkSchema,
} from './schemas.ts';
import { listLineActions, requestLineAction, type LineActionRequest } from './actions-service.ts';
import { TMF637_BASE, TMF637_FILTERS, TmfProductSchema } from './tmf.ts';
import * as service from './service.ts';
import {
  LineSimActionsSchema,
  NetworkNameBody,
  NetworkNameParams,
  NetworkNameRequestSchema,
  SimSwapBody,
  SimSwapResultSchema,
  SimSwapSchema,
} from './schemas.ts';
import { lineSimActions, requestSimSwap } from './sim-swap.ts';
import { lineTechnicalInfo } from './line-technical-info.ts';
import { closeNetworkName, requestNetworkName } from './network-name.ts';
import { tmfResourceRoutes, tmfSharedResource } from '../../platform/http/tmf-routes.ts';
import { ACCOUNTS_BY_LINE_SQL } from './store.ts';

// Account search by a line's MSISDN (10 or 14 digits, also typed as +33…) or ICCID.
addAccountSearchSource(ACCOUNTS_BY_LINE_SQL);

const problem = Type.Ref('Problem');

export function lineRoutes(app: App, deps: Deps): void {
  app.addSchema(LineSchema);
  app.addSchema(LineActionsSchema);
  app.addSchema(LineActionResultSchema);
  const tags = ['lines'];
  const routes = moduleRoutes(app, deps, tags);

  listRoute(
    app,
    '/api/lines',
    {
      tags,
      operationId: 'listLines',
      summary:
        'Mobile lines (filter by account, state, network, offer; q = MSISDN, ICCID or user name). Past 10,000 matches (1,000 for a search by user name) the total stops counting: totalCapped is then true',
      querystring: listQuery(Object.keys(LINE_SORT), {
        accountId: Type.Optional(Type.String({ format: 'uuid' })),
        state: Type.Optional(LineStateSchema),
        network: Type.Optional(NetworkSchema),
        offer: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'An offer code' })),
        q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
      }),
      page: pageOf(Type.Ref('Line')),
      policy: 'lines.read',
    },
    (req) => inTenantRead(deps, req, (ctx) => service.listLines(ctx, req.query)),
  );

  routes.get('/api/lines/:id', {
    operationId: 'getLine',
    summary: 'One line: MSISDN, ICCID, offer, options (ACT-10), user, site, state',
    params: LineIdParams,
    response: { 200: Type.Ref('Line') },
    policy: 'lines.read',
    oneTrip: true,
    read: (ctx, req) => service.getLine(ctx, req.params.id),
  });

  routes.get('/api/lines/:id/technical-info', {
    operationId: 'getLineTechnicalInfo',
    summary:
      'Technical information of a line: APN (SET-03), fixed IP or partner platform access (CAT-20), network name shown (SET-05); no secret',
    params: LineIdParams,
    response: { 200: LineTechnicalInfoSchema },
    policy: 'lines.read',
    read: (ctx, req) => lineTechnicalInfo(ctx, req.params.id),
  });

  app.post(
    '/api/lines/:id/secrets',
    {
      schema: {
        tags,
        operationId: 'revealLineSecrets',
        summary:
          'ORD-08, CAT-20: reveal the PUK1, the eSIM confirmation code and the fixed-IP password (an audited, explicit request)',
        params: LineIdParams,
        response: {
          200: Type.Object({
            puk: Type.Union([Type.String(), Type.Null()]),
            esimConfirmationCode: Type.Union([Type.String(), Type.Null()]),
            esimActivationCode: Type.Union([Type.String(), Type.Null()]),
            fixedIpPassword: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errorResponses,
        },
      },
      config: { policy: 'lines.secrets' },
    },
    (req) => inTenant(deps, req, (ctx) => service.revealSecrets(ctx, deps.secrets, req.params.id)),
  );

  routes.get('/api/lines/:id/esim', {
    operationId: 'getLineEsim',
    summary: 'ORD-05: the eSIM activation code LPA:1$<SM-DP+>$<matching ID>$$1 and its parts',
    params: LineIdParams,
    response: {
      200: Type.Object({
        activationCode: Type.String(),
        smdpAddress: Type.String(),
        matchingId: Type.String(),
      }),
    },
    policy: 'lines.read',
    read: (ctx, req) => service.esimActivation(ctx, req.params.id, 'esim'),
  });

  app.get(
    '/api/lines/:id/esim/qr.png',
    {
      schema: {
        tags,
        operationId: 'getLineEsimQrCode',
        summary: 'ORD-05: the eSIM activation code as a QR code (PNG)',
        params: LineIdParams,
        response: {
          200: Type.String({ contentEncoding: 'binary', description: 'image/png' }),
          ...errorResponses,
        },
      },
      config: { policy: 'lines.read' },
    },
    async (req, reply) => {
      const png = await inTenant(deps, req, (ctx) => service.esimQrPng(ctx, req.params.id));
      reply.header('Content-Type', 'image/png').header('Cache-Control', 'private, no-store');
      return reply.send(png);
    },
  );

  app.post(
    '/api/lines/:id/esim/confirm',
    {
      schema: {
        tags,
        operationId: 'confirmLineEsim',
        summary: 'ORD-05: check the 6-digit confirmation code; locked after 3 wrong tries',
        params: LineIdParams,
        body: Type.Object({ code: Type.String({ pattern: '^[0-9]{6}$' }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ confirmed: Type.Boolean() }), 423: problem, ...errorResponses },
      },
      config: { policy: 'lines.write' },
    },
    async (req) => {
      const outcome = await inTenant(deps, req, (ctx) =>
        service.confirmEsimCode(ctx, deps.secrets, req.params.id, req.body.code),
      );
      // Thrown after the commit: the wrong try stays counted.
      if (!outcome.ok) throw new AppError(outcome.code, { left: outcome.left });
      return { confirmed: true };
    },
  );

  routes.post('/api/lines/:id/esim/resend', {
    operationId: 'resendLineEsim',
    summary: 'ORD-05: re-send the eSIM activation details to a given e-mail (and mobile, for the code SMS)',
    params: LineIdParams,
    body: Type.Object(
      {
        email: Type.String({ format: 'email', maxLength: 254 }),
        mobile: Type.String({ minLength: 1, maxLength: 20 }),
      },
      { additionalProperties: false },
    ),
    response: { 200: Type.Object({ emailQueued: Type.Boolean(), smsQueued: Type.Boolean() }) },
    policy: 'lines.write',
    run: (ctx, req) => service.resendEsim(ctx, req.params.id, req.body),
  });

  // ── Line actions (ACT-01..ACT-05): eligibility, then each action through scheduleAction ─────
  routes.get('/api/lines/:id/actions', {
    operationId: 'listLineActions',
    summary:
      'Every action on the line: allowed, or refused with its reason (French by default), and when it takes effect',
    params: LineIdParams,
    response: { 200: Type.Ref('LineActions') },
    policy: 'lines.read',
    read: (ctx, req) => listLineActions(ctx, req.params.id),
  });

  const actionResponse = { 201: Type.Ref('LineActionResult') };
  const write = { policy: 'lines.write' } as const;
  const act = (ctx: Ctx, id: string, body: LineActionRequest) => requestLineAction(ctx, deps, id, body);

  routes.post('/api/lines/:id/suspension', {
    operationId: 'suspendLine',
    summary: 'ACT-01: suspend the line at once (the plan is still billed)',
    params: LineIdParams,
    response: actionResponse,
    ...write,
    run: (ctx, req) => act(ctx, req.params.id, { type: 'suspend' }),
  });
  routes.post('/api/lines/:id/reactivation', {
    operationId: 'reactivateLine',
    summary: 'ACT-01: reactivate a suspended line at once',
    params: LineIdParams,
    response: actionResponse,
    ...write,
    run: (ctx, req) => act(ctx, req.params.id, { type: 'reactivate' }),
  });
  routes.post('/api/lines/:id/plan-change', {
    operationId: 'changeLinePlan',
    summary:
      'ACT-03/ACT-04: upgrade, downgrade or blocked↔unblocked migration on the 1st of next month (CAL-05)',
    params: LineIdParams,
    body: Type.Object(
      { offerId: Type.String({ minLength: 1, maxLength: 100 }) },
      { additionalProperties: false },
    ),
    response: actionResponse,
    ...write,
    run: (ctx, req) => act(ctx, req.params.id, { type: 'plan_change', target: req.body.offerId }),
  });
  routes.post('/api/lines/:id/options/:optionId/termination', {
    operationId: 'terminateLineOption',
    summary:
      'ACT-05: terminate an option (Orange: the 1st of next month; Bouygues: at once); ACT-02 never suspended',
    params: LineOptionParams,
    response: actionResponse,
    ...write,
    run: (ctx, req) => act(ctx, req.params.id, { type: 'option_termination', target: req.params.optionId }),
  });
  routes.post('/api/lines/:id/options', {
    operationId: 'addLineOption',
    summary:
      'ACT-10: add a catalog option to the line at once (CAT-01: one-off fee in full, monthly price pro rata for the rest of the month)',
    params: LineIdParams,
    body: LineOptionCodeBody,
    response: actionResponse,
    ...write,
    run: (ctx, req) => act(ctx, req.params.id, { type: 'option_add', target: req.body.optionCode }),
  });
  routes.post('/api/lines/:id/options/:optionId/replacement', {
    operationId: 'replaceLineOption',
    summary:
      'ACT-06: replace a roaming choice of a zone by another at once (Orange: both options billed for the month; the envelope is the new one)',
    params: LineOptionParams,
    body: LineOptionCodeBody,
    response: actionResponse,
    ...write,
    run: (ctx, req) =>
      act(ctx, req.params.id, {
        type: 'option_change',
        target: req.body.optionCode,
        replaces: req.params.optionId,
      }),
  });
  routes.post('/api/lines/:id/termination', {
    operationId: 'terminateLine',
    summary:
      'Terminate the line at once or at a chosen date (Reading 7: the started month is billed in full; ORD-07: SIM and number retired)',
    params: LineIdParams,
    body: Type.Object(
      { date: Type.Optional(Type.String({ format: 'date' })) },
      { additionalProperties: false },
    ),
    response: actionResponse,
    ...write,
    run: (ctx, req) => act(ctx, req.params.id, { type: 'termination', date: req.body?.date }),
  });

  // ── SIM swap (ACT-07, ACT-09, ORD-03) and custom network name (ACT-08) ─────────────────────────
  app.addSchema(SimSwapSchema);
  app.addSchema(NetworkNameRequestSchema);
  app.addSchema(LineSimActionsSchema);
  app.addSchema(SimSwapResultSchema);
  routes.get('/api/lines/:id/sim-actions', {
    operationId: 'listLineSimActions',
    summary:
      'ACT-07/ACT-08: each SIM swap and the custom network name, allowed or refused with the reason (French by default), when, and their history',
    params: LineIdParams,
    response: { 200: Type.Ref('LineSimActions') },
    policy: 'lines.read',
    read: (ctx, req) => lineSimActions(ctx, req.params.id),
  });
  routes.post('/api/lines/:id/sim-swap', {
    operationId: 'swapLineSim',
    summary:
      'ACT-07: swap the SIM (physical or eSIM, either way; eSIM on Orange only, CAT-11; ACT-09 contacts for an eSIM); at once in opening hours, else at the next opening (ORD-03)',
    params: LineIdParams,
    body: SimSwapBody,
    response: { 201: Type.Ref('SimSwapResult') },
    ...write,
    run: (ctx, req) => requestSimSwap(ctx, deps, req.params.id, req.body),
  });
  routes.post('/api/lines/:id/network-name', {
    operationId: 'requestLineNetworkName',
    summary:
      'ACT-08: request a custom network name (13 characters at most, spaces included); Orange: Init Sys/Rezocean partners, 1000 SIMs, not on active lines, ~2 weeks; Bouygues: Init Sys partners, ~4 weeks',
    params: LineIdParams,
    body: NetworkNameBody,
    response: { 201: Type.Ref('NetworkNameRequest') },
    ...write,
    run: (ctx, req) => requestNetworkName(ctx, req.params.id, req.body),
  });
  for (const [path, state, operationId, summary] of [
    ['done', 'done', 'completeLineNetworkName', 'ACT-08: the operator set the network name'],
    ['cancellation', 'cancelled', 'cancelLineNetworkName', 'ACT-08: withdraw a network name request'],
  ] as const)
    routes.post(`/api/lines/:id/network-name/:requestId/${path}`, {
      operationId,
      summary,
      params: NetworkNameParams,
      response: { 200: Type.Ref('NetworkNameRequest') },
      ...write,
      run: (ctx, req) => closeNetworkName(ctx, req.params.id, req.params.requestId, state),
    });

  // ── TMF637 Product Inventory v4 ───────────────────────────────────────────────────────────────
  const tmfTags = ['TMF637 product'];
  tmfResourceRoutes(app, deps, {
    path: `${TMF637_BASE}/product`,
    tags: tmfTags,
    summaries: {
      list: 'TMF637 v4: list products (mobile lines, then internet subscriptions; TMF630 fields, offset/limit, attribute filters)',
      get: 'TMF637 v4: one product (mobile line or internet subscription)',
    },
    schema: TmfProductSchema,
    policy: 'lines.read',
    filters: TMF637_FILTERS,
    // The customer is the one related party: that filter is the fleet list's indexed accountId.
    byRelatedParty: true,
    uuidIds: true,
    readOnlyGet: true,
    // Every module's products (src/modules/*/index.ts `tmfSources`), the lines first.
    ...tmfSharedResource('TMF637 product'),
  });
}
