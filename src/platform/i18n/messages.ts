import type { ErrorCode, PlatformErrorCode } from '../errors.ts';
import { moduleError } from '../module.ts';
import { billingEn, billingFr } from './messages-billing.ts';
import { securityEn, securityFr } from './messages-security.ts';
import { tmfEn, tmfFr } from './messages-tmf.ts';

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
type Catalog = Record<PlatformErrorCode, Msg>;

/** `{name}` placeholders are filled from the error's params. */
const fr: Catalog = {
  'validation.failed': { title: 'Saisie à corriger', detail: 'Corrigez les champs signalés puis réessayez.' },
  'request.malformed_json': {
    title: 'Requête illisible',
    // No {reason}: the parser's words are English.
    detail:
      'Le corps de la requête n’est pas un JSON valide : vérifiez les guillemets, les virgules et les accolades, puis réessayez.',
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
  'outbox.not_retryable': {
    title: 'Envoi non relançable',
    detail: 'Seuls les messages en échec peuvent être relancés.',
  },
  'action.not_cancellable': {
    title: 'Annulation impossible',
    detail: "Cette action n'est plus planifiée (statut : {status}) ; elle ne peut plus être annulée.",
  },
  'action.unknown_kind': { title: 'Action inconnue', detail: "Le type d'action « {kind} » n'existe pas." },
  'outbox.recipient_invalid': {
    title: 'Adresse e-mail du destinataire invalide',
    detail:
      "« {email} » n'est pas une adresse e-mail valide : corrigez l'adresse du client avant de recommencer (exemple : nom@domaine.fr).",
  },
  ...billingFr,
  ...securityFr,
  ...tmfFr,
};

const en: Catalog = {
  'validation.failed': {
    title: 'Please correct your input',
    detail: 'Fix the highlighted fields and try again.',
  },
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
  'outbox.not_retryable': { title: 'Cannot retry', detail: 'Only failed messages can be retried.' },
  'action.not_cancellable': {
    title: 'Cannot cancel',
    detail: 'This action is no longer scheduled (status: {status}); it can no longer be cancelled.',
  },
  'action.unknown_kind': { title: 'Unknown action', detail: 'The action kind "{kind}" does not exist.' },
  'outbox.recipient_invalid': {
    title: 'Invalid recipient e-mail',
    detail:
      '"{email}" is not a valid e-mail address: fix the customer\'s address and try again (e.g. name@domain.com).',
  },
  ...billingEn,
  ...securityEn,
  ...tmfEn,
};

const catalogs: Record<Locale, Catalog> = { fr, en };

/**
 * Parameters that carry a code (a network, a SIM type, a roaming zone, a state, a service) are
 * shown by their name: "Plus aucune SIM sans PIN libre sur le réseau Orange", never "SIM no_pin …
 * réseau orange" (issue 10). A value without a name here is shown as sent.
 */
const NETWORK_NAMES: Record<string, readonly [fr: string, en: string]> = {
  orange: ['Orange', 'Orange'],
  bouygues: ['Bouygues Telecom', 'Bouygues Telecom'],
};
const PARAM_NAMES: Record<string, Record<string, readonly [fr: string, en: string]>> = {
  network: NETWORK_NAMES,
  simNetwork: NETWORK_NAMES,
  simType: { pin: ['avec PIN', 'PIN'], no_pin: ['sans PIN', 'PIN-free'], esim: ['eSIM', 'eSIM'] },
  zone: {
    usa_canada: ['USA / Canada', 'USA / Canada'],
    maghreb_turkey: ['Maghreb + Turquie', 'Maghreb + Turkey'],
    rest_of_world: ['Reste du monde', 'Rest of world'],
    europe: ['Europe', 'Europe'],
    world: ['Monde', 'World'],
  },
  state: {
    free: ['libre', 'free'],
    assigned: ['affectée', 'assigned'],
    in_use: ['en service', 'in use'],
    retired: ['retirée', 'retired'],
    in_progress: ['en cours', 'in progress'],
    active: ['active', 'active'],
    suspended: ['suspendue', 'suspended'],
    terminated: ['résiliée', 'terminated'],
    cancelled: ['annulée', 'cancelled'],
  },
  service: {
    adsl: ['ADSL', 'ADSL'],
    sdsl: ['SDSL', 'SDSL'],
    vga: ['VGA', 'VGA'],
    fibre: ['fibre', 'fibre'],
    cable: ['câble', 'cable'],
    mobile: ['mobile', 'mobile'],
  },
};

export function paramName(key: string, value: string | number, locale: Locale): string {
  const names = PARAM_NAMES[key]?.[String(value)];
  return names ? names[locale === 'en' ? 1 : 0] : String(value);
}

export function errorMessage(
  code: ErrorCode,
  locale: Locale,
  params: Record<string, string | number> = {},
): Msg {
  const m = moduleError(code)?.[locale] ?? catalogs[locale][code as PlatformErrorCode];
  // A module's code is known once its manifest is installed (server and worker do it at start).
  if (!m) throw new Error(`no message for error code "${code}": is its module installed?`);
  const fill = (s: string) =>
    s.replace(/\{(\w+)\}/g, (_, k: string) => {
      const value = params[k];
      return value === undefined ? `{${k}}` : echoed(paramName(k, value, locale));
    });
  return { title: fill(m.title), detail: fill(m.detail) };
}

/**
 * Longest part of a value repeated in a message. Long enough for the longest list Relais itself
 * names in a message (SUP-02's missing checks), short enough that a client's 4 MB value is not.
 */
export const ECHO_MAX = 300;

/**
 * A value echoed into a message, cut at ECHO_MAX characters: a 4 MB CSV cell must not come back
 * twice in an 8 MB problem.
 */
export function echoed(v: unknown): string {
  const s = String(v);
  return s.length > ECHO_MAX ? `${s.slice(0, ECHO_MAX)}…` : s;
}

/**
 * Field-level messages for schema validation, by JSON-schema keyword: a sentence that says what to
 * do, naming the field in the user's terms when `label` is known (issue 10).
 */
export function fieldMessage(
  keyword: string,
  params: Record<string, unknown>,
  locale: Locale,
  label: string | null = null,
): string {
  const typeNames: Record<string, [string, string]> = {
    string: ['du texte', 'text'],
    integer: ['un nombre entier', 'a whole number'],
    number: ['un nombre', 'a number'],
    boolean: ['oui ou non (vrai ou faux)', 'yes or no (true or false)'],
    object: ['un ensemble de champs', 'a set of fields'],
    array: ['une liste', 'a list'],
    null: ['aucune valeur', 'no value'],
  };
  const fmtNames: Record<string, [string, string]> = {
    email: [
      'une adresse e-mail valide (exemple : nom@domaine.fr)',
      'a valid e-mail address (e.g. name@domain.com)',
    ],
    uuid: ['un identifiant valide', 'a valid identifier'],
    'date-time': [
      'une date et heure ISO 8601 (exemple : 2026-12-01T09:00:00+01:00)',
      'an ISO 8601 date-time (e.g. 2026-12-01T09:00:00+01:00)',
    ],
    date: ['une date AAAA-MM-JJ (exemple : 2026-12-01)', 'a YYYY-MM-DD date (e.g. 2026-12-01)'],
    uri: ['une adresse web valide', 'a valid URL'],
  };
  const fr = locale === 'fr';
  const i = fr ? 0 : 1;
  const n = Number(params.limit);
  // "Le champ « Objet »" / "Ce champ" as a subject, "« Objet »" / "ce champ" after "de".
  const subject = fr ? (label ? `Le champ « ${label} »` : 'Ce champ') : label ? `"${label}"` : 'This field';
  const of = fr
    ? label
      ? `du champ « ${label} »`
      : 'de ce champ'
    : label
      ? `of "${label}"`
      : 'of this field';
  switch (keyword) {
    case 'required':
      return fr ? `${subject} est obligatoire : renseignez-le.` : `${subject} is required: fill it in.`;
    case 'additionalProperties':
      return fr
        ? `Champ inconnu « ${echoed(params.additionalProperty)} » : retirez-le.`
        : `Unknown field "${echoed(params.additionalProperty)}": remove it.`;
    case 'type': {
      const t = String(params.type).split(',')[0] ?? '';
      const name = typeNames[t]?.[i] ?? t;
      return fr ? `${subject} attend ${name}.` : `${subject} expects ${name}.`;
    }
    case 'format': {
      const f = String(params.format);
      const name = fmtNames[f]?.[i] ?? f;
      return fr ? `${subject} attend ${name}.` : `${subject} expects ${name}.`;
    }
    case 'minLength':
      if (n <= 1) return fr ? `${subject} est vide : renseignez-le.` : `${subject} is empty: fill it in.`;
      return fr
        ? `${subject} doit compter au moins ${n} caractères : complétez-le.`
        : `${subject} needs at least ${n} characters: complete it.`;
    case 'maxLength':
      return fr
        ? `${subject} dépasse ${n} caractère${n > 1 ? 's' : ''} : raccourcissez-le.`
        : `${subject} is longer than ${n} character${n > 1 ? 's' : ''}: shorten it.`;
    case 'minimum':
      return fr ? `${subject} doit valoir au moins ${n}.` : `${subject} must be at least ${n}.`;
    case 'maximum':
      return fr ? `${subject} doit valoir au plus ${n}.` : `${subject} must be at most ${n}.`;
    case 'minItems':
      return fr
        ? `${subject} doit contenir au moins ${n} valeur${n > 1 ? 's' : ''} : complétez-le.`
        : `${subject} needs at least ${n} value${n > 1 ? 's' : ''}: add ${n > 1 ? 'them' : 'one'}.`;
    case 'maxItems':
      return fr
        ? `${subject} accepte au plus ${n} valeur${n > 1 ? 's' : ''} : retirez-en.`
        : `${subject} takes at most ${n} value${n > 1 ? 's' : ''}: remove some.`;
    case 'enum':
    case 'const':
      // The allowed values are internal codes: the user is told to pick one of the offered choices.
      return fr
        ? `La valeur ${of} ne fait pas partie des choix possibles : choisissez-en une dans la liste.`
        : `The value ${of} is not one of the choices: pick one from the list.`;
    case 'pattern':
      return fr
        ? `Le format ${of} n’est pas accepté : vérifiez la saisie.`
        : `The format ${of} is not accepted: check what you typed.`;
    case 'minProperties':
      return fr ? 'Indiquez au moins un champ à modifier.' : 'Give at least one field to change.';
    case 'anyOf':
    case 'oneOf':
      return fr
        ? `La valeur ${of} n’est pas acceptée : vérifiez la saisie.`
        : `The value ${of} is not accepted: check what you typed.`;
    // Issue 8: NUL characters are refused in every string (PostgreSQL cannot store them).
    case 'nulCharacter':
      return fr
        ? "Le caractère nul (\\u0000) n'est pas accepté."
        : 'The NUL character (\\u0000) is not accepted.';
    default:
      return fr
        ? `La valeur ${of} n’est pas valide : vérifiez la saisie.`
        : `The value ${of} is not valid: check what you typed.`;
  }
}
