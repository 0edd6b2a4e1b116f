import { defineErrors } from '../../platform/module.ts';

/**
 * The tenants module's error codes: HTTP status and French/English messages (`{name}` placeholders
 * are filled from the error's params).
 */
export const tenantsErrors = defineErrors({
  'tenant.logo_invalid': {
    status: 400,
    fr: {
      title: 'Logo invalide',
      detail: 'Le logo doit être une image PNG, JPEG ou SVG de 100 ko au plus.',
    },
    en: {
      title: 'Invalid logo',
      detail: 'The logo must be a PNG, JPEG or SVG image of at most 100 kB.',
    },
  },
  'tenant.time_zone_invalid': {
    status: 400,
    fr: {
      title: 'Fuseau horaire inconnu',
      detail: "« {timeZone} » n'est pas un fuseau horaire IANA (exemple : Europe/Paris).",
    },
    en: {
      title: 'Unknown time zone',
      detail: '"{timeZone}" is not an IANA time zone (example: Europe/Paris).',
    },
  },
  'tenant.family_not_sold': {
    status: 422,
    fr: {
      title: 'Famille de produits non vendue',
      detail:
        'Ce revendeur ne vend pas de {familyFr} : un administrateur peut l’ajouter dans les paramètres.',
    },
    en: {
      title: 'Product family not sold',
      detail: 'This reseller does not sell {familyEn}: an admin can add it in the settings.',
    },
  },
  'tenant.product_families_invalid': {
    status: 400,
    fr: {
      title: 'Familles de produits invalides',
      detail: 'Choisissez au moins une famille de produits vendue : mobile, internet ou les deux.',
    },
    en: {
      title: 'Invalid product families',
      detail: 'Choose at least one product family sold: mobile, internet or both.',
    },
  },
});
