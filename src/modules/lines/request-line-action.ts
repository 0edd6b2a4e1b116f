import type { Ctx, Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { runActionNow, scheduleAction, type PendingAction } from '../../platform/jobs/index.ts';
import { enqueueTemplateEmail } from '../../platform/notify/index.ts';
import { emitModuleEvent } from '../../platform/module.ts';
import { namedRefusal } from '../catalog/rules.ts';
import {
  formatEffective,
  optionAddEligibility,
  optionChangeEligibility,
  terminationInstant,
  type LineActionEligibility,
  LINE_ACTION_KIND,
} from './actions-rules.ts';
import { getLine, type LineView } from './service.ts';
import { type Schedulable, type LineContext, loadContext, lineOptionFacts } from './line-action-context.ts';
import { auditLine, catalogName, actionDetail } from './line-action-labels.ts';
import { mailData } from './line-action-mails.ts';

export interface LineActionRequest {
  type: Schedulable;
  /**
   * The new offer's code (plan_change), the line option's id (option_termination), the catalog
   * option's code (option_add, option_change).
   */
  target?: string | undefined;
  /** option_change: the line option's id that the new option replaces (ACT-06). */
  replaces?: string | undefined;
  /** Termination: a local date 'YYYY-MM-DD' (tenant zone); none = at once. */
  date?: string | undefined;
}

export interface LineActionResult {
  action: {
    id: string;
    kind: string;
    status: PendingAction['status'];
    effectiveAt: string;
    effectiveLabel: string;
    immediate: boolean;
  };
  line: LineView;
}

/**
 * Checks the request with the same rules as the list (a refusal is its 4xx and nothing is
 * written), schedules the action, audits it, and runs it at once when its instant is now.
 */
export async function requestLineAction(
  ctx: Ctx,
  deps: Pick<Deps, 'actions' | 'clock'>,
  id: string,
  req: LineActionRequest,
): Promise<LineActionResult> {
  const optionRequest = req.type === 'option_add' || req.type === 'option_change';
  // Locked: two concurrent requests on one line are checked one after the other.
  const c = await loadContext(ctx, id, true, undefined, optionRequest ? req.target : undefined);
  const target =
    req.type === 'suspend' || req.type === 'reactivate' || req.type === 'termination'
      ? null
      : (req.target ?? null);
  if (req.type === 'plan_change' && !c.offers.some((o) => o.code === target))
    throw new AppError('catalog.unknown_item', { item: target ?? '' });
  const e = optionRequest
    ? optionEligibility(c, req, ctx.now)
    : c.eligibility.find((x) => x.type === req.type && x.target === target);
  if (!e) throw new AppError('resource.not_found');
  // A terminated line says so before anything else (ORD-07), whatever the action.
  if (!e.allowed || !e.effectiveAt) {
    const refusal = namedRefusal(e.refusal ?? { code: 'line.not_active' }, catalogName(c, ctx.locale));
    throw new AppError(refusal.code, refusal.params ?? {});
  }
  let effectiveAt = e.effectiveAt;
  if (req.type === 'termination') {
    const chosen = terminationInstant(ctx.now, req.date ?? null, c.zone);
    if (!chosen.ok) throw new AppError(chosen.refusal.code, chosen.refusal.params ?? {});
    effectiveAt = chosen.effectiveAt;
  }
  const immediate = effectiveAt.getTime() <= ctx.now.getTime();
  const detail = actionDetail(c, req.type, target, e.replaces, ctx.locale);
  const action = await scheduleAction(ctx.tx, deps.actions, {
    kind: LINE_ACTION_KIND[req.type],
    entityType: 'line',
    entityId: c.line.id,
    effectiveAt,
    payload: {
      type: req.type,
      target,
      replaces: e.replaces,
      fromOffer: c.line.offer_code,
      locale: ctx.locale,
      detail,
    },
    createdBy: ctx.actor.id ?? 'system',
    now: ctx.now,
  });
  await auditLine(ctx, c.line, 'line.action_requested', {
    after: {
      actionId: action.id,
      type: req.type,
      target,
      ...(e.replaces ? { replaces: e.replaces } : {}),
      effectiveAt: effectiveAt.toISOString(),
    },
  });
  const mail = await mailData(ctx.tx, c.line, req.type, detail, effectiveAt, c.zone, ctx.locale);
  let done = action;
  if (immediate) {
    done = await runActionNow(ctx.tx, deps.actions, action, { clock: deps.clock, now: ctx.now });
    // Modules following the line's options (usage: a roaming cut-off's block is lifted at once, USE-05).
    if (req.type === 'option_change' && target)
      await emitModuleEvent(ctx, deps, 'line.option_changed', { lineId: c.line.id, optionCode: target });
  } else if (mail)
    await enqueueTemplateEmail(ctx.tx, {
      to: mail.to,
      template: 'line.action_scheduled',
      locale: ctx.locale,
      data: mail.data,
      entityType: 'line',
      entityId: c.line.id,
      now: ctx.now,
    });
  return {
    action: {
      id: done.id,
      kind: done.kind,
      status: done.status,
      effectiveAt: effectiveAt.toISOString(),
      effectiveLabel: formatEffective(effectiveAt, c.zone, ctx.locale),
      immediate,
    },
    line: await getLine(ctx, c.line.id),
  };
}

/**
 * option_add / option_change requested by code: judged by the same pure functions as the list, so
 * an option of another network, a recharge or an unknown line option get their precise refusal.
 */
function optionEligibility(
  c: LineContext,
  req: LineActionRequest,
  at: Date,
): LineActionEligibility | undefined {
  // Recharges are not listed (USE-06) but are judged alike: the rule says why they are refused.
  const row = c.optionRows.find((o) => o.code === req.target);
  const candidate =
    c.candidates.find((o) => o.facts.code === req.target) ??
    (row ? { facts: row.facts, priceSet: true, prices: [] } : undefined);
  if (!candidate) return undefined;
  const facts = lineOptionFacts(c);
  const lineFacts = {
    state: c.line.state,
    network: c.line.network,
    offer: c.offer,
    options: facts,
  };
  if (req.type === 'option_add')
    return optionAddEligibility(lineFacts, candidate, c.pending, c.partnerPrograms, at);
  const current = facts.find((o) => o.id === req.replaces);
  if (!current) return undefined;
  return optionChangeEligibility(lineFacts, current, candidate, c.pending, at);
}
