import { defineErrors } from '../../platform/module.ts';

/** The errors of TMF635 and TMF677 (tmf635.ts, tmf677.ts): the attribute at fault is named. */
export const usageTmfErrors = defineErrors({
  'usage.tmf_usage_invalid': {
    status: 422,
    fr: {
      title: 'Enregistrement d’usage refusé',
      detail: '{attribute} : {reason}. Rien n’a été compté.',
    },
    en: {
      title: 'Usage record refused',
      detail: '{attribute}: {reason}. Nothing was counted.',
    },
  },
  'usage.tmf_unknown_line': {
    status: 422,
    fr: {
      title: 'Ligne inconnue',
      detail: '{attribute} : aucune ligne du revendeur n’a ce numéro. Rien n’a été compté.',
    },
    en: {
      title: 'Unknown line',
      detail: '{attribute}: none of the reseller’s lines has this number. Nothing was counted.',
    },
  },
  'usage.tmf_line_required': {
    status: 422,
    fr: {
      title: 'Ligne à préciser',
      detail:
        'Nommez la ligne dans searchCriteria : son numéro (logicalResource.id) ou son produit (product.id).',
    },
    en: {
      title: 'Line required',
      detail: 'Name the line in searchCriteria: its number (logicalResource.id) or its product (product.id).',
    },
  },
});
