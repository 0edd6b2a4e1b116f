import { randomBytes } from 'node:crypto';
import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SendMailOptions } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import MimeNode from 'nodemailer/lib/mime-node';
import type { SMTPEnvelope } from 'nodemailer/lib/smtp-connection';
import { fastMimeMessage } from './mime.ts';
import { createSmtpPool } from './smtp-pool.ts';

/**
 * Delivery of one e-mail. Two transports:
 *  - `smtp` when SMTP_URL is set: up to `maxConnections` open connections each carrying message
 *    after message (issue 12: opening a connection per message cost more than the message),
 *    bounded timeouts (the worker must not wait minutes on a server that accepts connections and
 *    never answers); smtp-pool.ts says why not nodemailer's pooled transport;
 *  - `local` otherwise: the message counts as delivered into the local mailbox, which is the outbox
 *    table itself shown in the UI; with a directory, an .eml copy is also written for a mail client.
 * Either way the message is built in one piece by compose() below.
 */

export type TransportName = 'smtp' | 'local';

export interface OutgoingEmail {
  /** The outbox row id: the Message-ID and the .eml file name derive from it. */
  outboxId: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  date: Date;
}

export interface Mailer {
  readonly transport: TransportName;
  send(message: OutgoingEmail): Promise<void>;
  close(): Promise<void>;
}

export interface MailerConfig {
  smtpUrl?: string | undefined;
  /** From header, e.g. `Relais <no-reply@relais.local>`. Its domain also names the Message-IDs. */
  mailFrom: string;
  /** Local transport only: write each message as `<mailboxDir>/<outbox id>.eml`. */
  mailboxDir?: string | undefined;
  /** SMTP timeouts in milliseconds (connect, greeting, idle socket). */
  timeouts?: { connectionMs?: number; greetingMs?: number; socketMs?: number };
  /** SMTP connections kept open at most (default 8, the worker's sending slots). */
  maxConnections?: number;
}

function domainOf(mailFrom: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(mailFrom.trim());
  return match?.[1] ?? 'relais.local';
}

/**
 * The same outbox row always carries the same Message-ID, so when a message is sent twice (a crash
 * between the SMTP acceptance and the commit that records it) the receiver can drop the copy.
 */
export function messageIdFor(outboxId: string, mailFrom: string): string {
  return `<${outboxId}@${domainOf(mailFrom)}>`;
}

interface SmtpLikeError {
  code?: unknown;
  responseCode?: unknown;
}

/**
 * A 5xx reply to the envelope or the message (unknown recipient, message refused) will not change by
 * retrying, so the message fails at once. Authentication failures (535) are excluded: they come
 * from the configuration, which an operator fixes, and then the pending messages go out.
 */
export function isPermanentMailError(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, responseCode } = err as SmtpLikeError;
  if (code === 'EAUTH' || code === 'ENOAUTH') return false;
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}

function mailOptions(config: MailerConfig, m: OutgoingEmail): SendMailOptions {
  return {
    from: config.mailFrom,
    to: m.to,
    subject: m.subject,
    text: m.text,
    ...(m.html === null ? {} : { html: m.html }),
    messageId: messageIdFor(m.outboxId, config.mailFrom),
    date: m.date,
    // Bodies are our own strings; never let content make nodemailer read files or fetch URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

interface Composed {
  envelope: SMTPEnvelope;
  /** CRLF line ends, as SMTP carries it. */
  message: Buffer;
}

/**
 * Builds each message in one piece: mime.ts for the outbox's usual messages (the same bytes
 * nodemailer would build, at a fraction of its CPU), nodemailer's composer for anything else.
 * The From header and the envelope's sender are worked out once.
 */
function composer(config: MailerConfig, newline: 'crlf' | 'unix'): (m: OutgoingEmail) => Promise<Composed> {
  const from = MimeNode.encodeHeaderValue('From', config.mailFrom);
  const envelopeFrom = new MailComposer({ from: config.mailFrom, to: 'x@example.com' })
    .compile()
    .getEnvelope().from;
  return async (m) => {
    const fast = fastMimeMessage({
      from,
      to: m.to,
      subject: m.subject,
      text: m.text,
      html: m.html,
      messageId: messageIdFor(m.outboxId, config.mailFrom),
      date: m.date,
      baseBoundary: randomBytes(8).toString('hex'),
    });
    if (fast !== null) {
      // nodemailer's 'unix' newline drops every CR (its LeUnix transform).
      const text = newline === 'unix' ? fast.replaceAll('\r', '') : fast;
      return { envelope: { from: envelopeFrom, to: [m.to] }, message: Buffer.from(text, 'utf8') };
    }
    const node = new MailComposer({
      ...mailOptions(config, m),
      ...(newline === 'unix' ? { newline: 'unix' } : {}),
    }).compile();
    return { envelope: node.getEnvelope(), message: await node.build() };
  };
}

export function createMailer(config: MailerConfig): Mailer {
  return config.smtpUrl ? createSmtpMailer(config, config.smtpUrl) : createLocalMailer(config);
}

function createSmtpMailer(config: MailerConfig, smtpUrl: string): Mailer {
  const socketMs = config.timeouts?.socketMs ?? 30_000;
  const pool = createSmtpPool({
    url: smtpUrl,
    maxConnections: config.maxConnections ?? 8,
    // Closed by us before the idle socket times out: a clean QUIT rather than an error.
    idleTimeoutMs: Math.max(1_000, Math.floor(socketMs * 0.8)),
    connectionTimeoutMs: config.timeouts?.connectionMs ?? 10_000,
    greetingTimeoutMs: config.timeouts?.greetingMs ?? 10_000,
    socketTimeoutMs: socketMs,
  });
  const compose = composer(config, 'crlf');
  return {
    transport: 'smtp',
    async send(m) {
      const { envelope, message } = await compose(m);
      await pool.send(envelope, message);
    },
    async close() {
      pool.close();
    },
  };
}

function createLocalMailer(config: MailerConfig): Mailer {
  const dir = config.mailboxDir;
  const compose = composer(config, 'unix');
  return {
    transport: 'local',
    async send(m) {
      if (!dir) return;
      const raw = (await compose(m)).message;
      // Messages may carry a set-password link: readable by the server's user only, whatever the
      // umask and whoever created the directory first (issue 8: it was 0755/0644 on PostgreSQL).
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await chmod(dir, 0o700);
      // Write then rename: a reader never sees half a file, and a resend replaces the same file.
      const file = path.join(dir, `${m.outboxId}.eml`);
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, raw, { mode: 0o600 });
      await chmod(tmp, 0o600);
      await rename(tmp, file);
    },
    async close() {},
  };
}
