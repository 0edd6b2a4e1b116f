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
import { communicationRoutes } from './modules/outbox/tmf681.ts';
import { tmfHubRoutes } from './platform/tmf/hub-routes.ts';
import { TMF620_BASE } from './modules/catalog/service.ts';
import { TMF621_BASE, TMF646_BASE } from './modules/support/tmf.ts';
import { TMF622_BASE } from './modules/orders/tmf.ts';
import { TMF629_BASE } from './modules/accounts/tmf.ts';
import { TMF637_BASE } from './modules/lines/tmf.ts';
import { TMF681_BASE } from './modules/outbox/tmf681.ts';

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
  communicationRoutes(app, deps);
  // TM Forum listener registration (event hub) on every TMF API.
  tmfHubRoutes(app, deps, 'TMF620', TMF620_BASE);
  tmfHubRoutes(app, deps, 'TMF621', TMF621_BASE);
  tmfHubRoutes(app, deps, 'TMF622', TMF622_BASE);
  tmfHubRoutes(app, deps, 'TMF629', TMF629_BASE);
  tmfHubRoutes(app, deps, 'TMF637', TMF637_BASE);
  tmfHubRoutes(app, deps, 'TMF646', TMF646_BASE);
  tmfHubRoutes(app, deps, 'TMF681', TMF681_BASE);
  opts.extraRoutes?.(app);
  await app.ready();
  return app;
}
