import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, TEST_PASSWORD, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { newId } from '../../src/platform/clock.ts';
import { hashPassword } from '../../src/platform/auth/passwords.ts';

const MAX = 5;
const ADDRESS_MAX = 30;

/**
 * The sign-in limit holds against the bypasses a review found: a login typed with spaces, another
 * case or fullwidth letters, the username instead of the e-mail, a new address for each guess, a
 * new login for each guess from one address. Successful sign-ins never count.
 * Addresses are varied through X-Forwarded-For (the app trusts the proxy here).
 */
describe(`sign-in limit (${testEngine})`, () => {
  let t: TestApp;
  let tenantId: string;
  let hash: string;
  let ipSeq = 0;
  const freshIp = () => `10.${(ipSeq >> 16) & 255}.${(ipSeq >> 8) & 255}.${ipSeq++ & 255}`;

  const attempt = (login: string, password: string, ip: string) =>
    new Client(t.url).post('/api/session', { login, password }, { 'x-forwarded-for': ip });

  /** A user with an e-mail and a username, signing in with TEST_PASSWORD. */
  const newUser = async (): Promise<{ email: string; username: string }> => {
    const n = newId().slice(-12);
    const email = `user.${n}@limit.test`;
    const username = `agent-${n}`;
    await t.db.tenant(tenantId, (tx) =>
      tx.query(
        `INSERT INTO users (tenant_id, id, email, login, display_name, role, password_hash, must_change_password, created_at, updated_at)
         VALUES (relais_tenant(), $1, $2, $3, 'Agent', 'agent', $4, false, now(), now())`,
        [newId(), email, username, hash],
      ),
    );
    return { email, username };
  };

  beforeAll(async () => {
    t = await startTestApp({
      RELAIS_LOGIN_MAX_ATTEMPTS: String(MAX),
      RELAIS_LOGIN_ADDRESS_MAX_FAILURES: String(ADDRESS_MAX),
      RELAIS_LOGIN_WINDOW_SECONDS: '600',
      RELAIS_TRUST_PROXY: 'true',
    });
    tenantId = (await createTenant(t.db, 'limite')).id;
    hash = await hashPassword(TEST_PASSWORD);
  }, 240_000);
  afterAll(() => t.close());

  it('twenty successful sign-ins in five minutes from one address are never locked out', async () => {
    const u = await newUser();
    const ip = freshIp();
    for (let i = 0; i < 20; i++) {
      const res = await attempt(i % 2 ? u.email : u.username, TEST_PASSWORD, ip);
      expect(res.status, `sign-in ${i + 1}`).toBe(200);
      t.clock.advance(15_000);
    }
  });

  it('e-mail and username of one user share one budget, whatever the address', async () => {
    const u = await newUser();
    for (let i = 0; i < MAX; i++) {
      const res = await attempt(i % 2 ? u.email : u.username, `faux-${i}`, freshIp());
      expect(res.status).toBe(401);
    }
    const limited = await attempt(u.email, TEST_PASSWORD, freshIp());
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('auth.rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await attempt(u.username, TEST_PASSWORD, freshIp())).status).toBe(429);
    // The window passes: the user signs in again.
    t.clock.advance(601_000);
    expect((await attempt(u.username, TEST_PASSWORD, freshIp())).status).toBe(200);
  });

  it('a leading space does not open a fresh budget', async () => {
    const u = await newUser();
    const ip = freshIp();
    for (let i = 0; i < MAX; i++) {
      expect((await attempt(`${' '.repeat(i + 1)}${u.email}`, `faux-${i}`, ip)).status).toBe(401);
    }
    expect((await attempt(u.email, TEST_PASSWORD, ip)).status).toBe(429);
  });

  it('logins that match nobody share a budget across their spelling variants', async () => {
    const ip = freshIp();
    const variants = [
      'ghost@limit.test',
      ' GHOST@limit.test',
      'Ghost@Limit.Test ',
      'ｇｈｏｓｔ＠ｌｉｍｉｔ．ｔｅｓｔ',
    ];
    for (let i = 0; i < MAX; i++) {
      expect((await attempt(variants[i % variants.length] ?? '', 'x', ip)).status).toBe(401);
    }
    expect((await attempt('gHoSt@limit.test', 'x', ip)).status).toBe(429);
  });

  it('limits one address across logins, and only that address', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < ADDRESS_MAX + 3; i++) {
      statuses.push((await attempt(`inconnu-${i}@limit.test`, 'x', ip)).status);
    }
    expect(statuses.slice(0, ADDRESS_MAX).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(ADDRESS_MAX)).toEqual([429, 429, 429]);
    // Even a good password from that address waits; another address is not affected.
    const u = await newUser();
    expect((await attempt(u.email, TEST_PASSWORD, ip)).status).toBe(429);
    expect((await attempt(u.email, TEST_PASSWORD, freshIp())).status).toBe(200);
  });

  it('property: trimmed, cased, NFKC-folded and username/e-mail variants all spend one budget', async () => {
    const fullwidth = (ch: string) =>
      ch >= '!' && ch <= '~' ? String.fromCodePoint(ch.codePointAt(0)! - 0x21 + 0xff01) : ch;
    const variant = (base: string) =>
      fc
        .tuple(
          fc.array(fc.constantFrom(' ', '\t', '\u00a0'), { maxLength: 3 }),
          fc.array(fc.constantFrom('keep', 'upper', 'fullwidth'), {
            minLength: base.length,
            maxLength: base.length,
          }),
          fc.array(fc.constantFrom(' ', '\t'), { maxLength: 3 }),
        )
        .map(
          ([before, how, after]) =>
            before.join('') +
            [...base]
              .map((ch, i) =>
                how[i] === 'upper' ? ch.toUpperCase() : how[i] === 'fullwidth' ? fullwidth(ch) : ch,
              )
              .join('') +
            after.join(''),
        );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: MAX, maxLength: MAX }),
        fc.infiniteStream(fc.nat()),
        async (useEmail, seeds) => {
          const u = await newUser();
          const it = seeds[Symbol.iterator]();
          for (const byEmail of useEmail) {
            const base = byEmail ? u.email : u.username;
            const login = fc.sample(variant(base), { numRuns: 1, seed: it.next().value as number })[0]!;
            const res = await attempt(login, 'mauvais mot de passe', freshIp());
            expect(res.status, JSON.stringify(login)).toBe(401);
          }
          expect((await attempt(u.email, TEST_PASSWORD, freshIp())).status).toBe(429);
          expect((await attempt(u.username, TEST_PASSWORD, freshIp())).status).toBe(429);
        },
      ),
      { numRuns: 6 },
    );
  });
});
