import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startRelais, webBuilt, type Running } from '../../src/runtime.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { randomBytes } from 'node:crypto';
import { createTestDatabaseUrl } from '../support/db.ts';
import os from 'node:os';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
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
  if (!pg && snapshot) {
    const db = await openPglite(path.join(dataDir, 'pgdata'), {
      loadDataDir: new Blob([await readFile(snapshot)]),
    });
    await db.close();
  }
  const config = loadConfig(
    { LOG_LEVEL: 'warn', PORT: '0', RELAIS_DATA_DIR: dataDir, RELAIS_DEMO: 'true', ...env },
    { secretKey: randomBytes(32).toString('base64'), databaseUrl: pg?.url },
  );
  const relais = await startRelais(config, { logger: false, ...(clock ? { clock } : {}) });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
  await mkdir(SCREENSHOTS, { recursive: true });
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

/** The demo users' password (src/modules/demo). */
export const DEMO_PASSWORD = 'relais-demo-2026';

/** Signs in through the login page (French labels); the caller waits for what comes next. */
export async function signIn(page: Page, url: string, login: string, password = DEMO_PASSWORD) {
  await page.goto(`${url}/login`);
  await page.getByLabel('Identifiant ou adresse e-mail').fill(login);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Opens a page from the main navigation by its French name ("Clients", "Lignes"…). */
export function nav(page: Page, name: string): Promise<void> {
  return page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name }).click();
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
