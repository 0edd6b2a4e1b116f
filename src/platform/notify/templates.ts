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
