import type { ErrorCode } from '../errors.ts';

/** Messages of the TM Forum APIs (issue 15: TMF630 queries, event hub). `{name}` as in messages.ts. */
type Msg = { title: string; detail: string };

export const tmfFr = {
  'tmf.filter_unsupported': {
    title: 'Filtre non pris en charge',
    detail: 'Le filtre sur l’attribut « {attribute} » n’est pas pris en charge sur cette liste.',
  },
  'tmf.filter_too_broad': {
    title: 'Filtre trop large',
    detail:
      'Plus de {max} éléments à examiner pour ce filtre : ajoutez un filtre plus précis (par exemple relatedParty.id).',
  },
  'tmf.callback_invalid': {
    title: 'Adresse de rappel invalide',
    detail: 'L’adresse de rappel doit être une URL http ou https absolue, sans identifiants.',
  },
  'tmf.related_party_required': {
    title: 'Client requis',
    detail:
      'Relais rattache chaque ticket et chaque commande à un client : indiquez-le dans relatedParty (rôle customer).',
  },
} satisfies Partial<Record<ErrorCode, Msg>>;

export const tmfEn = {
  'tmf.filter_unsupported': {
    title: 'Filter not supported',
    detail: 'Filtering on the attribute "{attribute}" is not supported on this list.',
  },
  'tmf.filter_too_broad': {
    title: 'Filter too broad',
    detail:
      'More than {max} items to scan for this filter: add a narrower filter (relatedParty.id for example).',
  },
  'tmf.callback_invalid': {
    title: 'Invalid callback',
    detail: 'The callback must be an absolute http or https URL without credentials.',
  },
  'tmf.related_party_required': {
    title: 'Customer required',
    detail:
      'Relais attaches every ticket and every order to a customer: give it in relatedParty (role customer).',
  },
} satisfies Partial<Record<ErrorCode, Msg>>;
