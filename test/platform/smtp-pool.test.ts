import type { AddressInfo, Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createSmtpPool, type SmtpPool } from '../../src/platform/notify/smtp-pool.ts';

/**
 * Issue 12: the SMTP connections the worker keeps (smtp-pool.ts, in place of nodemailer's pooled
 * transport). What the pool promised and must still do: few connections, reused; a message sent
 * again over a new connection when the server had closed the kept one; a refused message leaving
 * the connection usable; a connection replaced after its quota of messages.
 */
interface Peer {
  url: string;
  /** Connections opened so far, and open now / at most at once. */
  connections: number;
  open: number;
  mostOpen: number;
  received: string[];
  sockets: Set<Socket>;
  close(): Promise<void>;
}

async function peer(options: { refuse?: string } = {}): Promise<Peer> {
  const p: Peer = {
    url: '',
    connections: 0,
    open: 0,
    mostOpen: 0,
    received: [],
    sockets: new Set(),
    close: async () => undefined,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 200,
    onConnect(_session, callback) {
      p.connections++;
      p.open++;
      p.mostOpen = Math.max(p.mostOpen, p.open);
      callback();
    },
    onClose() {
      p.open--;
    },
    onRcptTo(address, _session, callback) {
      if (address.address === options.refuse) {
        callback(Object.assign(new Error('no such mailbox'), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        p.received.push(session.envelope.rcptTo.map((a) => a.address).join(','));
        callback();
      });
    },
  });
  server.server.on('connection', (s: Socket) => {
    p.sockets.add(s);
    s.on('close', () => p.sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  p.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  p.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return p;
}

const message = (to: string) =>
  Buffer.from(`From: a@example.fr\r\nTo: ${to}\r\nSubject: s\r\nMessage-ID: <${to}>\r\n\r\nbody\r\n`);

describe('SMTP connections kept open (smtp-pool.ts)', () => {
  const pools: SmtpPool[] = [];
  const peers: Peer[] = [];
  afterEach(async () => {
    for (const p of pools.splice(0)) p.close();
    for (const p of peers.splice(0)) await p.close();
  });
  const start = async (options?: { refuse?: string }) => {
    const p = await peer(options);
    peers.push(p);
    return p;
  };
  const pool = (url: string, maxConnections: number, maxMessages?: number) => {
    const made = createSmtpPool({
      url,
      maxConnections,
      ...(maxMessages === undefined ? {} : { maxMessages }),
      idleTimeoutMs: 10_000,
      connectionTimeoutMs: 2_000,
      greetingTimeoutMs: 2_000,
      socketTimeoutMs: 5_000,
    });
    pools.push(made);
    return made;
  };
  const send = (p: SmtpPool, to: string) => p.send({ from: 'a@example.fr', to: [to] }, message(to));

  it('opens at most maxConnections and carries message after message over them', async () => {
    const smtp = await start();
    const p = pool(smtp.url, 3);
    await Promise.all(Array.from({ length: 30 }, (_, i) => send(p, `u${i}@example.fr`)));
    for (let i = 30; i < 40; i++) await send(p, `u${i}@example.fr`);
    expect(smtp.received).toHaveLength(40);
    expect(new Set(smtp.received).size).toBe(40);
    expect(smtp.mostOpen).toBeLessThanOrEqual(3);
    expect(smtp.connections).toBeLessThanOrEqual(3);
  });

  it('a kept connection the server closed meanwhile: the message goes over a new one', async () => {
    const smtp = await start();
    const p = pool(smtp.url, 1);
    await send(p, 'first@example.fr');
    // The server drops the idle connection without a word (a restart, a firewall).
    for (const s of smtp.sockets) s.destroy();
    await new Promise((r) => setTimeout(r, 50));
    await send(p, 'second@example.fr');
    expect(smtp.received).toEqual(['first@example.fr', 'second@example.fr']);
    expect(smtp.connections).toBe(2);
  });

  it('a refused recipient fails that message only (550), the connection goes on', async () => {
    const smtp = await start({ refuse: 'nobody@example.fr' });
    const p = pool(smtp.url, 1);
    await send(p, 'one@example.fr');
    await expect(send(p, 'nobody@example.fr')).rejects.toMatchObject({ responseCode: 550 });
    await send(p, 'two@example.fr');
    expect(smtp.received).toEqual(['one@example.fr', 'two@example.fr']);
    expect(smtp.connections).toBe(1);
  });

  it('a connection is replaced after maxMessages messages', async () => {
    const smtp = await start();
    const p = pool(smtp.url, 1, 2);
    for (let i = 0; i < 5; i++) await send(p, `u${i}@example.fr`);
    expect(smtp.received).toHaveLength(5);
    expect(smtp.connections).toBe(3);
  });

  it('nothing listening: each send fails with a connection error, none is left waiting', async () => {
    const smtp = await start();
    const url = smtp.url;
    await smtp.close();
    peers.splice(0);
    const p = pool(url, 2);
    await expect(send(p, 'x@example.fr')).rejects.toMatchObject({ code: expect.stringMatching(/^E/) });
    // A connection that never opened is not counted: with room for 2, a third send still tries.
    await expect(send(p, 'y@example.fr')).rejects.toBeTruthy();
    await expect(send(p, 'z@example.fr')).rejects.toBeTruthy();
  });
});
