import { defineErrors } from '../../platform/module.ts';

/**
 * Refusals of the handbook's remaining steps (issue 11 §3/§4): the Bezeq wait of NET-09 and the
 * Wi-Fi change handed to HOT of NET-12. Each title is the reason the page shows beside a disabled
 * action, in French and English.
 */
export const handbookErrors = defineErrors({
  'internet.bezeq_partner_only': {
    status: 422,
    fr: {
      title: 'Infrastructure Bezeq : Partner uniquement',
      detail: 'Seule la fibre Partner passe par l’infrastructure de Bezeq.',
    },
    en: {
      title: 'Bezeq infrastructure: Partner only',
      detail: 'Only Partner’s fibre runs on Bezeq’s infrastructure.',
    },
  },
  'internet.bezeq_pending': {
    status: 409,
    fr: {
      title: 'En attente Bezeq',
      detail:
        'L’infrastructure Bezeq n’est pas prête : l’installation sera reprogrammée une fois le problème résolu.',
    },
    en: {
      title: 'Waiting for Bezeq',
      detail: 'The Bezeq infrastructure is not ready: the installation is rescheduled once it is resolved.',
    },
  },
  'internet.bezeq_not_pending': {
    status: 409,
    fr: {
      title: 'Aucune attente Bezeq',
      detail: 'L’installation n’attend pas Bezeq : rien à reprogrammer.',
    },
    en: {
      title: 'Not waiting for Bezeq',
      detail: 'The installation is not waiting for Bezeq: nothing to reschedule.',
    },
  },
  'internet.wifi_pending': {
    status: 409,
    fr: {
      title: 'Changement Wi-Fi transmis à HOT',
      detail: 'Un changement de nom ou de mot de passe Wi-Fi attend déjà que HOT le fasse.',
    },
    en: {
      title: 'Wi-Fi change handed to HOT',
      detail: 'A Wi-Fi name or password change is already waiting for HOT.',
    },
  },
  'internet.wifi_not_pending': {
    status: 409,
    fr: {
      title: 'Aucun changement Wi-Fi en attente',
      detail: 'Aucun changement de Wi-Fi n’a été transmis à HOT.',
    },
    en: { title: 'No Wi-Fi change pending', detail: 'No Wi-Fi change was handed to HOT.' },
  },
});
