import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { changePlan } from './change-plan.ts';
import { confirmChange } from './confirm-change.ts';
import { lifecycleAfter } from './lifecycle-view.ts';
import { moveSubscription } from './move-subscription.ts';
import { requestFixedIp } from './request-fixed-ip.ts';
import { requestReactivation } from './request-reactivation.ts';
import { switchProvider } from './switch-provider.ts';
import { MoveBody, PlanChangeBody, SwitchBody } from './lifecycle-schemas.ts';
import { IdParams, internetRoute, subscriptionRoute } from './route-kit.ts';

const LifeRef = Type.Ref('InternetLifecycle');

/** The lifecycle actions of a subscription (issue 11 §3), registered beside the module's routes. */
export function lifecycleRoutes(app: App, deps: Deps): void {
  subscriptionRoute(
    app,
    deps,
    {
      method: 'GET',
      path: '/lifecycle',
      operationId: 'getInternetLifecycle',
      summary:
        'The lifecycle actions of an internet subscription (plan change, move, fixed IP, reactivation, switch) with their dates and refusals',
      response: LifeRef,
    },
    (ctx, id) => lifecycleAfter(ctx, id),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/plan-change',
      operationId: 'changeInternetPlan',
      summary: 'NET-02: changes the plan at the next Billing Day; fibre only after an eligibility check',
      body: PlanChangeBody,
      response: LifeRef,
    },
    (ctx, id, body) => changePlan(ctx, deps, id, body),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/move',
      operationId: 'moveInternetSubscription',
      summary:
        'NET-08/NET-18: a move on the agreed date (same box), or with another plan a new installation plus termination at the Billing Day',
      body: MoveBody,
      response: LifeRef,
    },
    (ctx, id, body) => moveSubscription(ctx, deps, id, body),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/fixed-ip',
      operationId: 'requestInternetFixedIp',
      summary:
        'NET-03/NET-19: HOT’s DNS name added at once; Partner’s fixed IP requested, pending its confirmation',
      response: LifeRef,
    },
    (ctx, id) => requestFixedIp(ctx, id),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/reactivation',
      operationId: 'requestInternetReactivation',
      summary:
        'NET-06: asks the operator’s termination contact by e-mail to cancel a recent or pending termination',
      response: LifeRef,
    },
    (ctx, id) => requestReactivation(ctx, id),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/provider-switch',
      operationId: 'switchInternetProvider',
      summary: 'NET-07: terminates at the Billing Day and orders the other operator’s subscription',
      body: SwitchBody,
      response: LifeRef,
    },
    (ctx, id, body) => switchProvider(ctx, deps, id, body),
  );

  internetRoute(
    app,
    deps,
    {
      method: 'POST',
      path: '/api/internet/changes/:id/confirmation',
      operationId: 'confirmInternetChange',
      summary: 'Records the operator’s confirmation of a pending request (Partner fixed IP, reactivation)',
      params: IdParams,
      response: LifeRef,
    },
    (ctx, req) => confirmChange(ctx, req.params.id),
  );
}
