import { defineErrors } from '../../platform/module.ts';

/** The recharge's errors (USE-06); the first slice's are declared in index.ts. */
export const rechargeErrors = defineErrors({
  'usage.recharge_recent': {
    status: 409,
    fr: {
      title: 'Recharge déjà commandée il y a moins de 30 minutes',
      detail:
        'Une recharge a été commandée sur cette ligne à {at}. Une recharge peut mettre jusqu’à 30 minutes à s’appliquer : pour éviter une facturation en double, confirmez seulement s’il s’agit bien d’une seconde recharge.',
    },
    en: {
      title: 'Recharge already ordered less than 30 minutes ago',
      detail:
        'A recharge was ordered on this line at {at}. A recharge can take up to 30 minutes to apply: to avoid billing it twice, confirm only if this is really a second recharge.',
    },
  },
  'usage.recharge_line_inactive': {
    status: 409,
    fr: {
      title: 'Recharge impossible',
      detail: 'Seule une ligne active peut être rechargée.',
    },
    en: {
      title: 'Recharge not possible',
      detail: 'Only an active line can be recharged.',
    },
  },
});
