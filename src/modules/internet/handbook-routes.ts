import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { reportBezeq, rescheduleInstallation } from './report-bezeq.ts';
import { subscriptionRoute } from './route-kit.ts';
import { RescheduleBody } from './schemas.ts';
import { confirmWifi } from './wifi.ts';

/** The handbook's remaining steps (issue 11 §3/§4): NET-09's Bezeq wait, NET-12's HOT Wi-Fi change. */
export function handbookRoutes(app: App, deps: Deps): void {
  subscriptionRoute(
    app,
    deps,
    {
      path: '/bezeq-report',
      operationId: 'reportInternetBezeqNotReady',
      summary:
        'NET-09: the installer found Partner’s fibre on a Bezeq infrastructure not ready: reported, the installation waits for Bezeq',
    },
    (ctx, id) => reportBezeq(ctx, id),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/installation/reschedule',
      operationId: 'rescheduleInternetInstallation',
      summary: 'NET-09: Bezeq resolved it: the installation is booked again on a new slot',
      body: RescheduleBody,
    },
    (ctx, id, body) => rescheduleInstallation(ctx, id, { slot: new Date(body.slot) }, deps),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/wifi/confirmation',
      operationId: 'confirmInternetWifiChange',
      summary: 'NET-12: HOT has made the Wi-Fi change handed to it: the new values become the subscription’s',
    },
    (ctx, id) => confirmWifi(ctx, id),
  );
}
