import { DateTime } from 'luxon';
import {
  preparedModuleEmails,
  type ModuleTemplate,
  type PreparedMessage,
} from '../../platform/notify/index.ts';
import type { staffRecipients } from '../users/service.ts';

/**
 * What the usage alerts' e-mails share (data alerts, limit alerts): the month's name in both
 * languages and an e-mail to each active staff user. An import batch writes hundreds of alerts:
 * the month's name is worked out once (luxon's parse and format cost more than the rest of an
 * alert's e-mail), each e-mail rendered once per language.
 */

export type Staff = Awaited<ReturnType<typeof staffRecipients>>;

const labels = new Map<string, { fr: string; en: string }>();

/** "octobre 2026" / "October 2026": a `yyyy-MM` month as the alerts' e-mails name it. */
export function monthLabels(month: string, zone: string): { fr: string; en: string } {
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

/** An alert's e-mail about a line to each active staff user, `data` in the user's language. */
export function staffEmails<D>(
  template: ModuleTemplate<D>,
  staff: Staff,
  a: { now: Date; lineId: string; data: (locale: 'fr' | 'en') => D },
): PreparedMessage[] {
  return preparedModuleEmails(
    template,
    staff.map((u) => ({ to: u.email, locale: u.locale })),
    { now: a.now, entityType: 'line', entityId: a.lineId, data: a.data },
  );
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
