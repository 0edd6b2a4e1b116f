import type { ErrorCode } from '../errors.ts';

export type Locale = 'fr' | 'en';

/** Picks French or English from an Accept-Language header; French first (Relais' users are French-speaking). */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'fr';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { lang: tag.split('-')[0] ?? '', q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((r) => r.lang === 'fr' || r.lang === 'en')
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.lang as Locale | undefined) ?? 'fr';
}

type Msg = { title: string; detail: string };
type Catalog = Record<ErrorCode, Msg>;

/** `{name}` placeholders are filled from the error's params. */
const fr: Catalog = {
  'validation.failed': { title: 'Données invalides', detail: 'Corrigez les champs signalés puis réessayez.' },
  'request.malformed_json': {
    title: 'Requête illisible',
    detail: "Le corps de la requête n'est pas un JSON valide : {reason}",
  },
  'request.too_large': {
    title: 'Requête trop volumineuse',
    detail: 'Le corps de la requête dépasse {limit} octets. Réduisez sa taille (par exemple le logo).',
  },
  'request.unsupported_media_type': {
    title: 'Format non pris en charge',
    detail: 'Envoyez le corps en JSON (Content-Type: application/json).',
  },
  'resource.not_found': {
    title: 'Introuvable',
    detail: "Cette ressource n'existe pas ou n'est pas accessible.",
  },
  'route.not_found': {
    title: 'Adresse inconnue',
    detail: "L'adresse {path} n'existe pas dans l'API Relais.",
  },
  'method.not_allowed': {
    title: 'Méthode non permise',
    detail: 'Cette méthode ne s’applique pas à cette adresse.',
  },
  'conflict.duplicate': { title: 'Déjà existant', detail: 'Un élément identique existe déjà.' },
  'conflict.stale_version': {
    title: 'Modifié entre-temps',
    detail:
      "Quelqu'un a modifié cet élément depuis que vous l'avez ouvert. Rechargez la page pour voir la dernière version.",
  },
  'precondition.required': {
    title: 'En-tête If-Match requis',
    detail: "Envoyez l'ETag reçu en lisant l'élément dans l'en-tête If-Match.",
  },
  'idempotency.key_reused': {
    title: "Clé d'idempotence déjà utilisée",
    detail:
      'Cette clé Idempotency-Key a déjà servi pour une autre requête. Utilisez une nouvelle clé pour une nouvelle opération.',
  },
  'idempotency.key_invalid': {
    title: "Clé d'idempotence invalide",
    detail: "L'en-tête Idempotency-Key doit compter de 1 à 255 caractères visibles.",
  },
  'internal.error': {
    title: 'Erreur interne',
    detail:
      "Une erreur inattendue s'est produite ; rien n'a été enregistré. Réessayez, et si cela persiste, transmettez la référence {requestId} au support.",
  },
  'service.unavailable': {
    title: 'Service indisponible',
    detail: 'Relais démarre ou est surchargé. Réessayez dans un instant.',
  },
  'auth.required': { title: 'Connexion requise', detail: 'Connectez-vous pour continuer.' },
  'auth.invalid_credentials': {
    title: 'Identifiants incorrects',
    detail: "L'identifiant ou le mot de passe est incorrect. Vérifiez-les et réessayez.",
  },
  'auth.tenant_required': {
    title: 'Espace à préciser',
    detail: "Cet identifiant existe chez plusieurs revendeurs : indiquez l'identifiant de votre espace.",
  },
  'auth.account_disabled': {
    title: 'Compte désactivé',
    detail: 'Ce compte a été désactivé. Contactez un administrateur de votre espace.',
  },
  'auth.forbidden': {
    title: 'Accès refusé',
    detail: 'Votre rôle ne permet pas cette action. Demandez à un administrateur si vous en avez besoin.',
  },
  'auth.csrf_invalid': {
    title: 'Session à rafraîchir',
    detail: 'Le jeton de sécurité de la page est absent ou périmé. Rechargez la page puis réessayez.',
  },
  'auth.rate_limited': {
    title: 'Trop de tentatives',
    detail: 'Trop de tentatives de connexion. Réessayez dans {minutes} minute(s).',
  },
  'auth.password_change_required': {
    title: 'Mot de passe à changer',
    detail: 'Choisissez un nouveau mot de passe avant de continuer.',
  },
  'auth.password_too_weak': {
    title: 'Mot de passe trop faible',
    detail: 'Le mot de passe doit compter au moins 12 caractères et ne pas être votre identifiant.',
  },
  'auth.password_reused': {
    title: 'Mot de passe inchangé',
    detail: "Le nouveau mot de passe doit être différent de l'actuel.",
  },
  'auth.current_password_wrong': {
    title: 'Mot de passe actuel incorrect',
    detail: 'Le mot de passe actuel saisi est incorrect.',
  },
  'auth.token_invalid': {
    title: "Jeton d'API invalide",
    detail: "Ce jeton d'API est inconnu, révoqué ou expiré. Demandez-en un nouveau à un administrateur.",
  },
  'user.email_taken': {
    title: 'Adresse déjà utilisée',
    detail: "L'adresse {email} est déjà celle d'un autre utilisateur de cet espace.",
  },
  'user.login_taken': {
    title: 'Identifiant déjà utilisé',
    detail: "L'identifiant {login} est déjà pris dans cet espace. Choisissez-en un autre.",
  },
  'user.cannot_deactivate_self': {
    title: 'Action impossible',
    detail: 'Vous ne pouvez pas désactiver votre propre compte.',
  },
  'user.cannot_demote_last_admin': {
    title: 'Dernier administrateur',
    detail: "Cet espace doit garder au moins un administrateur actif. Nommez-en un autre d'abord.",
  },
  'user.customer_required': {
    title: 'Client requis',
    detail: 'Un gestionnaire de flotte doit être rattaché à un compte client.',
  },
  'tenant.logo_invalid': {
    title: 'Logo invalide',
    detail: 'Le logo doit être une image PNG, JPEG ou SVG de 100 ko au plus.',
  },
  'tenant.time_zone_invalid': {
    title: 'Fuseau horaire inconnu',
    detail: "« {timeZone} » n'est pas un fuseau horaire IANA (exemple : Europe/Paris).",
  },
  'outbox.not_retryable': {
    title: 'Envoi non relançable',
    detail: 'Seuls les messages en échec peuvent être relancés.',
  },
  'action.not_cancellable': {
    title: 'Annulation impossible',
    detail: "Cette action n'est plus planifiée (statut : {status}) ; elle ne peut plus être annulée.",
  },
  'action.unknown_kind': { title: 'Action inconnue', detail: "Le type d'action « {kind} » n'existe pas." },
};

const en: Catalog = {
  'validation.failed': { title: 'Invalid data', detail: 'Fix the highlighted fields and try again.' },
  'request.malformed_json': {
    title: 'Unreadable request',
    detail: 'The request body is not valid JSON: {reason}',
  },
  'request.too_large': {
    title: 'Request too large',
    detail: 'The request body exceeds {limit} bytes. Make it smaller (the logo, for instance).',
  },
  'request.unsupported_media_type': {
    title: 'Unsupported format',
    detail: 'Send the body as JSON (Content-Type: application/json).',
  },
  'resource.not_found': { title: 'Not found', detail: 'This resource does not exist or is not accessible.' },
  'route.not_found': {
    title: 'Unknown address',
    detail: 'The address {path} does not exist in the Relais API.',
  },
  'method.not_allowed': {
    title: 'Method not allowed',
    detail: 'This method does not apply to this address.',
  },
  'conflict.duplicate': { title: 'Already exists', detail: 'An identical item already exists.' },
  'conflict.stale_version': {
    title: 'Changed meanwhile',
    detail: 'Someone changed this item since you opened it. Reload the page to see the latest version.',
  },
  'precondition.required': {
    title: 'If-Match header required',
    detail: 'Send the ETag you received when reading the item in the If-Match header.',
  },
  'idempotency.key_reused': {
    title: 'Idempotency key already used',
    detail:
      'This Idempotency-Key was already used for a different request. Use a new key for a new operation.',
  },
  'idempotency.key_invalid': {
    title: 'Invalid idempotency key',
    detail: 'The Idempotency-Key header must hold 1 to 255 visible characters.',
  },
  'internal.error': {
    title: 'Internal error',
    detail:
      'An unexpected error occurred; nothing was saved. Try again, and if it persists, give reference {requestId} to support.',
  },
  'service.unavailable': {
    title: 'Service unavailable',
    detail: 'Relais is starting or overloaded. Try again shortly.',
  },
  'auth.required': { title: 'Sign-in required', detail: 'Sign in to continue.' },
  'auth.invalid_credentials': {
    title: 'Wrong credentials',
    detail: 'The username or password is wrong. Check them and try again.',
  },
  'auth.tenant_required': {
    title: 'Workspace needed',
    detail: 'This username exists at several resellers: give your workspace id.',
  },
  'auth.account_disabled': {
    title: 'Account disabled',
    detail: 'This account has been disabled. Contact an administrator of your workspace.',
  },
  'auth.forbidden': {
    title: 'Access denied',
    detail: 'Your role does not allow this action. Ask an administrator if you need it.',
  },
  'auth.csrf_invalid': {
    title: 'Session needs a refresh',
    detail: "The page's security token is missing or stale. Reload the page and try again.",
  },
  'auth.rate_limited': {
    title: 'Too many attempts',
    detail: 'Too many sign-in attempts. Try again in {minutes} minute(s).',
  },
  'auth.password_change_required': {
    title: 'Password change required',
    detail: 'Choose a new password before going on.',
  },
  'auth.password_too_weak': {
    title: 'Password too weak',
    detail: 'The password must have at least 12 characters and must not be your username.',
  },
  'auth.password_reused': {
    title: 'Password unchanged',
    detail: 'The new password must differ from the current one.',
  },
  'auth.current_password_wrong': {
    title: 'Current password wrong',
    detail: 'The current password you typed is wrong.',
  },
  'auth.token_invalid': {
    title: 'Invalid API token',
    detail: 'This API token is unknown, revoked or expired. Ask an administrator for a new one.',
  },
  'user.email_taken': {
    title: 'E-mail already used',
    detail: '{email} already belongs to another user of this workspace.',
  },
  'user.login_taken': {
    title: 'Username already used',
    detail: 'The username {login} is taken in this workspace. Choose another one.',
  },
  'user.cannot_deactivate_self': { title: 'Not possible', detail: 'You cannot deactivate your own account.' },
  'user.cannot_demote_last_admin': {
    title: 'Last administrator',
    detail: 'This workspace must keep at least one active administrator. Appoint another one first.',
  },
  'user.customer_required': {
    title: 'Customer required',
    detail: 'A fleet manager must be attached to a customer account.',
  },
  'tenant.logo_invalid': {
    title: 'Invalid logo',
    detail: 'The logo must be a PNG, JPEG or SVG image of at most 100 kB.',
  },
  'tenant.time_zone_invalid': {
    title: 'Unknown time zone',
    detail: '"{timeZone}" is not an IANA time zone (example: Europe/Paris).',
  },
  'outbox.not_retryable': { title: 'Cannot retry', detail: 'Only failed messages can be retried.' },
  'action.not_cancellable': {
    title: 'Cannot cancel',
    detail: 'This action is no longer scheduled (status: {status}); it can no longer be cancelled.',
  },
  'action.unknown_kind': { title: 'Unknown action', detail: 'The action kind "{kind}" does not exist.' },
};

const catalogs: Record<Locale, Catalog> = { fr, en };

export function errorMessage(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): Msg {
  const m = catalogs[locale][code];
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));
  return { title: fill(m.title), detail: fill(m.detail) };
}

/** Field-level messages for schema validation, by JSON-schema keyword. */
export function fieldMessage(keyword: string, params: Record<string, unknown>, locale: Locale): string {
  const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v));
  const typeNames: Record<string, [string, string]> = {
    string: ['du texte', 'text'],
    integer: ['un nombre entier', 'a whole number'],
    number: ['un nombre', 'a number'],
    boolean: ['vrai ou faux', 'true or false'],
    object: ['un objet', 'an object'],
    array: ['une liste', 'a list'],
    null: ['null', 'null'],
  };
  const fmtNames: Record<string, [string, string]> = {
    email: [
      'une adresse e-mail valide (exemple : nom@domaine.fr)',
      'a valid e-mail address (e.g. name@domain.com)',
    ],
    uuid: ['un identifiant valide', 'a valid identifier'],
    'date-time': [
      'une date et heure ISO 8601 (exemple : 2026-12-01T09:00:00+01:00)',
      'an ISO 8601 date-time',
    ],
    date: ['une date AAAA-MM-JJ', 'a YYYY-MM-DD date'],
    uri: ['une adresse web valide', 'a valid URL'],
  };
  const i = locale === 'fr' ? 0 : 1;
  switch (keyword) {
    case 'required':
      return locale === 'fr' ? 'Ce champ est obligatoire.' : 'This field is required.';
    case 'additionalProperties':
      return locale === 'fr'
        ? `Champ inconnu « ${String(params.additionalProperty)} » : retirez-le.`
        : `Unknown field "${String(params.additionalProperty)}": remove it.`;
    case 'type': {
      const t = String(params.type).split(',')[0] ?? '';
      const name = typeNames[t]?.[i] ?? t;
      return locale === 'fr' ? `Valeur attendue : ${name}.` : `Expected ${name}.`;
    }
    case 'format': {
      const f = String(params.format);
      const name = fmtNames[f]?.[i] ?? f;
      return locale === 'fr' ? `Format attendu : ${name}.` : `Expected ${name}.`;
    }
    case 'minLength':
      return locale === 'fr'
        ? `Au moins ${String(params.limit)} caractère(s).`
        : `At least ${String(params.limit)} character(s).`;
    case 'maxLength':
      return locale === 'fr'
        ? `Au plus ${String(params.limit)} caractère(s).`
        : `At most ${String(params.limit)} character(s).`;
    case 'minimum':
      return locale === 'fr' ? `Minimum : ${String(params.limit)}.` : `Minimum: ${String(params.limit)}.`;
    case 'maximum':
      return locale === 'fr' ? `Maximum : ${String(params.limit)}.` : `Maximum: ${String(params.limit)}.`;
    case 'enum':
    case 'const':
      return locale === 'fr'
        ? `Valeur attendue parmi : ${list(params.allowedValues ?? params.allowedValue)}.`
        : `Expected one of: ${list(params.allowedValues ?? params.allowedValue)}.`;
    case 'pattern':
      return locale === 'fr'
        ? "Le format de cette valeur n'est pas accepté."
        : 'This value does not have the expected format.';
    case 'minProperties':
      return locale === 'fr'
        ? 'Indiquez au moins un champ à modifier.'
        : 'Give at least one field to change.';
    case 'anyOf':
    case 'oneOf':
      return locale === 'fr' ? 'Valeur non conforme.' : 'Value does not match.';
    default:
      return locale === 'fr' ? 'Valeur invalide.' : 'Invalid value.';
  }
}
