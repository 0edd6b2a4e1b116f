import { createServer, type Server } from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface ReceivedEvent {
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: { eventId: string; eventType: string; eventTime: string; event: Record<string, unknown> };
}

/**
 * A real HTTP listener for TM Forum hub callbacks on 127.0.0.1, that can be taken down and
 * brought back on the same port (to prove delivery after an outage) and told to answer a status.
 */
export class EventListener {
  received: ReceivedEvent[] = [];
  status = 201;
  private server: Server | undefined;
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/events`;
  }

  /** Reserves a free port without listening on it (the listener starts "down"). */
  async reservePort(): Promise<void> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const addr = probe.address();
    this.port = typeof addr === 'object' && addr ? addr.port : 0;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        if (this.status >= 200 && this.status < 300)
          this.received.push({ headers: req.headers, body, json: JSON.parse(body) as ReceivedEvent['json'] });
        res.statusCode = this.status;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, '127.0.0.1', resolve));
    const addr = this.server.address();
    this.port = typeof addr === 'object' && addr ? addr.port : this.port;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  of(eventType: string): ReceivedEvent[] {
    return this.received.filter((e) => e.json.eventType === eventType);
  }
}

/** Checks X-Relais-Signature as a listener would. */
export function signatureValid(secret: string, e: ReceivedEvent): boolean {
  const ts = String(e.headers['x-relais-timestamp'] ?? '');
  const sig = String(e.headers['x-relais-signature'] ?? '');
  const expected = `sha256=${createHmac('sha256', secret).update(`${ts}.${e.body}`).digest('hex')}`;
  return sig.length === expected.length && timingSafeEqual(Buffer.from(sig), Buffer.from(expected));
}
