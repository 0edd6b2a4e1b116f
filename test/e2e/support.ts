import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startRelais, webBuilt, type Running } from '../../src/runtime.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { ManualClock, type Clock } from '../../src/platform/clock.ts';
import { randomBytes } from 'node:crypto';
import { createTestDatabaseUrl } from '../support/db.ts';
import os from 'node:os';
import { appendFile, cp, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { openPglite } from '../../src/platform/db/pglite.ts';
import { SNAPSHOT_ENV, TEMPLATE_ENV } from '../support/global-setup.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('test-results/screenshots');

export interface E2E {
  relais: Running;
  browser: Browser;
  url: string;
  newPage(): Promise<Page>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts Relais as `npm start` does (demo data, in-process worker, built UI), on a fresh embedded
 * data dir — or a fresh PostgreSQL database when TEST_DATABASE_URL is set — and launches Chromium.
 */
export async function startE2E(
  env: Record<string, string> = {},
  /** A fixed clock (e.g. a weekday inside the operators' opening hours); default: the system's. */
  clock?: Clock,
): Promise<E2E> {
  if (!webBuilt())
    throw new Error('the web UI is not built: run `npm run build:web` (npm run test:e2e does it)');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'relais-e2e-'));
  // The database starts from the run's migrated snapshot (test/support/global-setup.ts) rather than
  // initdb + migrations; Relais opens it as its own and seeds the demo as on a first start.
  const pg = process.env.TEST_DATABASE_URL ? await createTestDatabaseUrl(process.env[TEMPLATE_ENV]) : null;
  const snapshot = process.env[SNAPSHOT_ENV];
  let secretKey = randomBytes(32).toString('base64');
  // The demo this file's server starts from: seeded once per run at an instant and copied. A
  // stopped clock seeds at its own instant (the same for every file that starts there). The
  // system's clock seeds at the run's start (the snapshot's time), as a server that has been
  // running since then would hold it: a dozen files each seeded the whole demo again (15 s quiet,
  // more than a minute beside the PostgreSQL pass in CI).
  const seedClock =
    clock instanceof ManualClock
      ? clock
      : clock === undefined && snapshot
        ? await runSeedClock(snapshot)
        : null;
  if (!pg && snapshot && seedClock) {
    const seeded = await demoSeededAt(snapshot, seedClock);
    await cp(path.join(seeded, 'pgdata'), path.join(dataDir, 'pgdata'), { recursive: true });
    secretKey = (await readFile(path.join(seeded, 'secret-key'), 'utf8')).trim();
  } else if (!pg && snapshot) {
    const db = await openPglite(path.join(dataDir, 'pgdata'), {
      loadDataDir: new Blob([await readFile(snapshot)]),
    });
    await db.close();
  }
  const config = loadConfig(
    { LOG_LEVEL: 'warn', PORT: '0', RELAIS_DATA_DIR: dataDir, RELAIS_DEMO: 'true', ...env },
    { secretKey, databaseUrl: pg?.url },
  );
  const relais = await startRelais(config, { logger: false, ...(clock ? { clock } : {}) });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  running = browser;
  return {
    relais,
    browser,
    url: relais.url,
    async newPage() {
      const context = await browser.newContext({
        locale: 'fr-FR',
        timezoneId: 'Europe/Paris',
        viewport: { width: 1280, height: 800 },
      });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
    async shot(page, name) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await browser.close();
      await relais.stop();
      await pg?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The data dir of a demo seeded at `clock`'s instant, made once per run and kept beside the run's
 * migrated snapshot (removed with it): nine files start at 2026-11-23 09:00 and each seeded the
 * whole demo again (about 15 s quiet, 70 s under load). It is made exactly as a first start makes it
 * (startRelais on the migrated snapshot, worker off, then stopped), with its own secret key, which
 * the files that copy it use. Files run one at a time (vitest.e2e.config.ts), and the directory
 * appears by an atomic rename, so a half-made copy is never read.
 */
async function demoSeededAt(snapshot: string, clock: ManualClock): Promise<string> {
  const at = clock.now().toISOString();
  const dir = path.join(path.dirname(snapshot), `demo-${at.replace(/[^0-9TZ]/g, '')}`);
  if (await stat(dir).catch(() => null)) return dir;
  const work = await mkdtemp(path.join(path.dirname(snapshot), 'seeding-'));
  const db = await openPglite(path.join(work, 'pgdata'), {
    loadDataDir: new Blob([await readFile(snapshot)]),
  });
  await db.close();
  const secretKey = randomBytes(32).toString('base64');
  const config = loadConfig(
    { LOG_LEVEL: 'warn', PORT: '0', RELAIS_DATA_DIR: work, RELAIS_DEMO: 'true', RELAIS_WORKER: 'false' },
    { secretKey },
  );
  const seeding = await startRelais(config, { logger: false, clock, listen: false, web: false });
  await seeding.stop();
  await writeFile(path.join(work, 'secret-key'), secretKey, { mode: 0o600 });
  // A seeding left running by a file whose start timed out may have finished first: keep its.
  await rename(work, dir).catch(async (err: unknown) => {
    if (!(await stat(dir).catch(() => null))) throw err;
    await rm(work, { recursive: true, force: true });
  });
  return dir;
}

/**
 * The instant the run's demo is seeded at for files on the system's clock: the run's start (when
 * its migrated snapshot was written), unless the day has changed since in a demo tenant's zone
 * (Paris, Jerusalem), where « today » would then differ from the seeded data's: then now, to the
 * minute, so the files after a midnight share a second seeding.
 */
async function runSeedClock(snapshot: string): Promise<ManualClock> {
  const started = (await stat(snapshot)).mtime;
  const now = new Date();
  const day = (at: Date, timeZone: string) => at.toLocaleDateString('en-CA', { timeZone });
  const sameDay = ['Europe/Paris', 'Asia/Jerusalem'].every((z) => day(started, z) === day(now, z));
  return new ManualClock(sameDay ? started : new Date(Math.floor(now.getTime() / 60_000) * 60_000));
}

/** The browser of the file's running E2E, read by `recordFailure`. */
let running: Browser | null = null;

export const FAILURES = path.resolve('test-results/failures.txt');

/**
 * After a failed test (test/e2e/on-failure.ts): what each open page showed — its address, its
 * main region's text and a screenshot — appended to test-results/failures.txt, which CI prints
 * last. A timeout's message says which element was awaited, not what the page said instead.
 */
export async function recordFailure(testName: string): Promise<void> {
  if (!running?.isConnected()) return;
  const pages = running.contexts().flatMap((c) => c.pages());
  const out: string[] = [`## ${testName} (${new Date().toISOString()})`];
  for (const [i, page] of pages.entries()) {
    if (page.isClosed()) continue;
    const text = await page
      .locator('main')
      .first()
      .textContent({ timeout: 2_000 })
      .catch(() => null);
    const file = `failure-${testName.replace(/[^a-zA-Z0-9]+/g, '-').slice(0, 60)}-${i}.png`;
    await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true }).catch(() => undefined);
    out.push(
      `- page ${i}: ${page.url()} (${file})`,
      `  ${(text ?? '(no main region)').replace(/\s+/g, ' ').slice(0, 2_000)}`,
    );
  }
  await mkdir(path.dirname(FAILURES), { recursive: true });
  await appendFile(FAILURES, `${out.join('\n')}\n\n`);
}

/** The demo users' password (src/modules/demo). */
export const DEMO_PASSWORD = 'relais-demo-2026';

/** Signs in through the login page (French labels); the caller waits for what comes next. */
export async function signIn(page: Page, url: string, login: string, password = DEMO_PASSWORD) {
  await page.goto(`${url}/login`);
  await page.getByLabel('Identifiant ou adresse e-mail').fill(login);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/**
 * Opens a page from the main navigation by its French name ("Clients", "Lignes"…); `exact` when the
 * name is part of another entry's ("Installateurs" and "Carte des installateurs").
 */
export async function nav(page: Page, name: string, exact = false): Promise<void> {
  const menu = page.getByRole('navigation', { name: 'Navigation principale' });
  // The place named exactly, when there is one: « Clients » is also the start of « Clients à
  // compléter », and a partial match would find both.
  const exactLink = menu.getByRole('link', { name, exact: true });
  const link = exact || (await exactLink.count()) > 0 ? exactLink : menu.getByRole('link', { name });
  const href = (await link.getAttribute('href')) ?? '';
  await link.click();
  // Until the address changes, the page before is still on screen: a locator that matches both
  // (a customer's name is a link on the fleet list and on the customers' list) would find the old one.
  await page.waitForURL((u) => u.pathname === new URL(href, u).pathname);
}

// ── The internet pages of demo-il (issue 11), shared by the internet e2e files ─────────────────

/** demo-il's agent (Agathe), who works the internet subscriptions in French. */
export const IL_AGENT = 'agent@demo-il.relais.test';

/** Signs demo-il's agent in and waits for the home page. */
export async function signInIlAgent(page: Page, url: string): Promise<void> {
  await signIn(page, url, IL_AGENT);
  await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
}

/** Opens a customer's page from the Clients list; waits for its internet card. */
export async function openInternetCustomer(page: Page, customer: string): Promise<void> {
  await nav(page, 'Clients');
  await page.getByRole('link', { name: customer, exact: true }).click();
  await page.getByRole('heading', { name: 'Abonnements internet' }).waitFor();
}

/** Opens a customer's (first, or the one whose link matches) internet subscription page. */
export async function openInternetSubscription(page: Page, customer: string, link = /Ouvrir INT-/) {
  await openInternetCustomer(page, customer);
  await page
    .getByRole('region', { name: 'Abonnements internet' })
    .getByRole('link', { name: link })
    .first()
    .click();
  await page.getByRole('heading', { name: /Abonnement internet (HOT|Partner) — INT-/ }).waitFor();
}

/** A row of the subscription page's description lists, by its French term. */
export function internetDetail(page: Page, term: string) {
  return page.locator('.k-dl__item').filter({ has: page.getByText(term, { exact: true }) });
}

/** The table row holding an action's button, by the button's French name. */
export function internetActionRow(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) });
}
