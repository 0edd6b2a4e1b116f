import { createActionRegistry, type ActionRegistry } from './platform/jobs/index.ts';
import { registerOrderActions } from './modules/orders/submit-order.ts';
import { registerSupportActions } from './modules/support/sla-actions.ts';
import { registerLineActions } from './modules/lines/actions-service.ts';
import { registerSimSwapActions } from './modules/lines/sim-swap.ts';
import { registerBillingActions } from './modules/billing/service.ts';

/**
 * Every module's effective-dated action handlers (plan change on the 1st, termination at the
 * Billing Day…), registered in one place so the server and `relais worker` run the same set.
 * Modules add a line here: `registerLineActions(registry)`.
 */
export function buildActionRegistry(): ActionRegistry {
  const registry = createActionRegistry();
  // ORD-01..ORD-09: orders reach the operator (the simulator until a real adapter exists).
  registerOrderActions(registry);
  // SLA: incidents at risk or breached alert the supervisors through the outbox.
  registerSupportActions(registry);
  // ACT-01..ACT-05: suspension, reactivation, plan change, option end, termination of a line.
  registerLineActions(registry);
  // ACT-07: SIM swaps, at once or at the network's next opening (ORD-03).
  registerSimSwapActions(registry);
  // CAT-01, ACT-01: each tenant's monthly charges, at 00:00 on the 1st (reschedules itself).
  registerBillingActions(registry);
  return registry;
}
