import type { Deps } from './platform/context.ts';
import { createServer, type App, type ServerOptions } from './platform/http/server.ts';
import { ProblemSchema } from './platform/http/schemas.ts';
import type { RelaisModule } from './platform/module.ts';
import { tmfHubListRoutes, tmfHubRoutes } from './platform/tmf/hub-routes.ts';
import { installRelaisModules, MODULES } from './modules/index.ts';

/** The whole HTTP application: platform plumbing, then each module's declarations. */
export async function buildApp(
  deps: Deps,
  opts: ServerOptions & {
    extraRoutes?: (app: App) => void;
    /** The modules to run; the test suite adds a module of its own (docs/architecture.md). */
    modules?: readonly RelaisModule[];
  } = {},
): Promise<App> {
  const modules: readonly RelaisModule[] = opts.modules ?? MODULES;
  installRelaisModules(modules);
  const app = await createServer(deps, opts);
  app.addSchema(ProblemSchema);
  for (const m of modules) for (const schema of m.schemas ?? []) app.addSchema(schema);
  for (const m of modules) m.routes?.(app, deps);
  // TM Forum listener registration (event hub) on every TMF API a module serves.
  for (const m of modules) for (const api of m.tmfApis ?? []) tmfHubRoutes(app, deps, api.id, api.base);
  tmfHubListRoutes(app, deps, new Map(modules.flatMap((m) => (m.tmfApis ?? []).map((a) => [a.id, a.base]))));
  opts.extraRoutes?.(app);
  await app.ready();
  return app;
}
