import { defineErrors } from '../../platform/module.ts';

/**
 * The catalog module's error codes: HTTP status and French/English messages (`{name}` placeholders
 * are filled from the error's params).
 */
export const catalogErrors = defineErrors({
  'catalog.unknown_item': {
    status: 400,
    fr: {
      title: 'Élément de catalogue inconnu',
      detail: "« {item} » n'existe pas dans le catalogue.",
    },
    en: { title: 'Unknown catalog item', detail: '"{item}" is not in the catalog.' },
  },
  'catalog.price_component_unknown': {
    status: 400,
    fr: {
      title: 'Composante de prix inconnue',
      detail: "« {item} » n'a pas de prix « {component} ».",
    },
    en: {
      title: 'Unknown price component',
      detail: '"{item}" has no "{component}" price.',
    },
  },
  'catalog.price_value_invalid': {
    status: 400,
    fr: {
      title: 'Prix invalide',
      detail: '{reason}',
    },
    en: { title: 'Invalid price', detail: '{reason}' },
  },
  'catalog.price_in_past': {
    status: 400,
    fr: {
      title: "Date d'effet passée",
      detail: "Un nouveau prix s'applique au plus tôt aujourd'hui ({today}) : choisissez une date à venir.",
    },
    en: {
      title: 'Effective date in the past',
      detail: 'A new price applies today ({today}) at the earliest: choose a date to come.',
    },
  },
  'catalog.price_to_be_set': {
    status: 422,
    fr: {
      title: 'Prix à définir',
      detail: 'Le prix de « {item} » est à définir : un administrateur doit le fixer avant toute commande.',
    },
    en: {
      title: 'Price to be set',
      detail: 'The price of "{item}" is to be set: an administrator must set it before anything is ordered.',
    },
  },
  'catalog.option_wrong_network': {
    status: 422,
    fr: {
      title: 'Option indisponible sur ce réseau',
      detail: "L'option « {option} » n'existe pas sur le réseau de cette offre.",
    },
    en: {
      title: 'Option not on this network',
      detail: 'The option "{option}" does not exist on this offer’s network.',
    },
  },
  'catalog.option_wrong_range': {
    status: 422,
    fr: {
      title: 'Option indisponible sur cette gamme',
      detail: "L'option « {option} » n'est pas proposée sur cette gamme d'offres.",
    },
    en: {
      title: 'Option not in this range',
      detail: 'The option "{option}" is not offered on this range of offers.',
    },
  },
  'catalog.option_blocked_plans_only': {
    status: 422,
    fr: {
      title: 'Option réservée aux forfaits bloqués',
      detail: "L'option « {option} » n'est disponible que sur les forfaits bloqués.",
    },
    en: {
      title: 'Option for blocked plans only',
      detail: 'The option "{option}" is available on blocked plans only.',
    },
  },
  'catalog.option_needs_data': {
    status: 422,
    fr: {
      title: 'Option réservée aux forfaits avec data',
      detail: "L'option « {option} » nécessite un forfait avec de la data.",
    },
    en: {
      title: 'Option for plans with data only',
      detail: 'The option "{option}" needs a plan with data.',
    },
  },
  'catalog.option_conflict': {
    status: 422,
    fr: {
      title: 'Options incompatibles',
      detail:
        "L'option « {option} » exclut une autre option choisie (un seul choix par zone ou par mode de livraison).",
    },
    en: {
      title: 'Options exclude each other',
      detail: 'The option "{option}" excludes another chosen option (one choice per zone or delivery mode).',
    },
  },
  'catalog.option_handset_activated': {
    status: 422,
    fr: {
      title: 'Rien à commander',
      detail: "« {option} » s'active par l'utilisateur sur son téléphone : elle ne se commande pas.",
    },
    en: {
      title: 'Nothing to order',
      detail: '"{option}" is enabled by the user on the handset: it is not ordered.',
    },
  },
  'catalog.roaming_choice_required': {
    status: 422,
    fr: {
      title: 'Choix roaming manquant',
      detail: 'Choisissez une option roaming ou un cut-off pour la zone « {zone} » à la commande.',
    },
    en: {
      title: 'Roaming choice missing',
      detail: 'Choose a roaming option or a cut-off for the zone "{zone}" at order.',
    },
  },
  'catalog.recharge_not_available': {
    status: 422,
    fr: {
      title: 'Recharge impossible',
      detail: "Cette recharge n'est pas disponible sur ce forfait.",
    },
    en: {
      title: 'Recharge not possible',
      detail: 'This recharge is not available on this plan.',
    },
  },
  'catalog.recharge_same_volume_only': {
    status: 422,
    fr: {
      title: 'Recharge impossible',
      detail:
        'Sur un forfait non bloqué Bouygues Telecom, seule une recharge du volume du forfait est possible.',
    },
    en: {
      title: 'Recharge not possible',
      detail: 'On an unblocked Bouygues Telecom plan, only a recharge of the plan’s own volume is possible.',
    },
  },
  'catalog.change_same_offer': {
    status: 422,
    fr: {
      title: 'Changement impossible',
      detail: 'La ligne a déjà cette offre.',
    },
    en: { title: 'Change not possible', detail: 'The line already has this offer.' },
  },
  'catalog.change_network': {
    status: 422,
    fr: {
      title: 'Changement impossible : autre réseau',
      detail: 'Une ligne ne change pas de réseau opérateur : choisissez une offre du même réseau.',
    },
    en: {
      title: 'Change not possible: other network',
      detail: 'A line does not change operator network: choose an offer of the same network.',
    },
  },
  'catalog.change_range': {
    status: 422,
    fr: {
      title: 'Migration impossible : changement de gamme',
      detail: 'Migration impossible : changement de gamme (par exemple data only vers illimité).',
    },
    en: {
      title: 'Migration not possible: change of range',
      detail: 'Migration not possible: change of range (e.g. data-only to unlimited).',
    },
  },
  'catalog.change_travel_to_classic': {
    status: 422,
    fr: {
      title: 'Migration impossible : Travel vers forfait classique',
      detail: "Impossible de passer d'un forfait Travel à un forfait illimité classique.",
    },
    en: {
      title: 'Migration not possible: Travel to classic plan',
      detail: 'A Travel plan cannot move to a classic unlimited plan.',
    },
  },
  'catalog.change_to_payg': {
    status: 422,
    fr: {
      title: 'Migration impossible : forfait vers compteur',
      detail: "Impossible de passer d'un forfait à une offre compteur.",
    },
    en: {
      title: 'Migration not possible: plan to pay-as-you-go',
      detail: 'A plan cannot move to a pay-as-you-go offer.',
    },
  },
});
