import { readFile, writeFile } from 'node:fs/promises';
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, type Config } from './platform/config.ts';
import { ROLES, type Role } from './platform/auth/principal.ts';
import { acquireDataDir, DataDirBusyError, readRunningServer } from './platform/data-dir.ts';
import { openDb } from './platform/db/index.ts';
import { openPglite } from './platform/db/pglite.ts';
import { migrate } from './platform/db/migrate.ts';
import { createTokenForSlug, UnknownTenantError } from './modules/tokens/cli.ts';
import { DEMO_PASSWORD, DEMO_ROLES, DEMO_TENANTS, demoEmail } from './modules/demo/seed.ts';
import { startRelais, webBuilt } from './runtime.ts';
import { buildApp } from './app.ts';
import { systemClock } from './platform/clock.ts';
import { createSecretBox, loadOrCreateEmbeddedKey } from './platform/secrets/index.ts';
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { LOG_REDACT } from './platform/http/server.ts';
import { startPlatformWorker, type WorkerLogger } from './platform/jobs/index.ts';
import { buildActionRegistry, defaultOperators } from './actions.ts';
import { registerUsageCommand } from './cli-usage.ts';
import { withEmbeddedDb } from './cli-db.ts';
import { withUsageInbox } from './worker.ts';

/** The menu item that shows the local mailbox, as the navigation names it (web/src/i18n/fr.ts nav.outbox). */
const MAILBOX_MENU_ITEM = 'Messages';

function fail(message: string): never {
  process.stderr.write(`relais: ${message}\n`);
  process.exit(1);
}

function config(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
}

/** Embedded mode keeps its generated secret key in the data dir. */
async function withSecretKey(c: Config): Promise<Config> {
  if (c.secretKey || c.databaseUrl) return c;
  return { ...c, secretKey: await loadOrCreateEmbeddedKey(c.dataDir) };
}

/** SIGINT or SIGTERM (Ctrl-C, a service manager) stops what runs, then the process ends. */
function stopOnSignal(stop: (signal: NodeJS.Signals) => Promise<unknown>): void {
  const shutdown = (signal: NodeJS.Signals) => void stop(signal).then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

const program = new Command()
  .name('relais')
  .description('Relais — back office for telecom resellers')
  .showHelpAfterError();

program
  .command('start')
  .description('start the server (and the worker unless RELAIS_WORKER=false)')
  .action(async () => {
    const c = await withSecretKey(config());
    let running;
    try {
      running = await startRelais(c);
    } catch (err) {
      if (err instanceof DataDirBusyError) {
        fail(
          `Relais is already running on ${c.dataDir} (process ${err.pid}). Stop it first, or set RELAIS_DATA_DIR.`,
        );
      }
      throw err;
    }
    const lines = [
      '',
      `Relais is running: ${running.url}`,
      `  database: ${c.databaseUrl ? 'PostgreSQL' : `embedded (PGlite) in ${c.dataDir}`}`,
      `  e-mail:   ${c.smtpUrl ? 'SMTP' : `local mailbox (shown in the UI under ${MAILBOX_MENU_ITEM})`}`,
      `  API docs: ${running.url}/api/docs`,
    ];
    if (!webBuilt())
      lines.push('  web UI:   not built — run `npm run build:web` (npm start does it for you)');
    if (c.seedDemo) {
      lines.push('', `Demo sign-in (password for every demo user: ${DEMO_PASSWORD})`);
      for (const t of DEMO_TENANTS) {
        lines.push(`  ${t.legalName} (${t.slug}):`);
        for (const r of DEMO_ROLES) lines.push(`    ${r.role.padEnd(13)} ${demoEmail(t.slug, r.role)}`);
      }
    }
    process.stdout.write(`${lines.join('\n')}\n\n`);
    stopOnSignal((signal) => {
      running.app.log.info({ signal }, 'stopping');
      return running.stop();
    });
  });

program
  .command('worker')
  .description('run only the worker: due jobs, effective-dated actions, outbox (PostgreSQL)')
  .action(async () => {
    const c = await withSecretKey(config());
    if (!c.databaseUrl) {
      fail(
        'on the embedded database the worker runs inside `relais start`; a separate worker needs DATABASE_URL (PostgreSQL).',
      );
    }
    const db = await openDb(c);
    const log = pino({ level: c.logLevel, redact: { paths: LOG_REDACT, censor: '[redacted]' } });
    const actions = buildActionRegistry(undefined, {
      operators: defaultOperators({ rechargeDelayMs: c.simulatorRechargeDelayMs }),
    });
    const sink: WorkerLogger = {
      debug: (o, m) => log.debug(o, m),
      info: (o, m) => log.info(o, m),
      warn: (o, m) => log.warn(o, m),
      error: (o, m) => log.error(o, m),
    };
    const platformWorker = startPlatformWorker(
      {
        config: c,
        db,
        clock: systemClock,
        actions,
        // Decrypts the TM Forum hub's signing secrets (RELAIS_SECRET_KEY, required with PostgreSQL).
        ...(c.secretKey
          ? { secrets: createSecretBox({ key: c.secretKey, previousKeys: c.previousSecretKeys }) }
          : {}),
      },
      sink,
    );
    // The CDR inbox (RELAIS_USAGE_INBOX) runs beside the worker; several workers share it safely.
    const worker = withUsageInbox(platformWorker, { config: c, db, clock: systemClock, actions }, sink);
    stopOnSignal(() => worker.stop().then(() => db.close()));
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(async () => {
    const c = config();
    if (!c.databaseUrl) {
      const running = await readRunningServer(c.dataDir);
      if (running)
        fail(
          `Relais is running (process ${running.pid}) and applied its migrations at start; nothing to do while it runs.`,
        );
    }
    const release = c.databaseUrl
      ? null
      : await acquireDataDir(c.dataDir).catch((e: unknown) => {
          if (e instanceof DataDirBusyError)
            fail(`the data dir ${c.dataDir} is in use by process ${e.pid}; stop it first.`);
          throw e;
        });
    const db = await openDb(c);
    try {
      const applied = await migrate(db);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
    } finally {
      await db.close();
      await release?.();
    }
  });

const token = program.command('token').description('API tokens for machine clients');
token
  .command('create')
  .description('create an API token and print it (only the token, on stdout)')
  .requiredOption('--tenant <slug>', 'tenant (reseller) slug, e.g. demo-fr')
  .requiredOption('--role <role>', `role: ${ROLES.join(', ')}`, (v: string) => {
    if (!(ROLES as readonly string[]).includes(v))
      throw new InvalidArgumentError(`expected one of ${ROLES.join(', ')}`);
    return v as Role;
  })
  .option('--name <name>', 'a name to recognise the token by', 'relais-cli')
  .action(async (opts: { tenant: string; role: Role; name: string }) => {
    const c = config();
    try {
      if (!c.databaseUrl) {
        const running = await readRunningServer(c.dataDir);
        if (running) {
          // The embedded database belongs to the running server: ask it.
          const res = await fetch(`${running.url}/_control/tokens`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-relais-control': running.controlToken },
            body: JSON.stringify({ tenant: opts.tenant, role: opts.role, name: opts.name }),
          }).catch(() =>
            fail(`Relais (process ${running.pid}) holds the data dir but does not answer at ${running.url}.`),
          );
          const body = (await res.json().catch(() => ({}))) as { secret?: string; detail?: string };
          if (!res.ok || !body.secret)
            fail(
              body.detail ??
                `the running server refused (HTTP ${res.status}); is the tenant "${opts.tenant}" right?`,
            );
          process.stdout.write(`${body.secret}\n`);
          return;
        }
        const secret = await withEmbeddedDb(c, fail, (db) =>
          createTokenForSlug(db, systemClock.now(), opts.tenant, opts.role, opts.name),
        );
        process.stdout.write(`${secret}\n`);
        return;
      }
      const db = await openDb(c);
      try {
        process.stdout.write(
          `${await createTokenForSlug(db, systemClock.now(), opts.tenant, opts.role, opts.name)}\n`,
        );
      } finally {
        await db.close();
      }
    } catch (err) {
      if (err instanceof UnknownTenantError) fail(err.message);
      throw err;
    }
  });

registerUsageCommand(program, { config, fail });

program
  .command('openapi')
  .description('write or check the OpenAPI document')
  .option('--out <file>', 'write the document to this file')
  .option('--check <file>', 'fail if this file is not up to date')
  .action(async (opts: { out?: string; check?: string }) => {
    const text = await openapiDocument();
    if (opts.out) await writeFile(opts.out, text);
    else if (opts.check) {
      const current = await readFile(opts.check, 'utf8').catch(() => '');
      if (current !== text) fail(`${opts.check} is out of date: run \`npm run openapi\` and commit it.`);
      process.stdout.write(`${opts.check} is up to date\n`);
    } else process.stdout.write(text);
  });

/** The OpenAPI document, built from the route schemas on a throw-away in-memory database. */
export async function openapiDocument(): Promise<string> {
  const db = await openPglite(undefined);
  const key = randomBytes(32).toString('base64');
  const c = loadConfig({ RELAIS_DEMO: 'false', LOG_LEVEL: 'silent' }, { secretKey: key });
  const app = await buildApp(
    {
      config: c,
      db,
      clock: systemClock,
      secrets: createSecretBox({ key }),
      operators: defaultOperators(),
      actions: buildActionRegistry(),
    },
    { logger: false },
  );
  const doc = app.swagger();
  await app.close();
  await db.close();
  return `${JSON.stringify(doc, null, 2)}\n`;
}

await program.parseAsync(process.argv);
