import { DateTime } from 'luxon';
import {
  FAULT_FIXED,
  type Calendar,
  type Channel,
  type IncidentState,
  type InterventionKind,
  type Priority,
  type RequiredInfoField,
  type SavPlusStep,
  type TariffLine,
} from './rules.ts';

/**
 * The desk's codes by their names, in French and English (states, checks, fields, SAV+ points,
 * channels, kinds of intervention, priorities), for messages, e-mails and the timeline: a user
 * never reads an internal code.
 */

/** French and English labels of the checks (SUP-01/SUP-02), for e-mails; the UI has its own. */
export const CHECK_LABELS: Record<string, { fr: string; en: string }> = {
  restart: { fr: 'Redémarrage des équipements', en: 'Equipment restarted' },
  internal_wiring: { fr: 'Câblage interne vérifié', en: 'Internal wiring checked' },
  electrical_disturbances: {
    fr: 'Perturbations électriques écartées',
    en: 'Electrical disturbances ruled out',
  },
  modem_head_of_line: { fr: 'Modem branché en tête de ligne', en: 'Modem at the head of the line' },
  modem_swap: { fr: 'Échange du modem', en: 'Modem swapped' },
  cabling: { fr: 'Câblage vérifié', en: 'Cabling checked' },
};

export const INFO_LABELS: Record<RequiredInfoField, string> = {
  siteContactName: 'Contact sur site',
  siteContactPhone: 'Téléphone du contact',
  siteOpeningHours: "Horaires d'ouverture",
  modemMakeModel: 'Modem (marque, modèle)',
  routerMakeModel: 'Routeur (marque, modèle)',
  modemLedStates: 'État des voyants du modem',
};

/** SUP-08: the points of the line the SAV+ follows, in French and English. */
export const SAV_PLUS_STEP_LABELS: Record<SavPlusStep, { fr: string; en: string }> = {
  site_tests: { fr: 'Tests sur site', en: 'Site tests' },
  main_frame: { fr: 'Répartiteur', en: 'Main frame' },
  sub_frame: { fr: 'Sous-répartiteur', en: 'Sub-frame' },
  concentration_point: { fr: 'Point de concentration', en: 'Concentration point' },
  second_site_visit: { fr: 'Second passage sur site', en: 'Second site visit' },
};

export const STATE_LABELS: Record<IncidentState, { fr: string; en: string }> = {
  new: { fr: 'Nouveau', en: 'New' },
  diagnosis: { fr: 'Diagnostic', en: 'Diagnosis' },
  waiting_customer: { fr: 'En attente du client', en: 'Waiting for customer' },
  with_operator: { fr: 'Chez l’opérateur', en: 'With the operator' },
  intervention_planned: { fr: 'Intervention planifiée', en: 'Intervention planned' },
  resolved: { fr: 'Résolu', en: 'Resolved' },
  closed: { fr: 'Clos', en: 'Closed' },
};

export const INFO_LABELS_EN: Record<RequiredInfoField, string> = {
  siteContactName: 'site contact',
  siteContactPhone: 'contact phone',
  siteOpeningHours: 'opening hours',
  modemMakeModel: 'modem make and model',
  routerMakeModel: 'router make and model',
  modemLedStates: 'modem LED states',
};

/** CS-01 channels by name, for e-mails: "(E-mail)", never "(email)" (issue 10). */
export const CHANNEL_LABELS: Record<Channel, { fr: string; en: string }> = {
  phone: { fr: 'téléphone', en: 'phone' },
  email: { fr: 'e-mail', en: 'e-mail' },
  chat: { fr: 'chat', en: 'chat' },
  web_form: { fr: 'formulaire web', en: 'web form' },
  social: { fr: 'réseau social', en: 'social network' },
  post: { fr: 'courrier', en: 'post' },
  shop: { fr: 'boutique', en: 'shop' },
};

export const KIND_LABELS: Record<InterventionKind, { fr: string; en: string }> = {
  on_site: { fr: 'Intervention sur site', en: 'On-site intervention' },
  expertise: { fr: 'Expertise ADSL', en: 'ADSL expertise' },
  sav_plus: { fr: 'SAV+', en: 'SAV+' },
};

/** SUP-04: the outcome outside the tariff ("found and fixed" charges nothing). */
export const QUALIFICATION_LABELS: Record<string, { fr: string; en: string }> = {
  [FAULT_FIXED]: { fr: 'Défaut trouvé et corrigé', en: 'Fault found and fixed' },
};

export function labelOf(lines: readonly TariffLine[], code: string, lang: 'fr' | 'en'): string {
  const line = lines.find((l) => l.code === code);
  return line ? (lang === 'fr' ? line.labelFr : line.labelEn) : code;
}

export const PRIORITY_LABELS: Record<Priority, { fr: string; en: string }> = {
  critical: { fr: 'Critique', en: 'Critical' },
  high: { fr: 'Haute', en: 'High' },
  normal: { fr: 'Normale', en: 'Normal' },
  low: { fr: 'Basse', en: 'Low' },
};

/** An instant in the tenant's zone, in words: "lundi 30 novembre 2026 à 09:00". */
export function when(d: Date, cal: Calendar, lang: 'fr' | 'en' = 'fr'): string {
  const fmt = lang === 'fr' ? "cccc d LLLL yyyy 'à' HH:mm" : "cccc d LLLL yyyy 'at' HH:mm";
  return DateTime.fromJSDate(d).setZone(cal.zone).setLocale(lang).toFormat(fmt);
}

/** The rules speak in codes; the messages name states, checks and fields in the caller's language. */
export function readable(
  lang: 'fr' | 'en',
  params: Record<string, string | number>,
): Record<string, string | number> {
  const out = { ...params };
  for (const k of ['from', 'to'] as const) {
    const v = out[k];
    if (typeof v === 'string' && v in STATE_LABELS) out[k] = STATE_LABELS[v as IncidentState][lang];
  }
  if (typeof out.checks === 'string')
    out.checks = out.checks
      .split(', ')
      .map((c) => CHECK_LABELS[c]?.[lang] ?? c)
      .join(', ');
  for (const k of ['step', 'expected'] as const) {
    const v = out[k];
    if (typeof v === 'string' && v in SAV_PLUS_STEP_LABELS)
      out[k] = SAV_PLUS_STEP_LABELS[v as SavPlusStep][lang];
    else if (v === 'none') out[k] = lang === 'fr' ? 'aucune' : 'none';
  }
  if (typeof out.fields === 'string')
    out.fields = out.fields
      .split(', ')
      .map((f) => (lang === 'fr' ? INFO_LABELS : INFO_LABELS_EN)[f as RequiredInfoField] ?? f)
      .join(', ');
  return out;
}
