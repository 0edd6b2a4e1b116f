import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { errorMessage } from '../../platform/i18n/messages.ts';
import { namedRefusal } from '../catalog/rules.ts';
import { money, toDecimal } from '../../platform/money/index.ts';
import { formatEffective, roamingEnvelopes, type LineActionEligibility } from './actions-rules.ts';
import * as store from './store.ts';
import { loadContext, lineOptionFacts } from './line-action-context.ts';
import type { ChargePreview, LineActionsView } from './line-action-views.ts';
import { nameOf, catalogName, targetLabel } from './line-action-labels.ts';
import { alreadyCharged, plannedCharges } from './line-action-charges.ts';

/** GET /api/lines/{id}/actions: every action, allowed or with its reason (French by default). */
export async function listLineActions(ctx: Ctx, id: string): Promise<LineActionsView> {
  const line = await store.getLine(ctx.tx, id);
  if (!line) throw new AppError('resource.not_found');
  // The page lists plan changes within the line's network (a change of network never exists).
  const c = await loadContext(ctx, id, false, line.network);
  const already = await alreadyCharged(ctx.tx, c.line.id, ctx.now, c.zone);
  const preview = (e: LineActionEligibility): ChargePreview[] | undefined => {
    if (!e.allowed || (e.type !== 'option_add' && e.type !== 'option_change') || !e.target) return undefined;
    return plannedCharges(c, e.target, e.replaces, ctx.now, already).map((ch) => ({
      kind: ch.kind,
      itemCode: ch.itemCode,
      amount: toDecimal(money(ch.amountMinor, c.currency, c.vatIncluded)),
      currency: c.currency,
      periodStart: ch.periodStart,
      periodEnd: ch.periodEnd,
    }));
  };
  const facts = lineOptionFacts(c);
  return {
    lineId: id,
    state: c.line.state,
    options: c.options.map((o) => {
      const row = c.optionRows.find((r) => r.code === o.option_code);
      return {
        id: o.id,
        code: o.option_code,
        label: nameOf(row, ctx.locale) ?? o.option_code,
        kind: row?.kind ?? 'unknown',
        zone: row?.facts.zone ?? null,
        status: o.status,
        createdAt: o.created_at.toISOString(),
        activatedAt: o.activated_at?.toISOString() ?? null,
        endedAt: o.ended_at?.toISOString() ?? null,
      };
    }),
    roaming: roamingEnvelopes(facts).map((r) => ({
      ...r,
      label:
        nameOf(
          c.optionRows.find((o) => o.code === r.code),
          ctx.locale,
        ) ?? r.code,
    })),
    items: c.eligibility.map((e) => {
      const refusal = e.refusal ? namedRefusal(e.refusal, catalogName(c, ctx.locale)) : null;
      const msg = refusal ? errorMessage(refusal.code, ctx.locale, refusal.params ?? {}) : null;
      const charges = preview(e);
      return {
        type: e.type,
        target: e.target,
        replaces: e.replaces,
        ...(charges ? { charges } : {}),
        targetLabel: targetLabel(c, e.type, e.target, ctx.locale),
        change: e.change,
        allowed: e.allowed,
        reason: refusal && msg ? { code: refusal.code, ...msg } : null,
        effectiveAt: e.effectiveAt?.toISOString() ?? null,
        effectiveLabel: e.effectiveAt ? formatEffective(e.effectiveAt, c.zone, ctx.locale) : null,
        immediate: e.immediate,
        billingContinues: e.billingContinues,
      };
    }),
    pending: c.pending.map((p) => ({
      id: p.id,
      type: p.type,
      target: p.target,
      targetLabel: targetLabel(c, p.type, p.target, ctx.locale),
      effectiveAt: p.effectiveAt.toISOString(),
      effectiveLabel: formatEffective(p.effectiveAt, c.zone, ctx.locale),
    })),
  };
}
