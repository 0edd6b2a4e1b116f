import { defineErrors } from '../../platform/module.ts';

/**
 * The users module's error codes: HTTP status and French/English messages (`{name}` placeholders
 * are filled from the error's params).
 */
export const usersErrors = defineErrors({
  'user.email_taken': {
    status: 409,
    fr: {
      title: 'Adresse déjà utilisée',
      detail: "L'adresse {email} est déjà celle d'un autre utilisateur de cet espace.",
    },
    en: {
      title: 'E-mail already used',
      detail: '{email} already belongs to another user of this workspace.',
    },
  },
  'user.login_taken': {
    status: 409,
    fr: {
      title: 'Identifiant déjà utilisé',
      detail: "L'identifiant {login} est déjà pris dans cet espace. Choisissez-en un autre.",
    },
    en: {
      title: 'Username already used',
      detail: 'The username {login} is taken in this workspace. Choose another one.',
    },
  },
  'user.cannot_deactivate_self': {
    status: 409,
    fr: {
      title: 'Action impossible',
      detail: 'Vous ne pouvez pas désactiver votre propre compte.',
    },
    en: { title: 'Not possible', detail: 'You cannot deactivate your own account.' },
  },
  'user.cannot_demote_last_admin': {
    status: 409,
    fr: {
      title: 'Dernier administrateur',
      detail: "Cet espace doit garder au moins un administrateur actif. Nommez-en un autre d'abord.",
    },
    en: {
      title: 'Last administrator',
      detail: 'This workspace must keep at least one active administrator. Appoint another one first.',
    },
  },
  'user.customer_required': {
    status: 400,
    fr: {
      title: 'Client requis',
      detail: 'Un gestionnaire de flotte doit être rattaché à un compte client.',
    },
    en: {
      title: 'Customer required',
      detail: 'A fleet manager must be attached to a customer account.',
    },
  },
  'user.customer_account_not_allowed': {
    status: 400,
    // issue 8: security at the edges
    fr: {
      title: 'Compte client réservé aux gestionnaires de flotte',
      detail:
        'Seul un gestionnaire de flotte est rattaché à un compte client : retirez le compte client ou choisissez ce rôle.',
    },
    // issue 8: security at the edges
    en: {
      title: 'Customer account for fleet managers only',
      detail:
        'Only a fleet manager is attached to a customer account: remove the customer account or choose that role.',
    },
  },
  'user.customer_account_unknown': {
    status: 400,
    fr: {
      title: 'Compte client introuvable',
      detail: "Ce compte client n'existe pas chez ce revendeur.",
    },
    en: {
      title: 'Customer account not found',
      detail: 'This customer account does not exist at this reseller.',
    },
  },
});
