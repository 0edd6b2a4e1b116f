import { createActionRegistry, registerAction, type ActionRegistry } from './platform/jobs/index.ts';
import { actionHandler, type RelaisModule } from './platform/module.ts';
import { installRelaisModules, MODULES } from './modules/index.ts';
import type { OperatorGateway } from './modules/orders/operators/operator-gateway.ts';
import { createOperatorSimulator } from './modules/orders/operators/simulator.ts';

/** The operators' systems Relais calls (Deps.operators): the simulator until a real adapter exists. */
export function defaultOperators(opts: { rechargeDelayMs?: number } = {}): OperatorGateway {
  return createOperatorSimulator(opts.rechargeDelayMs ? { rechargeDelayMs: opts.rechargeDelayMs } : {});
}

/**
 * Every module's effective-dated action handlers (plan change on the 1st, termination at the
 * Billing Day…), from the modules' manifests, so the server and `relais worker` run the same set.
 */
export function buildActionRegistry(
  modules: readonly RelaisModule[] = MODULES,
  /** The operators' systems the calling kinds reach (Deps.operators). */
  services: { operators?: OperatorGateway } = {},
): ActionRegistry {
  installRelaisModules(modules);
  const registry = createActionRegistry(services);
  for (const m of modules) {
    m.registerActions?.(registry);
    for (const kind of m.actions ?? []) registerAction(registry, kind.kind, actionHandler(kind));
  }
  return registry;
}
