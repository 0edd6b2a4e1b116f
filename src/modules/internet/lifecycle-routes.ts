import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant, mutation } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { changePlan } from './change-plan.ts';
import { confirmChange } from './confirm-change.ts';
import { lifecycleAfter } from './lifecycle-view.ts';
import { moveSubscription } from './move-subscription.ts';
import { requestFixedIp } from './request-fixed-ip.ts';
import { requestReactivation } from './request-reactivation.ts';
import { switchProvider } from './switch-provider.ts';
import { MoveBody, PlanChangeBody, SwitchBody } from './lifecycle-schemas.ts';

const Id = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const LifeRef = Type.Ref('InternetLifecycle');

/** The lifecycle actions of a subscription (issue 11 §3), registered beside the module's routes. */
export function lifecycleRoutes(app: App, deps: Deps): void {
  const tags = ['internet'];

  app.get(
    '/api/internet/subscriptions/:id/lifecycle',
    {
      schema: {
        tags,
        operationId: 'getInternetLifecycle',
        summary:
          'The lifecycle actions of an internet subscription (plan change, move, fixed IP, reactivation, switch) with their dates and refusals',
        params: Id,
        response: { 200: LifeRef, ...errorResponses },
      },
      config: { policy: 'internet.read' },
    },
    (req) => inTenant(deps, req, (ctx) => lifecycleAfter(ctx, req.params.id)),
  );

  app.post(
    '/api/internet/subscriptions/:id/plan-change',
    {
      schema: {
        tags,
        operationId: 'changeInternetPlan',
        summary: 'NET-02: changes the plan at the next Billing Day; fibre only after an eligibility check',
        params: Id,
        body: PlanChangeBody,
        response: { 200: LifeRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 200,
        run: (ctx) => changePlan(ctx, deps, req.params.id, req.body),
      }),
  );

  app.post(
    '/api/internet/subscriptions/:id/move',
    {
      schema: {
        tags,
        operationId: 'moveInternetSubscription',
        summary:
          'NET-08/NET-18: a move on the agreed date (same box), or with another plan a new installation plus termination at the Billing Day',
        params: Id,
        body: MoveBody,
        response: { 200: LifeRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 200,
        run: (ctx) => moveSubscription(ctx, deps, req.params.id, req.body),
      }),
  );

  app.post(
    '/api/internet/subscriptions/:id/fixed-ip',
    {
      schema: {
        tags,
        operationId: 'requestInternetFixedIp',
        summary:
          'NET-03/NET-19: HOT’s DNS name added at once; Partner’s fixed IP requested, pending its confirmation',
        params: Id,
        response: { 200: LifeRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 200, run: (ctx) => requestFixedIp(ctx, req.params.id) }),
  );

  app.post(
    '/api/internet/subscriptions/:id/reactivation',
    {
      schema: {
        tags,
        operationId: 'requestInternetReactivation',
        summary:
          'NET-06: asks the operator’s termination contact by e-mail to cancel a recent or pending termination',
        params: Id,
        response: { 200: LifeRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 200, run: (ctx) => requestReactivation(ctx, req.params.id) }),
  );

  app.post(
    '/api/internet/subscriptions/:id/provider-switch',
    {
      schema: {
        tags,
        operationId: 'switchInternetProvider',
        summary: 'NET-07: terminates at the Billing Day and orders the other operator’s subscription',
        params: Id,
        body: SwitchBody,
        response: { 200: LifeRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 200,
        run: (ctx) => switchProvider(ctx, deps, req.params.id, req.body),
      }),
  );

  app.post(
    '/api/internet/changes/:id/confirmation',
    {
      schema: {
        tags,
        operationId: 'confirmInternetChange',
        summary: 'Records the operator’s confirmation of a pending request (Partner fixed IP, reactivation)',
        params: Id,
        response: { 200: LifeRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 200, run: (ctx) => confirmChange(ctx, req.params.id) }),
  );
}
