import { createActionRegistry, registerAction, type ActionRegistry } from './platform/jobs/index.ts';
import { actionHandler, type RelaisModule } from './platform/module.ts';
import { installRelaisModules, MODULES } from './modules/index.ts';

/**
 * Every module's effective-dated action handlers (plan change on the 1st, termination at the
 * Billing Day…), from the modules' manifests, so the server and `relais worker` run the same set.
 */
export function buildActionRegistry(modules: readonly RelaisModule[] = MODULES): ActionRegistry {
  installRelaisModules(modules);
  const registry = createActionRegistry();
  for (const m of modules) {
    m.registerActions?.(registry);
    for (const kind of m.actions ?? []) registerAction(registry, kind.kind, actionHandler(kind));
  }
  return registry;
}
