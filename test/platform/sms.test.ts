import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { deliverSms } from '../../src/platform/notify/deliver.ts';
import { enqueueSms, listOutbox } from '../../src/platform/notify/outbox.ts';
import { createSmsGateway } from '../../src/platform/notify/sms.ts';
import { createTestDb, testEngine, type TestDb } from '../support/db.ts';
import { insertTenants, TENANT_A } from './jobs-helpers.ts';

/** A local fake of an HTTP SMS gateway: records what it receives, answers what it is told. */
function fakeGateway() {
  const received: { auth: string | undefined; key: string | undefined; body: unknown }[] = [];
  let status = 202;
  const server: Server = createServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      received.push({
        auth: req.headers.authorization,
        key: req.headers['idempotency-key'] as string | undefined,
        body: JSON.parse(data) as unknown,
      });
      res.writeHead(status).end();
    });
  });
  return {
    received,
    answer: (s: number) => (status = s),
    start: () =>
      new Promise<string>((r) =>
        server.listen(0, '127.0.0.1', () => r(`${(server.address() as AddressInfo).port}`)),
      ),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe(`SMS transport: local SMS box and HTTP gateway (${testEngine})`, () => {
  let t: TestDb;
  const gw = fakeGateway();
  let port: string;
  const clock = new ManualClock('2026-11-23T09:00:00Z');
  const sms = (text: string) =>
    t.db.tenant(TENANT_A, (tx) =>
      enqueueSms(tx, {
        to: '+33639980001',
        title: '80 % data',
        text,
        template: 'usage.data_alert_sms',
        locale: 'fr',
        now: clock.now(),
      }),
    );
  const byTransport = (transport: 'local_sms' | 'sms_http') =>
    t.db.tenant(TENANT_A, (tx) => listOutbox(tx, { status: 'sent', transport, limit: 50, offset: 0 }));

  beforeAll(async () => {
    t = await createTestDb();
    await insertTenants(t.db);
    port = await gw.start();
  }, 300_000);
  afterAll(async () => {
    await gw.close();
    await t?.close();
  });

  it('SMS_URL is checked at start: an http(s) URL or nothing', () => {
    expect(loadConfig({ SMS_URL: 'https://u:p@sms.example/send' }).smsUrl).toBe(
      'https://u:p@sms.example/send',
    );
    expect(loadConfig({}).smsUrl).toBeUndefined();
    expect(() => loadConfig({ SMS_URL: 'ftp://sms.example' })).toThrow(/SMS_URL/);
    expect(() => loadConfig({ SMS_URL: 'not a url' })).toThrow(/SMS_URL/);
  });

  it('without SMS_URL an SMS lands in the local SMS box (sent, transport local_sms), once', async () => {
    const m = await sms('Vous avez consommé 80 %');
    const local = createSmsGateway({ smsUrl: undefined });
    expect(await deliverSms({ db: t.db, clock, sms: local })).toMatchObject({ claimed: 1, sent: 1 });
    expect(await deliverSms({ db: t.db, clock, sms: local })).toMatchObject({ claimed: 0 });
    expect((await byTransport('local_sms')).items.map((x) => x.id)).toEqual([m.id]);
  });

  it('with SMS_URL an SMS is POSTed as JSON with its id as Idempotency-Key and the URL’s credentials as Basic auth', async () => {
    const m = await sms('Data bloquée');
    const http = createSmsGateway({ smsUrl: `http://relais:s3cret@127.0.0.1:${port}/send` });
    expect(await deliverSms({ db: t.db, clock, sms: http })).toMatchObject({ sent: 1 });
    expect(gw.received.at(-1)).toEqual({
      auth: `Basic ${Buffer.from('relais:s3cret').toString('base64')}`,
      key: m.id,
      body: { id: m.id, to: '+33639980001', text: 'Data bloquée' },
    });
    expect((await byTransport('sms_http')).items.map((x) => x.id)).toEqual([m.id]);
  });

  it('a gateway error (5xx) is retried later; a refusal (4xx) fails for good', async () => {
    const http = createSmsGateway({ smsUrl: `http://127.0.0.1:${port}/send` });
    gw.answer(503);
    await sms('retry me');
    expect(await deliverSms({ db: t.db, clock, sms: http })).toMatchObject({ claimed: 1, retrying: 1 });
    gw.answer(400);
    clock.advance(60 * 60_000);
    expect(await deliverSms({ db: t.db, clock, sms: http })).toMatchObject({ claimed: 1, failed: 1 });
    gw.answer(202);
  });
});
