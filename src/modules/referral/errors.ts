import { defineErrors } from '../../platform/module.ts';

/** REF-04, Reading 15: a visit booked too early or too late is told the same window. */
const VISIT_WINDOW = {
  fr: 'L’intervention a lieu du {first} au {last} (15e au 20e jour), sauf si les conditions de sécurité ne sont pas réunies.',
  en: 'The visit falls from {first} to {last} (day 15 to 20), unless the safety conditions are not met.',
};

/** The referral module's errors, with their status and both messages. */
export const referralErrors = defineErrors({
  'referral.postal_code_unknown': {
    status: 422,
    fr: {
      title: 'Code postal inconnu',
      detail: 'Le code postal {postalCode} n’existe pas dans la base de La Poste.',
    },
    en: { title: 'Unknown postal code', detail: 'Postal code {postalCode} is not in La Poste’s base.' },
  },
  'referral.commune_required': {
    status: 422,
    fr: {
      title: 'Commune à choisir',
      detail: 'Le code postal {postalCode} couvre plusieurs communes : choisissez la commune.',
    },
    en: { title: 'Choose the town', detail: 'Postal code {postalCode} covers several towns: choose one.' },
  },
  'referral.commune_unknown': {
    status: 422,
    fr: { title: 'Commune inconnue', detail: 'Cette commune n’a pas le code postal {postalCode}.' },
    en: { title: 'Unknown town', detail: 'This town does not have postal code {postalCode}.' },
  },
  'referral.commune_not_located': {
    status: 422,
    fr: {
      title: 'Commune non localisée',
      detail:
        'Les données hors ligne ne donnent pas la position de {commune} : indiquez une commune voisine.',
    },
    en: {
      title: 'Town not located',
      detail: 'The offline data has no position for {commune}: give a neighbouring town.',
    },
  },
  'referral.consent_required': {
    status: 409,
    fr: {
      title: 'Accord du client requis',
      detail:
        'Le client n’a pas donné (ou a retiré) son accord pour la transmission de ses coordonnées à un installateur.',
    },
    en: {
      title: 'Customer consent required',
      detail:
        'The customer has not given (or has withdrawn) consent to their details being shared with an installer.',
    },
  },
  'referral.consent_already_withdrawn': {
    status: 409,
    fr: { title: 'Accord déjà retiré', detail: 'Cet accord a déjà été retiré.' },
    en: { title: 'Consent already withdrawn', detail: 'This consent has already been withdrawn.' },
  },
  'referral.customer_not_eligible': {
    status: 422,
    fr: {
      title: 'Client non éligible',
      detail:
        'La mise en relation est réservée aux clients qui ont besoin d’une antenne satellite et d’internet (non éligibles à la TV par ADSL).',
    },
    en: {
      title: 'Customer not eligible',
      detail:
        'Referral is for customers who need a satellite dish and internet (not eligible for TV over ADSL).',
    },
  },
  'referral.no_installer': {
    status: 409,
    fr: {
      title: 'Aucun installateur',
      detail: 'Aucun installateur signataire de la charte et actif n’est disponible.',
    },
    en: { title: 'No installer', detail: 'No installer who signed the charter and is active is available.' },
  },
  'referral.already_open': {
    status: 409,
    fr: {
      title: 'Mise en relation en cours',
      detail: 'Ce client a déjà une mise en relation en cours ({reference}).',
    },
    en: {
      title: 'Referral in progress',
      detail: 'This customer already has a referral in progress ({reference}).',
    },
  },
  'referral.not_installer': {
    status: 403,
    fr: {
      title: 'Installateur inconnu',
      detail: 'Votre compte n’est rattaché à aucun installateur de l’annuaire.',
    },
    en: { title: 'Unknown installer', detail: 'Your account is linked to no installer of the directory.' },
  },
  'referral.wrong_state': {
    status: 409,
    fr: {
      title: 'Étape impossible',
      detail: 'La mise en relation est à l’état « {status} » : cette étape n’est pas possible.',
    },
    en: { title: 'Step not possible', detail: 'The referral is “{status}”: this step is not possible.' },
  },
  'referral.not_late': {
    status: 409,
    fr: {
      title: 'Mise en relation non en retard',
      detail:
        'La mise en relation {reference} n’est pas en retard (contact ou intervention) : elle ne peut pas être réattribuée.',
    },
    en: {
      title: 'Referral not late',
      detail: 'Referral {reference} is not late (contact or visit): it cannot be reassigned.',
    },
  },
  'referral.contact_window_closed': {
    status: 409,
    fr: { title: 'Délai de 48 h dépassé', detail: 'Le délai de contact expirait le {deadline}.' },
    en: { title: '48 h deadline passed', detail: 'The contact deadline was {deadline}.' },
  },
  'referral.visit_too_early': {
    status: 422,
    fr: { title: 'Intervention trop tôt', detail: VISIT_WINDOW.fr },
    en: { title: 'Visit too early', detail: VISIT_WINDOW.en },
  },
  'referral.visit_too_late': {
    status: 422,
    fr: { title: 'Intervention trop tard', detail: VISIT_WINDOW.fr },
    en: { title: 'Visit too late', detail: VISIT_WINDOW.en },
  },
  'referral.checklist_incomplete': {
    status: 422,
    fr: { title: 'Liste incomplète', detail: 'Éléments de l’installation non faits : {items}.' },
    en: { title: 'Checklist incomplete', detail: 'Installation items not done: {items}.' },
  },
  'referral.quote_not_accepted': {
    status: 409,
    fr: {
      title: 'Devis non accepté',
      detail: 'Le client n’a pas accepté le devis : aucune intervention ne peut être fixée.',
    },
    en: {
      title: 'Quote not accepted',
      detail: 'The customer has not accepted the quote: no visit can be booked.',
    },
  },
  'referral.quote_already_decided': {
    status: 409,
    fr: { title: 'Devis déjà tranché', detail: 'La réponse du client au devis est déjà enregistrée.' },
    en: { title: 'Quote already decided', detail: 'The customer’s answer to the quote is already recorded.' },
  },
  'referral.pretravel_incomplete': {
    status: 422,
    fr: {
      title: 'Déplacement prématuré',
      detail:
        'Avant de se déplacer, le client doit avoir reçu l’équipement et ses identifiants de connexion.',
    },
    en: {
      title: 'Not ready to travel',
      detail: 'Before travelling, the customer must have received the equipment and the login credentials.',
    },
  },
  'referral.pretravel_missing': {
    status: 409,
    fr: {
      title: 'Vérification avant déplacement manquante',
      detail: 'Enregistrez d’abord la vérification avant déplacement (équipement et identifiants reçus).',
    },
    en: {
      title: 'Pre-travel check missing',
      detail: 'Record the pre-travel check first (equipment and credentials received).',
    },
  },
  'referral.coupon_already_issued': {
    status: 409,
    fr: {
      title: 'Bon déjà remis',
      detail: 'Le bon de réduction {code} a déjà été remis pour cette installation.',
    },
    en: {
      title: 'Coupon already issued',
      detail: 'Discount coupon {code} was already issued for this installation.',
    },
  },
  'referral.coupon_already_returned': {
    status: 409,
    fr: { title: 'Bon déjà retourné', detail: 'Le retour du bon {code} est déjà enregistré.' },
    en: { title: 'Coupon already returned', detail: 'The return of coupon {code} is already recorded.' },
  },
  'referral.coupon_files_refused': {
    status: 422,
    fr: {
      title: 'Pièces refusées',
      detail:
        'Joignez le bon rempli, la facture internet et la facture d’installation, chacun en PDF, PNG ou JPEG de 2 Mo au plus.',
    },
    en: {
      title: 'Files refused',
      detail:
        'Attach the filled coupon, the internet invoice and the installation invoice, each a PDF, PNG or JPEG of at most 2 MB.',
    },
  },
});
