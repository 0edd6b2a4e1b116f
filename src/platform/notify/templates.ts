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
    /** Appears in the message body only; never pass it to a logger. */
    temporaryPassword: string;
    loginUrl?: string;
  };
  /** Same data as user.welcome: an administrator reset the password. */
  'user.password_reset': TemplateData['user.welcome'];
  /** Sent to the demo administrator when a demo tenant is created. */
  'demo.welcome': {
    tenantName: string;
    /** The tenant's identifier, typed at sign-in. */
    slug: string;
    loginUrl?: string;
  };
}

export type TemplateName = keyof TemplateData;

type Block =
  | { type: 'p'; text: string }
  /** A label and a value shown prominently (login, temporary password). */
  | { type: 'field'; label: string; value: string }
  | { type: 'link'; label: string; url: string };

interface Content {
  subject: string;
  blocks: Block[];
}

type TemplateFn<K extends TemplateName> = (data: TemplateData[K]) => Content;

const p = (text: string): Block => ({ type: 'p', text });

const TEMPLATES: { [K in TemplateName]: Record<Locale, TemplateFn<K>> } = {
  'user.welcome': {
    fr: (d) => ({
      subject: `Votre accès à ${d.tenantName}`,
      blocks: [
        p(`Bonjour ${d.displayName},`),
        p(`Un compte a été créé pour vous sur l'espace ${d.tenantName}.`),
        { type: 'field', label: 'Identifiant', value: d.login },
        { type: 'field', label: 'Mot de passe temporaire', value: d.temporaryPassword },
        p('Vous choisirez un nouveau mot de passe lors de votre première connexion.'),
        ...(d.loginUrl ? [{ type: 'link', label: 'Se connecter', url: d.loginUrl } as const] : []),
        p("Si vous n'attendiez pas ce message, vous pouvez l'ignorer."),
      ],
    }),
    en: (d) => ({
      subject: `Your access to ${d.tenantName}`,
      blocks: [
        p(`Hello ${d.displayName},`),
        p(`An account has been created for you on ${d.tenantName}.`),
        { type: 'field', label: 'Login', value: d.login },
        { type: 'field', label: 'Temporary password', value: d.temporaryPassword },
        p('You will choose a new password when you first sign in.'),
        ...(d.loginUrl ? [{ type: 'link', label: 'Sign in', url: d.loginUrl } as const] : []),
        p('If you were not expecting this message, you can ignore it.'),
      ],
    }),
  },
  'user.password_reset': {
    fr: (d) => ({
      subject: `Nouveau mot de passe temporaire pour ${d.tenantName}`,
      blocks: [
        p(`Bonjour ${d.displayName},`),
        p(`Un administrateur de ${d.tenantName} a réinitialisé votre mot de passe.`),
        { type: 'field', label: 'Identifiant', value: d.login },
        { type: 'field', label: 'Mot de passe temporaire', value: d.temporaryPassword },
        p('Vous choisirez un nouveau mot de passe lors de votre prochaine connexion.'),
        ...(d.loginUrl ? [{ type: 'link', label: 'Se connecter', url: d.loginUrl } as const] : []),
        p("Si vous n'êtes pas à l'origine de cette demande, prévenez votre administrateur."),
      ],
    }),
    en: (d) => ({
      subject: `New temporary password for ${d.tenantName}`,
      blocks: [
        p(`Hello ${d.displayName},`),
        p(`An administrator of ${d.tenantName} has reset your password.`),
        { type: 'field', label: 'Login', value: d.login },
        { type: 'field', label: 'Temporary password', value: d.temporaryPassword },
        p('You will choose a new password when you next sign in.'),
        ...(d.loginUrl ? [{ type: 'link', label: 'Sign in', url: d.loginUrl } as const] : []),
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
};

export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
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
  const { subject, blocks } = fn(data);
  // A header must stay on one line whatever the data holds.
  const oneLineSubject = subject.replace(/[\r\n]+/g, ' ').trim();
  return {
    subject: oneLineSubject,
    text: renderText(blocks, locale),
    html: renderHtml(oneLineSubject, locale, blocks),
  };
}
