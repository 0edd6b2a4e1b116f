/**
 * SMTP connections kept open and reused, each carrying message after message: nodemailer's
 * SMTPConnection speaks the protocol, this file only keeps the connections.
 *
 * Why not nodemailer's own pooled transport (`pool: true`), used until issue 12's alert latency:
 * each message went through its mail object, plugins, a MIME tree streamed through transforms and
 * a queue with a setImmediate per step, and reached the socket a few bytes at a time: measured,
 * 1.1 ms of CPU per alert e-mail, the worker's largest cost, where the alerts need ~0.5 ms for the
 * whole delivery. Here a message is one Buffer built beforehand (mime.ts), handed to the
 * connection as is: two socket writes (envelope, then data), ~0.2 ms.
 *
 * What nodemailer's pool did and this keeps: at most `maxConnections` open, opened on demand;
 * a connection reopened after `maxMessages` messages; closed with QUIT after `idleTimeoutMs` idle
 * (before the server's own timeout); a message whose reused connection turned out to be closed
 * goes once more over a new one (a server drops idle connections); a refused message (5xx/4xx
 * to the envelope or the data) leaves the connection usable after RSET; authentication from the
 * URL (`smtp://user:pass@host`), TLS from its scheme and query as nodemailer reads them.
 */
import SMTPConnection, { type SMTPEnvelope } from 'nodemailer/lib/smtp-connection';
import { parseConnectionUrl } from 'nodemailer/lib/shared';

export interface SmtpPoolOptions {
  url: string;
  maxConnections: number;
  /** Messages per connection before it is replaced (nodemailer's pool: 100). */
  maxMessages?: number;
  idleTimeoutMs: number;
  connectionTimeoutMs: number;
  greetingTimeoutMs: number;
  socketTimeoutMs: number;
}

export interface SmtpPool {
  /** Resolves once the server accepted the message; rejects with nodemailer's error (code, responseCode). */
  send(envelope: SMTPEnvelope, message: Buffer): Promise<void>;
  close(): void;
}

interface Pooled {
  smtp: SMTPConnection;
  messages: number;
  /** Closed, failed, or ended by the server: never handed out again. */
  dead: boolean;
  idleTimer: NodeJS.Timeout | undefined;
}

interface SmtpError {
  code?: unknown;
  responseCode?: unknown;
}

/** The connection ended (or timed out), as opposed to a refusal of what was sent over it. */
function connectionLost(err: unknown): boolean {
  const { code, responseCode } = (err ?? {}) as SmtpError;
  return responseCode === 421 || code === 'ECONNECTION' || code === 'ESOCKET' || code === 'ETIMEDOUT';
}

/** The server refused the envelope or the message; the session itself is fine (RSET, go on). */
function refused(err: unknown): boolean {
  const { code, responseCode } = (err ?? {}) as SmtpError;
  return (code === 'EENVELOPE' || code === 'EMESSAGE') && responseCode !== 421;
}

export function createSmtpPool(o: SmtpPoolOptions): SmtpPool {
  const fromUrl = parseConnectionUrl(o.url);
  const { auth, ...urlOptions } = fromUrl;
  const connectionOptions = {
    ...urlOptions,
    connectionTimeout: o.connectionTimeoutMs,
    greetingTimeout: o.greetingTimeoutMs,
    socketTimeout: o.socketTimeoutMs,
  };
  const credentials =
    auth && (auth.user || auth.pass) ? { user: auth.user ?? '', pass: auth.pass ?? '' } : null;
  const maxMessages = o.maxMessages ?? 100;
  const idle: Pooled[] = [];
  /** Open or opening. */
  let open = 0;
  const waiting: ((c: Pooled | null) => void)[] = [];
  let closed = false;

  function discard(c: Pooled): void {
    if (c.idleTimer) clearTimeout(c.idleTimer);
    c.idleTimer = undefined;
    const i = idle.indexOf(c);
    if (i >= 0) idle.splice(i, 1);
    if (!c.dead) {
      c.dead = true;
      open--;
      c.smtp.quit();
      // A waiting send may now open a connection of its own.
      waiting.shift()?.(null);
    }
  }

  function connect(): Promise<Pooled> {
    const smtp = new SMTPConnection(connectionOptions);
    const c: Pooled = { smtp, messages: 0, dead: false, idleTimer: undefined };
    // Once connected, an error also reaches the send in progress (its callback); one between
    // sends only means this connection is gone.
    const gone = () => {
      if (c.dead) return;
      c.dead = true;
      open--;
      if (c.idleTimer) clearTimeout(c.idleTimer);
      const i = idle.indexOf(c);
      if (i >= 0) idle.splice(i, 1);
      waiting.shift()?.(null);
    };
    return new Promise<Pooled>((resolve, reject) => {
      let settled = false;
      const fail = (err: unknown) => {
        if (settled) return;
        settled = true;
        gone();
        smtp.close();
        reject(err instanceof Error ? err : new Error(String(err)));
      };
      smtp.on('error', (err: Error) => {
        fail(err);
        gone();
      });
      smtp.once('end', () => {
        fail(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' }));
        gone();
      });
      smtp.connect((err) => {
        if (err) return fail(err);
        if (!credentials || !smtp.allowsAuth) {
          settled = true;
          return resolve(c);
        }
        smtp.login(credentials, (loginErr) => {
          if (loginErr) return fail(loginErr);
          settled = true;
          resolve(c);
        });
      });
    });
  }

  /** An idle connection, a new one if there is room, else the next one released. */
  async function acquire(): Promise<Pooled> {
    for (;;) {
      if (closed) throw Object.assign(new Error('SMTP pool closed'), { code: 'ECONNECTION' });
      const c = idle.pop();
      if (c) {
        if (c.idleTimer) clearTimeout(c.idleTimer);
        c.idleTimer = undefined;
        if (!c.dead) return c;
        continue;
      }
      if (open < o.maxConnections) {
        open++;
        return connect();
      }
      const handed = await new Promise<Pooled | null>((resolve) => waiting.push(resolve));
      if (handed && !handed.dead) return handed;
    }
  }

  function release(c: Pooled): void {
    if (c.dead) return;
    if (closed || c.messages >= maxMessages) return discard(c);
    const next = waiting.shift();
    if (next) return next(c);
    c.idleTimer = setTimeout(() => discard(c), o.idleTimeoutMs);
    c.idleTimer.unref();
    idle.push(c);
  }

  function sendOn(c: Pooled, envelope: SMTPEnvelope, message: Buffer): Promise<void> {
    return new Promise<void>((resolve, reject) =>
      c.smtp.send(envelope, message, (err) => (err ? reject(err) : resolve())),
    );
  }

  async function send(envelope: SMTPEnvelope, message: Buffer): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const c = await acquire();
      const reused = c.messages > 0;
      c.messages++;
      try {
        await sendOn(c, envelope, message);
        release(c);
        return;
      } catch (err) {
        if (refused(err) && !c.dead) {
          // Clean the session for the next message; a connection that cannot is dropped.
          c.smtp.reset((resetErr) => (resetErr ? discard(c) : release(c)));
          throw err;
        }
        discard(c);
        // A reused connection the server had closed meanwhile: once more over a new one (the
        // same message; at worst a copy with the same Message-ID, as an outbox retry would be).
        if (reused && attempt === 1 && connectionLost(err)) continue;
        throw err;
      }
    }
  }

  return {
    send,
    close() {
      closed = true;
      for (const c of [...idle]) discard(c);
      for (const w of waiting.splice(0)) w(null);
    },
  };
}
