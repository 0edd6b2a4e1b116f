import { defineTemplate, paragraph } from '../../platform/notify/index.ts';

/**
 * E-mails of the internet lifecycle actions (issue 11 §3). None carries a secret: the Wi-Fi
 * password, like every secret, never leaves Relais by e-mail.
 */

export interface PlanChangeMail {
  customerName: string;
  reference: string;
  operatorName: string;
  fromPlan: string;
  toPlan: string;
  effectiveDate: string;
}

/** NET-02: the customer is told the new plan and the Billing Day it starts on. */
export const planChangeConfirmed = defineTemplate<PlanChangeMail>({
  name: 'internet.plan_change_confirmed',
  fr: (d) => ({
    subject: `Changement de forfait — internet ${d.operatorName} (${d.reference})`,
    blocks: [
      paragraph(`Bonjour ${d.customerName},`),
      paragraph(`Votre forfait internet passe de ${d.fromPlan} à ${d.toPlan}.`),
      { type: 'field', label: 'À compter du', value: d.effectiveDate },
    ],
  }),
  en: (d) => ({
    subject: `Plan change — ${d.operatorName} internet (${d.reference})`,
    blocks: [
      paragraph(`Hello ${d.customerName},`),
      paragraph(`Your internet plan changes from ${d.fromPlan} to ${d.toPlan}.`),
      { type: 'field', label: 'From', value: d.effectiveDate },
    ],
  }),
});

export interface MoveMail {
  customerName: string;
  reference: string;
  operatorName: string;
  newAddress: string;
  moveDate: string;
  /** Null: the same box moves; else the old subscription's last day (both addresses work till then). */
  oldEndsDate: string | null;
  newPlan: string | null;
}

/** NET-08, NET-18: the agreed date, and in the new-installation case until when the old one works. */
export const moveConfirmed = defineTemplate<MoveMail>({
  name: 'internet.move_confirmed',
  fr: (d) => ({
    subject: `Déménagement de votre internet ${d.operatorName} (${d.reference})`,
    blocks: [
      paragraph(`Bonjour ${d.customerName},`),
      { type: 'field', label: 'Nouvelle adresse', value: d.newAddress },
      { type: 'field', label: 'Date convenue', value: d.moveDate },
      paragraph(
        d.oldEndsDate
          ? `Une nouvelle installation ${d.newPlan ?? ''} est prévue à la nouvelle adresse ; l’installateur apporte le nouveau boîtier et reprend l’ancien. L’abonnement actuel reste actif jusqu’au ${d.oldEndsDate}.`
          : 'Votre boîtier déménage avec vous : emportez-le avec son câble d’alimentation.',
      ),
    ],
  }),
  en: (d) => ({
    subject: `Moving your ${d.operatorName} internet (${d.reference})`,
    blocks: [
      paragraph(`Hello ${d.customerName},`),
      { type: 'field', label: 'New address', value: d.newAddress },
      { type: 'field', label: 'Agreed date', value: d.moveDate },
      paragraph(
        d.oldEndsDate
          ? `A new ${d.newPlan ?? ''} installation is planned at the new address; the installer brings the new box and takes the old one. The current subscription works until ${d.oldEndsDate}.`
          : 'Your box moves with you: take it with its power cable.',
      ),
    ],
  }),
});

export interface OperatorRequestMail {
  /** Who it goes to (the in-house DNS person, Partner, the operator's termination contact). */
  contactName: string;
  what: 'dns_setup' | 'fixed_ip' | 'reactivation' | 'bezeq_infrastructure' | 'technician_overdue';
  operatorName: string;
  customerName: string;
  masap: string;
  address: string;
  phone: string;
  reference: string;
  agent: string;
}

const WHAT = {
  dns_setup: ['Mise en place du nom de domaine (DNS) HOT', 'HOT DNS name set-up'],
  fixed_ip: ['Demande d’IP fixe Partner', 'Partner fixed IP request'],
  reactivation: ['Annulation de résiliation / réactivation', 'Termination cancellation / reactivation'],
  // NET-09: the installer found the fibre on a Bezeq infrastructure not ready ("bloquée").
  bezeq_infrastructure: [
    'Infrastructure Bezeq non prête — à débloquer',
    'Bezeq infrastructure not ready — to unblock',
  ],
  // NET-20: the installation slot has passed and nobody recorded the technician's visit.
  technician_overdue: [
    'Technicien en retard — installation non faite au créneau prévu',
    'Technician overdue — installation not done at the booked slot',
  ],
} as const;

/**
 * NET-19 (the in-house person who sets up HOT's DNS), NET-03 (Partner activates the fixed IP),
 * NET-06 (the operator's termination contact cancels a termination): the customer's details.
 */
export const operatorRequest = defineTemplate<OperatorRequestMail>({
  name: 'internet.operator_request',
  fr: (d) => ({
    subject: `${WHAT[d.what][0]} — ${d.customerName} (${d.masap})`,
    blocks: [
      paragraph(`Bonjour ${d.contactName},`),
      paragraph(`${WHAT[d.what][0]} pour le client ci-dessous.`),
      { type: 'field', label: 'Opérateur', value: d.operatorName },
      { type: 'field', label: 'Client', value: d.customerName },
      { type: 'field', label: 'MASAP', value: d.masap },
      { type: 'field', label: 'Adresse', value: d.address },
      { type: 'field', label: 'Téléphone', value: d.phone },
      { type: 'field', label: 'Abonnement', value: d.reference },
      paragraph(`Merci de nous confirmer la prise en compte. ${d.agent}`),
    ],
  }),
  en: (d) => ({
    subject: `${WHAT[d.what][1]} — ${d.customerName} (${d.masap})`,
    blocks: [
      paragraph(`Hello ${d.contactName},`),
      paragraph(`${WHAT[d.what][1]} for the customer below.`),
      { type: 'field', label: 'Operator', value: d.operatorName },
      { type: 'field', label: 'Customer', value: d.customerName },
      { type: 'field', label: 'MASAP', value: d.masap },
      { type: 'field', label: 'Address', value: d.address },
      { type: 'field', label: 'Phone', value: d.phone },
      { type: 'field', label: 'Subscription', value: d.reference },
      paragraph(`Please confirm once done. ${d.agent}`),
    ],
  }),
});

/**
 * Seed 000: the operators' contacts. (Relais) The seed names the people (Sharona at HOT, Nofar at
 * Partner, "the person on the floor" for DNS) but gives no address: these are placeholders until
 * the tenant's settings hold them.
 */
export const OPERATOR_CONTACTS = {
  terminations: {
    hot: { name: 'Sharona', email: 'resiliations@hot.example' },
    partner: { name: 'Nofar', email: 'resiliations@partner.example' },
  },
  partnerFixedIp: { name: 'Partner', email: 'ip-fixe@partner.example' },
  dnsSetup: { name: 'Équipe DNS', email: 'dns@plateau.example' },
} as const;

export interface SwitchMail {
  customerName: string;
  reference: string;
  operatorName: string;
  planName: string;
  effectiveDate: string;
}

/**
 * NET-07: after the termination e-mail of the old operator, the new installation's e-mail; the SMS
 * with the installation slot follows when the slot is booked.
 */
export const switchNewInstallation = defineTemplate<SwitchMail>({
  name: 'internet.switch_new_installation',
  fr: (d) => ({
    subject: `Nouvelle installation internet ${d.operatorName} (${d.reference})`,
    blocks: [
      paragraph(`Bonjour ${d.customerName},`),
      paragraph(
        `Votre nouvel abonnement internet ${d.planName} chez ${d.operatorName} est commandé ; un technicien vous contactera pour l’installation (soyez joignable et présent, 30 à 45 minutes). Le créneau vous sera envoyé par SMS.`,
      ),
      { type: 'field', label: 'Activation au jour de facturation', value: d.effectiveDate },
    ],
  }),
  en: (d) => ({
    subject: `New ${d.operatorName} internet installation (${d.reference})`,
    blocks: [
      paragraph(`Hello ${d.customerName},`),
      paragraph(
        `Your new ${d.planName} internet subscription with ${d.operatorName} is ordered; a technician will contact you for the installation (be reachable and present, 30 to 45 minutes). The slot will be sent by SMS.`,
      ),
      { type: 'field', label: 'Activation at the Billing Day', value: d.effectiveDate },
    ],
  }),
});
