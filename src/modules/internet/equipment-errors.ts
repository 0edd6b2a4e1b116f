import { defineErrors } from '../../platform/module.ts';

/**
 * Refusals of the equipment that travels (issue 11 §3): an extender's courier delivery (NET-04) and
 * the old box of a replacement (NET-10), in French and English.
 */
export const equipmentErrors = defineErrors({
  'internet.tracking_number_invalid': {
    status: 422,
    fr: {
      title: 'Numéro de suivi du coursier invalide',
      detail: '« {value} » n’est pas un numéro de suivi : 4 à 40 lettres, chiffres ou tirets.',
    },
    en: {
      title: 'Invalid courier tracking number',
      detail: '"{value}" is not a tracking number: 4 to 40 letters, digits or dashes.',
    },
  },
  'internet.delivery_not_found': {
    status: 404,
    fr: {
      title: 'Livraison introuvable',
      detail: 'Cette livraison d’extendeur n’existe pas ou ne concerne pas cet abonnement.',
    },
    en: {
      title: 'Delivery not found',
      detail: 'This extender delivery does not exist or is not one of this subscription’s.',
    },
  },
  'internet.box_swap_not_found': {
    status: 404,
    fr: {
      title: 'Changement de boîtier introuvable',
      detail: 'Ce changement de boîtier n’existe pas ou ne concerne pas cet abonnement.',
    },
    en: {
      title: 'Box swap not found',
      detail: 'This box swap does not exist or is not one of this subscription’s.',
    },
  },
  'internet.old_box_already_returned': {
    status: 409,
    fr: {
      title: 'Ancien boîtier déjà rendu',
      detail: 'Le retour de l’ancien boîtier est déjà enregistré.',
    },
    en: { title: 'Old box already returned', detail: 'The old box’s return is already recorded.' },
  },
  'internet.old_box_fee_charged': {
    status: 409,
    fr: {
      title: 'Ancien boîtier déjà facturé',
      detail: 'Le délai de retour est passé : les frais de non-retour ont été facturés.',
    },
    en: {
      title: 'Old box already charged',
      detail: 'The return deadline passed: the non-return fee was charged.',
    },
  },
});
