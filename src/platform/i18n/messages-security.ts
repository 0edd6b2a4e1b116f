import type { ErrorCode } from '../errors.ts';

/** Messages of the security codes (issue 8). `{name}` as in messages.ts. */
type Msg = { title: string; detail: string };

export const securityFr = {
  'password_link.invalid': {
    title: 'Lien expiré ou déjà utilisé',
    detail:
      "Ce lien pour choisir un mot de passe n'est plus valable (déjà utilisé, remplacé par un plus récent ou expiré). Demandez-en un nouveau à votre administrateur.",
  },
} satisfies Partial<Record<ErrorCode, Msg>>;

export const securityEn = {
  'password_link.invalid': {
    title: 'Link expired or already used',
    detail:
      'This link to choose a password no longer works (already used, replaced by a newer one, or expired). Ask your administrator for a new one.',
  },
} satisfies Partial<Record<ErrorCode, Msg>>;
