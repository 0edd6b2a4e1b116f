import { defineErrors } from '../../platform/module.ts';

/**
 * The internet module's refusals (issue 11). Each title is the reason the subscription page shows
 * beside a disabled action, so it reads as one in French and English.
 */
export const internetErrors = defineErrors({
  'internet.masap_invalid': {
    status: 422,
    fr: {
      title: 'Numéro client opérateur (MASAP) invalide',
      detail: 'Le MASAP {operator} doit être {form} (reçu « {value} »).',
    },
    en: {
      title: 'Invalid operator customer number (MASAP)',
      detail: 'The {operator} MASAP must be {form} (got "{value}").',
    },
  },
  'internet.plan_unknown': {
    status: 422,
    fr: { title: 'Forfait inconnu', detail: 'Le forfait {plan} n’existe pas chez {operator}.' },
    en: { title: 'Unknown plan', detail: 'Plan {plan} does not exist at {operator}.' },
  },
  'internet.box_unknown': {
    status: 422,
    fr: { title: 'Boîtier inconnu', detail: 'Le boîtier {box} n’existe pas chez {operator}.' },
    en: { title: 'Unknown box', detail: 'Box {box} does not exist at {operator}.' },
  },
  'internet.flats_required': {
    status: 422,
    fr: {
      title: 'Nombre d’appartements requis',
      detail:
        'Une installation Partner est offerte à partir de 4 appartements : indiquez le nombre d’appartements de l’immeuble.',
    },
    en: {
      title: 'Number of flats required',
      detail: 'A Partner installation is free from 4 flats up: give the building’s number of flats.',
    },
  },
  'internet.eligibility_required': {
    status: 409,
    fr: {
      title: 'Éligibilité à la fibre non vérifiée',
      detail: 'Vérifiez d’abord l’éligibilité à la fibre de l’adresse d’installation chez {operator}.',
    },
    en: {
      title: 'Fibre eligibility not checked',
      detail: 'Check the installation address’s fibre eligibility with {operator} first.',
    },
  },
  'internet.not_eligible': {
    status: 409,
    fr: {
      title: 'Adresse non éligible à la fibre',
      detail: 'La vérification du {date} dit que l’adresse n’est pas éligible à la fibre {operator}.',
    },
    en: {
      title: 'Address not eligible for fibre',
      detail: 'The check of {date} says the address is not eligible for {operator} fibre.',
    },
  },
  'internet.eligibility_mismatch': {
    status: 409,
    fr: {
      title: 'Vérification d’éligibilité d’une autre adresse',
      detail: 'La vérification choisie porte sur un autre opérateur, un autre client ou une autre adresse.',
    },
    en: {
      title: 'Eligibility check of another address',
      detail: 'The chosen check is about another operator, customer or address.',
    },
  },
  'internet.eligibility_not_found': {
    status: 404,
    fr: {
      title: 'Vérification introuvable',
      detail: 'La vérification d’éligibilité choisie n’existe pas : vérifiez à nouveau l’adresse.',
    },
    en: {
      title: 'Check not found',
      detail: 'The chosen eligibility check does not exist: check the address again.',
    },
  },
  'internet.not_found': {
    status: 404,
    fr: {
      title: 'Abonnement introuvable',
      detail: 'Cet abonnement internet n’existe pas ou a été supprimé.',
    },
    en: {
      title: 'Subscription not found',
      detail: 'This internet subscription does not exist or was deleted.',
    },
  },
  'internet.wrong_state': {
    status: 409,
    fr: { title: 'Impossible dans l’état actuel', detail: 'L’abonnement est « {state} ».' },
    en: { title: 'Not possible in the current state', detail: 'The subscription is "{state}".' },
  },
  'internet.not_active': {
    status: 409,
    fr: { title: 'Abonnement non actif', detail: 'L’abonnement doit être actif (il est « {state} »).' },
    en: { title: 'Subscription not active', detail: 'The subscription must be active (it is "{state}").' },
  },
  'internet.extender_needs_box_swap': {
    status: 409,
    fr: {
      title:
        'Extendeur impossible sur ce boîtier : proposer d’abord un changement de boîtier (Hot Box 5 ou 5f)',
      detail:
        'Les extendeurs HOT ne fonctionnent qu’avec une Hot Box 5 ou 5f ; le client a une {box}. Demandez d’abord à HOT de changer le boîtier.',
    },
    en: {
      title: 'No extender on this box: offer a box swap first (Hot Box 5 or 5f)',
      detail:
        'HOT extenders work with a Hot Box 5 or 5f only; the customer has a {box}. Ask HOT for a box swap first.',
    },
  },
  'internet.extender_limit': {
    status: 409,
    fr: {
      title: 'Nombre maximal d’extendeurs atteint pour ce forfait',
      detail: 'Le forfait {plan} n’accepte que {max} extendeur(s).',
    },
    en: {
      title: 'Extender limit reached for this plan',
      detail: 'Plan {plan} allows {max} extender(s) only.',
    },
  },
  'internet.extender_phone_invalid': {
    status: 422,
    fr: {
      title: 'Numéro de téléphone du coursier invalide',
      detail:
        'Le coursier appelle le client : « {value} » n’est pas un numéro de téléphone israélien valide.',
    },
    en: {
      title: 'Invalid phone number for the courier',
      detail: 'The courier calls the customer: "{value}" is not a valid Israeli phone number.',
    },
  },
  'internet.box_not_returnable': {
    status: 409,
    fr: {
      title: 'Aucun boîtier à rendre',
      detail: 'Le retour du boîtier s’enregistre après la demande de résiliation, avant les frais.',
    },
    en: {
      title: 'No box to return',
      detail: 'A box return is recorded after the termination request, before the fee.',
    },
  },
  'internet.installation_slot_required': {
    status: 422,
    fr: {
      title: 'Créneau d’installation requis',
      detail: 'Indiquez le créneau, sauf dans un immeuble sans installation existante (NET-16).',
    },
    en: {
      title: 'Installation slot required',
      detail: 'Give the slot, except in a building with no existing installation (NET-16).',
    },
  },
  'internet.wifi_not_set': {
    status: 404,
    fr: { title: 'Wi-Fi non renseigné', detail: 'Aucun nom ni mot de passe Wi-Fi enregistré.' },
    en: { title: 'Wi-Fi not set', detail: 'No Wi-Fi name or password recorded.' },
  },
  'internet.troubleshoot_no_box': {
    status: 409,
    fr: {
      title: 'Aucun boîtier installé',
      detail: 'Le dépannage lit les voyants du boîtier : {reference} n’a pas encore de boîtier installé.',
    },
    en: {
      title: 'No box installed',
      detail: 'Troubleshooting reads the box’s LEDs: {reference} has no box installed yet.',
    },
  },
  'internet.partner_email_missing': {
    status: 422,
    fr: {
      title: 'Adresse technique Partner non renseignée',
      detail:
        'Un administrateur doit renseigner l’adresse e-mail technique de Partner dans les contacts opérateurs.',
    },
    en: {
      title: 'Partner technical address not set',
      detail: 'An administrator must set Partner’s technical e-mail address in the operator contacts.',
    },
  },
});
