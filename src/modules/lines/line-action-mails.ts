import type { Tx } from '../../platform/db/db.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import type { LineActionMail } from '../../platform/notify/templates.ts';
import { accountContact } from '../accounts/mail-account.ts';
import { formatEffective } from './actions-rules.ts';
import type * as store from './store.ts';
import type { Schedulable } from './line-action-context.ts';

/** The e-mails of line actions: "action planifiée" when scheduled, "action effectuée" when done. */

/**
 * The line-action templates (platform/notify/templates.ts) name five actions; an option added or
 * changed goes out as a change of the subscription ("Changement d'offre") whose detail says what
 * was done, until the templates name these two actions themselves.
 */
const MAIL_ACTION: Record<Schedulable, LineActionMail['action']> = {
  suspend: 'suspend',
  reactivate: 'reactivate',
  plan_change: 'plan_change',
  option_termination: 'option_termination',
  termination: 'termination',
  option_add: 'option_add',
  option_change: 'option_change',
};
const MAIL_DETAIL = {
  option_add: {
    fr: (d: string) => `Ajout de l’option ${d}`,
    en: (d: string) => `Option added: ${d}`,
  },
  // ACT-06: both options are billed for the month; the envelope is the new option's.
  option_change: {
    fr: (d: string) =>
      `Changement d’option : ${d}. Les deux options sont facturées ce mois-ci ; l’enveloppe est celle de la nouvelle option.`,
    en: (d: string) =>
      `Option changed: ${d}. Both options are billed this month; the envelope is the new option's.`,
  },
} satisfies Partial<Record<Schedulable, Record<Locale, (d: string) => string>>>;

export async function mailData(
  tx: Tx,
  line: store.LineRow,
  type: Schedulable,
  detail: string,
  effectiveAt: Date,
  zone: string,
  locale: Locale,
): Promise<{ to: string; data: LineActionMail } | null> {
  const account = await accountContact(tx, line.account_id);
  if (!account) return null;
  return {
    to: account.email,
    data: {
      customerName: account.display_name,
      line: line.msisdn ?? line.iccid ?? line.id,
      action: MAIL_ACTION[type],
      detail: type in MAIL_DETAIL ? MAIL_DETAIL[type as keyof typeof MAIL_DETAIL][locale](detail) : detail,
      effective: formatEffective(effectiveAt, zone, locale),
    },
  };
}
