import { defineTemplate, paragraph as p } from '../../platform/notify/index.ts';

/**
 * The support desk's e-mails (French and English), declared in the module's manifest and sent
 * with enqueueModuleEmail. Each template's name is stored on its outbox row.
 */

/** SUP-02: the escalation to the local-loop operator, with the confirmed checks and the information. */
export interface OperatorEscalationMail {
  operatorName: string;
  incidentReference: string;
  customerName: string;
  service: string;
  title: string;
  checks: string[];
  information: { label: string; value: string }[];
}

/** NET-05: an appointment past its slot without outcome, to the operator. */
export interface OperatorReminderMail {
  operatorName: string;
  incidentReference: string;
  customerName: string;
  kind: string;
  slot: string;
  address: string;
}

/** NET-05: the customer is told the appointment is late and the operator chased. */
export interface AppointmentLateMail {
  customerName: string;
  incidentReference: string;
  slot: string;
}

/** SUP-05, SUP-07: a charge, at once, with its amount and the contest deadline. */
export interface ChargeNoticeMail {
  customerName: string;
  incidentReference: string;
  label: string;
  amount: string;
  deadline: string;
  customerServiceEmail: string;
  quote: boolean;
}

/** SUP-05: the summary of all costs at resolution. */
export interface ResolutionSummaryMail {
  customerName: string;
  incidentReference: string;
  lines: string[];
  total: string;
  waived: string;
}

/** SLA: an incident at risk or breached, to the supervisors. */
export interface SlaAlertMail {
  incidentReference: string;
  customerName: string;
  risk: 'at_risk' | 'breached';
  firstResponse: string;
  resolution: string;
}

export const operatorEscalation = defineTemplate<OperatorEscalationMail>({
  name: 'support.operator_escalation',
  // SUP-02: the operator gets the written confirmations and the required information.
  fr: (d) => ({
    subject: `[${d.incidentReference}] Signalement d'incident ${d.service} — ${d.customerName}`,
    blocks: [
      p(`Bonjour ${d.operatorName},`),
      p(`Nous vous transmettons l'incident ${d.incidentReference} : ${d.title}.`),
      { type: 'field', label: 'Client', value: d.customerName },
      { type: 'field', label: 'Service', value: d.service },
      p('Vérifications confirmées par écrit par le client :'),
      ...d.checks.map((c) => p(`• ${c}`)),
      ...d.information.map((i) => ({ type: 'field', label: i.label, value: i.value }) as const),
    ],
  }),
  en: (d) => ({
    subject: `[${d.incidentReference}] ${d.service} incident report — ${d.customerName}`,
    blocks: [
      p(`Hello ${d.operatorName},`),
      p(`We escalate incident ${d.incidentReference}: ${d.title}.`),
      { type: 'field', label: 'Customer', value: d.customerName },
      { type: 'field', label: 'Service', value: d.service },
      p('Checks confirmed in writing by the customer:'),
      ...d.checks.map((c) => p(`• ${c}`)),
      ...d.information.map((i) => ({ type: 'field', label: i.label, value: i.value }) as const),
    ],
  }),
});

export const operatorEscalationGeneric = defineTemplate<OperatorEscalationMail>({
  name: 'support.operator_escalation_generic',
  // Issue 4 item 7: an operator without its own form gets a ticket request in plain terms.
  fr: (d) => ({
    subject: `Demande de ticket ${d.service} — réf. ${d.incidentReference}`,
    blocks: [
      p(`Bonjour ${d.operatorName},`),
      p(`Merci d'ouvrir un ticket pour l'incident suivant : ${d.title}.`),
      { type: 'field', label: 'Notre référence', value: d.incidentReference },
      { type: 'field', label: 'Client final', value: d.customerName },
      { type: 'field', label: 'Service', value: d.service },
      p('Le client a confirmé par écrit :'),
      ...d.checks.map((c) => p(`• ${c}`)),
      p('Informations demandées :'),
      ...d.information.map((i) => ({ type: 'field', label: i.label, value: i.value }) as const),
    ],
  }),
  en: (d) => ({
    subject: `${d.service} ticket request — ref. ${d.incidentReference}`,
    blocks: [
      p(`Hello ${d.operatorName},`),
      p(`Please open a ticket for the following incident: ${d.title}.`),
      { type: 'field', label: 'Our reference', value: d.incidentReference },
      { type: 'field', label: 'End customer', value: d.customerName },
      { type: 'field', label: 'Service', value: d.service },
      p('The customer confirmed in writing:'),
      ...d.checks.map((c) => p(`• ${c}`)),
      p('Requested information:'),
      ...d.information.map((i) => ({ type: 'field', label: i.label, value: i.value }) as const),
    ],
  }),
});

export const operatorReminder = defineTemplate<OperatorReminderMail>({
  name: 'support.operator_reminder',
  fr: (d) => ({
    subject: `[${d.incidentReference}] Relance : rendez-vous du ${d.slot} sans compte rendu`,
    blocks: [
      p(`Bonjour ${d.operatorName},`),
      p(
        `Le rendez-vous (${d.kind}) prévu le ${d.slot} pour l'incident ${d.incidentReference} est passé ` +
          "sans compte rendu de votre part. Merci de nous indiquer son résultat ou d'en fixer un nouveau.",
      ),
      { type: 'field', label: 'Client', value: d.customerName },
      { type: 'field', label: 'Adresse', value: d.address },
    ],
  }),
  en: (d) => ({
    subject: `[${d.incidentReference}] Reminder: appointment of ${d.slot} without report`,
    blocks: [
      p(`Hello ${d.operatorName},`),
      p(
        `The appointment (${d.kind}) of ${d.slot} for incident ${d.incidentReference} has passed ` +
          'without a report from you. Please tell us its outcome or set a new one.',
      ),
      { type: 'field', label: 'Customer', value: d.customerName },
      { type: 'field', label: 'Address', value: d.address },
    ],
  }),
});

export const appointmentLate = defineTemplate<AppointmentLateMail>({
  name: 'support.appointment_late',
  fr: (d) => ({
    subject: `[${d.incidentReference}] Votre rendez-vous du ${d.slot}`,
    blocks: [
      p(`Bonjour ${d.customerName},`),
      p(
        `Nous n'avons pas encore le compte rendu du rendez-vous du ${d.slot}. Nous avons relancé ` +
          "l'opérateur et revenons vers vous dès sa réponse.",
      ),
    ],
  }),
  en: (d) => ({
    subject: `[${d.incidentReference}] Your appointment of ${d.slot}`,
    blocks: [
      p(`Hello ${d.customerName},`),
      p(
        `We do not have the report of the appointment of ${d.slot} yet. We have chased the operator ` +
          'and will come back to you as soon as they answer.',
      ),
    ],
  }),
});

export const chargeNotice = defineTemplate<ChargeNoticeMail>({
  name: 'support.charge_notice',
  fr: (d) => ({
    subject: `[${d.incidentReference}] ${d.quote ? 'Devis' : 'Frais'} : ${d.label} — ${d.amount}`,
    blocks: [
      p(`Bonjour ${d.customerName},`),
      p(
        d.quote
          ? `Un devis a été établi sur l'incident ${d.incidentReference} ; il ne sera facturé qu'après votre acceptation.`
          : `L'intervention sur l'incident ${d.incidentReference} a été qualifiée comme suit et vous est facturée.`,
      ),
      { type: 'field', label: d.label, value: d.amount },
      p(
        `Vous pouvez contester ces frais dans le ticket jusqu'au ${d.deadline} (2 jours ouvrés). ` +
          `Au-delà, écrivez au Service Clients : ${d.customerServiceEmail}.`,
      ),
    ],
  }),
  en: (d) => ({
    subject: `[${d.incidentReference}] ${d.quote ? 'Quote' : 'Charge'}: ${d.label} — ${d.amount}`,
    blocks: [
      p(`Hello ${d.customerName},`),
      p(
        d.quote
          ? `A quote was made on incident ${d.incidentReference}; it is charged only once you accept it.`
          : `The intervention on incident ${d.incidentReference} was qualified as follows and is charged to you.`,
      ),
      { type: 'field', label: d.label, value: d.amount },
      p(
        `You may contest this charge in the ticket until ${d.deadline} (2 working days). ` +
          `After that, write to customer service: ${d.customerServiceEmail}.`,
      ),
    ],
  }),
});

export const resolutionSummary = defineTemplate<ResolutionSummaryMail>({
  name: 'support.resolution_summary',
  fr: (d) => ({
    subject: `[${d.incidentReference}] Incident résolu : récapitulatif des frais`,
    blocks: [
      p(`Bonjour ${d.customerName},`),
      p(`L'incident ${d.incidentReference} est résolu. Récapitulatif des frais :`),
      ...(d.lines.length > 0 ? d.lines.map((l) => p(`• ${l}`)) : [p('Aucun frais.')]),
      { type: 'field', label: 'Total dû', value: d.total },
      { type: 'field', label: 'Frais annulés', value: d.waived },
    ],
  }),
  en: (d) => ({
    subject: `[${d.incidentReference}] Incident resolved: summary of costs`,
    blocks: [
      p(`Hello ${d.customerName},`),
      p(`Incident ${d.incidentReference} is resolved. Summary of costs:`),
      ...(d.lines.length > 0 ? d.lines.map((l) => p(`• ${l}`)) : [p('No charge.')]),
      { type: 'field', label: 'Total due', value: d.total },
      { type: 'field', label: 'Waived', value: d.waived },
    ],
  }),
});

export const slaAlert = defineTemplate<SlaAlertMail>({
  name: 'support.sla_alert',
  fr: (d) => ({
    subject: `[${d.incidentReference}] SLA ${d.risk === 'breached' ? 'dépassé' : 'à risque'} — ${d.customerName}`,
    blocks: [
      p(
        `L'incident ${d.incidentReference} (${d.customerName}) est ${d.risk === 'breached' ? 'hors délai' : 'à risque'}.`,
      ),
      { type: 'field', label: 'Première réponse (heures ouvrées)', value: d.firstResponse },
      { type: 'field', label: 'Résolution (heures ouvrées)', value: d.resolution },
    ],
  }),
  en: (d) => ({
    subject: `[${d.incidentReference}] SLA ${d.risk === 'breached' ? 'breached' : 'at risk'} — ${d.customerName}`,
    blocks: [
      p(
        `Incident ${d.incidentReference} (${d.customerName}) is ${d.risk === 'breached' ? 'breached' : 'at risk'}.`,
      ),
      { type: 'field', label: 'First response (desk hours)', value: d.firstResponse },
      { type: 'field', label: 'Resolution (desk hours)', value: d.resolution },
    ],
  }),
});

/** Every template of the module, for its manifest. */
export const SUPPORT_TEMPLATES = [
  operatorEscalation,
  operatorEscalationGeneric,
  operatorReminder,
  appointmentLate,
  chargeNotice,
  resolutionSummary,
  slaAlert,
] as const;
