import { buildActionRegistry, defaultOperators } from './actions.ts';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Type } from '@sinclair/typebox';
import type { Config } from './platform/config.ts';
import type { Clock } from './platform/clock.ts';
import { systemClock } from './platform/clock.ts';
import type { Db } from './platform/db/db.ts';
import { openDb } from './platform/db/index.ts';
import { migrate } from './platform/db/migrate.ts';
import type { Deps } from './platform/context.ts';
import { acquireDataDir, writeServerInfo } from './platform/data-dir.ts';
import { buildApp } from './app.ts';
import type { App } from './platform/http/server.ts';
import { seedDemo } from './modules/demo/seed.ts';
import { createTokenForSlug, UnknownTenantError } from './modules/tokens/cli.ts';
import { usageControlRoutes } from './modules/usage/control-routes.ts';
import type { FastifyRequest } from 'fastify';
import { ROLES } from './platform/auth/principal.ts';
import { createSecretBox } from './platform/secrets/index.ts';
import { AppError } from './platform/errors.ts';
import { startPlatformWorker, type PlatformWorker } from './worker.ts';
import { loadCatalog } from './modules/catalog/load.ts';
import { loadInternetCatalog } from './modules/internet/load-catalog.ts';
import { ensureMonthlyRuns } from './modules/billing/service.ts';
import { ensureUsageCloses } from './modules/usage/close-usage-month.ts';

export const ROOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIR = path.join(ROOT_DIR, 'dist', 'web');

export interface Running {
  app: App;
  db: Db;
  deps: Deps;
  url: string;
  worker: PlatformWorker | null;
  demoCreated: boolean;
  /** Milliseconds the demo seeding took at this start (0 when the demo is off). */
  demoSeedMs: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  /** Serve the built web UI (dist/web) when present. */
  web?: boolean;
  logger?: boolean | object;
  listen?: boolean;
}

/**
 * Starts Relais: lock the data dir (embedded), open the database, migrate, seed the demo on an
 * empty database, serve HTTP, run the worker. `stop()` undoes it in reverse order.
 */
export async function startRelais(config: Config, opts: StartOptions = {}): Promise<Running> {
  const clock = opts.clock ?? systemClock;
  const release = config.databaseUrl ? null : await acquireDataDir(config.dataDir);
  let db: Db | undefined;
  try {
    db = await openDb(config);
    await migrate(db);
    await loadCatalog(db);
    await loadInternetCatalog(db);
    if (!config.secretKey) throw new Error('RELAIS_SECRET_KEY is not set');
    const secrets = createSecretBox({ key: config.secretKey, previousKeys: config.previousSecretKeys });
    const operators = defaultOperators({ rechargeDelayMs: config.simulatorRechargeDelayMs });
    const deps: Deps = {
      config,
      db,
      clock,
      secrets,
      operators,
      actions: buildActionRegistry(undefined, { operators }),
    };
    const seedStarted = performance.now();
    const demoCreated = config.seedDemo ? await seedDemo(db, clock.now(), deps) : false;
    const seedMs = Math.round(performance.now() - seedStarted);
    // CAT-01: every tenant (the demo's, and any created since the last start) has its monthly run.
    await ensureMonthlyRuns(db, deps.actions, clock.now());
    // Issue 12 §3–§4: every tenant has its usage month close (and the purge that follows it).
    await ensureUsageCloses(db, deps.actions, clock.now());
    const controlToken = randomBytes(32).toString('base64url');
    const app = await buildApp(deps, {
      webDir: opts.web === false ? undefined : WEB_DIR,
      logger: opts.logger,
      extraRoutes: (a) => registerControlRoutes(a, deps, controlToken),
    });
    if (config.seedDemo) app.log.info({ ms: seedMs, created: demoCreated }, 'demo seeded');
    const worker = config.runWorker ? startPlatformWorker(deps, app.log) : null;
    let url = '';
    if (opts.listen !== false) {
      await app.listen({ port: config.port, host: config.host });
      const addr = app.server.address();
      const port = typeof addr === 'object' && addr ? addr.port : config.port;
      url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
      if (!config.databaseUrl) await writeServerInfo(config.dataDir, { pid: process.pid, url, controlToken });
    }
    const openedDb = db;
    let stopped = false;
    return {
      app,
      db: openedDb,
      deps,
      url,
      worker,
      demoCreated,
      demoSeedMs: seedMs,
      async stop() {
        if (stopped) return;
        stopped = true;
        await worker?.stop();
        await app.close();
        await openedDb.close();
        await release?.();
      },
    };
  } catch (err) {
    await db?.close().catch(() => undefined);
    await release?.();
    throw err;
  }
}

/**
 * Lets `relais token create` work while the embedded server holds the data dir: the command
 * reads the control token from the data dir (mode 0600) and asks the running server.
 * Loopback only; not part of the public API.
 */
function registerControlRoutes(app: App, deps: Deps, controlToken: string): void {
  const expected = Buffer.from(controlToken);
  // The token is checked before the body is even parsed: without it, nothing about the
  // route (its fields, its limits) is answered.
  const onRequest = async (req: FastifyRequest) => {
    const sent = Buffer.from(String(req.headers['x-relais-control'] ?? ''));
    const loopback = ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');
    if (!loopback || sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      throw new AppError('auth.token_invalid');
    }
  };
  // `relais usage import` while the server holds the embedded data dir (issue 12).
  usageControlRoutes(app, deps, onRequest);
  app.post(
    '/_control/tokens',
    {
      onRequest,
      schema: {
        hide: true,
        body: Type.Object(
          {
            tenant: Type.String({ minLength: 1, maxLength: 40 }),
            role: Type.Union(ROLES.map((r) => Type.Literal(r))),
            name: Type.String({ minLength: 1, maxLength: 100 }),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req, reply) => {
      try {
        const secret = await createTokenForSlug(
          deps.db,
          deps.clock.now(),
          req.body.tenant,
          req.body.role,
          req.body.name,
        );
        return { secret };
      } catch (err) {
        // `relais token create --tenant inconnu` beside a running server: the command prints this.
        if (err instanceof UnknownTenantError) return reply.code(404).send({ detail: err.message });
        throw err;
      }
    },
  );
}

export function webBuilt(): boolean {
  return existsSync(path.join(WEB_DIR, 'index.html'));
}
