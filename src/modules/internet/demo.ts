import type { Actor } from '../../platform/auth/principal.ts';
import type { Ctx, Deps } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { listAccounts } from '../accounts/service.ts';
import { addDays } from '../../platform/calendar/index.ts';
import { INTERNET_CATALOG_VERSIONS } from './data/index.ts';
import { bookInstallation } from './book-installation.ts';
import { checkEligibility } from './check-eligibility.ts';
import { confirmInstallation } from './confirm-installation.ts';
import { loadInternetVersion } from './load-catalog.ts';
import { orderSubscription, type OrderSubscriptionInput } from './order-subscription.ts';
import { requestTermination } from './request-termination.ts';
import { setWifi } from './wifi.ts';
import { seedTroubleshootingDemo } from './troubleshoot-demo.ts';
import * as store from './store.ts';

const DAY = 86_400_000;

/**
 * demo-il's internet customers (issue 11 §7), made once through the module's own use cases:
 * Cohen Computers on HOT 500 Mb with a Hot Box 4 (an extender needs a box swap first), Noa Levi on
 * Partner 1000 Mb fibre after the operator's eligibility check, Yossi Mizrahi on HOT 200 Mb with a
 * termination pending and a box to return. Runs in the demo seed's system transaction.
 */
export async function seedInternetDemo(
  systemTx: Tx,
  tenantId: string,
  deps: Pick<Deps, 'secrets' | 'actions'>,
  agent: Actor,
  now: Date,
): Promise<void> {
  for (const v of INTERNET_CATALOG_VERSIONS) await loadInternetVersion(systemTx, v, now);
  await systemTx.scoped(tenantId, async (tx) => {
    if ((await store.countSubscriptions(tx)).n > 0) return;
    const ctxAt = (at: Date): Ctx => ({ tx, tenantId, actor: agent, now: at, requestId: null, locale: 'fr' });
    const ctx = ctxAt(now);
    const accounts = (await listAccounts(ctx, { limit: 50, offset: 0 })).items;
    const id = (name: string) => accounts.find((a) => a.displayName.includes(name))?.id;
    const earlier = new Date(now.getTime() - 45 * DAY);
    const installed = async (
      input: Omit<OrderSubscriptionInput, 'eligibilityCheckId'> & { check: boolean },
      box: string,
      serial: string,
    ) => {
      const { check, ...order } = input;
      const eligibility = check
        ? await checkEligibility(ctxAt(earlier), {
            accountId: order.accountId,
            operator: order.operator,
            address: order.address,
          })
        : null;
      const sub = await orderSubscription(ctxAt(earlier), {
        ...order,
        eligibilityCheckId: eligibility?.id ?? null,
      });
      const slot = addDays(earlier, 3, { country: 'IL', zone: 'Asia/Jerusalem', kind: 'business' });
      await bookInstallation(ctxAt(earlier), sub.id, { slot, noExistingInstallation: false }, deps);
      return confirmInstallation(ctxAt(slot), deps, sub.id, { boxModel: box, boxSerial: serial });
    };
    const cohen = id('Cohen Computers');
    const noa = id('Noa Levi');
    const yossi = id('Yossi Mizrahi');
    if (!cohen || !noa || !yossi) return;
    await installed(
      {
        accountId: cohen,
        operator: 'hot',
        masap: '70012345',
        address: 'Rothschild 22, Tel Aviv',
        buildingFlats: null,
        planCode: 'hot-500',
        check: false,
      },
      'hot-box-4',
      'HB4-20931',
    );
    const partner = await installed(
      {
        accountId: noa,
        operator: 'partner',
        masap: 'a4410987',
        address: 'Herzl 12, Haifa',
        buildingFlats: 12,
        planCode: 'partner-fibre-1000',
        check: true,
      },
      'partner-black',
      'PB-558120',
    );
    await setWifi(ctx, deps, partner.id, { ssid: 'Levi-Home', password: 'tapuz-2026' });
    const leaving = await installed(
      {
        accountId: yossi,
        operator: 'hot',
        masap: '70054321',
        address: 'Ben Yehuda 5, Jerusalem',
        buildingFlats: null,
        planCode: 'hot-200',
        check: false,
      },
      'hot-box-2',
      'HB2-11873',
    );
    await requestTermination(ctx, deps, leaving.id, { reason: 'moving' });
    const hot = (await store.subscriptionsOfAccount(tx, cohen))[0];
    if (hot) await seedTroubleshootingDemo(ctx, deps, hot.id);
  });
}
