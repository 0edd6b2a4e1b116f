import type { Ctx } from '../../platform/context.ts';
import type { Money } from '../../platform/money/index.ts';
import { declarationNotice, type Service } from './rules.ts';
import { eur } from './views.ts';
import { env } from './incident-context.ts';

/** SUP-01: what the customer must check before declaring, and the wrongful-intervention minimum. */
export async function notice(
  ctx: Ctx,
  service: Service,
): Promise<{ checks: string[]; minimum: Money | null }> {
  const e = await env(ctx);
  const n = declarationNotice(service);
  return { checks: [...n.checks], minimum: n.minimumCents === null ? null : eur(n.minimumCents, e.currency) };
}
