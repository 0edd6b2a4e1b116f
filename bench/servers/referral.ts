/**
 * Child process of the `referral` entry's request-level part (issue 13 "Speed"): one database
 * (PGlite on disk or PostgreSQL) with a tenant whose directory holds BENCH_REF_INSTALLERS signed
 * installers spread over France and 2 × BENCH_REF_ACCOUNTS consenting customers, and on it
 *  - the real Relais app (buildApp, production logger), where the parent posts
 *    `POST /api/referral/accounts/:id/referrals` as a signed-in agent (session cookie, CSRF,
 *    TypeBox validation, the policy, the mutation wrapper, problem+json on errors);
 *  - a bare Fastify app (no hooks, no auth, no schema) whose `POST /referrals/:id` runs the same
 *    SQL: the module's own `referCustomer` (consent, open referral, the kept kd-tree and its
 *    directory stamp, the insert, the outbox e-mail, the 48 h check, the audit row) in one tenant
 *    transaction, as the agent.
 * Each request refers a different customer (a referral is refused while one is open): the first
 * half of the accounts is for Relais, the second half for the bare route.
 *
 * Env: BENCH_ENGINE (pglite | postgres), BENCH_DB_URL, BENCH_POOL, BENCH_LOG_LEVEL,
 * BENCH_REF_INSTALLERS, BENCH_REF_ACCOUNTS.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { buildApp } from '../../src/app.ts';
import { buildActionRegistry, defaultOperators } from '../../src/actions.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { systemClock } from '../../src/platform/clock.ts';
import type { Deps } from '../../src/platform/context.ts';
import type { Db } from '../../src/platform/db/db.ts';
import { openPglite } from '../../src/platform/db/pglite.ts';
import { openPostgres } from '../../src/platform/db/postgres.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { createSecretBox } from '../../src/platform/secrets/index.ts';
import { AppError } from '../../src/platform/errors.ts';
import { communesOf, isLocated } from '../../src/modules/referral/geocode.ts';
import { referCustomer } from '../../src/modules/referral/refer-customer.ts';
import { Client, createTenant } from '../../test/support/app.ts';
import { reportFatal, serveParent } from '../lib/child.ts';

export interface ReferralReady {
  engine: 'pglite' | 'postgres';
  engineVersion: string;
  relaisUrl: string;
  bareUrl: string;
  agentLogin: string;
  installers: number;
  /** Customers (with consent, no referral yet) for Relais and for the bare route. */
  relaisAccounts: string[];
  bareAccounts: string[];
  /** The postal code each account's referral is for (same list for both halves). */
  postalCodes: string[];
  seedSeconds: number;
}

const engine = process.env.BENCH_ENGINE === 'postgres' ? 'postgres' : 'pglite';
const dbUrl = process.env.BENCH_DB_URL;
const poolSize = Number(process.env.BENCH_POOL ?? '10');
const logLevel = process.env.BENCH_LOG_LEVEL ?? 'info';
const installerCount = Number(process.env.BENCH_REF_INSTALLERS ?? '200');
const accountCount = Number(process.env.BENCH_REF_ACCOUNTS ?? '200');

/**
 * Postal codes of metropolitan France that name one commune GeoNames locates, spread over the
 * whole list (La Poste's base is sorted by code, hence by department): deterministic.
 */
function spreadPostalCodes(n: number, offset: number): string[] {
  const require = createRequire(import.meta.url);
  const all = [
    ...new Set(
      (require('codes-postaux/codes-postaux.json') as { codePostal: string }[])
        .map((e) => e.codePostal)
        .filter((c) => !/^9[78]/.test(c)),
    ),
  ]
    .sort()
    .filter((c) => {
      const communes = communesOf(c);
      return communes.length === 1 && isLocated(communes[0]!.code);
    });
  const step = all.length / n;
  return Array.from({ length: n }, (_, i) => all[Math.floor(i * step + offset * step) % all.length]!);
}

/** Runs `fn` over `items` with `width` requests in flight. */
async function inParallel<T>(items: readonly T[], width: number, fn: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i]!, i);
      }
    }),
  );
}

async function expectStatus(res: { status: number; body: unknown }, status: number, what: string) {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
}

async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  let tmpDir: string | null = null;
  let db: Db;
  if (engine === 'pglite') {
    tmpDir = await mkdtemp(path.join(os.tmpdir(), 'relais-bench-referral-'));
    db = await openPglite(path.join(tmpDir, 'pgdata'));
  } else {
    if (!dbUrl) throw new Error('BENCH_DB_URL is required for postgres');
    db = await openPostgres(dbUrl, poolSize);
  }
  await migrate(db);
  const engineVersion = (await db.system((tx) => tx.one<{ v: string }>('SELECT version() AS v'))).v;
  // Two tenants, so row-level security has something to filter out.
  const tenant = await createTenant(db, 'bench-ref-a');
  await createTenant(db, 'bench-ref-b');

  const secretKey = randomBytes(32).toString('base64');
  const config = loadConfig(
    { NODE_ENV: 'production', LOG_LEVEL: logLevel, RELAIS_DEMO: 'false', RELAIS_DB_POOL: String(poolSize) },
    { secretKey, databaseUrl: engine === 'postgres' ? dbUrl : undefined, dataDir: tmpDir ?? os.tmpdir() },
  );
  // As the server starts: every module's action kinds (the referral's 48 h check among them).
  const operators = defaultOperators();
  const deps: Deps = {
    config,
    db,
    clock: systemClock,
    secrets: createSecretBox({ key: secretKey }),
    operators,
    actions: buildActionRegistry(undefined, { operators }),
  };
  const relais = await buildApp(deps);
  const relaisUrl = await relais.listen({ port: 0, host: '127.0.0.1' });

  // The data set, through Relais' own API (as an admin and an agent would enter it).
  const admin = await Client.login(relaisUrl, tenant.users.admin.email);
  const agent = await Client.login(relaisUrl, tenant.users.agent.email);
  const installerCodes = spreadPostalCodes(installerCount, 0);
  await inParallel(installerCodes, 4, async (postalCode, i) => {
    const added = await admin.post('/api/referral/installers', {
      company: `Antennes ${i}`,
      contactName: 'Responsable',
      email: `installateur-${i}@bench.test`,
      line1: '1 rue de la Parabole',
      postalCode,
    });
    await expectStatus(added, 201, `installer ${postalCode}`);
    const id = (added.body.installer as { id: string }).id;
    await expectStatus(
      await admin.post(`/api/referral/installers/${id}/charter`, { charterVersion: '2009-11' }),
      200,
      'charter',
    );
  });
  const postalCodes = spreadPostalCodes(accountCount, 0.5);
  const accounts: string[] = [];
  await inParallel(
    Array.from({ length: 2 * accountCount }, (_, i) => i),
    4,
    async (i) => {
      const acc = await agent.post('/api/accounts', {
        kind: 'person',
        firstName: `Client${i}`,
        lastName: 'Banc',
        email: `client-${i}@bench.test`,
        billingDay: 1,
      });
      await expectStatus(acc, 201, 'account');
      const id = String(acc.body.id);
      await expectStatus(
        await agent.post(`/api/referral/accounts/${id}/consents`, {
          purpose: 'Mise en relation',
          channel: 'phone',
        }),
        201,
        'consent',
      );
      accounts[i] = id;
    },
  );

  // The bare route: the same use case's SQL in one tenant transaction, none of the HTTP stack.
  const actor = { type: 'user' as const, id: tenant.users.agent.id, label: tenant.users.agent.email };
  const bare = Fastify({ logger: false });
  bare.post<{ Params: { id: string }; Body: { postalCode: string } }>(
    '/referrals/:id',
    async (req, reply) => {
      try {
        const referral = await db.tenant(tenant.id, (tx) =>
          referCustomer(
            { tx, tenantId: tenant.id, actor, now: deps.clock.now(), requestId: randomUUID(), locale: 'fr' },
            deps.actions,
            req.params.id,
            { postalCode: req.body.postalCode, needsSatelliteAndInternet: true, tvOverAdslEligible: false },
          ),
        );
        return reply.code(201).send(referral);
      } catch (err) {
        if (err instanceof AppError) return reply.code(409).send({ code: err.code });
        throw err;
      }
    },
  );
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

  const ready: ReferralReady = {
    engine,
    engineVersion,
    relaisUrl,
    bareUrl,
    agentLogin: tenant.users.agent.email,
    installers: installerCount,
    relaisAccounts: accounts.slice(0, accountCount),
    bareAccounts: accounts.slice(accountCount),
    postalCodes,
    seedSeconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
  serveParent(ready, {}, async () => {
    await bare.close();
    await relais.close();
    await db.close();
    if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
  });
}

main().catch(reportFatal);
