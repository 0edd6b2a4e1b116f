import { defineErrors } from '../../platform/module.ts';

/** The usage limits' error codes (USE-05, USE-08, USE-09, CAT-09). */
export const limitErrors = defineErrors({
  'usage.cutoff_zone_unknown': {
    status: 422,
    fr: {
      title: 'Zone sans cut-off',
      detail: 'Cette ligne n’a pas de cut-off pour la zone « {zone} ».',
    },
    en: {
      title: 'Zone without a cut-off',
      detail: 'This line has no cut-off for the “{zone}” zone.',
    },
  },
  'usage.cutoff_unknown': {
    status: 422,
    fr: {
      title: 'Cut-off inconnu',
      detail: '« {option} » n’est pas un cut-off de cette zone pour l’offre de la ligne.',
    },
    en: {
      title: 'Unknown cut-off',
      detail: '“{option}” is not a cut-off of this zone for the line’s plan.',
    },
  },
  'usage.threshold_not_payg': {
    status: 422,
    fr: {
      title: 'Seuil data non disponible',
      detail: 'Un seuil data (1 à 100 Go) ne s’applique qu’aux offres Compteur Data.',
    },
    en: {
      title: 'Data threshold not available',
      detail: 'A data threshold (1 to 100 GB) only applies to data pay-as-you-go plans.',
    },
  },
});
