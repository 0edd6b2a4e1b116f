import { chmod, mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';

/**
 * Delivery of one e-mail. Two transports:
 *  - `smtp` when SMTP_URL is set: nodemailer's pooled transport, up to `maxConnections` open
 *    connections each carrying message after message (issue 12: opening a connection per message
 *    cost more than the message), bounded timeouts (the worker must not wait minutes on a server
 *    that accepts connections and never answers);
 *  - `local` otherwise: the message counts as delivered into the local mailbox, which is the outbox
 *    table itself shown in the UI; with a directory, an .eml copy is also written for a mail client.
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
  };
}

export function createMailer(config: MailerConfig): Mailer {
  return config.smtpUrl ? createSmtpMailer(config, config.smtpUrl) : createLocalMailer(config);
}

function createSmtpMailer(config: MailerConfig, smtpUrl: string): Mailer {
  const socketMs = config.timeouts?.socketMs ?? 30_000;
  const transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: config.maxConnections ?? 8,
    // Closed by us before the idle socket times out: a clean QUIT rather than an error.
    idleTimeout: Math.max(1_000, Math.floor(socketMs * 0.8)),
    connectionTimeout: config.timeouts?.connectionMs ?? 10_000,
    greetingTimeout: config.timeouts?.greetingMs ?? 10_000,
    socketTimeout: socketMs,
    // Bodies are our own strings; never let content make nodemailer read files or fetch URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    transport: 'smtp',
    async send(m) {
      await transporter.sendMail(mailOptions(config, m));
    },
    async close() {
      transporter.close();
    },
  };
}

function createLocalMailer(config: MailerConfig): Mailer {
  const dir = config.mailboxDir;
  const composer = dir
    ? nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
    : undefined;
  return {
    transport: 'local',
    async send(m) {
      if (!dir || !composer) return;
      const info = await composer.sendMail(mailOptions(config, m));
      const raw = info.message;
      if (!Buffer.isBuffer(raw)) throw new Error('local mailbox: the message was not rendered to a buffer');
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
    async close() {
      composer?.close();
    },
  };
}
