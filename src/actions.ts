import { createActionRegistry, type ActionRegistry } from './platform/jobs/index.ts';

/**
 * Every module's effective-dated action handlers (plan change on the 1st, termination at the
 * Billing Day…), registered in one place so the server and `relais worker` run the same set.
 * Modules add a line here: `registerLineActions(registry)`.
 */
export function buildActionRegistry(): ActionRegistry {
  return createActionRegistry();
}
