import type { Deps } from './platform/context.ts';
import { createServer, type App, type ServerOptions } from './platform/http/server.ts';
import { ProblemSchema } from './platform/http/schemas.ts';
import { UserSchema } from './modules/users/schemas.ts';
import { TenantSchema, tenantRoutes } from './modules/tenants/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { sessionRoutes } from './modules/session/routes.ts';
import { tokenRoutes } from './modules/tokens/routes.ts';
import { auditRoutes } from './modules/audit/routes.ts';
import { outboxRoutes } from './modules/outbox/routes.ts';
import { actionRoutes } from './modules/actions/routes.ts';
import { accountRoutes } from './modules/accounts/routes.ts';
import { catalogRoutes } from './modules/catalog/routes.ts';
import { stockRoutes } from './modules/stock/routes.ts';
import { lineRoutes } from './modules/lines/routes.ts';
import { orderRoutes } from './modules/orders/routes.ts';
import { supportRoutes } from './modules/support/routes.ts';
import { billingRoutes } from './modules/billing/routes.ts';

/** The whole HTTP application: platform plumbing, then each module's routes. */
export async function buildApp(
  deps: Deps,
  opts: ServerOptions & { extraRoutes?: (app: App) => void } = {},
): Promise<App> {
  const app = await createServer(deps, opts);
  app.addSchema(ProblemSchema);
  app.addSchema(UserSchema);
  app.addSchema(TenantSchema);
  sessionRoutes(app, deps);
  tenantRoutes(app, deps);
  userRoutes(app, deps);
  tokenRoutes(app, deps);
  auditRoutes(app, deps);
  outboxRoutes(app, deps);
  actionRoutes(app, deps);
  accountRoutes(app, deps);
  catalogRoutes(app, deps);
  stockRoutes(app, deps);
  lineRoutes(app, deps);
  orderRoutes(app, deps);
  supportRoutes(app, deps);
  billingRoutes(app, deps);
  opts.extraRoutes?.(app);
  await app.ready();
  return app;
}
