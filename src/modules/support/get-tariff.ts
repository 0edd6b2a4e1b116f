import type { Ctx } from '../../platform/context.ts';
import type { Money } from '../../platform/money/index.ts';
import { DEFAULT_TARIFF, type TariffLine } from './rules.ts';
import { eur } from './views.ts';
import { env } from './incident-context.ts';
import * as settingsStore from './settings-store.ts';

/** SUP-04: the tenant's tariff, amounts in its currency (€ HT). */
export async function tariff(ctx: Ctx): Promise<(TariffLine & { amount: Money | null })[]> {
  const e = await env(ctx);
  const lines = await settingsStore.tariff(ctx.tx, DEFAULT_TARIFF);
  return lines.map((l) => ({
    ...l,
    services: [...l.services],
    amount: l.amountCents === null ? null : eur(l.amountCents, e.currency),
  }));
}
