import { defineErrors } from '../../platform/module.ts';

/**
 * Refusals of the internet lifecycle actions (issue 11 §3). Each title is the reason the
 * subscription page shows beside a disabled action, in French and English.
 */
export const lifecycleErrors = defineErrors({
  'internet.same_plan': {
    status: 409,
    fr: { title: 'C’est déjà le forfait de l’abonnement', detail: 'Choisissez un autre forfait.' },
    en: { title: 'This is already the subscription’s plan', detail: 'Choose another plan.' },
  },
  'internet.partner_plan_not_sold': {
    status: 422,
    fr: {
      title: 'Partner ne vend que la fibre 600 Mb et 1000 Mb',
      detail: 'Le forfait {plan} n’est pas vendu par Partner.',
    },
    en: {
      title: 'Partner sells only 600 Mb and 1000 Mb fibre',
      detail: 'Plan {plan} is not sold by Partner.',
    },
  },
  'internet.change_pending': {
    status: 409,
    fr: {
      title: 'Une demande est déjà en cours',
      detail: 'Un changement de forfait, un déménagement ou un changement d’opérateur attend déjà sa date.',
    },
    en: {
      title: 'A request is already pending',
      detail: 'A plan change, move or provider switch is already waiting for its date.',
    },
  },
  'internet.same_address': {
    status: 422,
    fr: {
      title: 'Nouvelle adresse identique',
      detail: 'La nouvelle adresse est celle de l’installation actuelle.',
    },
    en: { title: 'Same address', detail: 'The new address is the current installation’s.' },
  },
  'internet.move_date_past': {
    status: 422,
    fr: { title: 'Date de déménagement passée', detail: 'La date convenue ({date}) est déjà passée.' },
    en: { title: 'Move date in the past', detail: 'The agreed date ({date}) has passed.' },
  },
  'internet.service_present': {
    status: 409,
    fr: {
      title: 'Service déjà actif ou demandé',
      detail: 'L’IP fixe ou le nom de domaine (DNS) est déjà actif ou attend la confirmation de l’opérateur.',
    },
    en: {
      title: 'Service already active or requested',
      detail: 'The fixed IP or DNS name is already active or awaiting the operator’s confirmation.',
    },
  },
  'internet.not_reactivable': {
    status: 409,
    fr: {
      title: 'Réactivation impossible',
      detail:
        'Seule une résiliation en cours ou effective depuis moins de 30 jours, boîtier non rendu, se réactive (état : {state}).',
    },
    en: {
      title: 'Cannot be reactivated',
      detail:
        'Only a pending termination, or one effective less than 30 days ago with the box not returned, can be reactivated (state: {state}).',
    },
  },
  'internet.change_not_found': {
    status: 404,
    fr: {
      title: 'Demande introuvable',
      detail: 'Cette demande à l’opérateur n’existe pas ou a été supprimée.',
    },
    en: { title: 'Request not found', detail: 'This request to the operator does not exist or was deleted.' },
  },
  'internet.change_not_awaiting': {
    status: 409,
    fr: {
      title: 'Rien à confirmer',
      detail: 'Cette demande n’attend pas de confirmation de l’opérateur.',
    },
    en: { title: 'Nothing to confirm', detail: 'This request is not awaiting the operator’s confirmation.' },
  },
  'internet.switch_same_operator': {
    status: 422,
    fr: {
      title: 'Choisissez l’autre opérateur',
      detail: 'Un changement d’opérateur passe de HOT à Partner ou de Partner à HOT.',
    },
    en: { title: 'Choose the other operator', detail: 'A provider switch goes from HOT to Partner or back.' },
  },
});
