/** The referral module's e-mails (French and English), sent through the outbox. */
import { defineTemplate, paragraph as p } from '../../platform/notify/index.ts';

export interface ReferralSentMail {
  resellerName: string;
  installerCompany: string;
  reference: string;
  customerName: string;
  customerEmail: string;
  customerPhone: string;
  commune: string;
  contactBy: string;
  visitFrom: string;
  visitTo: string;
}

/** REF-03: the customer's details to the nearest signed installer, with REF-04's deadlines and REF-09's advice. */
export const referralSent = defineTemplate<ReferralSentMail>({
  name: 'referral.sent',
  fr: (d) => ({
    subject: `Mise en relation ${d.reference} : ${d.customerName}`,
    blocks: [
      p(`Bonjour ${d.installerCompany},`),
      p(
        `${d.resellerName} vous met en relation avec un client qui souhaite l'installation packagée d'internet et d'une antenne satellite. Le client a donné son accord pour que ses coordonnées vous soient transmises.`,
      ),
      { type: 'field', label: 'Client', value: d.customerName },
      { type: 'field', label: 'E-mail', value: d.customerEmail },
      { type: 'field', label: 'Téléphone', value: d.customerPhone },
      { type: 'field', label: 'Commune', value: d.commune },
      p(
        `Contactez le client au plus tard le ${d.contactBy} (48 heures) pour convenir d'un rendez-vous s'il accepte votre devis.`,
      ),
      p(
        `L'intervention a lieu entre le ${d.visitFrom} et le ${d.visitTo} (du 15e au 20e jour), sauf si les conditions de sécurité ne sont pas réunies.`,
      ),
      p(
        'Avant de vous déplacer, vérifiez que le client a bien reçu le matériel ainsi que les identifiants et mot de passe de connexion nécessaires à l’installation.',
      ),
      p(
        'Enregistrez le contact, le rendez-vous et la liste de l’installation dans votre espace installateur.',
      ),
    ],
  }),
  en: (d) => ({
    subject: `Referral ${d.reference}: ${d.customerName}`,
    blocks: [
      p(`Hello ${d.installerCompany},`),
      p(
        `${d.resellerName} puts you in touch with a customer who wants the packaged installation of internet and a satellite dish. The customer agreed to their details being passed on to you.`,
      ),
      { type: 'field', label: 'Customer', value: d.customerName },
      { type: 'field', label: 'E-mail', value: d.customerEmail },
      { type: 'field', label: 'Phone', value: d.customerPhone },
      { type: 'field', label: 'Town', value: d.commune },
      p(
        `Contact the customer by ${d.contactBy} (48 hours) to agree an appointment if they accept your quote.`,
      ),
      p(
        `The visit takes place between ${d.visitFrom} and ${d.visitTo} (day 15 to day 20), unless the safety conditions are not met.`,
      ),
      p(
        'Before travelling, check that the customer has received the equipment and the login credentials the installation needs.',
      ),
      p('Record the contact, the appointment and the installation checklist in your installer space.'),
    ],
  }),
});

export interface ReferralWithdrawnMail {
  installerCompany: string;
  reference: string;
  customerName: string;
}

/** REF-02: the customer withdrew their consent; the installer must no longer use their details. */
export const referralWithdrawn = defineTemplate<ReferralWithdrawnMail>({
  name: 'referral.withdrawn',
  fr: (d) => ({
    subject: `Mise en relation ${d.reference} annulée`,
    blocks: [
      p(`Bonjour ${d.installerCompany},`),
      p(
        `${d.customerName} a retiré son accord pour la transmission de ses coordonnées. La mise en relation ${d.reference} est annulée : ne contactez plus ce client à ce titre et supprimez ses coordonnées.`,
      ),
    ],
  }),
  en: (d) => ({
    subject: `Referral ${d.reference} cancelled`,
    blocks: [
      p(`Hello ${d.installerCompany},`),
      p(
        `${d.customerName} withdrew their consent to their details being shared. Referral ${d.reference} is cancelled: do not contact this customer about it any more and delete their details.`,
      ),
    ],
  }),
});

/** A deadline an installer missed (REF-04): what the agents are told. */
export interface MissedDeadlineMail {
  reference: string;
  customerName: string;
  installerCompany: string;
  deadline: string;
  /** The tenant's setting: reassigned at once (true) or offered to an agent. */
  performed: boolean;
  /** When performed: the next installer's company, or null when none is left. */
  nextInstaller: string | null;
}

/** What became of the late referral: offered to an agent, passed to the next installer, or closed. */
const lateOutcome = {
  fr: (d: MissedDeadlineMail) =>
    p(
      !d.performed
        ? 'La mise en relation est signalée en retard : un agent peut la réattribuer à l’installateur signataire suivant le plus proche (bouton « Réattribuer » sur la fiche client).'
        : d.nextInstaller
          ? `La mise en relation est transmise à l'installateur signataire suivant le plus proche : ${d.nextInstaller}.`
          : "Aucun autre installateur signataire et actif n'est disponible : la mise en relation est close.",
    ),
  en: (d: MissedDeadlineMail) =>
    p(
      !d.performed
        ? 'The referral is marked late: an agent may reassign it to the next nearest signed installer ("Reassign" on the customer page).'
        : d.nextInstaller
          ? `The referral goes to the next nearest signed installer: ${d.nextInstaller}.`
          : 'No other signed, active installer is available: the referral is closed.',
    ),
};

export type ContactMissedMail = MissedDeadlineMail;

/** REF-04: the installer did not record a contact within 48 hours. */
export const contactMissedAlert = defineTemplate<ContactMissedMail>({
  name: 'referral.contact_missed',
  fr: (d) => ({
    subject: `Délai de 48 h dépassé : ${d.customerName} (${d.reference})`,
    blocks: [
      p(`${d.installerCompany} n'a pas enregistré de contact avec ${d.customerName} avant le ${d.deadline}.`),
      lateOutcome.fr(d),
    ],
  }),
  en: (d) => ({
    subject: `48 h deadline missed: ${d.customerName} (${d.reference})`,
    blocks: [
      p(`${d.installerCompany} recorded no contact with ${d.customerName} before ${d.deadline}.`),
      lateOutcome.en(d),
    ],
  }),
});

export type VisitMissedMail = MissedDeadlineMail;

/** REF-04, REF-05: the visit was not recorded by day 20 (or by the booked visit's day). */
export const visitMissedAlert = defineTemplate<VisitMissedMail>({
  name: 'referral.visit_missed',
  fr: (d) => ({
    subject: `Intervention non réalisée : ${d.customerName} (${d.reference})`,
    blocks: [
      p(
        `${d.installerCompany} n'a pas enregistré l'intervention chez ${d.customerName} avant le ${d.deadline}.`,
      ),
      lateOutcome.fr(d),
    ],
  }),
  en: (d) => ({
    subject: `Visit not done: ${d.customerName} (${d.reference})`,
    blocks: [
      p(`${d.installerCompany} recorded no visit at ${d.customerName}'s before ${d.deadline}.`),
      lateOutcome.en(d),
    ],
  }),
});
