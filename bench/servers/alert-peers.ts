/**
 * Child process of the `usage` entry's alert latency: the peers the worker hands the alerts to, a
 * real SMTP server and a fake HTTP SMS gateway. In production they are other systems; in the
 * entry's own process they took their parsing out of the event loop the measured worker (inline)
 * and the import share. Each message's arrival is stamped here (Date.now(): the same machine's
 * clock as the commits it is compared with) and handed to the parent by `received`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { reportFatal, serveParent } from '../lib/child.ts';

export interface AlertPeersReady {
  smtpUrl: string;
  smsUrl: string;
}

try {
  /** Outbox id → the instant (ms) its message reached a peer. */
  const received = new Map<string, number>();
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk: Buffer) => {
        if (head.length < 8192) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const at = Date.now();
        const id = /^Message-ID:\s*<([0-9a-f-]{36})/im.exec(head)?.[1];
        if (id) received.set(id, at);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  const gateway = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const at = Date.now();
      received.set((JSON.parse(body) as { id: string }).id, at);
      res.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', () => resolve()));
  const ready: AlertPeersReady = {
    smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    smsUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`,
  };
  serveParent(ready, { received: () => [...received] }, async () => {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await new Promise<void>((resolve) => gateway.close(() => resolve()));
  });
} catch (err) {
  reportFatal(err);
}
