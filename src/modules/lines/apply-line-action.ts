import { Type, type Static } from '@sinclair/typebox';
import type { Tx } from '../../platform/db/db.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { newId } from '../../platform/clock.ts';
import type { PendingAction } from '../../platform/jobs/index.ts';
import { enqueueTemplateEmail } from '../../platform/notify/index.ts';
import * as store from './store.ts';
import { TYPE_OF_KIND, tenantZone } from './line-action-context.ts';
import { auditLine } from './line-action-labels.ts';
import { writeOptionCharges } from './line-action-charges.ts';
import { mailData } from './line-action-mails.ts';
import { terminateLine } from './terminate-line.ts';

/** What requestLineAction schedules: checked before the handler runs (the manifest's action kinds). */
export const LineActionPayloadSchema = Type.Object({
  type: Type.Optional(Type.String()),
  /** The new offer (plan change), the option (add, change, termination). */
  target: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  /** The line option an option change replaces. */
  replaces: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  fromOffer: Type.Optional(Type.String()),
  locale: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
  /** The action's words in the e-mails. */
  detail: Type.Optional(Type.String()),
});
export type LineActionPayload = Static<typeof LineActionPayloadSchema>;

// ── Handlers (the lines manifest's action kinds): run by the worker at the effective instant, or at
//    once by requestLineAction. Each re-reads the line under a lock and does nothing on a line that
//    cannot take the action any more (terminated meanwhile), returning why.

export async function applyLineAction(
  tx: Tx,
  payload: LineActionPayload,
  action: PendingAction,
  now: Date,
): Promise<Record<string, unknown>> {
  const type = TYPE_OF_KIND.get(action.kind);
  const line = await store.getLine(tx, action.entityId, true);
  if (!type || !line) return { skipped: 'line not found' };
  if (line.state === 'terminated' || line.state === 'cancelled') return { skipped: `line ${line.state}` };
  const target = payload.target ?? null;
  const at = action.effectiveAt;
  const zone = await tenantZone(tx);
  let result: Record<string, unknown>;
  switch (type) {
    case 'suspend':
      // ACT-01: service interrupted; the plan stays and is still billed.
      if (line.state !== 'active') return { skipped: `line ${line.state}` };
      await store.setLineState(tx, line.id, 'suspended', now);
      result = { state: 'suspended' };
      break;
    case 'reactivate':
      if (line.state !== 'suspended') return { skipped: `line ${line.state}` };
      await store.setLineState(tx, line.id, 'active', now);
      result = { state: 'active' };
      break;
    case 'plan_change':
      // ACT-03/04: the new offer from the 1st of the month (CAL-05).
      if (!target) return { skipped: 'no offer' };
      await store.setLineOffer(tx, line.id, target, now);
      result = { from: line.offer_code, to: target };
      break;
    case 'option_termination':
      // ACT-10: the option's end date is the effective instant (Orange: 00:00 on the 1st, i.e. the
      // end of the month's last day).
      if (!target || !(await store.terminateOption(tx, target, at))) return { skipped: 'option not active' };
      result = { option: target, endedAt: at.toISOString() };
      break;
    case 'termination':
      result = await terminateLine(tx, line, at, now, zone);
      break;
    case 'option_add':
    case 'option_change': {
      // ACT-10: the new option is active at once, with its creation and activation dates; ACT-06:
      // the replaced one ends at the same instant (the line is unblocked at once, USE-05).
      const replaces = payload.replaces ?? null;
      if (!target) return { skipped: 'no option' };
      if (type === 'option_change' && (!replaces || !(await store.terminateOption(tx, replaces, at))))
        return { skipped: 'option not active' };
      const optionId = newId();
      await store.insertActiveLineOption(tx, { id: optionId, lineId: line.id, optionCode: target, at });
      const charged = await writeOptionCharges(
        tx,
        line,
        target,
        type === 'option_change' ? replaces : null,
        at,
        now,
        zone,
      );
      result = {
        option: optionId,
        code: target,
        ...(replaces ? { replaced: replaces } : {}),
        chargedMinor: charged,
      };
      break;
    }
  }
  await auditLine({ tx, actor: SYSTEM_ACTOR, now, requestId: null }, line, `line.${type}_done`, {
    after: { actionId: action.id, ...result },
  });
  const locale: Locale = payload.locale ?? 'fr';
  const detail = payload.detail ?? '';
  const mail = await mailData(tx, line, type, detail, at, zone, locale);
  if (mail)
    await enqueueTemplateEmail(tx, {
      to: mail.to,
      template: 'line.action_done',
      locale,
      data: mail.data,
      entityType: 'line',
      entityId: line.id,
      now,
    });
  return result;
}
