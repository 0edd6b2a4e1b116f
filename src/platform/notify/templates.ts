import { moduleTemplate } from '../module.ts';
/**
 * Message templates, in French and English. Each template describes its content once as blocks;
 * the text and HTML bodies are both rendered from those blocks, so they never drift apart and every
 * value reaches the HTML through escapeHtml.
 */

export type Locale = 'fr' | 'en';

export const LOCALES: readonly Locale[] = ['fr', 'en'];

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

/** The data each template needs. Adding a template starts here. */
export interface TemplateData {
  'user.welcome': {
    displayName: string;
    tenantName: string;
    login: string;
    /**
     * Issue 8: the single-use link where the user sets a password (never a password). It is a
     * credential until used or expired: never pass it to a logger.
     */
    setPasswordUrl: string;
    /** "26 novembre 2026 à 10:00", in the tenant's zone and the user's language. */
    expiresAt: string;
  };
  /** Same data as user.welcome: an administrator asked for a new password. */
  'user.password_reset': TemplateData['user.welcome'];
  /** Sent to the demo administrator when a demo tenant is created. */
  'demo.welcome': {
    tenantName: string;
    /** The tenant's identifier, typed at sign-in. */
    slug: string;
    loginUrl?: string;
  };
  /** ACT-01..ACT-05: a line action scheduled for later, then done (issue 3 §7). */
  'line.action_scheduled': LineActionMail;
  'line.action_done': LineActionMail;
  /** ACT-07: a SIM swap waiting for the network's opening (ORD-03), then done. */
  'line.sim_swap_scheduled': SimSwapMail;
  'line.sim_swap_done': SimSwapMail;
  /** ORD-01, ORD-03: the order is received; when it waits for the network's opening, until when. */
  'order.received': {
    customerName: string;
    reference: string;
    /** One entry per line: "Julie Martin — Illimité 5 Go bloqué". */
    lines: string[];
    /** ORD-03: "1er décembre 2026 à 07:00" when the request waits for the opening; null when sent at once. */
    submitAt: string | null;
  };
  /** A line is active at the operator (issue 3 §7). */
  'line.active': {
    customerName: string;
    userName: string;
    /** The MSISDN, as "07 00 00 00 01". */
    line: string;
    offer: string;
    reference: string;
  };
  /** ORD-05: the eSIM activation details, sent at order and re-sent on request. */
  'esim.activation': {
    userName: string;
    line: string;
    activationCode: string;
    smdpAddress: string;
    matchingId: string;
    /** SET-06: the activation code's QR code, a PNG in base64 (shown in the HTML part). */
    qrPng: string;
  };
}

/** What a line action e-mail says: which action, on which line, when (already in the locale). */
export interface LineActionMail {
  customerName: string;
  line: string;
  action:
    | 'suspend'
    | 'reactivate'
    | 'plan_change'
    | 'option_add'
    | 'option_change'
    | 'option_termination'
    | 'termination';
  /** The new offer or the option, by name; empty when the action has none. */
  detail: string;
  /** "1er décembre 2026 à 00:00", in the tenant's zone. */
  effective: string;
}

/** What a SIM swap e-mail says (ACT-07): the line, from which SIM type to which, when. */
export interface SimSwapMail {
  customerName: string;
  line: string;
  from: 'pin' | 'no_pin' | 'esim';
  to: 'pin' | 'no_pin' | 'esim';
  /** The new SIM's ICCID once known (an eSIM profile is drawn when the swap runs). */
  iccid: string;
  /** "lundi 30 novembre 2026 à 07:00", in the tenant's zone. */
  effective: string;
}

const SIM_TYPE_LABELS: Record<SimSwapMail['to'], Record<Locale, string>> = {
  pin: { fr: 'SIM avec PIN', en: 'SIM with PIN' },
  no_pin: { fr: 'SIM sans PIN', en: 'SIM without PIN' },
  esim: { fr: 'eSIM', en: 'eSIM' },
};

const LINE_ACTION_LABELS: Record<LineActionMail['action'], Record<Locale, string>> = {
  suspend: { fr: 'Suspension', en: 'Suspension' },
  reactivate: { fr: 'Réactivation', en: 'Reactivation' },
  plan_change: { fr: "Changement d'offre", en: 'Plan change' },
  option_add: { fr: "Ajout d'option", en: 'Option added' },
  option_change: { fr: "Changement d'option", en: 'Option change' },
  option_termination: { fr: "Résiliation d'option", en: 'Option termination' },
  termination: { fr: 'Résiliation', en: 'Termination' },
};

export type TemplateName = keyof TemplateData;

export type Block =
  | { type: 'p'; text: string }
  /** A label and a value shown prominently (login, reference). */
  | { type: 'field'; label: string; value: string }
  | { type: 'link'; label: string; url: string }
  /** An inline PNG (base64) with its text alternative, which the plain-text part shows instead. */
  | { type: 'image'; alt: string; png: string };

export interface Content {
  subject: string;
  blocks: Block[];
}

/**
 * A template a module declares in its manifest (src/platform/module.ts): its name (stored on the
 * outbox row), whether its body is a credential (issue 8), and its content in both languages.
 */
export interface ModuleTemplate<D> {
  name: string;
  sensitive?: boolean;
  fr: (data: D) => Content;
  en: (data: D) => Content;
}

export function defineTemplate<D>(t: ModuleTemplate<D>): ModuleTemplate<D> {
  return t;
}

type TemplateFn<K extends TemplateName> = (data: TemplateData[K]) => Content;

/** A paragraph block. */
export const p = (text: string): Block => ({ type: 'p', text });

const TEMPLATES: { [K in TemplateName]: Record<Locale, TemplateFn<K>> } = {
  'user.welcome': {
    fr: (d) => ({
      subject: `Votre accès à ${d.tenantName}`,
      blocks: [
        p(`Bonjour ${d.displayName},`),
        p(`Un compte a été créé pour vous sur l'espace ${d.tenantName}.`),
        { type: 'field', label: 'Identifiant', value: d.login },
        p('Choisissez votre mot de passe avec ce lien, puis connectez-vous :'),
        { type: 'link', label: 'Choisir mon mot de passe', url: d.setPasswordUrl },
        p(`Ce lien ne sert qu'une fois et expire le ${d.expiresAt}.`),
        p("Si vous n'attendiez pas ce message, vous pouvez l'ignorer."),
      ],
    }),
    en: (d) => ({
      subject: `Your access to ${d.tenantName}`,
      blocks: [
        p(`Hello ${d.displayName},`),
        p(`An account has been created for you on ${d.tenantName}.`),
        { type: 'field', label: 'Login', value: d.login },
        p('Choose your password with this link, then sign in:'),
        { type: 'link', label: 'Choose my password', url: d.setPasswordUrl },
        p(`This link works once and expires on ${d.expiresAt}.`),
        p('If you were not expecting this message, you can ignore it.'),
      ],
    }),
  },
  'user.password_reset': {
    fr: (d) => ({
      subject: `Nouveau mot de passe pour ${d.tenantName}`,
      blocks: [
        p(`Bonjour ${d.displayName},`),
        p(`Un administrateur de ${d.tenantName} a réinitialisé votre mot de passe.`),
        { type: 'field', label: 'Identifiant', value: d.login },
        p('Choisissez un nouveau mot de passe avec ce lien, puis connectez-vous :'),
        { type: 'link', label: 'Choisir mon mot de passe', url: d.setPasswordUrl },
        p(`Ce lien ne sert qu'une fois et expire le ${d.expiresAt}.`),
        p("Si vous n'êtes pas à l'origine de cette demande, prévenez votre administrateur."),
      ],
    }),
    en: (d) => ({
      subject: `New password for ${d.tenantName}`,
      blocks: [
        p(`Hello ${d.displayName},`),
        p(`An administrator of ${d.tenantName} has reset your password.`),
        { type: 'field', label: 'Login', value: d.login },
        p('Choose a new password with this link, then sign in:'),
        { type: 'link', label: 'Choose my password', url: d.setPasswordUrl },
        p(`This link works once and expires on ${d.expiresAt}.`),
        p('If you did not expect this, tell your administrator.'),
      ],
    }),
  },
  'demo.welcome': {
    fr: (d) => ({
      subject: `Bienvenue dans la démo Relais : ${d.tenantName}`,
      blocks: [
        p('Bonjour,'),
        p(
          `L'espace de démonstration ${d.tenantName} est prêt : clients, lignes et commandes fictifs ` +
            'pour découvrir Relais sans risque.',
        ),
        { type: 'field', label: 'Espace', value: d.slug },
        ...(d.loginUrl ? [{ type: 'link', label: 'Ouvrir la démo', url: d.loginUrl } as const] : []),
        p('Les e-mails envoyés par la démo restent dans la boîte locale, visible dans Relais.'),
      ],
    }),
    en: (d) => ({
      subject: `Welcome to the Relais demo: ${d.tenantName}`,
      blocks: [
        p('Hello,'),
        p(
          `The demo space ${d.tenantName} is ready, with fictitious customers, lines and orders ` +
            'to explore Relais safely.',
        ),
        { type: 'field', label: 'Space', value: d.slug },
        ...(d.loginUrl ? [{ type: 'link', label: 'Open the demo', url: d.loginUrl } as const] : []),
        p('E-mails sent by the demo stay in the local mailbox, visible in Relais.'),
      ],
    }),
  },
  'line.action_scheduled': {
    fr: (d) => ({
      subject: `Action planifiée : ${LINE_ACTION_LABELS[d.action].fr} — ${d.line}`,
      blocks: [
        p(`Bonjour ${d.customerName},`),
        p(`Action planifiée sur la ligne ${d.line} : ${LINE_ACTION_LABELS[d.action].fr.toLowerCase()}.`),
        ...(d.detail ? [{ type: 'field', label: 'Détail', value: d.detail } as const] : []),
        { type: 'field', label: 'Prise d’effet', value: d.effective },
        p("Elle peut être annulée jusqu'à cette date."),
      ],
    }),
    en: (d) => ({
      subject: `Action scheduled: ${LINE_ACTION_LABELS[d.action].en} — ${d.line}`,
      blocks: [
        p(`Hello ${d.customerName},`),
        p(`Action scheduled on line ${d.line}: ${LINE_ACTION_LABELS[d.action].en.toLowerCase()}.`),
        ...(d.detail ? [{ type: 'field', label: 'Detail', value: d.detail } as const] : []),
        { type: 'field', label: 'Takes effect', value: d.effective },
        p('It can be cancelled until then.'),
      ],
    }),
  },
  'line.action_done': {
    fr: (d) => ({
      subject: `Action effectuée : ${LINE_ACTION_LABELS[d.action].fr} — ${d.line}`,
      blocks: [
        p(`Bonjour ${d.customerName},`),
        p(`Action effectuée sur la ligne ${d.line} : ${LINE_ACTION_LABELS[d.action].fr.toLowerCase()}.`),
        ...(d.detail ? [{ type: 'field', label: 'Détail', value: d.detail } as const] : []),
        { type: 'field', label: 'Date d’effet', value: d.effective },
        // ACT-01: the plan is still billed while the line is suspended.
        ...(d.action === 'suspend' ? [p("La suspension n'arrête pas la facturation de l'abonnement.")] : []),
      ],
    }),
    en: (d) => ({
      subject: `Action done: ${LINE_ACTION_LABELS[d.action].en} — ${d.line}`,
      blocks: [
        p(`Hello ${d.customerName},`),
        p(`Action done on line ${d.line}: ${LINE_ACTION_LABELS[d.action].en.toLowerCase()}.`),
        ...(d.detail ? [{ type: 'field', label: 'Detail', value: d.detail } as const] : []),
        { type: 'field', label: 'Effective', value: d.effective },
        ...(d.action === 'suspend' ? [p('Suspension does not stop the billing of the plan.')] : []),
      ],
    }),
  },
  'line.sim_swap_scheduled': {
    fr: (d) => ({
      subject: `Action planifiée : Changement de SIM — ${d.line}`,
      blocks: [
        p(`Bonjour ${d.customerName},`),
        p(
          `Changement de SIM planifié sur la ligne ${d.line} : ${SIM_TYPE_LABELS[d.from].fr} → ${SIM_TYPE_LABELS[d.to].fr}. Il sera fait à l'ouverture de l'opérateur.`,
        ),
        ...(d.iccid ? [{ type: 'field', label: 'Nouvelle SIM (ICCID)', value: d.iccid } as const] : []),
        { type: 'field', label: 'Prise d’effet', value: d.effective },
        p("Il peut être annulé jusqu'à cette date."),
      ],
    }),
    en: (d) => ({
      subject: `Action scheduled: SIM swap — ${d.line}`,
      blocks: [
        p(`Hello ${d.customerName},`),
        p(
          `SIM swap scheduled on line ${d.line}: ${SIM_TYPE_LABELS[d.from].en} → ${SIM_TYPE_LABELS[d.to].en}. It will be done when the operator opens.`,
        ),
        ...(d.iccid ? [{ type: 'field', label: 'New SIM (ICCID)', value: d.iccid } as const] : []),
        { type: 'field', label: 'Takes effect', value: d.effective },
        p('It can be cancelled until then.'),
      ],
    }),
  },
  'line.sim_swap_done': {
    fr: (d) => ({
      subject: `Action effectuée : Changement de SIM — ${d.line}`,
      blocks: [
        p(`Bonjour ${d.customerName},`),
        p(
          `Action effectuée sur la ligne ${d.line} : changement de SIM (${SIM_TYPE_LABELS[d.from].fr} → ${SIM_TYPE_LABELS[d.to].fr}). L'ancienne SIM ne fonctionne plus.`,
        ),
        { type: 'field', label: 'Nouvelle SIM (ICCID)', value: d.iccid },
        { type: 'field', label: 'Date d’effet', value: d.effective },
        ...(d.to === 'esim'
          ? [p("Les informations d'activation de la nouvelle eSIM sont envoyées à l'e-mail de contact.")]
          : []),
      ],
    }),
    en: (d) => ({
      subject: `Action done: SIM swap — ${d.line}`,
      blocks: [
        p(`Hello ${d.customerName},`),
        p(
          `Action done on line ${d.line}: SIM swap (${SIM_TYPE_LABELS[d.from].en} → ${SIM_TYPE_LABELS[d.to].en}). The old SIM no longer works.`,
        ),
        { type: 'field', label: 'New SIM (ICCID)', value: d.iccid },
        { type: 'field', label: 'Effective', value: d.effective },
        ...(d.to === 'esim' ? [p('The new eSIM’s activation details are sent to the contact e-mail.')] : []),
      ],
    }),
  },
  'order.received': {
    fr: (d) => ({
      subject: `Commande ${d.reference} reçue`,
      blocks: [
        p(`Bonjour ${d.customerName},`),
        p(`Nous avons bien reçu votre commande ${d.reference} (${d.lines.length} ligne(s)) :`),
        ...d.lines.map((l) => p(`• ${l}`)),
        d.submitAt
          ? p(
              `L'opérateur ne traite pas ce type de demande à cette heure : elle lui sera transmise le ${d.submitAt}, à l'ouverture.`,
            )
          : p("La demande est transmise à l'opérateur dès maintenant."),
        p('Un e-mail vous confirmera la mise en service de chaque ligne.'),
      ],
    }),
    en: (d) => ({
      subject: `Order ${d.reference} received`,
      blocks: [
        p(`Hello ${d.customerName},`),
        p(`We have received your order ${d.reference} (${d.lines.length} line(s)):`),
        ...d.lines.map((l) => p(`• ${l}`)),
        d.submitAt
          ? p(
              `The operator does not handle this kind of request at this hour: it will be sent on ${d.submitAt}, at the opening.`,
            )
          : p('The request is sent to the operator now.'),
        p('An e-mail will confirm when each line is active.'),
      ],
    }),
  },
  'line.active': {
    fr: (d) => ({
      subject: `Ligne ${d.line} active`,
      blocks: [
        p(`Bonjour ${d.customerName},`),
        p(`La ligne de ${d.userName} est active (commande ${d.reference}).`),
        { type: 'field', label: 'Numéro', value: d.line },
        { type: 'field', label: 'Offre', value: d.offer },
      ],
    }),
    en: (d) => ({
      subject: `Line ${d.line} active`,
      blocks: [
        p(`Hello ${d.customerName},`),
        p(`The line of ${d.userName} is active (order ${d.reference}).`),
        { type: 'field', label: 'Number', value: d.line },
        { type: 'field', label: 'Plan', value: d.offer },
      ],
    }),
  },
  // ORD-05 and SET-06 (seed 003, the operator's own activation mail): the QR code in the mail,
  // restart the phone, never delete an activated eSIM, contact the provider after an hour.
  'esim.activation': {
    fr: (d) => ({
      subject: `Activation de votre eSIM (${d.line})`,
      blocks: [
        p(`Bonjour ${d.userName},`),
        p('Votre eSIM est prête. Pour l’activer, suivez les étapes ci-dessous :'),
        p(
          '1. Avant de commencer, vérifiez que vous avez reçu par SMS, sur votre mobile de contact, le code de confirmation à 6 chiffres : il vous sera demandé après avoir scanné le QR code. Si vous ne l’avez pas reçu d’ici une heure, contactez votre fournisseur.',
        ),
        p('2. Scannez le QR code ci-dessous avec l’appareil photo ou depuis les réglages de votre mobile.'),
        { type: 'image', alt: `QR code d’activation eSIM : ${d.activationCode}`, png: d.qrPng },
        p(
          '3. Saisissez le code de confirmation reçu par SMS, puis validez (attention : il est bloqué après 3 essais erronés ; contactez alors votre fournisseur).',
        ),
        p('4. Éteignez puis rallumez votre mobile : votre eSIM est activée.'),
        p(
          'Attention : ne supprimez jamais votre eSIM une fois qu’elle est activée. Pour des raisons de sécurité, elle ne peut pas être installée à nouveau : il faudrait demander une nouvelle eSIM à votre fournisseur. L’eSIM ne fonctionne que sur un seul appareil.',
        ),
        p('Si vous ne pouvez pas scanner le QR code, saisissez le code d’activation à la main :'),
        { type: 'field', label: "Code d'activation (Android)", value: d.activationCode },
        { type: 'field', label: 'Adresse SM-DP+ (iPhone)', value: d.smdpAddress },
        { type: 'field', label: "Code d'activation (iPhone)", value: d.matchingId },
      ],
    }),
    en: (d) => ({
      subject: `Activating your eSIM (${d.line})`,
      blocks: [
        p(`Hello ${d.userName},`),
        p('Your eSIM is ready. To activate it, follow these steps:'),
        p(
          '1. Before you start, check that you have received by SMS, on your contact mobile, the 6-digit confirmation code: you will be asked for it after scanning the QR code. If it has not arrived within an hour, contact your provider.',
        ),
        p('2. Scan the QR code below with the camera or from your phone’s settings.'),
        { type: 'image', alt: `eSIM activation QR code: ${d.activationCode}`, png: d.qrPng },
        p(
          '3. Enter the confirmation code received by SMS and confirm (it is locked after 3 wrong tries; then contact your provider).',
        ),
        p('4. Switch your phone off and on again: your eSIM is active.'),
        p(
          'Important: never delete your eSIM once it is activated. For security reasons it cannot be installed again: you would have to ask your provider for a new eSIM. The eSIM works on one device only.',
        ),
        p('If you cannot scan the QR code, enter the activation code by hand:'),
        { type: 'field', label: 'Activation code (Android)', value: d.activationCode },
        { type: 'field', label: 'SM-DP+ address (iPhone)', value: d.smdpAddress },
        { type: 'field', label: 'Activation code (iPhone)', value: d.matchingId },
      ],
    }),
  },
};

export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}

/** A platform template's name, or one a module declares. */
export function isKnownTemplate(name: string): boolean {
  return isTemplateName(name) || moduleTemplate(name) !== undefined;
}

/**
 * Issue 8: messages about a user's access carry a set-password link. Their outbox bodies are
 * shown to admins only and purged once delivered (outbox-store.ts).
 */
export const SENSITIVE_TEMPLATES: readonly string[] = ['user.welcome', 'user.password_reset'];

export function isSensitiveTemplate(name: string): boolean {
  return SENSITIVE_TEMPLATES.includes(name) || moduleTemplate(name)?.sensitive === true;
}

export function escapeHtml(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Only http(s) links are rendered as links; anything else (javascript:…) is shown as plain text. */
function safeUrl(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** French typography puts a (non-breaking) space before the colon; English does not. */
function colon(locale: Locale, html: boolean): string {
  if (locale === 'fr') return html ? '&nbsp;: ' : '\u00a0: ';
  return ': ';
}

function renderText(blocks: Block[], locale: Locale): string {
  const sep = colon(locale, false);
  return (
    blocks
      .map((b) => {
        switch (b.type) {
          case 'p':
            return b.text;
          case 'field':
            return `${b.label}${sep}${b.value}`;
          case 'link':
            return `${b.label}${sep}${b.url}`;
          case 'image':
            return b.alt;
        }
      })
      .join('\n\n') + '\n'
  );
}

function renderHtml(subject: string, locale: Locale, blocks: Block[]): string {
  const sep = colon(locale, true);
  const body = blocks
    .map((b) => {
      switch (b.type) {
        case 'p':
          return `<p>${escapeHtml(b.text)}</p>`;
        case 'field':
          return `<p>${escapeHtml(b.label)}${sep}<strong><code>${escapeHtml(b.value)}</code></strong></p>`;
        case 'link': {
          const url = safeUrl(b.url);
          return url
            ? `<p><a href="${escapeHtml(url)}">${escapeHtml(b.label)}</a></p>`
            : `<p>${escapeHtml(b.label)}${sep}${escapeHtml(b.url)}</p>`;
        }
        case 'image':
          // Only base64 characters reach the attribute; anything else shows the text alternative.
          return /^[A-Za-z0-9+/]+={0,2}$/.test(b.png)
            ? `<p><img src="data:image/png;base64,${b.png}" alt="${escapeHtml(b.alt)}" width="240" height="240"></p>`
            : `<p>${escapeHtml(b.alt)}</p>`;
      }
    })
    .join('\n');
  return (
    `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n` +
    `<body style="font-family: sans-serif; line-height: 1.5">\n${body}\n</body></html>\n`
  );
}

export function renderTemplate<K extends TemplateName>(
  name: K,
  locale: Locale,
  data: TemplateData[K],
): RenderedMessage {
  const byLocale = TEMPLATES[name] as Record<Locale, TemplateFn<K>> | undefined;
  if (!byLocale) throw new Error(`unknown message template "${String(name)}"`);
  const fn = byLocale[locale];
  if (!fn) throw new Error(`message template "${name}" has no locale "${String(locale)}"`);
  return renderContent(fn(data), locale);
}

/** Renders a module's template (src/platform/module.ts). */
export function renderModuleTemplate<D>(t: ModuleTemplate<D>, locale: Locale, data: D): RenderedMessage {
  return renderContent(t[locale](data), locale);
}

function renderContent({ subject, blocks }: Content, locale: Locale): RenderedMessage {
  // A header must stay on one line whatever the data holds.
  const oneLineSubject = subject.replace(/[\r\n]+/g, ' ').trim();
  return {
    subject: oneLineSubject,
    text: renderText(blocks, locale),
    html: renderHtml(oneLineSubject, locale, blocks),
  };
}
