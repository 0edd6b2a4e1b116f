import type { Ctx } from '../../platform/context.ts';
import { fixedIpRefusal } from './lifecycle-rules.ts';
import { OPERATOR_CONTACTS } from './lifecycle-templates.ts';
import {
  askOperator,
  decide,
  fixedIpService,
  hasOpen,
  lifecycleAfter,
  mailContact,
  refuseLifecycle,
  type LifecycleView,
} from './lifecycle-view.ts';
import { applyChange } from './subscription-view.ts';

/**
 * NET-03, NET-19: a fixed IP, 20 ₪/month.
 * - HOT offers a DNS name instead: added at once, without contacting HOT; the customer's details go
 *   by e-mail to the in-house person who sets it up.
 * - Partner activates the fixed IP on request: the request goes to Partner and waits; an agent
 *   confirms Partner's answer (`confirmChange`), which adds the service.
 */
export async function requestFixedIp(ctx: Ctx, id: string): Promise<LifecycleView> {
  const d = await decide(ctx, id, true);
  const { row, catalog } = d;
  const service = fixedIpService(catalog, row.operator);
  const refusal = fixedIpRefusal(d.live, service, row.services, hasOpen(d, 'fixed_ip'));
  if (refusal) refuseLifecycle(refusal, ctx.locale);
  if (service.activation === 'immediate') {
    await applyChange(ctx, row, { services: [...row.services, service.code] }, 'internet.fixed_ip_added', {
      service: service.code,
    });
    await mailContact(ctx, row, 'dns_setup', OPERATOR_CONTACTS.dnsSetup);
  } else {
    await askOperator(ctx, row, 'fixed_ip', { service: service.code }, OPERATOR_CONTACTS.partnerFixedIp);
  }
  return lifecycleAfter(ctx, row.id);
}
