import { defineErrors } from '../../platform/module.ts';

/**
 * The lines module's error codes: HTTP status and French/English messages (`{name}` placeholders
 * are filled from the error's params).
 */
export const linesErrors = defineErrors({
  'line.not_esim': {
    status: 409,
    fr: { title: 'Pas une eSIM', detail: 'Cette ligne n’utilise pas d’eSIM.' },
    en: { title: 'Not an eSIM', detail: 'This line does not use an eSIM.' },
  },
  'line.esim_code_wrong': {
    status: 422,
    fr: {
      title: 'Code erroné',
      detail: 'Code de confirmation erroné : {left} essai(s) restant(s).',
    },
    en: {
      title: 'Wrong code',
      detail: 'Wrong confirmation code: {left} try/tries left.',
    },
  },
  'line.esim_locked': {
    status: 423,
    fr: {
      title: 'Code bloqué',
      detail: 'Code de confirmation bloqué après 3 essais erronés : contactez le fournisseur.',
    },
    en: {
      title: 'Code locked',
      detail: 'Confirmation code locked after 3 wrong tries: contact the supplier.',
    },
  },
  'line.terminated': {
    status: 409,
    fr: {
      title: 'Ligne résiliée : aucune action possible',
      detail:
        'Cette ligne est résiliée : aucune action n’est possible, son numéro et sa SIM ne servent plus.',
    },
    en: {
      title: 'Line terminated: no action possible',
      detail: 'This line is terminated: no action is possible; its number and SIM are retired.',
    },
  },
  'line.not_active': {
    status: 409,
    fr: {
      title: 'Ligne non active : aucune action possible',
      detail: 'La ligne n’est pas active (en cours de création ou annulée) : aucune action n’est possible.',
    },
    en: {
      title: 'Line not active: no action possible',
      detail: 'The line is not active (being created or cancelled): no action is possible.',
    },
  },
  'line.already_suspended': {
    status: 409,
    fr: {
      title: 'Ligne déjà suspendue',
      detail: 'La ligne est déjà suspendue : réactivez-la plutôt.',
    },
    en: {
      title: 'Line already suspended',
      detail: 'The line is already suspended: reactivate it instead.',
    },
  },
  'line.not_suspended': {
    status: 409,
    fr: {
      title: 'Réactivation impossible : ligne non suspendue',
      detail: 'Seule une ligne suspendue peut être réactivée.',
    },
    en: {
      title: 'Reactivation not possible: line not suspended',
      detail: 'Only a suspended line can be reactivated.',
    },
  },
  'line.change_pending': {
    status: 409,
    fr: {
      title: 'Changement déjà planifié',
      detail: 'Un changement du même type est déjà planifié sur cette ligne : annulez-le d’abord.',
    },
    en: {
      title: 'Change already scheduled',
      detail: 'A change of this kind is already scheduled on this line: cancel it first.',
    },
  },
  'line.termination_pending': {
    status: 409,
    fr: {
      title: 'Résiliation planifiée',
      detail: 'La résiliation de la ligne est planifiée : annulez-la pour faire cette action.',
    },
    en: {
      title: 'Termination scheduled',
      detail: 'The line’s termination is scheduled: cancel it to take this action.',
    },
  },
  'line.option_not_suspendable': {
    status: 422,
    fr: {
      title: 'Une option ne se suspend pas : résiliez-la',
      detail: 'Une option ne peut pas être suspendue, seulement résiliée.',
    },
    en: {
      title: 'An option cannot be suspended: terminate it',
      detail: 'An option cannot be suspended, only terminated.',
    },
  },
  'line.option_esim': {
    status: 422,
    fr: {
      title: 'Option eSIM non résiliable',
      detail: 'L’option eSIM suit la SIM de la ligne : elle change avec un changement de SIM.',
    },
    en: {
      title: 'eSIM option cannot be terminated',
      detail: 'The eSIM option follows the line’s SIM: it changes with a SIM swap.',
    },
  },
  'line.option_roaming_required': {
    status: 422,
    fr: {
      title: 'Choix d’itinérance obligatoire',
      detail:
        'L’option {option} est le choix d’itinérance de sa zone : remplacez-la, elle ne se résilie pas.',
    },
    en: {
      title: 'Roaming choice required',
      detail: 'Option {option} is its zone’s roaming choice: replace it, it cannot be terminated.',
    },
  },
  'line.termination_date_past': {
    status: 400,
    fr: {
      title: 'Date de résiliation passée',
      detail: 'La date de résiliation ne peut pas être antérieure à aujourd’hui ({today}).',
    },
    en: {
      title: 'Termination date in the past',
      detail: 'The termination date cannot be before today ({today}).',
    },
  },
  'line.option_esim_add': {
    status: 422,
    fr: {
      title: 'eSIM : passez par un changement de SIM',
      detail:
        'L’eSIM ne s’ajoute pas comme une option : elle arrive avec un changement de SIM vers une eSIM.',
    },
    en: {
      title: 'eSIM: use a SIM swap',
      detail: 'The eSIM is not added as an option: it comes with a SIM swap to an eSIM.',
    },
  },
  'line.option_recharge': {
    status: 422,
    fr: {
      title: 'Une recharge n’est pas une option',
      detail:
        '« {option} » est une recharge data : elle se commande comme une recharge, pas comme une option.',
    },
    en: {
      title: 'A recharge is not an option',
      detail: '"{option}" is a data recharge: order it as a recharge, not as an option.',
    },
  },
  'line.option_partner_only': {
    status: 422,
    fr: {
      title: 'Réservée aux partenaires Init Sys',
      detail:
        'La livraison « {option} » sur plateforme partenaire (L2TP) est réservée aux partenaires Init Sys.',
    },
    en: {
      title: 'Init Sys partners only',
      detail: 'Partner-platform delivery "{option}" (L2TP) is for Init Sys partners only.',
    },
  },
  'line.option_already_active': {
    status: 409,
    fr: {
      title: 'Option déjà active',
      detail: 'L’option « {option} » est déjà active sur cette ligne.',
    },
    en: {
      title: 'Option already active',
      detail: 'The option "{option}" is already active on this line.',
    },
  },
  'line.option_group_taken': {
    status: 409,
    fr: {
      title: 'Exclut une option active',
      detail:
        'L’option « {option} » exclut l’option active « {current} » (un seul choix par zone ou par mode de livraison) : changez ou résiliez celle-ci.',
    },
    en: {
      title: 'Excludes an active option',
      detail:
        'The option "{option}" excludes the active option "{current}" (one choice per zone or delivery mode): change or terminate that one.',
    },
  },
  'line.option_not_roaming': {
    status: 422,
    fr: {
      title: 'Seul un choix d’itinérance se change',
      detail:
        'L’option « {option} » n’est pas un choix d’itinérance : résiliez-la puis ajoutez-en une autre.',
    },
    en: {
      title: 'Only a roaming choice can be changed',
      detail: 'The option "{option}" is not a roaming choice: terminate it, then add another one.',
    },
  },
  'line.option_other_zone': {
    status: 422,
    fr: {
      title: 'Autre zone d’itinérance',
      detail: 'L’option « {option} » n’est pas un choix de la même zone d’itinérance.',
    },
    en: {
      title: 'Another roaming zone',
      detail: 'The option "{option}" is not a choice of the same roaming zone.',
    },
  },
  'line.option_ended': {
    status: 409,
    fr: {
      title: 'Option résiliée',
      detail: 'Cette option est déjà résiliée : elle ne peut plus être changée.',
    },
    en: {
      title: 'Option terminated',
      detail: 'This option is already terminated: it can no longer be changed.',
    },
  },
  'line.sim_swap_pending': {
    status: 409,
    // SIM swap (ACT-07, ACT-09, CAT-11, ORD-07) and custom network name (ACT-08)
    fr: {
      title: 'Changement de SIM déjà planifié',
      detail: 'Un changement de SIM est déjà planifié sur cette ligne : annulez-le d’abord.',
    },
    // SIM swap (ACT-07, ACT-09, CAT-11, ORD-07) and custom network name (ACT-08)
    en: {
      title: 'SIM swap already scheduled',
      detail: 'A SIM swap is already scheduled on this line: cancel it first.',
    },
  },
  'line.sim_swap_esim_orange_only': {
    status: 422,
    fr: {
      title: 'eSIM indisponible sur Bouygues Telecom',
      detail:
        'L’eSIM n’existe que sur le réseau Orange : sur Bouygues Telecom, changez pour une SIM physique.',
    },
    en: {
      title: 'No eSIM on Bouygues Telecom',
      detail: 'eSIM exists on the Orange network only: on Bouygues Telecom, swap to a physical SIM.',
    },
  },
  'line.sim_swap_iccid_required': {
    status: 400,
    fr: {
      title: 'ICCID manquant',
      detail: 'Indiquez l’ICCID de la nouvelle SIM physique (imprimé sur la carte).',
    },
    en: {
      title: 'ICCID missing',
      detail: 'Give the new physical SIM’s ICCID (printed on the card).',
    },
  },
  'line.sim_swap_contacts_required': {
    status: 400,
    fr: {
      title: 'Contacts eSIM manquants',
      detail:
        'Un changement vers une eSIM demande un e-mail de contact (mail d’activation) et un mobile de contact (code de confirmation).',
    },
    en: {
      title: 'eSIM contacts missing',
      detail:
        'A swap to eSIM needs a contact e-mail (activation mail) and a contact mobile (confirmation code).',
    },
  },
  'line.sim_swap_mobile_is_line': {
    status: 422,
    fr: {
      title: 'Mobile de contact refusé',
      detail:
        'Le code de confirmation ne peut pas être envoyé au numéro de la ligne elle-même : sa nouvelle eSIM n’est pas encore installée. Indiquez un autre mobile.',
    },
    en: {
      title: 'Contact mobile refused',
      detail:
        'The confirmation code cannot go to the line’s own number: its new eSIM is not installed yet. Give another mobile.',
    },
  },
  'line.sim_swap_sim_wrong_network': {
    status: 422,
    fr: {
      title: 'SIM d’un autre réseau',
      detail: 'La SIM {iccid} est une SIM {simNetwork} : la ligne est sur le réseau {network}.',
    },
    en: {
      title: 'SIM of another network',
      detail: 'SIM {iccid} is a {simNetwork} SIM: the line is on {network}.',
    },
  },
  'line.sim_swap_sim_wrong_type': {
    status: 422,
    fr: {
      title: 'SIM d’un autre type',
      detail: 'La SIM {iccid} n’est pas du type demandé.',
    },
    en: {
      title: 'SIM of another type',
      detail: 'SIM {iccid} is not of the requested type.',
    },
  },
  'line.sim_swap_sim_retired': {
    status: 409,
    fr: {
      title: 'SIM retirée',
      detail: 'La SIM {iccid} a été retirée : une SIM retirée ne resert jamais.',
    },
    en: {
      title: 'SIM retired',
      detail: 'SIM {iccid} is retired: a retired SIM is never used again.',
    },
  },
  'line.sim_swap_sim_unavailable': {
    status: 409,
    fr: {
      title: 'SIM indisponible',
      detail: 'La SIM {iccid} n’est ni libre ni affectée à ce client (état : {state}).',
    },
    en: {
      title: 'SIM unavailable',
      detail: 'SIM {iccid} is neither free nor assigned to this customer (state: {state}).',
    },
  },
  'line.sim_swap_same_sim': {
    status: 409,
    fr: {
      title: 'Même SIM',
      detail: 'La SIM {iccid} est déjà celle de la ligne.',
    },
    en: { title: 'Same SIM', detail: 'SIM {iccid} is already the line’s.' },
  },
  'line.network_name_empty': {
    status: 400,
    fr: {
      title: 'Nom de réseau vide',
      detail: 'Indiquez le nom de réseau à afficher (13 caractères au plus).',
    },
    en: {
      title: 'Empty network name',
      detail: 'Give the network name to show (13 characters at most).',
    },
  },
  'line.network_name_too_long': {
    status: 400,
    fr: {
      title: 'Nom de réseau trop long',
      detail: 'Le nom de réseau compte au plus {max} caractères, espaces compris ({length} saisis).',
    },
    en: {
      title: 'Network name too long',
      detail: 'A network name has at most {max} characters, spaces included ({length} given).',
    },
  },
  'line.network_name_chars': {
    status: 400,
    fr: {
      title: 'Caractères refusés',
      detail:
        'Le nom de réseau s’écrit en lettres latines (accents compris), chiffres, espaces et ponctuation courante : « {chars} » refusé.',
    },
    en: {
      title: 'Characters refused',
      detail:
        'A network name uses Latin letters (accents included), digits, spaces and common punctuation: "{chars}" refused.',
    },
  },
  'line.network_name_line_active': {
    status: 422,
    fr: {
      title: 'Impossible sur une ligne Orange déjà active',
      detail:
        'Chez Orange, le nom de réseau est posé sur les SIM avant activation : pas sur une ligne déjà active.',
    },
    en: {
      title: 'Not possible on an Orange line already active',
      detail:
        'At Orange, the network name is set on the SIMs before activation: not on a line already active.',
    },
  },
  'line.network_name_orange_partners': {
    status: 422,
    fr: {
      title: 'Réservé aux partenaires Init Sys ou Rezocean',
      detail:
        'Chez Orange, le nom de réseau personnalisé est réservé aux revendeurs partenaires Init Sys ou Rezocean (réglages du revendeur).',
    },
    en: {
      title: 'Init Sys or Rezocean partners only',
      detail:
        'At Orange, a custom network name is for Init Sys or Rezocean partner resellers only (reseller settings).',
    },
  },
  'line.network_name_bouygues_partners': {
    status: 422,
    fr: {
      title: 'Réservé aux partenaires Init Sys',
      detail:
        'Chez Bouygues Telecom, le nom de réseau personnalisé est réservé aux revendeurs partenaires Init Sys (réglages du revendeur).',
    },
    en: {
      title: 'Init Sys partners only',
      detail:
        'At Bouygues Telecom, a custom network name is for Init Sys partner resellers only (reseller settings).',
    },
  },
  'line.network_name_min_sims': {
    status: 422,
    fr: {
      title: 'Au moins {min} SIM Orange',
      detail: 'Chez Orange, le nom de réseau personnalisé demande au moins {min} SIM ; vous en avez {count}.',
    },
    en: {
      title: 'At least {min} Orange SIMs',
      detail: 'At Orange, a custom network name needs at least {min} SIMs; you have {count}.',
    },
  },
  'line.network_name_pending': {
    status: 409,
    fr: {
      title: 'Demande déjà en cours',
      detail: 'Une demande de nom de réseau est déjà en cours sur cette ligne.',
    },
    en: {
      title: 'Request already open',
      detail: 'A network name request is already open on this line.',
    },
  },
  'line.network_name_not_open': {
    status: 409,
    fr: {
      title: 'Demande close',
      detail: 'Cette demande de nom de réseau est déjà traitée ou annulée.',
    },
    en: {
      title: 'Request closed',
      detail: 'This network name request is already done or cancelled.',
    },
  },
});
