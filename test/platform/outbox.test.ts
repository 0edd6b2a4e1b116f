import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.ts';
import { AppError, httpStatusOf } from '../../src/platform/errors.ts';
import type { WorkerLogger } from '../../src/platform/jobs/logger.ts';
import { deliverOutbox } from '../../src/platform/notify/deliver.ts';
import { createMailer, messageIdFor, type Mailer } from '../../src/platform/notify/mailer.ts';
import {
  enqueueEmail,
  enqueueTemplateEmail,
  getOutboxMessage,
  listOutbox,
  retryOutboxMessage,
} from '../../src/platform/notify/outbox.ts';
import { claimDueOutbox } from '../../src/platform/notify/outbox-store.ts';
import { escapeHtml, renderTemplate } from '../../src/platform/notify/templates.ts';
import { runRetention, SENSITIVE_BODY_HOURS } from '../../src/platform/jobs/retention.ts';
import { LONGEST_LINK_HOURS } from '../../src/modules/users/password-links.ts';
import { createTestDb, testEngine, type TestDb } from '../support/db.ts';
import { startSmtpPeer, type SmtpPeer } from '../support/smtp.ts';
import { insertTenants, seconds, TENANT_A, TENANT_B } from './jobs-helpers.ts';

const FROM = 'Relais <no-reply@relais.test>';
/** A set-password link: a credential until used (issue 8), like the temporary passwords before it. */
const LINK_TOKEN = '0193a6c2b7d87c3e9f1a2b3c4d5e6f70.Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FyYnV6';
const LINK = `https://relais.example/set-password#${LINK_TOKEN}`;
const PASSWORD = LINK_TOKEN;

describe('message templates', () => {
  it('user.welcome carries a set-password link (no password) in the body only, in French and English', () => {
    const data = {
      displayName: 'Zoé',
      tenantName: 'Démo Mobile',
      login: 'zoe@example.fr',
      setPasswordUrl: LINK,
      expiresAt: '26 novembre 2026 à 10:00',
    };
    const fr = renderTemplate('user.welcome', 'fr', data);
    expect(fr.subject).toBe('Votre accès à Démo Mobile');
    expect(fr.text).toContain(`Choisir mon mot de passe\u00a0: ${LINK}`);
    expect(fr.text).toContain('expire le 26 novembre 2026 à 10:00');
    expect(fr.html).toContain(`<a href="${LINK}">Choisir mon mot de passe</a>`);
    expect(fr.html).toContain('<html lang="fr">');
    expect(fr.text).not.toMatch(/mot de passe temporaire/i);
    const en = renderTemplate('user.welcome', 'en', { ...data, expiresAt: '26 November 2026 at 10:00' });
    expect(en.subject).toBe('Your access to Démo Mobile');
    expect(en.text).toContain(`Choose my password: ${LINK}`);
    expect(en.text).not.toMatch(/temporary password/i);
    for (const m of [fr, en]) expect(m.subject).not.toContain(LINK_TOKEN);
  });

  it('escapes every value in HTML, keeps the text raw, and keeps the subject on one line', () => {
    const m = renderTemplate('user.welcome', 'en', {
      displayName: '<script>alert("x")</script>',
      tenantName: "O'Neil & Co\r\nBcc: victim@example.com",
      login: '<p>&',
      setPasswordUrl: 'javascript:alert(1)',
      expiresAt: 'x',
    });
    expect(m.html).not.toContain('<script>');
    expect(m.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(m.html).toContain('&lt;p&gt;&amp;');
    expect(m.html).not.toContain('href="javascript');
    expect(m.text).toContain('Hello <script>alert("x")</script>,');
    expect(m.subject).not.toMatch(/[\r\n]/);
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('demo.welcome and user.password_reset exist in both languages', () => {
    for (const locale of ['fr', 'en'] as const) {
      expect(renderTemplate('demo.welcome', locale, { tenantName: 'Démo', slug: 'demo-fr' }).text).toContain(
        'demo-fr',
      );
      const reset = renderTemplate('user.password_reset', locale, {
        displayName: 'Z',
        tenantName: 'T',
        login: 'z',
        setPasswordUrl: LINK,
        expiresAt: 'x',
      });
      expect(reset.text).toContain(LINK);
    }
  });
});

describe(`outbox (${testEngine})`, () => {
  let t: TestDb;
  const clock = new ManualClock('2026-02-02T09:00:00Z');
  const logs: string[] = [];
  const capture = (level: string) => (obj: Record<string, unknown>, msg?: string) =>
    void logs.push(`${level} ${msg ?? ''} ${JSON.stringify(obj)}`);
  const logger: WorkerLogger = {
    debug: capture('debug'),
    info: capture('info'),
    warn: capture('warn'),
    error: capture('error'),
  };
  const mailers: Mailer[] = [];
  const peers: SmtpPeer[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    await insertTenants(t.db);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    clock.set('2026-02-02T09:00:00Z');
    logs.length = 0;
    await t.db.system((tx) => tx.exec('DELETE FROM outbox'));
  });
  afterEach(async () => {
    for (const m of mailers.splice(0)) await m.close();
    for (const p of peers.splice(0)) await p.close();
    // Nothing this file does may ever log a password.
    expect(logs.join('\n')).not.toContain(PASSWORD);
  });

  const smtpMailer = (url: string): Mailer => {
    const m = createMailer({
      smtpUrl: url,
      mailFrom: FROM,
      timeouts: { connectionMs: 2000, greetingMs: 2000 },
    });
    mailers.push(m);
    return m;
  };
  const peer = async (opts?: Parameters<typeof startSmtpPeer>[0]) => {
    const p = await startSmtpPeer(opts);
    peers.push(p);
    return p;
  };
  /** An address where nothing listens: a peer started, then closed (reused later to bring it back). */
  const closedPort = async () => {
    const p = await startSmtpPeer();
    await p.close();
    return p.port;
  };
  const deliver = (mailer: Mailer, batchSize = 20) =>
    deliverOutbox({ db: t.db, clock, mailer, batchSize, logger });

  const welcome = (tenant: string, to: string, opts: { maxAttempts?: number } = {}) =>
    t.db.tenant(tenant, async (tx) => {
      const msg = renderTemplate('user.welcome', 'fr', {
        displayName: 'Zoé',
        tenantName: 'Démo Mobile',
        login: to,
        setPasswordUrl: LINK,
        expiresAt: '26 novembre 2026 à 10:00',
      });
      return enqueueEmail(tx, {
        to,
        ...msg,
        template: 'user.welcome',
        locale: 'fr',
        entityType: 'user',
        entityId: to,
        now: clock.now(),
        ...opts,
      });
    });

  const rows = () =>
    t.db.system((tx) =>
      tx.query<{
        id: string;
        recipient: string;
        status: string;
        attempts: number;
        last_error: string | null;
        transport: string | null;
        next_attempt_at: Date;
        sent_at: Date | null;
      }>('SELECT * FROM outbox ORDER BY id'),
    );

  describe('enqueueing and reading', () => {
    it('enqueueEmail writes a pending row due now, in the caller’s transaction', async () => {
      const m = await welcome(TENANT_A, 'zoe@example.fr');
      expect(m).toMatchObject({
        tenantId: TENANT_A,
        channel: 'email',
        to: 'zoe@example.fr',
        subject: 'Votre accès à Démo Mobile',
        template: 'user.welcome',
        locale: 'fr',
        entityType: 'user',
        status: 'pending',
        attempts: 0,
        maxAttempts: 8,
        nextAttemptAt: clock.now(),
        createdAt: clock.now(),
        transport: null,
      });
      await expect(
        t.db.tenant(TENANT_A, async (tx) => {
          await enqueueEmail(tx, {
            to: 'x@example.fr',
            subject: 's',
            text: 't',
            template: 't',
            locale: 'en',
            now: clock.now(),
          });
          throw new Error('the change was refused');
        }),
      ).rejects.toThrow('the change was refused');
      expect(await rows()).toHaveLength(1);
    });

    it('refuses bad input and a transaction without a tenant', async () => {
      const base = { subject: 's', text: 't', template: 't', locale: 'en' as const, now: clock.now() };
      await expect(
        t.db.tenant(TENANT_A, (tx) => enqueueEmail(tx, { ...base, to: 'a@b.fr\r\nBcc: c@d.fr' })),
      ).rejects.toThrow(/recipient/);
      // A bad stored address is the client's 422 with a code, not a crash (issue 8).
      for (const to of ['"Evil"<attacker@evil.test>', 'Evil <attacker@evil.test>', 'a@b']) {
        const refused = await t.db
          .tenant(TENANT_A, (tx) => enqueueEmail(tx, { ...base, to }))
          .then(
            () => null,
            (e: unknown) => e,
          );
        expect(refused).toBeInstanceOf(AppError);
        expect((refused as AppError).code).toBe('outbox.recipient_invalid');
        expect(httpStatusOf((refused as AppError).code)).toBe(422);
      }
      await expect(
        t.db.tenant(TENANT_A, (tx) => enqueueEmail(tx, { ...base, to: 'a@b.fr', subject: 'x\ny' })),
      ).rejects.toThrow(/single line/);
      await expect(t.db.system((tx) => enqueueEmail(tx, { ...base, to: 'a@b.fr' }))).rejects.toThrow(
        /tenant/,
      );
    });

    it('lists newest first without bodies, reads one with its body, per tenant', async () => {
      const first = await welcome(TENANT_A, 'one@example.fr');
      clock.advance(1000);
      const second = await t.db.tenant(TENANT_A, (tx) =>
        enqueueTemplateEmail(tx, {
          to: 'two@example.fr',
          template: 'demo.welcome',
          locale: 'en',
          data: { tenantName: 'Demo', slug: 'demo-fr' },
          now: clock.now(),
        }),
      );
      await welcome(TENANT_B, 'other@example.fr');

      const page = await t.db.tenant(TENANT_A, (tx) => listOutbox(tx, { limit: 10, offset: 0 }));
      expect(page).toMatchObject({ total: 2, limit: 10, offset: 0 });
      expect(page.items.map((m) => m.id)).toEqual([second.id, first.id]);
      expect(page.items[1]).not.toHaveProperty('text');
      expect(JSON.stringify(page)).not.toContain(PASSWORD);
      const pending = await t.db.tenant(TENANT_A, (tx) =>
        listOutbox(tx, { status: 'sent', limit: 10, offset: 0 }),
      );
      expect(pending.total).toBe(0);

      const one = await t.db.tenant(TENANT_A, (tx) => getOutboxMessage(tx, first.id));
      expect(one?.text).toContain(PASSWORD);
      expect(one?.html).toContain(PASSWORD);
      expect(await t.db.tenant(TENANT_B, (tx) => getOutboxMessage(tx, first.id))).toBeUndefined();
      expect(await t.db.tenant(TENANT_B, (tx) => getOutboxMessage(tx, 'nope'))).toBeUndefined();
    });
  });

  describe('delivery', () => {
    it('local mailbox: delivered at once, transport local, with an .eml copy', async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'relais-mailbox-'));
      try {
        const mailer = createMailer({ mailFrom: FROM, mailboxDir: dir });
        mailers.push(mailer);
        const m = await welcome(TENANT_A, 'zoe@example.fr');
        expect(await deliver(mailer)).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
        expect((await rows())[0]).toMatchObject({
          status: 'sent',
          transport: 'local',
          attempts: 1,
          sent_at: clock.now(),
        });
        const eml = await readFile(path.join(dir, `${m.id}.eml`), 'utf8');
        expect(eml).toContain(`Message-ID: ${messageIdFor(m.id, FROM)}`);
        expect(eml).toContain('To: zoe@example.fr');
        expect(await deliver(mailer)).toEqual({ claimed: 0, sent: 0, retrying: 0, failed: 0 });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('issue 8: local mailbox files are 0600 in a 0700 directory, whatever the umask', async () => {
      const parent = await mkdtemp(path.join(os.tmpdir(), 'relais-mailbox-'));
      const previous = process.umask(0o022);
      try {
        // The mailer creates its directory itself, as on PostgreSQL (no embedded data dir before it).
        const dir = path.join(parent, 'mailbox');
        const mailer = createMailer({ mailFrom: FROM, mailboxDir: dir });
        mailers.push(mailer);
        const m = await welcome(TENANT_A, 'zoe@example.fr');
        await deliver(mailer);
        expect((await stat(dir)).mode & 0o777).toBe(0o700);
        expect((await stat(path.join(dir, `${m.id}.eml`))).mode & 0o777).toBe(0o600);
        // A directory made earlier with looser rights is tightened on the next delivery.
        await chmod(dir, 0o755);
        await welcome(TENANT_A, 'other@example.fr');
        await deliver(mailer);
        expect((await stat(dir)).mode & 0o777).toBe(0o700);
      } finally {
        process.umask(previous);
        await rm(parent, { recursive: true, force: true });
      }
    });

    it('issue 8: an access message that left by SMTP keeps no body; other messages keep theirs', async () => {
      const smtp = await peer();
      const mailer = smtpMailer(smtp.url);
      const access = await welcome(TENANT_A, 'zoe@example.fr');
      const other = await t.db.tenant(TENANT_A, (tx) =>
        enqueueTemplateEmail(tx, {
          to: 'two@example.fr',
          template: 'demo.welcome',
          locale: 'en',
          data: { tenantName: 'Demo', slug: 'demo-fr' },
          now: clock.now(),
        }),
      );
      expect(access.sensitive).toBe(true);
      expect(other.sensitive).toBe(false);
      expect((await deliver(mailer)).sent).toBe(2);
      expect(smtp.messages.find((m) => m.rcptTo[0] === 'zoe@example.fr')?.raw).toContain('set-password');
      const sent = await t.db.tenant(TENANT_A, (tx) => getOutboxMessage(tx, access.id));
      expect(sent).toMatchObject({
        status: 'sent',
        subject: 'Votre accès à Démo Mobile',
        to: 'zoe@example.fr',
      });
      expect(sent?.text).toBe('');
      expect(sent?.html).toBeNull();
      expect((await t.db.tenant(TENANT_A, (tx) => getOutboxMessage(tx, other.id)))?.text).toContain(
        'demo-fr',
      );
    });

    it('issue 8: the retention sweep empties delivered access messages after 72 h and idempotency keys after 24 h', async () => {
      const mailer = createMailer({ mailFrom: FROM });
      mailers.push(mailer);
      const access = await welcome(TENANT_A, 'zoe@example.fr');
      await deliver(mailer);
      // Delivered locally, the row is the mailbox: the body stays (for admins) while the link may work.
      expect((await t.db.tenant(TENANT_A, (tx) => getOutboxMessage(tx, access.id)))?.text).toContain(LINK);
      await t.db.tenant(TENANT_A, (tx) =>
        tx.query(
          `INSERT INTO idempotency_keys (tenant_id, key, principal, method, path, request_hash, status_code, response_body, created_at)
           VALUES (relais_tenant(), 'old', 'user:x', 'POST', '/api/x', 'h', 201, 'v1.x', $1),
                  (relais_tenant(), 'new', 'user:x', 'POST', '/api/x', 'h', 201, 'v1.x', $2)`,
          [
            new Date(clock.now().getTime() - 25 * 3_600_000),
            new Date(clock.now().getTime() - 23 * 3_600_000),
          ],
        ),
      );
      expect(await runRetention(t.db, clock.now())).toBe(1);
      const keys = await t.db.system((tx) => tx.query<{ key: string }>(`SELECT key FROM idempotency_keys`));
      expect(keys.map((k) => k.key)).toEqual(['new']);
      clock.advance(72 * 3_600_000 + 1000);
      await runRetention(t.db, clock.now());
      const purged = await t.db.tenant(TENANT_A, (tx) => getOutboxMessage(tx, access.id));
      expect(purged).toMatchObject({ status: 'sent', to: 'zoe@example.fr', text: '', html: null });
      await t.db.system((tx) => tx.exec('DELETE FROM idempotency_keys'));
    });

    it('issue 8: no set-password link outlives the sweep (link lifetimes within SENSITIVE_BODY_HOURS)', () => {
      expect(LONGEST_LINK_HOURS).toBeLessThanOrEqual(SENSITIVE_BODY_HOURS);
    });

    it('SMTP: every message reaches the peer exactly once, with a Message-ID from its outbox id', async () => {
      const smtp = await peer();
      const mailer = smtpMailer(smtp.url);
      const made = [];
      for (let i = 0; i < 6; i++)
        made.push(await welcome(i % 2 ? TENANT_A : TENANT_B, `user${i}@example.fr`));

      // Concurrent passes compete for the same rows; then more passes find nothing left.
      const reports = await Promise.all([deliver(mailer, 4), deliver(mailer, 4), deliver(mailer, 4)]);
      expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(6);
      expect((await deliver(mailer)).claimed).toBe(0);

      expect(smtp.messages).toHaveLength(6);
      expect(new Set(smtp.messages.map((m) => m.messageId))).toEqual(
        new Set(made.map((m) => messageIdFor(m.id, FROM))),
      );
      const first = smtp.messages.find((m) => m.rcptTo[0] === 'user0@example.fr');
      expect(first?.subject).toBe('Votre accès à Démo Mobile');
      expect(first?.raw).toContain('Message-ID: <');
      for (const r of await rows())
        expect(r).toMatchObject({ status: 'sent', transport: 'smtp', attempts: 1 });
    });

    it('SMTP unreachable: nothing is lost; rows wait with last_error, then go once the peer is back', async () => {
      const port = await closedPort();
      const mailer = smtpMailer(`smtp://127.0.0.1:${port}`);
      for (let i = 0; i < 3; i++) await welcome(TENANT_A, `user${i}@example.fr`);

      expect(await deliver(mailer)).toEqual({ claimed: 3, sent: 0, retrying: 3, failed: 0 });
      for (const r of await rows()) {
        expect(r).toMatchObject({ status: 'pending', attempts: 1, transport: null });
        expect(r.last_error).toMatch(/ECONNREFUSED|connect/i);
        expect(r.next_attempt_at).toEqual(new Date(clock.now().getTime() + seconds(30)));
      }
      expect(logs.some((l) => l.startsWith('warn e-mail not delivered'))).toBe(true);

      const smtp = await peer({ port });
      clock.advance(seconds(29));
      expect((await deliver(mailer)).claimed).toBe(0);
      clock.advance(seconds(1));
      expect(await deliver(mailer)).toEqual({ claimed: 3, sent: 3, retrying: 0, failed: 0 });
      expect(smtp.messages).toHaveLength(3);
      expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(3);
      for (const r of await rows())
        expect(r).toMatchObject({ status: 'sent', attempts: 2, transport: 'smtp' });
      clock.advance(seconds(3600));
      expect((await deliver(mailer)).claimed).toBe(0);
      expect(smtp.messages).toHaveLength(3);
    });

    it('fails after max attempts with backoff; retry puts it back and it is delivered', async () => {
      const port = await closedPort();
      const mailer = smtpMailer(`smtp://127.0.0.1:${port}`);
      const m = await welcome(TENANT_A, 'zoe@example.fr', { maxAttempts: 3 });

      expect((await deliver(mailer)).retrying).toBe(1);
      clock.advance(seconds(30));
      expect((await deliver(mailer)).retrying).toBe(1);
      expect((await rows())[0]?.next_attempt_at).toEqual(new Date(clock.now().getTime() + seconds(60)));
      clock.advance(seconds(60));
      expect((await deliver(mailer)).failed).toBe(1);
      expect((await rows())[0]).toMatchObject({ status: 'failed', attempts: 3 });
      clock.advance(seconds(86_400));
      expect((await deliver(mailer)).claimed).toBe(0);

      const notRetryable = await t.db
        .tenant(TENANT_A, async (tx) => {
          const pending = await enqueueEmail(tx, {
            to: 'p@example.fr',
            subject: 's',
            text: 't',
            template: 't',
            locale: 'en',
            now: clock.now(),
          });
          return retryOutboxMessage(tx, pending.id, clock.now());
        })
        .catch((e: unknown) => e);
      expect((notRetryable as AppError).code).toBe('outbox.not_retryable');
      const missing = await t.db
        .tenant(TENANT_B, (tx) => retryOutboxMessage(tx, m.id, clock.now()))
        .catch((e: unknown) => e);
      expect((missing as AppError).code).toBe('resource.not_found');

      const retried = await t.db.tenant(TENANT_A, (tx) => retryOutboxMessage(tx, m.id, clock.now()));
      expect(retried).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: clock.now() });
      expect(retried.lastError).toMatch(/ECONNREFUSED|connect/i);

      const smtp = await peer({ port });
      expect((await deliver(mailer)).sent).toBe(1);
      expect(smtp.messages.map((x) => x.messageId)).toEqual([messageIdFor(m.id, FROM)]);
      expect((await rows()).find((r) => r.id === m.id)).toMatchObject({ status: 'sent', attempts: 1 });
    });

    it('a permanent refusal (550 unknown mailbox) fails at once', async () => {
      const smtp = await peer({ rejectRecipient: (a) => a.startsWith('ghost@') });
      const mailer = smtpMailer(smtp.url);
      await welcome(TENANT_A, 'ghost@example.fr');
      await welcome(TENANT_A, 'real@example.fr');
      expect(await deliver(mailer)).toEqual({ claimed: 2, sent: 1, retrying: 0, failed: 1 });
      const ghost = (await rows()).find((r) => r.recipient === 'ghost@example.fr');
      expect(ghost).toMatchObject({ status: 'failed', attempts: 1 });
      expect(ghost?.last_error).toMatch(/550/);
    });

    it('a message claimed by a worker that died is due again when the lease ends', async () => {
      const smtp = await peer();
      const mailer = smtpMailer(smtp.url);
      await welcome(TENANT_A, 'zoe@example.fr');
      // A worker claims it and dies before sending anything.
      const claimed = await t.db.system((tx) =>
        claimDueOutbox(tx, clock.now(), new Date(clock.now().getTime() + seconds(300)), 10),
      );
      expect(claimed).toHaveLength(1);
      expect((await deliver(mailer)).claimed).toBe(0);
      clock.advance(seconds(299));
      expect((await deliver(mailer)).claimed).toBe(0);
      clock.advance(seconds(1));
      expect((await deliver(mailer)).sent).toBe(1);
      expect(smtp.messages).toHaveLength(1);
      expect((await rows())[0]).toMatchObject({ status: 'sent', attempts: 2 });
    });
  });
});
