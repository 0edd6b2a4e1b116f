import type { ErrorCode } from '../errors.ts';

/**
 * Messages of the support desk codes (issue 4), kept apart from messages.ts so that modules built
 * side by side do not edit the same lines. `{name}` placeholders as there.
 */
type Msg = { title: string; detail: string };

export const supportFr = {
  'support.transition_not_allowed': {
    title: 'Changement d’état impossible',
    detail: 'Un incident à l’état « {from} » ne peut pas passer à l’état « {to} ».',
  },
  'support.checks_missing': {
    title: 'Vérifications non confirmées',
    detail:
      'Le client doit confirmer par écrit chaque vérification avant le passage à l’opérateur ; manquent : {checks}.',
  },
  'support.information_missing': {
    title: 'Informations obligatoires manquantes',
    detail: 'Renseignez avant le passage à l’opérateur : {fields}.',
  },
  'support.consent_required': {
    title: 'Accord écrit du client requis',
    detail:
      'Une intervention sur site ne peut être déclenchée qu’après l’accord écrit du client : enregistrez-le d’abord.',
  },
  'support.intervention_required': {
    title: 'Intervention à planifier',
    detail:
      'Planifiez l’intervention (date, créneau, adresse, numéros joignables) : l’incident passe alors à « intervention planifiée ».',
  },
  'support.interventions_open': {
    title: 'Intervention en cours',
    detail: '{count} intervention(s) restent à qualifier ou à annuler avant de résoudre l’incident.',
  },
  'support.intervention_not_applicable': {
    title: 'Pas d’intervention sur site',
    detail: 'Une ligne mobile ne donne pas lieu à une intervention sur site.',
  },
  'support.adsl_only': {
    title: 'Réservé à l’ADSL',
    detail: 'L’expertise et le SAV+ ne concernent que les accès ADSL.',
  },
  'support.qualification_unknown': {
    title: 'Qualification absente du tarif',
    detail:
      'La qualification « {qualification} » ne figure pas au tarif pour ce service et ce type d’intervention.',
  },
  'support.quote_amount_required': {
    title: 'Montant du devis requis',
    detail: 'Cette ligne du tarif est sur devis : indiquez le montant HT du devis.',
  },
  'support.charge_not_contestable': {
    title: 'Frais non contestables',
    detail: 'Ces frais sont déjà contestés ou annulés.',
  },
  'support.contest_window_closed': {
    title: 'Délai de contestation dépassé',
    detail:
      'Le délai de 2 jours ouvrés a pris fin le {deadline} : le client doit écrire au Service Clients à l’adresse {email}.',
  },
  'support.sav_plus_step_order': {
    title: 'Étape SAV+ hors ordre',
    detail: 'L’étape « {step} » ne peut pas être enregistrée maintenant (étape attendue : {expected}).',
  },
  'support.sav_plus_not_movable': {
    title: 'Rendez-vous SAV+ non déplaçable',
    detail: 'Un rendez-vous SAV+ ne peut pas être déplacé, seulement annulé.',
  },
  'support.consent_immutable': {
    title: 'Accord non modifiable',
    detail:
      'Un accord écrit enregistré ne peut être ni modifié ni supprimé : enregistrez un nouvel accord si besoin.',
  },
  'support.account_unknown': { title: 'Client inconnu', detail: 'Ce client n’existe pas.' },
  'support.incident_closed': {
    title: 'Incident clos',
    detail: 'Cet incident est clos ou résolu : il ne peut plus être modifié.',
  },
  'support.check_unknown': {
    title: 'Vérification inconnue',
    detail: 'La vérification « {check} » ne s’applique pas à un accès {service}.',
  },
  'support.check_already_confirmed': {
    title: 'Vérification déjà confirmée',
    detail: 'La confirmation écrite de « {check} » est déjà enregistrée.',
  },
  'support.slot_invalid': {
    title: 'Créneau invalide',
    detail: 'Le créneau doit être à venir et finir après son début.',
  },
  'support.reachable_phone_required': {
    title: 'Numéro joignable requis',
    detail: 'Indiquez au moins un numéro où le technicien peut joindre le client avant de venir.',
  },
  'support.referent_required': {
    title: 'Référent technique requis',
    detail: 'L’expertise se fait en présence du référent technique du client : indiquez son nom.',
  },
  'support.intervention_not_planned': {
    title: 'Intervention déjà close',
    detail: 'Cette intervention est déjà qualifiée ou annulée.',
  },
  'support.appointment_not_overdue': {
    title: 'Rendez-vous pas en retard',
    detail: 'On ne relance l’opérateur que pour un rendez-vous dont le créneau est passé sans résultat.',
  },
  'support.operator_unknown': {
    title: 'Opérateur inconnu',
    detail: 'L’opérateur « {operator} » ne figure pas parmi les opérateurs de l’espace.',
  },
  'support.not_sav_plus': {
    title: 'Pas un rendez-vous SAV+',
    detail: 'Les mesures de débit par point de la ligne ne se saisissent que sur un rendez-vous SAV+.',
  },
  'support.charge_not_awaiting_acceptance': {
    title: 'Aucun devis en attente',
    detail: 'Ces frais ne sont pas un devis en attente d’acceptation.',
  },
  // Issue 10: every phone typed on an incident is checked as the customer's are (ACC-02).
  'support.phone_invalid': {
    title: 'Numéro de téléphone invalide',
    detail:
      '« {input} » n’est pas un numéro de téléphone valide. Saisissez-le au format national (par exemple {example}) ou international (+…).',
  },
} satisfies Partial<Record<ErrorCode, Msg>>;

export const supportEn = {
  'support.transition_not_allowed': {
    title: 'State change not allowed',
    detail: 'An incident in state "{from}" cannot move to "{to}".',
  },
  'support.checks_missing': {
    title: 'Checks not confirmed',
    detail:
      'The customer must confirm each check in writing before escalation to the operator; missing: {checks}.',
  },
  'support.information_missing': {
    title: 'Required information missing',
    detail: 'Fill in before escalating to the operator: {fields}.',
  },
  'support.consent_required': {
    title: 'Customer written consent required',
    detail:
      'An on-site intervention can only be triggered after the customer’s written consent: record it first.',
  },
  'support.intervention_required': {
    title: 'Plan the intervention',
    detail:
      'Plan the intervention (date, slot, address, reachable numbers): the incident then moves to "intervention planned".',
  },
  'support.interventions_open': {
    title: 'Intervention still open',
    detail: '{count} intervention(s) must be qualified or cancelled before resolving the incident.',
  },
  'support.intervention_not_applicable': {
    title: 'No on-site intervention',
    detail: 'A mobile line has no on-site intervention.',
  },
  'support.adsl_only': { title: 'ADSL only', detail: 'The expertise and SAV+ apply to ADSL access only.' },
  'support.qualification_unknown': {
    title: 'Qualification not in the tariff',
    detail:
      'The qualification "{qualification}" is not in the tariff for this service and kind of intervention.',
  },
  'support.quote_amount_required': {
    title: 'Quote amount required',
    detail: 'This tariff line is on quote: give the quote amount excluding VAT.',
  },
  'support.charge_not_contestable': {
    title: 'Charge cannot be contested',
    detail: 'This charge is already contested or waived.',
  },
  'support.contest_window_closed': {
    title: 'Contest period over',
    detail: 'The 2 working days ended on {deadline}: the customer must write to customer service at {email}.',
  },
  'support.sav_plus_step_order': {
    title: 'SAV+ step out of order',
    detail: 'The step "{step}" cannot be recorded now (expected: {expected}).',
  },
  'support.sav_plus_not_movable': {
    title: 'SAV+ appointment cannot be moved',
    detail: 'A SAV+ appointment cannot be moved, only cancelled.',
  },
  'support.consent_immutable': {
    title: 'Consent cannot be changed',
    detail: 'A recorded written consent can be neither changed nor deleted: record a new one if needed.',
  },
  'support.account_unknown': { title: 'Unknown customer', detail: 'This customer does not exist.' },
  'support.incident_closed': {
    title: 'Incident closed',
    detail: 'This incident is closed or resolved: it can no longer be changed.',
  },
  'support.check_unknown': {
    title: 'Unknown check',
    detail: 'The check "{check}" does not apply to a {service} access.',
  },
  'support.check_already_confirmed': {
    title: 'Check already confirmed',
    detail: 'The written confirmation of "{check}" is already recorded.',
  },
  'support.slot_invalid': {
    title: 'Invalid slot',
    detail: 'The slot must be in the future and end after it starts.',
  },
  'support.reachable_phone_required': {
    title: 'Reachable number required',
    detail: 'Give at least one number where the technician can reach the customer before coming.',
  },
  'support.referent_required': {
    title: 'Technical referent required',
    detail: 'The expertise takes place with the customer’s technical referent: give their name.',
  },
  'support.intervention_not_planned': {
    title: 'Intervention already closed',
    detail: 'This intervention is already qualified or cancelled.',
  },
  'support.appointment_not_overdue': {
    title: 'Appointment not overdue',
    detail: 'The operator is chased only about an appointment whose slot has passed without an outcome.',
  },
  'support.operator_unknown': {
    title: 'Unknown operator',
    detail: 'The operator "{operator}" is not one of this workspace’s operators.',
  },
  'support.not_sav_plus': {
    title: 'Not a SAV+ appointment',
    detail: 'Speed measurements along the line are recorded on a SAV+ appointment only.',
  },
  'support.charge_not_awaiting_acceptance': {
    title: 'No quote pending',
    detail: 'This charge is not a quote awaiting acceptance.',
  },
  // Issue 10: every phone typed on an incident is checked as the customer's are (ACC-02).
  'support.phone_invalid': {
    title: 'Invalid phone number',
    detail:
      '"{input}" is not a valid phone number. Type it in national form (e.g. {example}) or international form (+…).',
  },
} satisfies Partial<Record<ErrorCode, Msg>>;
