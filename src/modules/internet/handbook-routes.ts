import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { mutation } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { reportBezeq, rescheduleInstallation } from './report-bezeq.ts';
import { RescheduleBody } from './schemas.ts';
import { confirmWifi } from './wifi.ts';

const Id = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const SubRef = Type.Ref('InternetSubscription');

/** The handbook's remaining steps (issue 11 §3/§4): NET-09's Bezeq wait, NET-12's HOT Wi-Fi change. */
export function handbookRoutes(app: App, deps: Deps): void {
  const tags = ['internet'];

  app.post(
    '/api/internet/subscriptions/:id/bezeq-report',
    {
      schema: {
        tags,
        operationId: 'reportInternetBezeqNotReady',
        summary:
          'NET-09: the installer found Partner’s fibre on a Bezeq infrastructure not ready: reported, the installation waits for Bezeq',
        params: Id,
        response: { 200: SubRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 200, run: (ctx) => reportBezeq(ctx, req.params.id) }),
  );

  app.post(
    '/api/internet/subscriptions/:id/installation/reschedule',
    {
      schema: {
        tags,
        operationId: 'rescheduleInternetInstallation',
        summary: 'NET-09: Bezeq resolved it: the installation is booked again on a new slot',
        params: Id,
        body: RescheduleBody,
        response: { 200: SubRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 200,
        run: (ctx) => rescheduleInstallation(ctx, req.params.id, { slot: new Date(req.body.slot) }, deps),
      }),
  );

  app.post(
    '/api/internet/subscriptions/:id/wifi/confirmation',
    {
      schema: {
        tags,
        operationId: 'confirmInternetWifiChange',
        summary:
          'NET-12: HOT has made the Wi-Fi change handed to it: the new values become the subscription’s',
        params: Id,
        response: { 200: SubRef, ...errorResponses },
      },
      config: { policy: 'internet.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 200, run: (ctx) => confirmWifi(ctx, req.params.id) }),
  );
}
