import { defineErrors } from '../../platform/module.ts';

/**
 * The stock module's error codes: HTTP status and French/English messages (`{name}` placeholders
 * are filled from the error's params).
 */
export const stockErrors = defineErrors({
  'stock.csv_empty': {
    status: 400,
    fr: {
      title: 'Fichier vide',
      detail: 'Le fichier CSV ne contient aucune ligne après l’en-tête.',
    },
    en: { title: 'Empty file', detail: 'The CSV file holds no row after its header.' },
  },
  'stock.csv_header': {
    status: 400,
    fr: {
      title: 'En-tête incomplet',
      detail: 'Colonnes manquantes dans l’en-tête du fichier : {columns}.',
    },
    en: { title: 'Incomplete header', detail: 'Columns missing from the header: {columns}.' },
  },
  'stock.csv_too_large': {
    status: 400,
    fr: { title: 'Fichier trop long', detail: 'Un import compte au plus {max} lignes.' },
    en: { title: 'File too long', detail: 'An import holds at most {max} rows.' },
  },
  'stock.iccid_format': {
    status: 400,
    fr: {
      title: 'ICCID invalide',
      detail: 'L’ICCID « {iccid} » doit compter 19 ou 20 chiffres et commencer par 89.',
    },
    en: {
      title: 'Invalid ICCID',
      detail: 'ICCID "{iccid}" must have 19 or 20 digits and start with 89.',
    },
  },
  'stock.iccid_luhn': {
    status: 400,
    fr: {
      title: 'ICCID invalide',
      detail: 'Clé de contrôle (Luhn) de l’ICCID « {iccid} » invalide : vérifiez les chiffres.',
    },
    en: {
      title: 'Invalid ICCID',
      detail: 'ICCID "{iccid}" fails its (Luhn) check digit: check the digits.',
    },
  },
  'stock.network_unknown': {
    status: 400,
    fr: {
      title: 'Réseau inconnu',
      detail: 'Réseau « {value} » inconnu : indiquez orange ou bouygues.',
    },
    en: {
      title: 'Unknown network',
      detail: 'Unknown network "{value}": use orange or bouygues.',
    },
  },
  'stock.sim_type_unknown': {
    status: 400,
    fr: {
      title: 'Type de SIM inconnu',
      detail: 'Type « {value} » inconnu : indiquez avec_pin, sans_pin ou esim.',
    },
    en: {
      title: 'Unknown SIM type',
      detail: 'Unknown type "{value}": use avec_pin, sans_pin or esim.',
    },
  },
  'stock.puk_invalid': {
    status: 400,
    fr: { title: 'PUK invalide', detail: 'Le code PUK compte 8 chiffres.' },
    en: { title: 'Invalid PUK', detail: 'A PUK code has 8 digits.' },
  },
  'stock.esim_profile_missing': {
    status: 400,
    fr: {
      title: 'Profil eSIM incomplet',
      detail: 'Une eSIM demande son adresse SM-DP+ (colonne smdp) et son matching ID (colonne matching_id).',
    },
    en: {
      title: 'Incomplete eSIM profile',
      detail: 'An eSIM needs its SM-DP+ address (smdp column) and matching ID (matching_id column).',
    },
  },
  'stock.esim_orange_only': {
    status: 400,
    fr: {
      title: 'eSIM non proposée',
      detail: 'L’eSIM n’existe que sur le réseau Orange.',
    },
    en: { title: 'No eSIM here', detail: 'eSIM exists on the Orange network only.' },
  },
  'stock.duplicate_in_file': {
    status: 400,
    fr: {
      title: 'Doublon dans le fichier',
      detail: '« {value} » figure deux fois dans le fichier.',
    },
    en: { title: 'Duplicate in file', detail: '"{value}" appears twice in the file.' },
  },
  'stock.number_format': {
    status: 400,
    fr: {
      title: 'Numéro invalide',
      detail: 'Le numéro « {value} » doit compter 10 chiffres et commencer par 0.',
    },
    en: {
      title: 'Invalid number',
      detail: 'Number "{value}" must have 10 digits and start with 0.',
    },
  },
  'stock.range_reversed': {
    status: 400,
    fr: {
      title: 'Plage à l’envers',
      detail:
        'Le premier élément ({first}) doit précéder le dernier ({last}) : saisissez la plage dans l’ordre croissant.',
    },
    en: {
      title: 'Range upside down',
      detail:
        'The first item ({first}) must come before the last ({last}): give the range in ascending order.',
    },
  },
  'stock.range_too_large': {
    status: 400,
    fr: { title: 'Plage trop grande', detail: 'Une plage compte au plus {max} numéros.' },
    en: { title: 'Range too large', detail: 'A range holds at most {max} numbers.' },
  },
  'stock.range_length_mismatch': {
    status: 400,
    fr: {
      title: 'Plage incohérente',
      detail: 'Le premier et le dernier ICCID de la plage n’ont pas le même nombre de chiffres.',
    },
    en: {
      title: 'Inconsistent range',
      detail: 'The first and last ICCIDs of the range have different lengths.',
    },
  },
  'stock.already_in_stock': {
    status: 409,
    fr: {
      title: 'Déjà en stock',
      detail: '« {value} » est déjà dans le stock : rien n’a été importé.',
    },
    en: {
      title: 'Already in stock',
      detail: '"{value}" is already in stock: nothing was imported.',
    },
  },
  'stock.sim_not_free': {
    status: 409,
    fr: {
      title: 'SIM indisponible',
      detail: 'La SIM {iccid} n’est pas libre (état : {state}).',
    },
    en: { title: 'SIM unavailable', detail: 'SIM {iccid} is not free (state: {state}).' },
  },
  'stock.sim_not_assigned': {
    status: 409,
    fr: {
      title: 'SIM non affectée',
      detail: 'La SIM {iccid} n’est affectée à aucun client : rien à libérer.',
    },
    en: {
      title: 'SIM not assigned',
      detail: 'SIM {iccid} is assigned to no customer: nothing to release.',
    },
  },
  'stock.range_empty': {
    status: 422,
    fr: {
      title: 'Aucune SIM concernée',
      detail: 'Aucune SIM de cette plage ne peut être traitée.',
    },
    en: { title: 'No SIM concerned', detail: 'No SIM of this range can be processed.' },
  },
  'stock.sim_unknown': {
    status: 422,
    fr: { title: 'SIM inconnue', detail: 'La SIM {iccid} n’est pas dans votre stock.' },
    en: { title: 'Unknown SIM', detail: 'SIM {iccid} is not in your stock.' },
  },
});
