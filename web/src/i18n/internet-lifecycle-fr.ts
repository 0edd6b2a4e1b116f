/**
 * French texts of the internet lifecycle actions (issue 11 §3), apart from internet-fr.ts so that
 * work on the same module merges easily. test/e2e/internet-actions.e2e.ts relies on them.
 */
export const internetLifecycleFr = {
  title: 'Évolutions de l’abonnement',
  caption: 'Changement de forfait, déménagement, IP fixe, réactivation et changement d’opérateur',
  types: {
    change_plan: 'Changer de forfait',
    move: 'Déménager',
    fixed_ip: 'Ajouter l’IP fixe',
    fixed_ip_hot: 'Ajouter le nom de domaine (DNS)',
    reactivate: 'Réactiver l’abonnement',
    switch_provider: 'Changer d’opérateur',
  },
  when: {
    billingDay: 'au jour de facturation, le {{date}}',
    agreed: 'à la date convenue avec le client',
    now: 'tout de suite',
    operator: 'après confirmation de l’opérateur',
  },
  late: 'Attention : il reste moins de 3 à 4 jours ouvrables israéliens avant le jour de facturation ; la résiliation risque d’arriver trop tard chez l’opérateur.',
  plan: 'Nouveau forfait',
  planRefused: '{{name}} — impossible : {{reason}}',
  price: {
    same_price: 'Même prix que le forfait actuel (NET-14).',
    plus_10: '10 ₪ / mois de plus que le forfait actuel.',
    minus_10: '10 ₪ / mois de moins que le forfait actuel.',
    cheaper_non_fibre: 'Forfait HOT sans fibre : facture nettement moins élevée.',
  },
  planNotice:
    'Le nouveau forfait prend effet au jour de facturation, le {{date}} ; le client reçoit un e-mail.',
  fibreHint: 'Un forfait fibre demande d’abord une vérification d’éligibilité de l’adresse d’installation.',
  checkHere: 'Vérifier l’éligibilité à la fibre de cette adresse',
  moveAddress: 'Nouvelle adresse',
  moveDate: 'Date convenue avec le client',
  movePlan: 'Forfait à la nouvelle adresse',
  moveSamePlan: 'Garder le forfait actuel (le boîtier déménage)',
  moveHint:
    'Même forfait : le même boîtier déménage, jamais deux adresses à la fois. Autre forfait (par exemple la fibre, à proposer lors d’un déménagement) : nouvelle installation, l’ancien abonnement est résilié au jour de facturation suivant et les deux adresses fonctionnent quelques jours ; l’installateur apporte le nouveau boîtier et reprend l’ancien.',
  moveFlats: 'Nombre d’appartements du nouvel immeuble',
  fixedIpHot:
    'HOT ne propose plus d’IP fixe : le nom de domaine (DNS), 20 ₪ / mois, est ajouté tout de suite et les coordonnées du client partent à la personne du plateau qui le met en place.',
  fixedIpPartner:
    'La demande d’IP fixe (20 ₪ / mois) part chez Partner ; le service est ajouté quand un agent confirme la réponse de Partner.',
  reactivateHint:
    'Un e-mail part à la personne chargée des résiliations chez l’opérateur ; la réactivation est faite quand un agent confirme sa réponse.',
  switchMasap: 'Numéro client (MASAP) chez le nouvel opérateur',
  switchPlan: 'Forfait chez le nouvel opérateur',
  switchHint:
    'L’abonnement actuel est résilié et le nouveau activé au jour de facturation, le {{date}}. Le client reçoit l’e-mail de résiliation, puis celui de la nouvelle installation, puis le créneau par SMS.',
  changes: 'Demandes',
  changeKinds: {
    plan_change: 'Changement de forfait',
    move: 'Déménagement',
    fixed_ip: 'IP fixe',
    reactivation: 'Réactivation',
    provider_switch: 'Changement d’opérateur',
  },
  changeStates: {
    scheduled: 'Programmé',
    awaiting_confirmation: 'En attente de l’opérateur',
    done: 'Fait',
    cancelled: 'Annulé',
  },
  confirmOperator: 'L’opérateur a confirmé',
  effective: 'Prise d’effet',
  none: 'Aucune demande.',
  done: 'Demande enregistrée.',
  confirm: 'Confirmer',
  events: {
    plan_change_requested: 'Changement de forfait demandé',
    plan_change_done: 'Forfait changé',
    move_requested: 'Déménagement demandé',
    move_done: 'Déménagement effectué',
    fixed_ip_requested: 'IP fixe demandée à Partner',
    fixed_ip_added: 'IP fixe / DNS ajouté',
    reactivation_requested: 'Réactivation demandée',
    reactivated: 'Abonnement réactivé',
    provider_switch_requested: 'Changement d’opérateur',
  },
  templates: {
    plan_change_confirmed: 'Changement de forfait internet',
    move_confirmed: 'Déménagement internet',
    operator_request: 'Demande à l’opérateur (internet)',
    switch_new_installation: 'Nouvelle installation internet',
  },
} as const;
