import type { Ctx } from '../../platform/context.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { LineActionType } from './actions-rules.ts';
import type * as store from './store.ts';
import type { LineContext } from './line-action-context.ts';

/** The names a line action shows: offers and options in the request's language, the line's label. */

export function nameOf(row: { name_fr: string; name_en: string } | undefined, locale: Locale): string | null {
  if (!row) return null;
  return locale === 'en' ? row.name_en : row.name_fr;
}

/** A catalog code's name in the request's language (an offer or an option of the line's network). */
export function catalogName(c: LineContext, locale: Locale): (code: string) => string | undefined {
  return (code) =>
    nameOf(
      c.optionRows.find((o) => o.code === code),
      locale,
    ) ??
    nameOf(
      c.offers.find((o) => o.code === code),
      locale,
    ) ??
    undefined;
}

export function targetLabel(c: LineContext, type: LineActionType, target: string | null, locale: Locale) {
  if (target === null) return null;
  if (type === 'plan_change')
    return (
      nameOf(
        c.offers.find((o) => o.code === target),
        locale,
      ) ?? target
    );
  if (type === 'option_add' || type === 'option_change')
    return (
      nameOf(
        c.optionRows.find((o) => o.code === target),
        locale,
      ) ?? target
    );
  const code = c.options.find((o) => o.id === target)?.option_code;
  return (
    nameOf(
      c.optionRows.find((o) => o.code === code),
      locale,
    ) ??
    code ??
    target
  );
}

/** What the e-mail and the audit name: the option, or "old → new" for a change (ACT-06). */
export function actionDetail(
  c: LineContext,
  type: LineActionType,
  target: string | null,
  replaces: string | null,
  locale: Locale,
): string {
  const label = targetLabel(c, type, target, locale) ?? '';
  if (type !== 'option_change' || !replaces) return label;
  return `${targetLabel(c, 'option_termination', replaces, locale) ?? ''} → ${label}`;
}

export function lineLabel(l: Pick<store.LineRow, 'msisdn' | 'iccid' | 'id' | 'account_name'>): string {
  return `${l.msisdn ?? l.iccid ?? l.id} (${l.account_name})`;
}

/**
 * Audits a change of the line, named in the log by its number and customer, in the caller's
 * transaction (a request's context, or the worker's with the system actor).
 */
export function auditLine(
  ctx: Pick<Ctx, 'tx' | 'actor' | 'now' | 'requestId'>,
  line: Pick<store.LineRow, 'msisdn' | 'iccid' | 'id' | 'account_name'>,
  action: string,
  change: { before?: unknown; after?: unknown } = {},
): Promise<void> {
  return recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'line',
    entityId: line.id,
    entityLabel: lineLabel(line),
    action,
    ...change,
  });
}
