import type { ErrorCode } from '../errors.ts';

/** Messages of the charges ledger codes (issue 3 §6; the billing run's code is the billing module's). `{name}` as in messages.ts. */
type Msg = { title: string; detail: string };

export const billingFr = {
  'charges.period_invalid': {
    title: 'Période invalide',
    detail: 'La date de début ({from}) est postérieure à la date de fin ({to}).',
  },
  'charges.period_required': {
    title: 'Période requise',
    detail: 'Pour exporter les frais de tous les clients, indiquez une date de début et une date de fin.',
  },
  'charges.export_too_large': {
    title: 'Export trop volumineux',
    detail: 'L’export dépasse {max} lignes : choisissez une période plus courte ou un seul client.',
  },
} satisfies Partial<Record<ErrorCode, Msg>>;

export const billingEn = {
  'charges.period_invalid': {
    title: 'Invalid period',
    detail: 'The start date ({from}) is after the end date ({to}).',
  },
  'charges.period_required': {
    title: 'Period required',
    detail: 'To export the charges of every customer, give a start date and an end date.',
  },
  'charges.export_too_large': {
    title: 'Export too large',
    detail: 'The export exceeds {max} rows: choose a shorter period or a single customer.',
  },
} satisfies Partial<Record<ErrorCode, Msg>>;
