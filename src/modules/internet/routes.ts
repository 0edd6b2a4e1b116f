import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant, mutation } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { addExtender } from './add-extender.ts';
import { bookInstallation } from './book-installation.ts';
import { checkEligibility, listEligibility, recordManualEligibility } from './check-eligibility.ts';
import { confirmInstallation } from './confirm-installation.ts';
import { getCatalog } from './get-catalog.ts';
import { listSubscriptions, orderSubscription } from './order-subscription.ts';
import { recordBoxReturn } from './record-box-return.ts';
import { requestTermination } from './request-termination.ts';
import { requireSubscription, viewOf } from './subscription-view.ts';
import { swapBox } from './swap-box.ts';
import { revealWifi, setWifi } from './wifi.ts';
import {
  BookingBody,
  BoxBody,
  CatalogResponse,
  EligibilityBody,
  ExtenderBody,
  ManualEligibilityBody,
  OrderBody,
  TerminationBody,
  WifiBody,
} from './schemas.ts';

const Id = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const SubRef = Type.Ref('InternetSubscription');
const EligRef = Type.Ref('InternetEligibilityCheck');

export function internetRoutes(app: App, deps: Deps): void {
  const tags = ['internet'];

  app.get(
    '/api/internet/catalog',
    {
      schema: {
        tags,
        operationId: 'getInternetCatalog',
        summary:
          'The HOT and Partner internet catalog in effect: plans, box models with their LEDs, services, fees',
        response: { 200: CatalogResponse, ...errorResponses },
      },
      config: { policy: 'internet.read' },
    },
    (req) => inTenant(deps, req, (ctx) => getCatalog(ctx)),
  );

  app.get(
    '/api/internet/eligibility-checks',
    {
      schema: {
        tags,
        operationId: 'listInternetEligibilityChecks',
        summary: 'The fibre-eligibility checks of a customer account, newest first',
        querystring: Type.Object(
          { accountId: Type.String({ format: 'uuid' }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(EligRef) }), ...errorResponses },
      },
      config: { policy: 'internet.read' },
    },
    (req) => inTenant(deps, req, async (ctx) => ({ items: await listEligibility(ctx, req.query.accountId) })),
  );

  app.post(
    '/api/internet/eligibility-checks',
    {
      schema: {
        tags,
        operationId: 'checkInternetEligibility',
        summary: 'NET-02/NET-13: asks the operator whether an installation address is eligible for fibre',
        body: EligibilityBody,
        response: { 201: EligRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 201, run: (ctx) => checkEligibility(ctx, req.body) }),
  );

  app.post(
    '/api/internet/eligibility-checks/manual',
    {
      schema: {
        tags,
        operationId: 'recordManualEligibilityCheck',
        summary:
          'Records a fibre-eligibility check an agent made on the operator’s own site (counts as eligibility)',
        body: ManualEligibilityBody,
        response: { 201: EligRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 201,
        run: (ctx) => recordManualEligibility(ctx, { ...req.body, checkedAt: new Date(req.body.checkedAt) }),
      }),
  );

  app.get(
    '/api/internet/subscriptions',
    {
      schema: {
        tags,
        operationId: 'listInternetSubscriptions',
        summary: 'The internet subscriptions of a customer account, with their actions',
        querystring: Type.Object(
          { accountId: Type.String({ format: 'uuid' }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(SubRef) }), ...errorResponses },
      },
      config: { policy: 'internet.read' },
    },
    (req) =>
      inTenant(deps, req, async (ctx) => ({ items: await listSubscriptions(ctx, req.query.accountId) })),
  );

  app.post(
    '/api/internet/subscriptions',
    {
      schema: {
        tags,
        operationId: 'createInternetSubscription',
        summary: 'Orders a new internet subscription (new installation) on a customer account',
        body: OrderBody,
        response: { 201: SubRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 201,
        run: (ctx) =>
          orderSubscription(ctx, {
            ...req.body,
            buildingFlats: req.body.buildingFlats ?? null,
            eligibilityCheckId: req.body.eligibilityCheckId ?? null,
          }),
      }),
  );

  app.get(
    '/api/internet/subscriptions/:id',
    {
      schema: {
        tags,
        operationId: 'getInternetSubscription',
        summary: 'An internet subscription with its state and its actions (dates, fees, refusals)',
        params: Id,
        response: { 200: SubRef, ...errorResponses },
      },
      config: { policy: 'internet.read' },
    },
    (req) => inTenant(deps, req, async (ctx) => viewOf(ctx, await requireSubscription(ctx, req.params.id))),
  );

  app.post(
    '/api/internet/subscriptions/:id/installation',
    {
      schema: {
        tags,
        operationId: 'bookInternetInstallation',
        summary:
          'Books the installation (NET-15); no slot in a building with no existing installation (NET-16)',
        params: Id,
        body: BookingBody,
        response: { 200: SubRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 200,
        run: (ctx) =>
          bookInstallation(
            ctx,
            req.params.id,
            {
              slot: req.body.slot ? new Date(req.body.slot) : null,
              noExistingInstallation: req.body.noExistingInstallation ?? false,
            },
            deps,
          ),
      }),
  );

  app.post(
    '/api/internet/subscriptions/:id/activation',
    {
      schema: {
        tags,
        operationId: 'activateInternetSubscription',
        summary:
          'Records the installation done: the box model and serial; charges the installation fee (NET-09)',
        params: Id,
        body: BoxBody,
        response: { 200: SubRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 200,
        run: (ctx) => confirmInstallation(ctx, deps, req.params.id, req.body),
      }),
  );

  app.post(
    '/api/internet/subscriptions/:id/extenders',
    {
      schema: {
        tags,
        operationId: 'addInternetExtender',
        summary: 'NET-04: adds a Wi-Fi extender, delivered by courier in 2–3 Israeli business days',
        params: Id,
        body: ExtenderBody,
        response: { 200: SubRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 200, run: (ctx) => addExtender(ctx, req.params.id, req.body) }),
  );

  app.post(
    '/api/internet/subscriptions/:id/box-swap',
    {
      schema: {
        tags,
        operationId: 'swapInternetBox',
        summary: 'Records the operator’s box replacement: the new model and serial',
        params: Id,
        body: BoxBody,
        response: { 200: SubRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 200, run: (ctx) => swapBox(ctx, req.params.id, req.body) }),
  );

  app.post(
    '/api/internet/subscriptions/:id/termination',
    {
      schema: {
        tags,
        operationId: 'terminateInternetSubscription',
        summary:
          'NET-06: terminates at the Billing Day, e-mails the confirmation, schedules the box-return deadline',
        params: Id,
        body: TerminationBody,
        response: { 200: SubRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 200,
        run: (ctx) => requestTermination(ctx, deps, req.params.id, req.body),
      }),
  );

  app.post(
    '/api/internet/subscriptions/:id/box-return',
    {
      schema: {
        tags,
        operationId: 'recordInternetBoxReturn',
        summary: 'NET-06: records that the box and its cable were returned (no 250 ₪ fee)',
        params: Id,
        response: { 200: SubRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 200, run: (ctx) => recordBoxReturn(ctx, req.params.id) }),
  );

  app.put(
    '/api/internet/subscriptions/:id/wifi',
    {
      schema: {
        tags,
        operationId: 'setInternetWifi',
        summary:
          'ACC-04/NET-12: stores the Wi-Fi name and password, encrypted (Partner at once; HOT once HOT has made the change)',
        params: Id,
        body: WifiBody,
        response: { 200: SubRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 200, run: (ctx) => setWifi(ctx, deps, req.params.id, req.body) }),
  );

  app.post(
    '/api/internet/subscriptions/:id/wifi/reveal',
    {
      schema: {
        tags,
        operationId: 'revealInternetWifi',
        summary: 'ACC-04: shows the Wi-Fi name and password (audited)',
        params: Id,
        response: {
          200: Type.Object({
            ssid: Type.Union([Type.String(), Type.Null()]),
            password: Type.Union([Type.String(), Type.Null()]),
            pending: Type.Union([
              Type.Object(
                {
                  ssid: Type.Union([Type.String(), Type.Null()]),
                  password: Type.Union([Type.String(), Type.Null()]),
                },
                { description: 'NET-12: the new values handed to HOT, not yet confirmed' },
              ),
              Type.Null(),
            ]),
          }),
          ...errorResponses,
        },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 200, run: (ctx) => revealWifi(ctx, deps, req.params.id) }),
  );
}
