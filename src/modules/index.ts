/**
 * The business modules Relais runs, in the order their routes are registered. Adding a module is
 * adding its folder and one line here (docs/architecture.md).
 */
import { installModules, type ErrorCodesOf, type PoliciesOf, type RelaisModule } from '../platform/module.ts';
import { PLATFORM_ERROR_CODES } from '../platform/errors.ts';
import { POLICIES } from '../platform/auth/policies.ts';
import { TEMPLATE_NAMES } from '../platform/notify/templates.ts';
import { sessionModule } from './session/index.ts';
import { tenantsModule } from './tenants/index.ts';
import { usersModule } from './users/index.ts';
import { tokensModule } from './tokens/index.ts';
import { auditModule } from './audit/index.ts';
import { outboxModule } from './outbox/index.ts';
import { actionsModule } from './actions/index.ts';
import { accountsModule } from './accounts/index.ts';
import { catalogModule } from './catalog/index.ts';
import { stockModule } from './stock/index.ts';
import { linesModule } from './lines/index.ts';
import { ordersModule } from './orders/index.ts';
import { supportModule } from './support/index.ts';
import { billingModule } from './billing/index.ts';
import { usageModule } from './usage/index.ts';
import { referralModule } from './referral/index.ts';
import { ledgerModule } from './ledger/index.ts';
import { internetModule } from './internet/index.ts';

export const MODULES = [
  sessionModule,
  tenantsModule,
  usersModule,
  tokensModule,
  auditModule,
  outboxModule,
  actionsModule,
  accountsModule,
  catalogModule,
  stockModule,
  linesModule,
  ordersModule,
  supportModule,
  billingModule,
  usageModule,
  referralModule,
  ledgerModule,
  internetModule,
] as const;

type AnyModule = (typeof MODULES)[number];
/** The error codes the modules declare: part of ErrorCode (src/platform/errors.ts). */
export type ModuleErrorCode = ErrorCodesOf<AnyModule>;
/** The policies the modules declare: part of PolicyName (src/platform/auth/policies.ts). */
export type ModulePolicyName = PoliciesOf<AnyModule>;

/**
 * Registers the modules' error codes, policies, templates and field names, which the platform's
 * messages and authorization read. The server and the worker call it at start.
 */
export function installRelaisModules(modules: readonly RelaisModule[] = MODULES): void {
  installModules(modules, {
    errors: PLATFORM_ERROR_CODES,
    policies: Object.keys(POLICIES),
    templates: TEMPLATE_NAMES,
  });
}
