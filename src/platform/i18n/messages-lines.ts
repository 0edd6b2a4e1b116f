import type { ErrorCode } from '../errors.ts';

/**
 * Messages of the stock, orders and lines codes (issue 3), kept apart from messages.ts so that
 * modules built side by side do not edit the same lines. `{name}` placeholders as there.
 */
type Msg = { title: string; detail: string };

export const linesFr = {
  'stock.csv_empty': {
    title: 'Fichier vide',
    detail: 'Le fichier CSV ne contient aucune ligne après l’en-tête.',
  },
  'stock.csv_header': {
    title: 'En-tête incomplet',
    detail: 'Colonnes manquantes dans l’en-tête du fichier : {columns}.',
  },
  'stock.csv_too_large': { title: 'Fichier trop long', detail: 'Un import compte au plus {max} lignes.' },
  'stock.iccid_format': {
    title: 'ICCID invalide',
    detail: 'L’ICCID « {iccid} » doit compter 19 ou 20 chiffres et commencer par 89.',
  },
  'stock.iccid_luhn': {
    title: 'ICCID invalide',
    detail: 'Clé de contrôle (Luhn) de l’ICCID « {iccid} » invalide : vérifiez les chiffres.',
  },
  'stock.network_unknown': {
    title: 'Réseau inconnu',
    detail: 'Réseau « {value} » inconnu : indiquez orange ou bouygues.',
  },
  'stock.sim_type_unknown': {
    title: 'Type de SIM inconnu',
    detail: 'Type « {value} » inconnu : indiquez avec_pin, sans_pin ou esim.',
  },
  'stock.puk_invalid': { title: 'PUK invalide', detail: 'Le code PUK compte 8 chiffres.' },
  'stock.esim_profile_missing': {
    title: 'Profil eSIM incomplet',
    detail: 'Une eSIM demande son adresse SM-DP+ (colonne smdp) et son matching ID (colonne matching_id).',
  },
  'stock.esim_orange_only': {
    title: 'eSIM non proposée',
    detail: 'L’eSIM n’existe que sur le réseau Orange.',
  },
  'stock.duplicate_in_file': {
    title: 'Doublon dans le fichier',
    detail: '« {value} » figure deux fois dans le fichier.',
  },
  'stock.already_in_stock': {
    title: 'Déjà en stock',
    detail: '« {value} » est déjà dans le stock : rien n’a été importé.',
  },
  'stock.number_format': {
    title: 'Numéro invalide',
    detail: 'Le numéro « {value} » doit compter 10 chiffres et commencer par 0.',
  },
  'stock.range_reversed': {
    title: 'Plage à l’envers',
    detail:
      'Le premier élément ({first}) doit précéder le dernier ({last}) : saisissez la plage dans l’ordre croissant.',
  },
  'stock.range_too_large': { title: 'Plage trop grande', detail: 'Une plage compte au plus {max} numéros.' },
  'stock.range_length_mismatch': {
    title: 'Plage incohérente',
    detail: 'Le premier et le dernier ICCID de la plage n’ont pas le même nombre de chiffres.',
  },
  'stock.range_empty': {
    title: 'Aucune SIM concernée',
    detail: 'Aucune SIM de cette plage ne peut être traitée.',
  },
  'stock.sim_unknown': { title: 'SIM inconnue', detail: 'La SIM {iccid} n’est pas dans votre stock.' },
  'stock.sim_not_free': {
    title: 'SIM indisponible',
    detail: 'La SIM {iccid} n’est pas libre (état : {state}).',
  },
  'stock.sim_not_assigned': {
    title: 'SIM non affectée',
    detail: 'La SIM {iccid} n’est affectée à aucun client : rien à libérer.',
  },
  'order.unit_needs_one_line': {
    title: 'Commande unitaire',
    detail:
      'Une commande unitaire porte une seule ligne ; choisissez « multiple » pour en commander plusieurs.',
  },
  'order.networks_mixed': {
    title: 'Réseaux mélangés',
    detail: 'Toutes les lignes d’une commande sont sur le même réseau.',
  },
  'order.esim_not_allowed': {
    title: 'eSIM impossible',
    detail: 'L’offre « {offer} » ne permet pas l’eSIM (Orange uniquement).',
  },
  'order.esim_contact_required': {
    title: 'Contacts eSIM manquants',
    detail:
      'Une eSIM demande un e-mail de contact (mail d’activation) et un mobile de contact (code de confirmation).',
  },
  'order.esim_mobile_invalid': {
    title: 'Mobile de contact invalide',
    detail: 'Le mobile de contact « {value} » n’est pas un numéro de mobile valide.',
  },
  'order.esim_mobile_is_line': {
    title: 'Mobile de contact refusé',
    detail:
      'Le code de confirmation ne peut pas être envoyé au numéro de la ligne créée : indiquez un autre mobile.',
  },
  'order.rio_format': {
    title: 'RIO invalide',
    detail:
      'Le RIO compte 12 caractères : code opérateur (2), type de contrat P ou E, référence (6), clé (3).',
  },
  'order.rio_key': {
    title: 'RIO invalide',
    detail:
      'La clé du RIO « {rio} » ne correspond pas au numéro {msisdn} : vérifiez le RIO (3179 depuis la ligne).',
  },
  'order.port_number_invalid': {
    title: 'Numéro à porter invalide',
    detail: 'Le numéro à porter doit compter 10 chiffres et commencer par 06 ou 07.',
  },
  'order.porting_date_required': {
    title: 'Date de portabilité manquante',
    detail: 'Une portabilité demande une date d’activation.',
  },
  'order.porting_date_too_early': {
    title: 'Date de portabilité trop proche',
    detail:
      'Avec portabilité, l’activation a lieu au plus tôt 3 jours ouvrés après la commande : le {earliest}.',
  },
  'order.porting_date_weekend': {
    title: 'Date de portabilité refusée',
    detail: 'La portabilité se fait du lundi au vendredi, hors jours fériés.',
  },
  'order.number_choice_required': {
    title: 'Numéro à choisir',
    detail: 'Sur une offre data seule Bouygues Telecom, choisissez le numéro de la ligne dans votre stock.',
  },
  'order.number_choice_not_allowed': {
    title: 'Numéro non modifiable',
    detail: 'Le numéro de cette offre est attribué automatiquement ; ne le choisissez pas.',
  },
  'order.number_not_free': {
    title: 'Numéro indisponible',
    detail: 'Le numéro {msisdn} n’est pas libre dans votre stock {network}.',
  },
  'order.no_free_number': {
    title: 'Stock de numéros épuisé',
    detail: 'Plus aucun numéro libre sur le réseau {network} : importez une plage.',
  },
  'order.no_free_sim': {
    title: 'Stock de SIM épuisé',
    detail: 'Plus aucune SIM {simType} libre sur le réseau {network} : importez des SIM.',
  },
  'order.sim_not_available': {
    title: 'SIM indisponible',
    detail: 'La SIM {iccid} n’est ni libre ni affectée à ce client, ou n’est pas du type demandé.',
  },
  'order.site_unknown': { title: 'Site inconnu', detail: 'Ce site n’est pas une adresse de ce client.' },
  'order.account_closed': {
    title: 'Client clôturé',
    detail: 'On ne commande pas de ligne pour un client clôturé.',
  },
  'line.not_esim': { title: 'Pas une eSIM', detail: 'Cette ligne n’utilise pas d’eSIM.' },
  'line.esim_code_wrong': {
    title: 'Code erroné',
    detail: 'Code de confirmation erroné : {left} essai(s) restant(s).',
  },
  'line.esim_locked': {
    title: 'Code bloqué',
    detail: 'Code de confirmation bloqué après 3 essais erronés : contactez le fournisseur.',
  },
  'line.terminated': {
    title: 'Ligne résiliée : aucune action possible',
    detail: 'Cette ligne est résiliée : aucune action n’est possible, son numéro et sa SIM ne servent plus.',
  },
  'line.not_active': {
    title: 'Ligne non active : aucune action possible',
    detail: 'La ligne n’est pas active (en cours de création ou annulée) : aucune action n’est possible.',
  },
  'line.already_suspended': {
    title: 'Ligne déjà suspendue',
    detail: 'La ligne est déjà suspendue : réactivez-la plutôt.',
  },
  'line.not_suspended': {
    title: 'Réactivation impossible : ligne non suspendue',
    detail: 'Seule une ligne suspendue peut être réactivée.',
  },
  'line.change_pending': {
    title: 'Changement déjà planifié',
    detail: 'Un changement du même type est déjà planifié sur cette ligne : annulez-le d’abord.',
  },
  'line.termination_pending': {
    title: 'Résiliation planifiée',
    detail: 'La résiliation de la ligne est planifiée : annulez-la pour faire cette action.',
  },
  'line.option_not_suspendable': {
    title: 'Une option ne se suspend pas : résiliez-la',
    detail: 'Une option ne peut pas être suspendue, seulement résiliée.',
  },
  'line.option_esim': {
    title: 'Option eSIM non résiliable',
    detail: 'L’option eSIM suit la SIM de la ligne : elle change avec un changement de SIM.',
  },
  'line.option_roaming_required': {
    title: 'Choix d’itinérance obligatoire',
    detail: 'L’option {option} est le choix d’itinérance de sa zone : remplacez-la, elle ne se résilie pas.',
  },
  'line.termination_date_past': {
    title: 'Date de résiliation passée',
    detail: 'La date de résiliation ne peut pas être antérieure à aujourd’hui ({today}).',
  },
  'line.option_esim_add': {
    title: 'eSIM : passez par un changement de SIM',
    detail: 'L’eSIM ne s’ajoute pas comme une option : elle arrive avec un changement de SIM vers une eSIM.',
  },
  'line.option_recharge': {
    title: 'Une recharge n’est pas une option',
    detail: '« {option} » est une recharge data : elle se commande comme une recharge, pas comme une option.',
  },
  'line.option_partner_only': {
    title: 'Réservée aux partenaires Init Sys',
    detail:
      'La livraison « {option} » sur plateforme partenaire (L2TP) est réservée aux partenaires Init Sys.',
  },
  'line.option_already_active': {
    title: 'Option déjà active',
    detail: 'L’option « {option} » est déjà active sur cette ligne.',
  },
  'line.option_group_taken': {
    title: 'Exclut une option active',
    detail:
      'L’option « {option} » exclut l’option active « {current} » (un seul choix par zone ou par mode de livraison) : changez ou résiliez celle-ci.',
  },
  'line.option_not_roaming': {
    title: 'Seul un choix d’itinérance se change',
    detail: 'L’option « {option} » n’est pas un choix d’itinérance : résiliez-la puis ajoutez-en une autre.',
  },
  'line.option_other_zone': {
    title: 'Autre zone d’itinérance',
    detail: 'L’option « {option} » n’est pas un choix de la même zone d’itinérance.',
  },
  'line.option_ended': {
    title: 'Option résiliée',
    detail: 'Cette option est déjà résiliée : elle ne peut plus être changée.',
  },
  // SIM swap (ACT-07, ACT-09, CAT-11, ORD-07) and custom network name (ACT-08)
  'line.sim_swap_pending': {
    title: 'Changement de SIM déjà planifié',
    detail: 'Un changement de SIM est déjà planifié sur cette ligne : annulez-le d’abord.',
  },
  'line.sim_swap_esim_orange_only': {
    title: 'eSIM indisponible sur Bouygues Telecom',
    detail: 'L’eSIM n’existe que sur le réseau Orange : sur Bouygues Telecom, changez pour une SIM physique.',
  },
  'line.sim_swap_iccid_required': {
    title: 'ICCID manquant',
    detail: 'Indiquez l’ICCID de la nouvelle SIM physique (imprimé sur la carte).',
  },
  'line.sim_swap_contacts_required': {
    title: 'Contacts eSIM manquants',
    detail:
      'Un changement vers une eSIM demande un e-mail de contact (mail d’activation) et un mobile de contact (code de confirmation).',
  },
  'line.sim_swap_mobile_is_line': {
    title: 'Mobile de contact refusé',
    detail:
      'Le code de confirmation ne peut pas être envoyé au numéro de la ligne elle-même : sa nouvelle eSIM n’est pas encore installée. Indiquez un autre mobile.',
  },
  'line.sim_swap_sim_wrong_network': {
    title: 'SIM d’un autre réseau',
    detail: 'La SIM {iccid} est une SIM {simNetwork} : la ligne est sur le réseau {network}.',
  },
  'line.sim_swap_sim_wrong_type': {
    title: 'SIM d’un autre type',
    detail: 'La SIM {iccid} n’est pas du type demandé.',
  },
  'line.sim_swap_sim_retired': {
    title: 'SIM retirée',
    detail: 'La SIM {iccid} a été retirée : une SIM retirée ne resert jamais.',
  },
  'line.sim_swap_sim_unavailable': {
    title: 'SIM indisponible',
    detail: 'La SIM {iccid} n’est ni libre ni affectée à ce client (état : {state}).',
  },
  'line.sim_swap_same_sim': {
    title: 'Même SIM',
    detail: 'La SIM {iccid} est déjà celle de la ligne.',
  },
  'line.network_name_empty': {
    title: 'Nom de réseau vide',
    detail: 'Indiquez le nom de réseau à afficher (13 caractères au plus).',
  },
  'line.network_name_too_long': {
    title: 'Nom de réseau trop long',
    detail: 'Le nom de réseau compte au plus {max} caractères, espaces compris ({length} saisis).',
  },
  'line.network_name_chars': {
    title: 'Caractères refusés',
    detail:
      'Le nom de réseau s’écrit en lettres latines (accents compris), chiffres, espaces et ponctuation courante : « {chars} » refusé.',
  },
  'line.network_name_line_active': {
    title: 'Impossible sur une ligne Orange déjà active',
    detail:
      'Chez Orange, le nom de réseau est posé sur les SIM avant activation : pas sur une ligne déjà active.',
  },
  'line.network_name_orange_partners': {
    title: 'Réservé aux partenaires Init Sys ou Rezocean',
    detail:
      'Chez Orange, le nom de réseau personnalisé est réservé aux revendeurs partenaires Init Sys ou Rezocean (réglages du revendeur).',
  },
  'line.network_name_bouygues_partners': {
    title: 'Réservé aux partenaires Init Sys',
    detail:
      'Chez Bouygues Telecom, le nom de réseau personnalisé est réservé aux revendeurs partenaires Init Sys (réglages du revendeur).',
  },
  'line.network_name_min_sims': {
    title: 'Au moins {min} SIM Orange',
    detail: 'Chez Orange, le nom de réseau personnalisé demande au moins {min} SIM ; vous en avez {count}.',
  },
  'line.network_name_pending': {
    title: 'Demande déjà en cours',
    detail: 'Une demande de nom de réseau est déjà en cours sur cette ligne.',
  },
  'line.network_name_not_open': {
    title: 'Demande close',
    detail: 'Cette demande de nom de réseau est déjà traitée ou annulée.',
  },
  // Issue 10: a past activation date is refused, never silently replaced.
  'order.activation_date_past': {
    title: 'Date d’activation passée',
    detail: 'La date d’activation {date} est passée : choisissez aujourd’hui ({today}) ou une date à venir.',
  },
} satisfies Partial<Record<ErrorCode, Msg>>;

export const linesEn = {
  'stock.csv_empty': { title: 'Empty file', detail: 'The CSV file holds no row after its header.' },
  'stock.csv_header': { title: 'Incomplete header', detail: 'Columns missing from the header: {columns}.' },
  'stock.csv_too_large': { title: 'File too long', detail: 'An import holds at most {max} rows.' },
  'stock.iccid_format': {
    title: 'Invalid ICCID',
    detail: 'ICCID "{iccid}" must have 19 or 20 digits and start with 89.',
  },
  'stock.iccid_luhn': {
    title: 'Invalid ICCID',
    detail: 'ICCID "{iccid}" fails its (Luhn) check digit: check the digits.',
  },
  'stock.network_unknown': {
    title: 'Unknown network',
    detail: 'Unknown network "{value}": use orange or bouygues.',
  },
  'stock.sim_type_unknown': {
    title: 'Unknown SIM type',
    detail: 'Unknown type "{value}": use avec_pin, sans_pin or esim.',
  },
  'stock.puk_invalid': { title: 'Invalid PUK', detail: 'A PUK code has 8 digits.' },
  'stock.esim_profile_missing': {
    title: 'Incomplete eSIM profile',
    detail: 'An eSIM needs its SM-DP+ address (smdp column) and matching ID (matching_id column).',
  },
  'stock.esim_orange_only': { title: 'No eSIM here', detail: 'eSIM exists on the Orange network only.' },
  'stock.duplicate_in_file': { title: 'Duplicate in file', detail: '"{value}" appears twice in the file.' },
  'stock.already_in_stock': {
    title: 'Already in stock',
    detail: '"{value}" is already in stock: nothing was imported.',
  },
  'stock.number_format': {
    title: 'Invalid number',
    detail: 'Number "{value}" must have 10 digits and start with 0.',
  },
  'stock.range_reversed': {
    title: 'Range upside down',
    detail: 'The first item ({first}) must come before the last ({last}): give the range in ascending order.',
  },
  'stock.range_too_large': { title: 'Range too large', detail: 'A range holds at most {max} numbers.' },
  'stock.range_length_mismatch': {
    title: 'Inconsistent range',
    detail: 'The first and last ICCIDs of the range have different lengths.',
  },
  'stock.range_empty': { title: 'No SIM concerned', detail: 'No SIM of this range can be processed.' },
  'stock.sim_unknown': { title: 'Unknown SIM', detail: 'SIM {iccid} is not in your stock.' },
  'stock.sim_not_free': { title: 'SIM unavailable', detail: 'SIM {iccid} is not free (state: {state}).' },
  'stock.sim_not_assigned': {
    title: 'SIM not assigned',
    detail: 'SIM {iccid} is assigned to no customer: nothing to release.',
  },
  'order.unit_needs_one_line': {
    title: 'Unit order',
    detail: 'A unit order holds one line; choose "multiple" to order several.',
  },
  'order.networks_mixed': { title: 'Mixed networks', detail: 'All lines of an order are on one network.' },
  'order.esim_not_allowed': {
    title: 'No eSIM',
    detail: 'Offer "{offer}" does not allow eSIM (Orange only).',
  },
  'order.esim_contact_required': {
    title: 'eSIM contacts missing',
    detail: 'An eSIM needs a contact e-mail (activation mail) and a contact mobile (confirmation code).',
  },
  'order.esim_mobile_invalid': {
    title: 'Invalid contact mobile',
    detail: 'Contact mobile "{value}" is not a valid mobile number.',
  },
  'order.esim_mobile_is_line': {
    title: 'Contact mobile refused',
    detail: 'The confirmation code cannot go to the new line’s own number: give another mobile.',
  },
  'order.rio_format': {
    title: 'Invalid RIO',
    detail: 'A RIO has 12 characters: operator code (2), contract type P or E, reference (6), key (3).',
  },
  'order.rio_key': {
    title: 'Invalid RIO',
    detail: 'The key of RIO "{rio}" does not match number {msisdn}: check the RIO (call 3179 from the line).',
  },
  'order.port_number_invalid': {
    title: 'Invalid number to port',
    detail: 'The number to port has 10 digits and starts with 06 or 07.',
  },
  'order.porting_date_required': {
    title: 'Porting date missing',
    detail: 'A porting needs an activation date.',
  },
  'order.porting_date_too_early': {
    title: 'Porting date too early',
    detail: 'With porting, activation is at least 3 working days after the order: {earliest}.',
  },
  'order.porting_date_weekend': {
    title: 'Porting date refused',
    detail: 'Porting happens Monday to Friday, public holidays excluded.',
  },
  'order.number_choice_required': {
    title: 'Number to choose',
    detail: 'On a Bouygues Telecom data-only offer, choose the line’s number from your stock.',
  },
  'order.number_choice_not_allowed': {
    title: 'Number not selectable',
    detail: 'This offer’s number is assigned automatically; do not choose it.',
  },
  'order.number_not_free': {
    title: 'Number unavailable',
    detail: 'Number {msisdn} is not free in your {network} stock.',
  },
  'order.no_free_number': {
    title: 'No number left',
    detail: 'No free number left on {network}: import a range.',
  },
  'order.no_free_sim': {
    title: 'No SIM left',
    detail: 'No free {simType} SIM left on {network}: import SIMs.',
  },
  'order.sim_not_available': {
    title: 'SIM unavailable',
    detail: 'SIM {iccid} is neither free nor assigned to this customer, or not of the requested type.',
  },
  'order.site_unknown': { title: 'Unknown site', detail: 'This site is not an address of this customer.' },
  'order.account_closed': {
    title: 'Closed customer',
    detail: 'Lines are not ordered for a closed customer.',
  },
  'line.not_esim': { title: 'Not an eSIM', detail: 'This line does not use an eSIM.' },
  'line.esim_code_wrong': {
    title: 'Wrong code',
    detail: 'Wrong confirmation code: {left} try/tries left.',
  },
  'line.esim_locked': {
    title: 'Code locked',
    detail: 'Confirmation code locked after 3 wrong tries: contact the supplier.',
  },
  'line.terminated': {
    title: 'Line terminated: no action possible',
    detail: 'This line is terminated: no action is possible; its number and SIM are retired.',
  },
  'line.not_active': {
    title: 'Line not active: no action possible',
    detail: 'The line is not active (being created or cancelled): no action is possible.',
  },
  'line.already_suspended': {
    title: 'Line already suspended',
    detail: 'The line is already suspended: reactivate it instead.',
  },
  'line.not_suspended': {
    title: 'Reactivation not possible: line not suspended',
    detail: 'Only a suspended line can be reactivated.',
  },
  'line.change_pending': {
    title: 'Change already scheduled',
    detail: 'A change of this kind is already scheduled on this line: cancel it first.',
  },
  'line.termination_pending': {
    title: 'Termination scheduled',
    detail: 'The line’s termination is scheduled: cancel it to take this action.',
  },
  'line.option_not_suspendable': {
    title: 'An option cannot be suspended: terminate it',
    detail: 'An option cannot be suspended, only terminated.',
  },
  'line.option_esim': {
    title: 'eSIM option cannot be terminated',
    detail: 'The eSIM option follows the line’s SIM: it changes with a SIM swap.',
  },
  'line.option_roaming_required': {
    title: 'Roaming choice required',
    detail: 'Option {option} is its zone’s roaming choice: replace it, it cannot be terminated.',
  },
  'line.termination_date_past': {
    title: 'Termination date in the past',
    detail: 'The termination date cannot be before today ({today}).',
  },
  'line.option_esim_add': {
    title: 'eSIM: use a SIM swap',
    detail: 'The eSIM is not added as an option: it comes with a SIM swap to an eSIM.',
  },
  'line.option_recharge': {
    title: 'A recharge is not an option',
    detail: '"{option}" is a data recharge: order it as a recharge, not as an option.',
  },
  'line.option_partner_only': {
    title: 'Init Sys partners only',
    detail: 'Partner-platform delivery "{option}" (L2TP) is for Init Sys partners only.',
  },
  'line.option_already_active': {
    title: 'Option already active',
    detail: 'The option "{option}" is already active on this line.',
  },
  'line.option_group_taken': {
    title: 'Excludes an active option',
    detail:
      'The option "{option}" excludes the active option "{current}" (one choice per zone or delivery mode): change or terminate that one.',
  },
  'line.option_not_roaming': {
    title: 'Only a roaming choice can be changed',
    detail: 'The option "{option}" is not a roaming choice: terminate it, then add another one.',
  },
  'line.option_other_zone': {
    title: 'Another roaming zone',
    detail: 'The option "{option}" is not a choice of the same roaming zone.',
  },
  'line.option_ended': {
    title: 'Option terminated',
    detail: 'This option is already terminated: it can no longer be changed.',
  },
  // SIM swap (ACT-07, ACT-09, CAT-11, ORD-07) and custom network name (ACT-08)
  'line.sim_swap_pending': {
    title: 'SIM swap already scheduled',
    detail: 'A SIM swap is already scheduled on this line: cancel it first.',
  },
  'line.sim_swap_esim_orange_only': {
    title: 'No eSIM on Bouygues Telecom',
    detail: 'eSIM exists on the Orange network only: on Bouygues Telecom, swap to a physical SIM.',
  },
  'line.sim_swap_iccid_required': {
    title: 'ICCID missing',
    detail: 'Give the new physical SIM’s ICCID (printed on the card).',
  },
  'line.sim_swap_contacts_required': {
    title: 'eSIM contacts missing',
    detail:
      'A swap to eSIM needs a contact e-mail (activation mail) and a contact mobile (confirmation code).',
  },
  'line.sim_swap_mobile_is_line': {
    title: 'Contact mobile refused',
    detail:
      'The confirmation code cannot go to the line’s own number: its new eSIM is not installed yet. Give another mobile.',
  },
  'line.sim_swap_sim_wrong_network': {
    title: 'SIM of another network',
    detail: 'SIM {iccid} is a {simNetwork} SIM: the line is on {network}.',
  },
  'line.sim_swap_sim_wrong_type': {
    title: 'SIM of another type',
    detail: 'SIM {iccid} is not of the requested type.',
  },
  'line.sim_swap_sim_retired': {
    title: 'SIM retired',
    detail: 'SIM {iccid} is retired: a retired SIM is never used again.',
  },
  'line.sim_swap_sim_unavailable': {
    title: 'SIM unavailable',
    detail: 'SIM {iccid} is neither free nor assigned to this customer (state: {state}).',
  },
  'line.sim_swap_same_sim': { title: 'Same SIM', detail: 'SIM {iccid} is already the line’s.' },
  'line.network_name_empty': {
    title: 'Empty network name',
    detail: 'Give the network name to show (13 characters at most).',
  },
  'line.network_name_too_long': {
    title: 'Network name too long',
    detail: 'A network name has at most {max} characters, spaces included ({length} given).',
  },
  'line.network_name_chars': {
    title: 'Characters refused',
    detail:
      'A network name uses Latin letters (accents included), digits, spaces and common punctuation: "{chars}" refused.',
  },
  'line.network_name_line_active': {
    title: 'Not possible on an Orange line already active',
    detail: 'At Orange, the network name is set on the SIMs before activation: not on a line already active.',
  },
  'line.network_name_orange_partners': {
    title: 'Init Sys or Rezocean partners only',
    detail:
      'At Orange, a custom network name is for Init Sys or Rezocean partner resellers only (reseller settings).',
  },
  'line.network_name_bouygues_partners': {
    title: 'Init Sys partners only',
    detail:
      'At Bouygues Telecom, a custom network name is for Init Sys partner resellers only (reseller settings).',
  },
  'line.network_name_min_sims': {
    title: 'At least {min} Orange SIMs',
    detail: 'At Orange, a custom network name needs at least {min} SIMs; you have {count}.',
  },
  'line.network_name_pending': {
    title: 'Request already open',
    detail: 'A network name request is already open on this line.',
  },
  'line.network_name_not_open': {
    title: 'Request closed',
    detail: 'This network name request is already done or cancelled.',
  },
  // Issue 10: a past activation date is refused, never silently replaced.
  'order.activation_date_past': {
    title: 'Activation date in the past',
    detail: 'The activation date {date} has passed: choose today ({today}) or a later date.',
  },
} satisfies Partial<Record<ErrorCode, Msg>>;
