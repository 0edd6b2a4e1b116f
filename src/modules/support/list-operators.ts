import type { Ctx } from '../../platform/context.ts';
import { DEFAULT_OPERATORS, type Operator } from './rules.ts';
import * as settingsStore from './settings-store.ts';

/** Issue 4 item 7: the tenant's operators and the template each one receives. */
export async function listOperators(ctx: Ctx): Promise<Operator[]> {
  return (await settingsStore.operators(ctx.tx, DEFAULT_OPERATORS)).map((o) => ({
    ...o,
    services: [...o.services],
    requiredInfo: [...o.requiredInfo],
  }));
}
