import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { addExtender } from './add-extender.ts';
import { bookInstallation } from './book-installation.ts';
import { checkEligibility, listEligibility, recordManualEligibility } from './check-eligibility.ts';
import { confirmInstallation } from './confirm-installation.ts';
import { getCatalog } from './get-catalog.ts';
import { listSubscriptions, orderSubscription } from './order-subscription.ts';
import { recordBoxReturn, recordOldBoxReturn } from './record-box-return.ts';
import { recordExtenderTracking } from './record-extender-tracking.ts';
import { requestTermination } from './request-termination.ts';
import { internetRoute, SubRef, subscriptionRoute } from './route-kit.ts';
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
  Nullable,
  OrderBody,
  TerminationBody,
  TrackingBody,
  WifiBody,
} from './schemas.ts';

const EligRef = Type.Ref('InternetEligibilityCheck');
const AccountQuery = Type.Object(
  { accountId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
const Uuid = Type.String({ format: 'uuid' });

export function internetRoutes(app: App, deps: Deps): void {
  internetRoute(
    app,
    deps,
    {
      method: 'GET',
      path: '/api/internet/catalog',
      operationId: 'getInternetCatalog',
      summary:
        'The HOT and Partner internet catalog in effect: plans, box models with their LEDs, services, fees',
      response: CatalogResponse,
    },
    (ctx) => getCatalog(ctx),
  );

  internetRoute(
    app,
    deps,
    {
      method: 'GET',
      path: '/api/internet/eligibility-checks',
      operationId: 'listInternetEligibilityChecks',
      summary: 'The fibre-eligibility checks of a customer account, newest first',
      querystring: AccountQuery,
      response: Type.Object({ items: Type.Array(EligRef) }),
    },
    async (ctx, req) => ({ items: await listEligibility(ctx, req.query.accountId) }),
  );

  internetRoute(
    app,
    deps,
    {
      method: 'POST',
      path: '/api/internet/eligibility-checks',
      operationId: 'checkInternetEligibility',
      summary: 'NET-02/NET-13: asks the operator whether an installation address is eligible for fibre',
      body: EligibilityBody,
      response: EligRef,
      status: 201,
    },
    (ctx, req) => checkEligibility(ctx, req.body),
  );

  internetRoute(
    app,
    deps,
    {
      method: 'POST',
      path: '/api/internet/eligibility-checks/manual',
      operationId: 'recordManualEligibilityCheck',
      summary:
        'Records a fibre-eligibility check an agent made on the operator’s own site (counts as eligibility)',
      body: ManualEligibilityBody,
      response: EligRef,
      status: 201,
    },
    (ctx, req) => recordManualEligibility(ctx, { ...req.body, checkedAt: new Date(req.body.checkedAt) }),
  );

  internetRoute(
    app,
    deps,
    {
      method: 'GET',
      path: '/api/internet/subscriptions',
      operationId: 'listInternetSubscriptions',
      summary: 'The internet subscriptions of a customer account, with their actions',
      querystring: AccountQuery,
      response: Type.Object({ items: Type.Array(SubRef) }),
    },
    async (ctx, req) => ({ items: await listSubscriptions(ctx, req.query.accountId) }),
  );

  internetRoute(
    app,
    deps,
    {
      method: 'POST',
      path: '/api/internet/subscriptions',
      operationId: 'createInternetSubscription',
      summary: 'Orders a new internet subscription (new installation) on a customer account',
      body: OrderBody,
      response: SubRef,
      status: 201,
    },
    (ctx, req) =>
      orderSubscription(ctx, {
        ...req.body,
        buildingFlats: req.body.buildingFlats ?? null,
        eligibilityCheckId: req.body.eligibilityCheckId ?? null,
      }),
  );

  subscriptionRoute(
    app,
    deps,
    {
      method: 'GET',
      path: '',
      operationId: 'getInternetSubscription',
      summary: 'An internet subscription with its state and its actions (dates, fees, refusals)',
    },
    async (ctx, id) => viewOf(ctx, await requireSubscription(ctx, id)),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/installation',
      operationId: 'bookInternetInstallation',
      summary:
        'Books the installation (NET-15); no slot in a building with no existing installation (NET-16)',
      body: BookingBody,
    },
    (ctx, id, body) =>
      bookInstallation(
        ctx,
        id,
        {
          slot: body.slot ? new Date(body.slot) : null,
          noExistingInstallation: body.noExistingInstallation ?? false,
        },
        deps,
      ),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/activation',
      operationId: 'activateInternetSubscription',
      summary:
        'Records the installation done: the box model and serial; charges the installation fee (NET-09)',
      body: BoxBody,
    },
    (ctx, id, body) => confirmInstallation(ctx, deps, id, body),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/extenders',
      operationId: 'addInternetExtender',
      summary: 'NET-04: adds a Wi-Fi extender, delivered by courier in 2–3 Israeli business days',
      body: ExtenderBody,
    },
    (ctx, id, body) => addExtender(ctx, id, body),
  );

  internetRoute(
    app,
    deps,
    {
      method: 'POST',
      path: '/api/internet/subscriptions/:id/extender-deliveries/:deliveryId/tracking',
      operationId: 'recordInternetExtenderTracking',
      summary:
        'NET-04: records the courier’s tracking number of an extender’s delivery (and corrects the phone the courier calls)',
      params: Type.Object({ id: Uuid, deliveryId: Uuid }, { additionalProperties: false }),
      body: TrackingBody,
      response: SubRef,
    },
    (ctx, req) => recordExtenderTracking(ctx, req.params.id, req.params.deliveryId, req.body),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/box-swap',
      operationId: 'swapInternetBox',
      summary:
        'NET-10: records the operator’s box replacement (the new model and serial); the old box is due back within 30 days, else 250 ₪',
      body: BoxBody,
    },
    (ctx, id, body) => swapBox(ctx, deps, id, body),
  );

  internetRoute(
    app,
    deps,
    {
      method: 'POST',
      path: '/api/internet/subscriptions/:id/box-swaps/:swapId/return',
      operationId: 'recordInternetOldBoxReturn',
      summary: 'NET-10: records that the old box of a replacement was returned (no 250 ₪ fee)',
      params: Type.Object({ id: Uuid, swapId: Uuid }, { additionalProperties: false }),
      response: SubRef,
    },
    (ctx, req) => recordOldBoxReturn(ctx, req.params.id, req.params.swapId),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/termination',
      operationId: 'terminateInternetSubscription',
      summary:
        'NET-06: terminates at the Billing Day, e-mails the confirmation, schedules the box-return deadline',
      body: TerminationBody,
    },
    (ctx, id, body) => requestTermination(ctx, deps, id, body),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/box-return',
      operationId: 'recordInternetBoxReturn',
      summary: 'NET-06: records that the box and its cable were returned (no 250 ₪ fee)',
    },
    (ctx, id) => recordBoxReturn(ctx, id),
  );

  subscriptionRoute(
    app,
    deps,
    {
      method: 'PUT',
      path: '/wifi',
      operationId: 'setInternetWifi',
      summary:
        'ACC-04/NET-12: stores the Wi-Fi name and password, encrypted (Partner at once; HOT once HOT has made the change)',
      body: WifiBody,
    },
    (ctx, id, body) => setWifi(ctx, deps, id, body),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/wifi/reveal',
      operationId: 'revealInternetWifi',
      summary: 'ACC-04: shows the Wi-Fi name and password (audited)',
      response: Type.Object({
        ssid: Nullable(Type.String()),
        password: Nullable(Type.String()),
        pending: Type.Union([
          Type.Object(
            { ssid: Nullable(Type.String()), password: Nullable(Type.String()) },
            { description: 'NET-12: the new values handed to HOT, not yet confirmed' },
          ),
          Type.Null(),
        ]),
      }),
    },
    (ctx, id) => revealWifi(ctx, deps, id),
  );
}
