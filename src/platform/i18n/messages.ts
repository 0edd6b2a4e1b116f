import type { ErrorCode, PlatformErrorCode } from '../errors.ts';
import { moduleError } from '../module.ts';
import { linesEn, linesFr } from './messages-lines.ts';
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
  'catalog.unknown_item': {
    title: 'Élément de catalogue inconnu',
    detail: "« {item} » n'existe pas dans le catalogue.",
  },
  'catalog.price_component_unknown': {
    title: 'Composante de prix inconnue',
    detail: "« {item} » n'a pas de prix « {component} ».",
  },
  'catalog.price_value_invalid': {
    title: 'Prix invalide',
    detail: '{reason}',
  },
  'catalog.price_in_past': {
    title: "Date d'effet passée",
    detail: "Un nouveau prix s'applique au plus tôt aujourd'hui ({today}) : choisissez une date à venir.",
  },
  'catalog.price_to_be_set': {
    title: 'Prix à définir',
    detail: 'Le prix de « {item} » est à définir : un administrateur doit le fixer avant toute commande.',
  },
  'catalog.option_wrong_network': {
    title: 'Option indisponible sur ce réseau',
    detail: "L'option « {option} » n'existe pas sur le réseau de cette offre.",
  },
  'catalog.option_wrong_range': {
    title: 'Option indisponible sur cette gamme',
    detail: "L'option « {option} » n'est pas proposée sur cette gamme d'offres.",
  },
  'catalog.option_blocked_plans_only': {
    title: 'Option réservée aux forfaits bloqués',
    detail: "L'option « {option} » n'est disponible que sur les forfaits bloqués.",
  },
  'catalog.option_needs_data': {
    title: 'Option réservée aux forfaits avec data',
    detail: "L'option « {option} » nécessite un forfait avec de la data.",
  },
  'catalog.option_conflict': {
    title: 'Options incompatibles',
    detail:
      "L'option « {option} » exclut une autre option choisie (un seul choix par zone ou par mode de livraison).",
  },
  'catalog.option_handset_activated': {
    title: 'Rien à commander',
    detail: "« {option} » s'active par l'utilisateur sur son téléphone : elle ne se commande pas.",
  },
  'catalog.roaming_choice_required': {
    title: 'Choix roaming manquant',
    detail: 'Choisissez une option roaming ou un cut-off pour la zone « {zone} » à la commande.',
  },
  'catalog.recharge_not_available': {
    title: 'Recharge impossible',
    detail: "Cette recharge n'est pas disponible sur ce forfait.",
  },
  'catalog.recharge_same_volume_only': {
    title: 'Recharge impossible',
    detail:
      'Sur un forfait non bloqué Bouygues Telecom, seule une recharge du volume du forfait est possible.',
  },
  'catalog.change_same_offer': {
    title: 'Changement impossible',
    detail: 'La ligne a déjà cette offre.',
  },
  'catalog.change_network': {
    title: 'Changement impossible : autre réseau',
    detail: 'Une ligne ne change pas de réseau opérateur : choisissez une offre du même réseau.',
  },
  'catalog.change_range': {
    title: 'Migration impossible : changement de gamme',
    detail: 'Migration impossible : changement de gamme (par exemple data only vers illimité).',
  },
  'catalog.change_travel_to_classic': {
    title: 'Migration impossible : Travel vers forfait classique',
    detail: "Impossible de passer d'un forfait Travel à un forfait illimité classique.",
  },
  'catalog.change_to_payg': {
    title: 'Migration impossible : forfait vers compteur',
    detail: "Impossible de passer d'un forfait à une offre compteur.",
  },
  'account.siret_required': {
    title: 'SIRET obligatoire',
    detail:
      'Le SIRET est obligatoire pour un client professionnel (14 chiffres, sur un extrait Kbis ou un avis de situation INSEE).',
  },
  'account.siret_not_digits': {
    title: 'SIRET invalide',
    detail:
      "Le SIRET ne contient que des chiffres (les espaces sont acceptés) : « {character} » n'est pas accepté.",
  },
  'account.siret_length': {
    title: 'SIRET invalide',
    detail: 'Le SIRET doit compter 14 chiffres ({count} saisis).',
  },
  'account.siret_checksum': {
    title: 'SIRET invalide',
    detail: 'Clé de contrôle du SIRET invalide : vérifiez les chiffres.',
  },
  'account.siret_taken': {
    title: 'SIRET déjà enregistré',
    detail:
      "Le SIRET {siret} est déjà celui du client {reference} ({name}). Ouvrez ce client plutôt que d'en créer un second.",
  },
  'account.company_type_required': {
    title: 'Forme juridique obligatoire',
    detail: 'Indiquez la forme juridique du client professionnel (SAS, SARL, EI…).',
  },
  'account.company_name_required': {
    title: 'Raison sociale obligatoire',
    detail: 'Indiquez la raison sociale du client professionnel.',
  },
  'account.last_name_required': {
    title: 'Nom obligatoire',
    detail: 'Indiquez le nom du client particulier.',
  },
  'account.business_field_for_person': {
    title: 'Champ réservé aux professionnels',
    detail: 'La forme juridique, la raison sociale et le SIRET ne concernent que les clients professionnels.',
  },
  'account.email_required': {
    title: 'Adresse e-mail obligatoire',
    detail: "L'adresse e-mail du client est obligatoire : c'est là qu'il reçoit ses confirmations.",
  },
  'account.email_invalid': {
    title: 'Adresse e-mail invalide',
    detail: "« {email} » n'est pas une adresse e-mail valide (exemple : nom@domaine.fr).",
  },
  'account.phone_invalid': {
    title: 'Numéro de téléphone invalide',
    detail:
      "« {input} » n'est pas un numéro de téléphone valide pour le pays {country}. Saisissez-le au format national (par exemple {example}) ou international (+…).",
  },
  'account.billing_day_invalid': {
    title: 'Jour de facturation invalide',
    detail: 'Le jour de facturation doit être compris entre 1 et 31 ({value} saisi).',
  },
  'account.contact_name_required': {
    title: 'Nom du contact obligatoire',
    detail: 'Indiquez le nom du contact.',
  },
  'account.address_incomplete': {
    title: 'Adresse incomplète',
    detail: "Indiquez au moins la première ligne de l'adresse et la ville.",
  },
  'account.postal_code_invalid': {
    title: 'Code postal invalide',
    detail:
      "« {postalCode} » n'est pas un code postal valide pour le pays {country} (5 chiffres en France, 7 en Israël).",
  },
  'account.billing_address_exists': {
    title: 'Adresse de facturation déjà définie',
    detail: "Ce client a déjà une adresse de facturation : modifiez-la plutôt que d'en ajouter une seconde.",
  },
  // issue 8: security at the edges
  'user.customer_account_not_allowed': {
    title: 'Compte client réservé aux gestionnaires de flotte',
    detail:
      'Seul un gestionnaire de flotte est rattaché à un compte client : retirez le compte client ou choisissez ce rôle.',
  },
  'user.customer_account_unknown': {
    title: 'Compte client introuvable',
    detail: "Ce compte client n'existe pas chez ce revendeur.",
  },
  'outbox.recipient_invalid': {
    title: 'Adresse e-mail du destinataire invalide',
    detail:
      "« {email} » n'est pas une adresse e-mail valide : corrigez l'adresse du client avant de recommencer (exemple : nom@domaine.fr).",
  },
  ...linesFr,
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
  'catalog.unknown_item': { title: 'Unknown catalog item', detail: '"{item}" is not in the catalog.' },
  'catalog.price_component_unknown': {
    title: 'Unknown price component',
    detail: '"{item}" has no "{component}" price.',
  },
  'catalog.price_value_invalid': { title: 'Invalid price', detail: '{reason}' },
  'catalog.price_in_past': {
    title: 'Effective date in the past',
    detail: 'A new price applies today ({today}) at the earliest: choose a date to come.',
  },
  'catalog.price_to_be_set': {
    title: 'Price to be set',
    detail: 'The price of "{item}" is to be set: an administrator must set it before anything is ordered.',
  },
  'catalog.option_wrong_network': {
    title: 'Option not on this network',
    detail: 'The option "{option}" does not exist on this offer’s network.',
  },
  'catalog.option_wrong_range': {
    title: 'Option not in this range',
    detail: 'The option "{option}" is not offered on this range of offers.',
  },
  'catalog.option_blocked_plans_only': {
    title: 'Option for blocked plans only',
    detail: 'The option "{option}" is available on blocked plans only.',
  },
  'catalog.option_needs_data': {
    title: 'Option for plans with data only',
    detail: 'The option "{option}" needs a plan with data.',
  },
  'catalog.option_conflict': {
    title: 'Options exclude each other',
    detail: 'The option "{option}" excludes another chosen option (one choice per zone or delivery mode).',
  },
  'catalog.option_handset_activated': {
    title: 'Nothing to order',
    detail: '"{option}" is enabled by the user on the handset: it is not ordered.',
  },
  'catalog.roaming_choice_required': {
    title: 'Roaming choice missing',
    detail: 'Choose a roaming option or a cut-off for the zone "{zone}" at order.',
  },
  'catalog.recharge_not_available': {
    title: 'Recharge not possible',
    detail: 'This recharge is not available on this plan.',
  },
  'catalog.recharge_same_volume_only': {
    title: 'Recharge not possible',
    detail: 'On an unblocked Bouygues Telecom plan, only a recharge of the plan’s own volume is possible.',
  },
  'catalog.change_same_offer': { title: 'Change not possible', detail: 'The line already has this offer.' },
  'catalog.change_network': {
    title: 'Change not possible: other network',
    detail: 'A line does not change operator network: choose an offer of the same network.',
  },
  'catalog.change_range': {
    title: 'Migration not possible: change of range',
    detail: 'Migration not possible: change of range (e.g. data-only to unlimited).',
  },
  'catalog.change_travel_to_classic': {
    title: 'Migration not possible: Travel to classic plan',
    detail: 'A Travel plan cannot move to a classic unlimited plan.',
  },
  'catalog.change_to_payg': {
    title: 'Migration not possible: plan to pay-as-you-go',
    detail: 'A plan cannot move to a pay-as-you-go offer.',
  },
  'account.siret_required': {
    title: 'SIRET required',
    detail: 'A business customer needs a SIRET (14 digits, found on the Kbis extract or INSEE notice).',
  },
  'account.siret_not_digits': {
    title: 'Invalid SIRET',
    detail: 'A SIRET holds digits only (spaces are accepted): "{character}" is not accepted.',
  },
  'account.siret_length': {
    title: 'Invalid SIRET',
    detail: 'A SIRET has 14 digits ({count} typed).',
  },
  'account.siret_checksum': {
    title: 'Invalid SIRET',
    detail: 'The SIRET check key is wrong: check the digits.',
  },
  'account.siret_taken': {
    title: 'SIRET already registered',
    detail:
      'SIRET {siret} already belongs to customer {reference} ({name}). Open that customer instead of creating a second one.',
  },
  'account.company_type_required': {
    title: 'Legal form required',
    detail: "Give the business customer's legal form (SAS, SARL, EI…).",
  },
  'account.company_name_required': {
    title: 'Company name required',
    detail: "Give the business customer's company name.",
  },
  'account.last_name_required': {
    title: 'Last name required',
    detail: "Give the private customer's last name.",
  },
  'account.business_field_for_person': {
    title: 'Business-only field',
    detail: 'Legal form, company name and SIRET apply to business customers only.',
  },
  'account.email_required': {
    title: 'E-mail required',
    detail: "The customer's e-mail address is required: confirmations are sent there.",
  },
  'account.email_invalid': {
    title: 'Invalid e-mail',
    detail: '"{email}" is not a valid e-mail address (e.g. name@domain.com).',
  },
  'account.phone_invalid': {
    title: 'Invalid phone number',
    detail:
      '"{input}" is not a valid phone number for country {country}. Type it in national form (e.g. {example}) or international form (+…).',
  },
  'account.billing_day_invalid': {
    title: 'Invalid Billing Day',
    detail: 'The Billing Day must be between 1 and 31 ({value} typed).',
  },
  'account.contact_name_required': { title: 'Contact name required', detail: "Give the contact's name." },
  'account.address_incomplete': {
    title: 'Incomplete address',
    detail: 'Give at least the first address line and the city.',
  },
  'account.postal_code_invalid': {
    title: 'Invalid postal code',
    detail:
      '"{postalCode}" is not a valid postal code for country {country} (5 digits in France, 7 in Israel).',
  },
  'account.billing_address_exists': {
    title: 'Billing address already set',
    detail: 'This customer already has a billing address: change it rather than adding a second one.',
  },
  // issue 8: security at the edges
  'user.customer_account_not_allowed': {
    title: 'Customer account for fleet managers only',
    detail:
      'Only a fleet manager is attached to a customer account: remove the customer account or choose that role.',
  },
  'user.customer_account_unknown': {
    title: 'Customer account not found',
    detail: 'This customer account does not exist at this reseller.',
  },
  'outbox.recipient_invalid': {
    title: 'Invalid recipient e-mail',
    detail:
      '"{email}" is not a valid e-mail address: fix the customer\'s address and try again (e.g. name@domain.com).',
  },
  ...linesEn,
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
