import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP peer for tests: the `smtp-server` package on 127.0.0.1, no TLS, no authentication.
 * It records what it accepts (envelope recipients and a few headers) so a test can count messages
 * by Message-ID. `port` lets a test bring the peer back on the same address after closing it.
 */
export interface ReceivedMessage {
  messageId: string | undefined;
  /** Envelope recipients (RCPT TO). */
  rcptTo: string[];
  to: string | undefined;
  subject: string | undefined;
  raw: string;
}

export interface SmtpPeer {
  url: string;
  port: number;
  messages: ReceivedMessage[];
  close(): Promise<void>;
}

export interface SmtpPeerOptions {
  port?: number;
  /** Recipients refused with 550 (a permanent error). */
  rejectRecipient?: (address: string) => boolean;
}

class SmtpReplyError extends Error {
  constructor(
    message: string,
    public readonly responseCode: number,
  ) {
    super(message);
  }
}

export async function startSmtpPeer(options: SmtpPeerOptions = {}): Promise<SmtpPeer> {
  const messages: ReceivedMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 1000,
    onRcptTo(address, _session, callback) {
      if (options.rejectRecipient?.(address.address)) {
        callback(new SmtpReplyError(`mailbox ${address.address} does not exist`, 550));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headers = parseHeaders(raw);
        messages.push({
          messageId: headers.get('message-id'),
          rcptTo: session.envelope.rcptTo.map((a) => a.address),
          to: headers.get('to'),
          subject: decodeWords(headers.get('subject')),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Header block only, continuation lines unfolded, names lower-cased; the first occurrence wins. */
function parseHeaders(raw: string): Map<string, string> {
  const end = raw.search(/\r?\n\r?\n/);
  const block = (end === -1 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), enough for accented subjects. */
function decodeWords(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, text: string) => {
      if (enc.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8');
      const bytes = text
        .replace(/_/g, ' ')
        .replace(/=([0-9A-Fa-f]{2})/g, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    });
}
