import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Db, Tx } from './db/db.ts';
import { SYSTEM_ACTOR, type Actor } from './auth/principal.ts';
import type { Locale } from './i18n/messages.ts';
import type { SecretBox } from './secrets/index.ts';
import type { ActionRegistry } from './jobs/index.ts';
import type { OperatorGateway } from '../modules/orders/operators/operator-gateway.ts';

/** What every use case receives: its transaction, who acts, the instant, and the request's id. */
export interface Ctx {
  tx: Tx;
  tenantId: string;
  actor: Actor;
  now: Date;
  requestId: string | null;
  locale: Locale;
}

/**
 * The context of work Relais does by itself (an effective-dated action's handler calling the use
 * cases a request would call): the system actor, the default locale, no request id. Only in the
 * tenant's transaction the worker opened for the action; `what` names the work in the error.
 */
export function systemCtx(tx: Tx, now: Date, what: string): Ctx {
  if (tx.tenantId === null) throw new Error(`${what} runs in a tenant transaction`);
  return { tx, tenantId: tx.tenantId, actor: SYSTEM_ACTOR, now, locale: 'fr', requestId: null };
}

/** Long-lived dependencies, built once at start. */
export interface Deps {
  config: Config;
  db: Db;
  clock: Clock;
  /** Encrypts secrets at rest (PUK codes, Wi-Fi passwords…) with RELAIS_SECRET_KEY. */
  secrets: SecretBox;
  /** Where business modules register the handlers of their effective-dated actions. */
  actions: ActionRegistry;
  /**
   * The operators' systems (the simulator until a real adapter exists), called only outside any
   * transaction (issue 9 §5); the same gateway the action registry was built with.
   */
  operators: OperatorGateway;
}
