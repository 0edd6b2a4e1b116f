/**
 * The charges ledger as CSV (issue 3 §6), pure. Choices, for the spreadsheet an agent opens it in:
 * - RFC 4180: CRLF line ends, a header row, a cell quoted when it holds the separator, a quote or a
 *   line break, quotes doubled inside.
 * - UTF-8 with a byte-order mark, so Excel reads "Frais unique", "Lefèvre" and "€" right.
 * - French: `;` between cells and a decimal comma ("7,00"), which French Excel opens as numbers
 *   (with `,` it would split the amounts); English: `,` and a decimal point.
 * - Amounts are decimals in their currency, the currency in its own column; dates ISO (YYYY-MM-DD).
 * - A 10-digit number is written in pairs ("07 00 00 00 01") so that a spreadsheet keeps its 0.
 * - CSV injection (OWASP): a text cell starting with = + - @, a tab or a carriage return is
 *   prefixed with an apostrophe, so no customer or user name is ever run as a formula. Amounts are
 *   written by Relais, never neutralised.
 */

export type CsvLang = 'fr' | 'en';

export interface ChargeCsvRow {
  date: string;
  accountReference: string;
  accountName: string;
  msisdn: string | null;
  userName: string | null;
  kind: 'one_off' | 'first_month' | 'monthly' | 'usage' | 'usage_minimum';
  itemName: string;
  itemCode: string;
  periodStart: string | null;
  periodEnd: string | null;
  /** Decimal with a point, e.g. "7.00" (money's toDecimal). */
  amount: string;
  currency: string;
  vatIncluded: boolean;
}

const HEADERS: Record<CsvLang, string[]> = {
  fr: [
    'Date',
    'Référence client',
    'Client',
    'Ligne',
    'Utilisateur',
    'Nature',
    'Article',
    'Code article',
    'Début de période',
    'Fin de période',
    'Montant',
    'Devise',
    'Taxes',
  ],
  en: [
    'Date',
    'Customer reference',
    'Customer',
    'Line',
    'User',
    'Kind',
    'Item',
    'Item code',
    'Period start',
    'Period end',
    'Amount',
    'Currency',
    'Tax',
  ],
};

export const KIND_LABELS: Record<ChargeCsvRow['kind'], Record<CsvLang, string>> = {
  one_off: { fr: 'Frais unique', en: 'One-off fee' },
  first_month: { fr: 'Premier mois (prorata)', en: 'First month (pro rata)' },
  monthly: { fr: 'Mensualité', en: 'Monthly' },
  // Issue 12 §3: off-plan usage, charged in arrears at the month's close.
  usage: { fr: 'Hors forfait (consommations)', en: 'Off-plan usage' },
  // CAT-09: a pay-as-you-go month that cost less than its minimum, topped up at the month's close.
  usage_minimum: {
    fr: 'Complément au minimum mensuel (compteur)',
    en: 'Pay-as-you-go monthly minimum top-up',
  },
};

const TAX: Record<CsvLang, [string, string]> = { fr: ['HT', 'TTC'], en: ['excl. VAT', 'incl. VAT'] };

export const SEPARATOR: Record<CsvLang, string> = { fr: ';', en: ',' };
export const BOM = '\uFEFF';

/** OWASP: a cell a spreadsheet would read as a formula gets a leading apostrophe. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting for one cell. */
export function quote(cell: string, separator: string): string {
  return cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function msisdnCell(msisdn: string | null): string {
  if (!msisdn) return '';
  return msisdn.length === 10 ? msisdn.replace(/(\d{2})(?=\d)/g, '$1 ') : msisdn;
}

/** The whole file: BOM, header row, one row per charge, CRLF after every row. */
export function chargesCsv(rows: readonly ChargeCsvRow[], lang: CsvLang): string {
  const sep = SEPARATOR[lang];
  const text = (s: string | null) => quote(neutralise(s ?? ''), sep);
  const number = (s: string) => quote(lang === 'fr' ? s.replace('.', ',') : s, sep);
  const lines = [HEADERS[lang].map((h) => quote(h, sep)).join(sep)];
  for (const r of rows)
    lines.push(
      [
        text(r.date),
        text(r.accountReference),
        text(r.accountName),
        text(msisdnCell(r.msisdn)),
        text(r.userName),
        text(KIND_LABELS[r.kind][lang]),
        text(r.itemName),
        text(r.itemCode),
        text(r.periodStart),
        text(r.periodEnd),
        number(r.amount),
        text(r.currency),
        text(TAX[lang][r.vatIncluded ? 1 : 0]),
      ].join(sep),
    );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
