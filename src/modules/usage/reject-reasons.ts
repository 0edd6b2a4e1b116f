import type { Locale } from '../../platform/i18n/messages.ts';
import type { CdrColumn, RejectReason } from './rules.ts';

/** Why a CDR row was not counted, as the import's reader reads it (French and English). */
const REASONS: Record<RejectReason, Record<Locale, string>> = {
  missing: { fr: 'Valeur manquante', en: 'Missing value' },
  invalid_record_id: {
    fr: 'Identifiant d’enregistrement invalide (1 à 100 lettres, chiffres, . _ : / -)',
    en: 'Invalid record id (1 to 100 letters, digits, . _ : / -)',
  },
  invalid_msisdn: { fr: 'Numéro de ligne invalide', en: 'Invalid line number' },
  invalid_start: {
    fr: 'Date et heure invalides (ISO 8601 avec fuseau, ex. 2026-11-20T14:03:00+01:00)',
    en: 'Invalid date and time (ISO 8601 with an offset, e.g. 2026-11-20T14:03:00+01:00)',
  },
  invalid_kind: {
    fr: 'Type inconnu (voice, sms, mms, data, sva)',
    en: 'Unknown kind (voice, sms, mms, data, sva)',
  },
  invalid_direction: { fr: 'Sens inconnu (out, in)', en: 'Unknown direction (out, in)' },
  invalid_zone: {
    fr: 'Zone inconnue (france, zone1, usa_canada, maghreb_turkey, rest_of_world)',
    en: 'Unknown zone (france, zone1, usa_canada, maghreb_turkey, rest_of_world)',
  },
  invalid_quantity: { fr: 'Quantité invalide (nombre entier)', en: 'Invalid quantity (a whole number)' },
  negative_quantity: { fr: 'Quantité négative', en: 'Negative quantity' },
  invalid_price: {
    fr: 'Prix SVA invalide (décimal, SVA seulement)',
    en: 'Invalid SVA price (a decimal, SVA only)',
  },
  invalid_called_number: { fr: 'Numéro appelé invalide', en: 'Invalid called number' },
  columns: {
    fr: 'Ligne CSV illisible ou nombre de colonnes incorrect',
    en: 'Unreadable CSV row or wrong column count',
  },
  duplicate_in_file: {
    fr: 'Identifiant déjà présent plus haut dans le fichier',
    en: 'Record id already given earlier in the file',
  },
  unknown_line: {
    fr: 'Aucune ligne du revendeur n’a ce numéro',
    en: 'None of the reseller’s lines has this number',
  },
};

const FIELDS: Record<CdrColumn, Record<Locale, string>> = {
  record_id: { fr: 'identifiant', en: 'record id' },
  msisdn: { fr: 'numéro de ligne', en: 'line number' },
  start: { fr: 'début', en: 'start' },
  kind: { fr: 'type', en: 'kind' },
  direction: { fr: 'sens', en: 'direction' },
  zone: { fr: 'zone', en: 'zone' },
  destination_zone: { fr: 'zone de destination', en: 'destination zone' },
  quantity: { fr: 'quantité', en: 'quantity' },
  sva_price: { fr: 'prix SVA', en: 'SVA price' },
  called_number: { fr: 'numéro appelé', en: 'called number' },
};

export function rejectMessage(reason: RejectReason, field: string | null, locale: Locale): string {
  const text = REASONS[reason][locale];
  const f = field !== null && field in FIELDS ? FIELDS[field as CdrColumn][locale] : null;
  return f && reason !== 'unknown_line' && reason !== 'duplicate_in_file' ? `${text} (${f})` : text;
}
