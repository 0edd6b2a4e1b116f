import { DateTime } from 'luxon';
import {
  preparedModuleEmails,
  preparedSms,
  type ModuleTemplate,
  type PreparedMessage,
} from '../../platform/notify/index.ts';
import type { staffRecipients } from '../users/service.ts';
import { smsRecipient } from './rules.ts';

/**
 * What the usage alerts share (data alerts, USE-03; limit alerts, USE-05 and CAT-09): an SMS to the
 * line's user and an e-mail to each active staff user naming the month in their language. An import
 * batch writes hundreds of alerts: the month's name is worked out once (luxon's parse and format cost
 * more than the rest of an alert's e-mail), each e-mail rendered once per language.
 */

export type Staff = Awaited<ReturnType<typeof staffRecipients>>;

const labels = new Map<string, { fr: string; en: string }>();

/** "octobre 2026" / "October 2026": a `yyyy-MM` month as the alerts' e-mails name it. */
function monthLabels(month: string, zone: string): { fr: string; en: string } {
  const key = `${month}|${zone}`;
  let l = labels.get(key);
  if (!l) {
    const m = DateTime.fromFormat(month, 'yyyy-MM', { zone });
    l = { fr: m.setLocale('fr').toFormat('LLLL yyyy'), en: m.setLocale('en').toFormat('LLLL yyyy') };
    // A handful of months and zones in practice; bounded all the same.
    if (labels.size >= 1000) labels.clear();
    labels.set(key, l);
  }
  return l;
}

/** What an alert about a line says: its SMS (French, the user's) and its staff e-mail's data. */
export interface LineAlert<D> {
  now: Date;
  /** The alert's month, `yyyy-MM` in the tenant's zone. */
  month: string;
  zone: string;
  sms: { template: string; title: string; text: () => string };
  email: ModuleTemplate<D>;
  data: (locale: 'fr' | 'en', monthLabel: { fr: string; en: string }) => D;
}

/**
 * An alert's messages about a line: the SMS to its user when its number takes one (the text is
 * built only then), and the e-mail to each staff user, `data` in the user's language.
 */
export function lineAlertMessages<D>(
  line: { id: string; msisdn: string | null },
  staff: Staff,
  alert: LineAlert<D>,
): PreparedMessage[] {
  const messages: PreparedMessage[] = [];
  const to = line.msisdn ? smsRecipient(line.msisdn) : null;
  if (to)
    messages.push(
      preparedSms({
        to,
        title: alert.sms.title,
        text: alert.sms.text(),
        template: alert.sms.template,
        locale: 'fr',
        entityType: 'line',
        entityId: line.id,
        now: alert.now,
      }),
    );
  const monthLabel = monthLabels(alert.month, alert.zone);
  messages.push(
    ...preparedModuleEmails(
      alert.email,
      staff.map((u) => ({ to: u.email, locale: u.locale })),
      {
        now: alert.now,
        entityType: 'line',
        entityId: line.id,
        data: (locale) => alert.data(locale, monthLabel),
      },
    ),
  );
  return messages;
}

/**
 * The alerts' numbers: one formatter per language and style, since `toLocaleString` builds a new
 * one at each call (it was most of a data alert's cost). Each gives what `toLocaleString` gives
 * with the same options.
 */
const formats = {
  decimal: {
    fr: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }),
    en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
  },
  plain: { fr: new Intl.NumberFormat('fr-FR'), en: new Intl.NumberFormat('en-GB') },
  euros: {
    fr: new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }),
    en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }),
  },
};

/** `n` in a language: "1,5" / "1.5" (decimal: up to 2 decimals), "1 024" / "1,024", "12,30 €" / "€12.30". */
export function formatNumber(n: number, style: keyof typeof formats, locale: 'fr' | 'en'): string {
  return formats[style][locale].format(n);
}
