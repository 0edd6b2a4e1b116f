import { defineErrors } from '../../platform/module.ts';

/**
 * The support desk's error codes (SUP-01..SUP-10, NET-05, CS-01), each with its HTTP status and
 * its message in French and English (`{name}` placeholders from the error's params). Malformed or
 * unknown input is 400; the incident's state refuses, 409; a rule refuses, 422.
 */
export const supportErrors = defineErrors({
  'support.qualification_unknown': {
    status: 400,
    fr: {
      title: 'Qualification absente du tarif',
      detail:
        'La qualification « {qualification} » ne figure pas au tarif pour ce service et ce type d’intervention.',
    },
    en: {
      title: 'Qualification not in the tariff',
      detail:
        'The qualification "{qualification}" is not in the tariff for this service and kind of intervention.',
    },
  },
  'support.quote_amount_required': {
    status: 400,
    fr: {
      title: 'Montant du devis requis',
      detail: 'Cette ligne du tarif est sur devis : indiquez le montant HT du devis.',
    },
    en: {
      title: 'Quote amount required',
      detail: 'This tariff line is on quote: give the quote amount excluding VAT.',
    },
  },
  'support.account_unknown': {
    status: 400,
    fr: { title: 'Client inconnu', detail: 'Ce client n’existe pas.' },
    en: { title: 'Unknown customer', detail: 'This customer does not exist.' },
  },
  'support.incident_unattached': {
    status: 409,
    fr: {
      title: 'Incident à rattacher',
      detail: 'Cet incident n’est rattaché à aucun client : rattachez-le à un client d’abord.',
    },
    en: {
      title: 'Incident to attach',
      detail: 'This incident belongs to no customer yet: attach it to a customer first.',
    },
  },
  'support.incident_already_attached': {
    status: 409,
    fr: {
      title: 'Incident déjà rattaché',
      detail: 'Cet incident est déjà rattaché à un client ; il ne peut pas en changer.',
    },
    en: {
      title: 'Incident already attached',
      detail: 'This incident already belongs to a customer; it cannot change customer.',
    },
  },
  'support.service_required': {
    status: 400,
    fr: {
      title: 'Service requis',
      detail: 'Ce ticket ne précise pas le service concerné : choisissez-le en le rattachant.',
    },
    en: {
      title: 'Service required',
      detail: 'This ticket names no service: choose it when attaching it.',
    },
  },
  'support.service_not_offered': {
    status: 422,
    fr: {
      title: 'Service non proposé',
      detail:
        'Ce revendeur ne vend que l’accès internet de ses opérateurs : un incident {service} ne peut pas y être déclaré. Choisissez la fibre ou le câble.',
    },
    en: {
      title: 'Service not offered',
      detail:
        'This reseller only sells its operators’ internet access: a {service} incident cannot be declared here. Choose fibre or cable.',
    },
  },
  'support.check_unknown': {
    status: 400,
    fr: {
      title: 'Vérification inconnue',
      detail: 'La vérification « {check} » ne s’applique pas à un accès {service}.',
    },
    en: {
      title: 'Unknown check',
      detail: 'The check "{check}" does not apply to a {service} access.',
    },
  },
  'support.slot_invalid': {
    status: 400,
    fr: {
      title: 'Créneau invalide',
      detail: 'Le créneau doit être à venir et finir après son début.',
    },
    en: {
      title: 'Invalid slot',
      detail: 'The slot must be in the future and end after it starts.',
    },
  },
  'support.reachable_phone_required': {
    status: 400,
    fr: {
      title: 'Numéro joignable requis',
      detail: 'Indiquez au moins un numéro où le technicien peut joindre le client avant de venir.',
    },
    en: {
      title: 'Reachable number required',
      detail: 'Give at least one number where the technician can reach the customer before coming.',
    },
  },
  'support.referent_required': {
    status: 400,
    fr: {
      title: 'Référent technique requis',
      detail: 'L’expertise se fait en présence du référent technique du client : indiquez son nom.',
    },
    en: {
      title: 'Technical referent required',
      detail: 'The expertise takes place with the customer’s technical referent: give their name.',
    },
  },
  'support.transition_not_allowed': {
    status: 409,
    fr: {
      title: 'Changement d’état impossible',
      detail: 'Un incident à l’état « {from} » ne peut pas passer à l’état « {to} ».',
    },
    en: {
      title: 'State change not allowed',
      detail: 'An incident in state "{from}" cannot move to "{to}".',
    },
  },
  'support.interventions_open': {
    status: 409,
    fr: {
      title: 'Intervention en cours',
      detail: '{count} intervention(s) restent à qualifier ou à annuler avant de résoudre l’incident.',
    },
    en: {
      title: 'Intervention still open',
      detail: '{count} intervention(s) must be qualified or cancelled before resolving the incident.',
    },
  },
  'support.charge_not_contestable': {
    status: 409,
    fr: {
      title: 'Frais non contestables',
      detail: 'Ces frais sont déjà contestés ou annulés.',
    },
    en: {
      title: 'Charge cannot be contested',
      detail: 'This charge is already contested or waived.',
    },
  },
  'support.sav_plus_not_movable': {
    status: 409,
    fr: {
      title: 'Rendez-vous SAV+ non déplaçable',
      detail: 'Un rendez-vous SAV+ ne peut pas être déplacé, seulement annulé.',
    },
    en: {
      title: 'SAV+ appointment cannot be moved',
      detail: 'A SAV+ appointment cannot be moved, only cancelled.',
    },
  },
  'support.consent_immutable': {
    status: 409,
    fr: {
      title: 'Accord non modifiable',
      detail:
        'Un accord écrit enregistré ne peut être ni modifié ni supprimé : enregistrez un nouvel accord si besoin.',
    },
    en: {
      title: 'Consent cannot be changed',
      detail: 'A recorded written consent can be neither changed nor deleted: record a new one if needed.',
    },
  },
  'support.incident_closed': {
    status: 409,
    fr: {
      title: 'Incident clos',
      detail: 'Cet incident est clos ou résolu : il ne peut plus être modifié.',
    },
    en: {
      title: 'Incident closed',
      detail: 'This incident is closed or resolved: it can no longer be changed.',
    },
  },
  'support.check_already_confirmed': {
    status: 409,
    fr: {
      title: 'Vérification déjà confirmée',
      detail: 'La confirmation écrite de « {check} » est déjà enregistrée.',
    },
    en: {
      title: 'Check already confirmed',
      detail: 'The written confirmation of "{check}" is already recorded.',
    },
  },
  'support.intervention_not_planned': {
    status: 409,
    fr: {
      title: 'Intervention déjà close',
      detail: 'Cette intervention est déjà qualifiée ou annulée.',
    },
    en: {
      title: 'Intervention already closed',
      detail: 'This intervention is already qualified or cancelled.',
    },
  },
  'support.charge_not_awaiting_acceptance': {
    status: 409,
    fr: {
      title: 'Aucun devis en attente',
      detail: 'Ces frais ne sont pas un devis en attente d’acceptation.',
    },
    en: {
      title: 'No quote pending',
      detail: 'This charge is not a quote awaiting acceptance.',
    },
  },
  'support.checks_missing': {
    status: 422,
    fr: {
      title: 'Vérifications non confirmées',
      detail:
        'Le client doit confirmer par écrit chaque vérification avant le passage à l’opérateur ; manquent : {checks}.',
    },
    en: {
      title: 'Checks not confirmed',
      detail:
        'The customer must confirm each check in writing before escalation to the operator; missing: {checks}.',
    },
  },
  'support.information_missing': {
    status: 422,
    fr: {
      title: 'Informations obligatoires manquantes',
      detail: 'Renseignez avant le passage à l’opérateur : {fields}.',
    },
    en: {
      title: 'Required information missing',
      detail: 'Fill in before escalating to the operator: {fields}.',
    },
  },
  'support.consent_required': {
    status: 422,
    fr: {
      title: 'Accord écrit du client requis',
      detail:
        'Une intervention sur site ne peut être déclenchée qu’après l’accord écrit du client : enregistrez-le d’abord.',
    },
    en: {
      title: 'Customer written consent required',
      detail:
        'An on-site intervention can only be triggered after the customer’s written consent: record it first.',
    },
  },
  'support.intervention_required': {
    status: 422,
    fr: {
      title: 'Intervention à planifier',
      detail:
        'Planifiez l’intervention (date, créneau, adresse, numéros joignables) : l’incident passe alors à « intervention planifiée ».',
    },
    en: {
      title: 'Plan the intervention',
      detail:
        'Plan the intervention (date, slot, address, reachable numbers): the incident then moves to "intervention planned".',
    },
  },
  'support.intervention_not_applicable': {
    status: 422,
    fr: {
      title: 'Pas d’intervention sur site',
      detail: 'Une ligne mobile ne donne pas lieu à une intervention sur site.',
    },
    en: {
      title: 'No on-site intervention',
      detail: 'A mobile line has no on-site intervention.',
    },
  },
  'support.adsl_only': {
    status: 422,
    fr: {
      title: 'Réservé à l’ADSL',
      detail: 'L’expertise et le SAV+ ne concernent que les accès ADSL.',
    },
    en: { title: 'ADSL only', detail: 'The expertise and SAV+ apply to ADSL access only.' },
  },
  'support.contest_window_closed': {
    status: 422,
    fr: {
      title: 'Délai de contestation dépassé',
      detail:
        'Le délai de 2 jours ouvrés a pris fin le {deadline} : le client doit écrire au Service Clients à l’adresse {email}.',
    },
    en: {
      title: 'Contest period over',
      detail:
        'The 2 working days ended on {deadline}: the customer must write to customer service at {email}.',
    },
  },
  'support.sav_plus_step_order': {
    status: 422,
    fr: {
      title: 'Étape SAV+ hors ordre',
      detail: 'L’étape « {step} » ne peut pas être enregistrée maintenant (étape attendue : {expected}).',
    },
    en: {
      title: 'SAV+ step out of order',
      detail: 'The step "{step}" cannot be recorded now (expected: {expected}).',
    },
  },
  'support.not_sav_plus': {
    status: 409,
    fr: {
      title: 'Pas un rendez-vous SAV+',
      detail: 'Les mesures de débit par point de la ligne ne se saisissent que sur un rendez-vous SAV+.',
    },
    en: {
      title: 'Not a SAV+ appointment',
      detail: 'Speed measurements along the line are recorded on a SAV+ appointment only.',
    },
  },
  'support.operator_unknown': {
    status: 400,
    fr: {
      title: 'Opérateur inconnu',
      detail: 'L’opérateur « {operator} » ne figure pas parmi les opérateurs de l’espace.',
    },
    en: {
      title: 'Unknown operator',
      detail: 'The operator "{operator}" is not one of this workspace’s operators.',
    },
  },
  'support.appointment_not_overdue': {
    status: 409,
    fr: {
      title: 'Rendez-vous pas en retard',
      detail: 'On ne relance l’opérateur que pour un rendez-vous dont le créneau est passé sans résultat.',
    },
    en: {
      title: 'Appointment not overdue',
      detail: 'The operator is chased only about an appointment whose slot has passed without an outcome.',
    },
  },
  // Issue 10: every phone typed on an incident is checked as the customer's are (ACC-02).
  'support.phone_invalid': {
    status: 400,
    fr: {
      title: 'Numéro de téléphone invalide',
      detail:
        '« {input} » n’est pas un numéro de téléphone valide. Saisissez-le au format national (par exemple {example}) ou international (+…).',
    },
    en: {
      title: 'Invalid phone number',
      detail:
        '"{input}" is not a valid phone number. Type it in national form (e.g. {example}) or international form (+…).',
    },
  },
  // Issue 15: TMF646 appointments received « à compléter » (held-appointments.ts).
  'support.held_appointment_not_held': {
    status: 409,
    fr: {
      title: 'Rendez-vous reçu déjà traité',
      detail: 'Ce rendez-vous reçu a déjà été complété ou rejeté.',
    },
    en: {
      title: 'Received appointment already handled',
      detail: 'This received appointment has already been completed or rejected.',
    },
  },
  'support.held_appointment_incident_unknown': {
    status: 422,
    fr: {
      title: 'Incident inconnu',
      detail: 'Choisissez l’incident sur lequel planifier ce rendez-vous.',
    },
    en: {
      title: 'Unknown incident',
      detail: 'Choose the incident to plan this appointment on.',
    },
  },
});
