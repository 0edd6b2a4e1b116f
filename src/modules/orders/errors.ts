import { defineErrors } from '../../platform/module.ts';

/**
 * The orders module's error codes: HTTP status and French/English messages (`{name}` placeholders
 * are filled from the error's params).
 */
export const ordersErrors = defineErrors({
  'order.unit_needs_one_line': {
    status: 400,
    fr: {
      title: 'Commande unitaire',
      detail:
        'Une commande unitaire porte une seule ligne ; choisissez « multiple » pour en commander plusieurs.',
    },
    en: {
      title: 'Unit order',
      detail: 'A unit order holds one line; choose "multiple" to order several.',
    },
  },
  'order.esim_contact_required': {
    status: 400,
    fr: {
      title: 'Contacts eSIM manquants',
      detail:
        'Une eSIM demande un e-mail de contact (mail d’activation) et un mobile de contact (code de confirmation).',
    },
    en: {
      title: 'eSIM contacts missing',
      detail: 'An eSIM needs a contact e-mail (activation mail) and a contact mobile (confirmation code).',
    },
  },
  'order.esim_mobile_invalid': {
    status: 400,
    fr: {
      title: 'Mobile de contact invalide',
      detail: 'Le mobile de contact « {value} » n’est pas un numéro de mobile valide.',
    },
    en: {
      title: 'Invalid contact mobile',
      detail: 'Contact mobile "{value}" is not a valid mobile number.',
    },
  },
  'order.rio_format': {
    status: 400,
    fr: {
      title: 'RIO invalide',
      detail:
        'Le RIO compte 12 caractères : code opérateur (2), type de contrat P ou E, référence (6), clé (3).',
    },
    en: {
      title: 'Invalid RIO',
      detail: 'A RIO has 12 characters: operator code (2), contract type P or E, reference (6), key (3).',
    },
  },
  'order.rio_key': {
    status: 400,
    fr: {
      title: 'RIO invalide',
      detail:
        'La clé du RIO « {rio} » ne correspond pas au numéro {msisdn} : vérifiez le RIO (3179 depuis la ligne).',
    },
    en: {
      title: 'Invalid RIO',
      detail:
        'The key of RIO "{rio}" does not match number {msisdn}: check the RIO (call 3179 from the line).',
    },
  },
  'order.port_number_invalid': {
    status: 400,
    fr: {
      title: 'Numéro à porter invalide',
      detail: 'Le numéro à porter doit compter 10 chiffres et commencer par 06 ou 07.',
    },
    en: {
      title: 'Invalid number to port',
      detail: 'The number to port has 10 digits and starts with 06 or 07.',
    },
  },
  'order.porting_date_required': {
    status: 400,
    fr: {
      title: 'Date de portabilité manquante',
      detail: 'Une portabilité demande une date d’activation.',
    },
    en: {
      title: 'Porting date missing',
      detail: 'A porting needs an activation date.',
    },
  },
  'order.number_choice_required': {
    status: 400,
    fr: {
      title: 'Numéro à choisir',
      detail: 'Sur une offre data seule Bouygues Telecom, choisissez le numéro de la ligne dans votre stock.',
    },
    en: {
      title: 'Number to choose',
      detail: 'On a Bouygues Telecom data-only offer, choose the line’s number from your stock.',
    },
  },
  'order.number_choice_not_allowed': {
    status: 400,
    fr: {
      title: 'Numéro non modifiable',
      detail: 'Le numéro de cette offre est attribué automatiquement ; ne le choisissez pas.',
    },
    en: {
      title: 'Number not selectable',
      detail: 'This offer’s number is assigned automatically; do not choose it.',
    },
  },
  'order.site_unknown': {
    status: 400,
    fr: { title: 'Site inconnu', detail: 'Ce site n’est pas une adresse de ce client.' },
    en: { title: 'Unknown site', detail: 'This site is not an address of this customer.' },
  },
  'order.number_not_free': {
    status: 409,
    fr: {
      title: 'Numéro indisponible',
      detail: 'Le numéro {msisdn} n’est pas libre dans votre stock {network}.',
    },
    en: {
      title: 'Number unavailable',
      detail: 'Number {msisdn} is not free in your {network} stock.',
    },
  },
  'order.no_free_number': {
    status: 409,
    fr: {
      title: 'Stock de numéros épuisé',
      detail: 'Plus aucun numéro libre sur le réseau {network} : importez une plage.',
    },
    en: {
      title: 'No number left',
      detail: 'No free number left on {network}: import a range.',
    },
  },
  'order.no_free_sim': {
    status: 409,
    fr: {
      title: 'Stock de SIM épuisé',
      detail: 'Plus aucune SIM {simType} libre sur le réseau {network} : importez des SIM.',
    },
    en: {
      title: 'No SIM left',
      detail: 'No free {simType} SIM left on {network}: import SIMs.',
    },
  },
  'order.sim_not_available': {
    status: 409,
    fr: {
      title: 'SIM indisponible',
      detail: 'La SIM {iccid} n’est ni libre ni affectée à ce client, ou n’est pas du type demandé.',
    },
    en: {
      title: 'SIM unavailable',
      detail: 'SIM {iccid} is neither free nor assigned to this customer, or not of the requested type.',
    },
  },
  'order.account_closed': {
    status: 409,
    fr: {
      title: 'Client clôturé',
      detail: 'On ne commande pas de ligne pour un client clôturé.',
    },
    en: {
      title: 'Closed customer',
      detail: 'Lines are not ordered for a closed customer.',
    },
  },
  'order.networks_mixed': {
    status: 422,
    fr: {
      title: 'Réseaux mélangés',
      detail: 'Toutes les lignes d’une commande sont sur le même réseau.',
    },
    en: { title: 'Mixed networks', detail: 'All lines of an order are on one network.' },
  },
  'order.esim_not_allowed': {
    status: 422,
    fr: {
      title: 'eSIM impossible',
      detail: 'L’offre « {offer} » ne permet pas l’eSIM (Orange uniquement).',
    },
    en: {
      title: 'No eSIM',
      detail: 'Offer "{offer}" does not allow eSIM (Orange only).',
    },
  },
  'order.esim_mobile_is_line': {
    status: 422,
    fr: {
      title: 'Mobile de contact refusé',
      detail:
        'Le code de confirmation ne peut pas être envoyé au numéro de la ligne créée : indiquez un autre mobile.',
    },
    en: {
      title: 'Contact mobile refused',
      detail: 'The confirmation code cannot go to the new line’s own number: give another mobile.',
    },
  },
  'order.porting_date_too_early': {
    status: 422,
    fr: {
      title: 'Date de portabilité trop proche',
      detail:
        'Avec portabilité, l’activation a lieu au plus tôt 3 jours ouvrés après la commande : le {earliest}.',
    },
    en: {
      title: 'Porting date too early',
      detail: 'With porting, activation is at least 3 working days after the order: {earliest}.',
    },
  },
  'order.porting_date_weekend': {
    status: 422,
    fr: {
      title: 'Date de portabilité refusée',
      detail: 'La portabilité se fait du lundi au vendredi, hors jours fériés.',
    },
    en: {
      title: 'Porting date refused',
      detail: 'Porting happens Monday to Friday, public holidays excluded.',
    },
  },
  'order.activation_date_past': {
    status: 400,
    // Issue 10: a past activation date is refused, never silently replaced.
    fr: {
      title: 'Date d’activation passée',
      detail:
        'La date d’activation {date} est passée : choisissez aujourd’hui ({today}) ou une date à venir.',
    },
    // Issue 10: a past activation date is refused, never silently replaced.
    en: {
      title: 'Activation date in the past',
      detail: 'The activation date {date} has passed: choose today ({today}) or a later date.',
    },
  },
  'order.not_cancellable': {
    status: 422,
    // Issue 15: only a queued order (ORD-03) has not reached the operator yet.
    fr: {
      title: 'Commande non annulable',
      detail:
        'Seule une commande en attente d’ouverture peut être annulée ; celle-ci est « {state} » : l’opérateur l’a déjà reçue.',
    },
    en: {
      title: 'Order cannot be cancelled',
      detail:
        'Only an order waiting for the opening can be cancelled; this one is "{state}": the operator has it.',
    },
  },
  'order.state_not_settable': {
    status: 422,
    fr: {
      title: 'État non modifiable',
      detail:
        'Un client ne peut donner à une commande que l’état « cancelled » (annulation) ; « {state} » est fixé par Relais.',
    },
    en: {
      title: 'State cannot be set',
      detail: 'A client can only set an order\'s state to "cancelled"; "{state}" is set by Relais.',
    },
  },
  'order.held_not_held': {
    status: 409,
    fr: {
      title: 'Commande reçue déjà traitée',
      detail: 'Cette commande reçue a déjà été complétée ou rejetée.',
    },
    en: {
      title: 'Received order already handled',
      detail: 'This received order has already been completed or rejected.',
    },
  },
  'order.held_order_unknown': {
    status: 422,
    fr: {
      title: 'Commande inconnue',
      detail: 'La commande indiquée pour compléter la commande reçue n’existe pas.',
    },
    en: {
      title: 'Unknown order',
      detail: 'The order given to complete the received order does not exist.',
    },
  },
});
