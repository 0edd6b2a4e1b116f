import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { signIn, startE2E, type E2E } from './support.ts';

/**
 * Users read names, never internal codes. This walk signs in to both demo resellers as agent,
 * supervisor and admin, opens every page the navigation offers (read from the navigation itself, so a
 * new page is covered without touching this file), clicks through each page's tabs, opens the first
 * expandable row of each list and follows the first link of each kind of detail page it meets
 * (customer, line, order, incident, user, offer…), and fails on any visible text that looks like a
 * code. Every page state is saved as a full-page screenshot in test-results/screenshots/ (in CI
 * only with EVERY_PAGE_SHOTS=1).
 * One browser for the file, one context per user. To look at one user only while working:
 * EVERY_PAGE_TENANT=demo-fr EVERY_PAGE_ROLE=agent (EVERY_PAGE_LOG=1 prints each page opened).
 */

/** What a code looks like: `incident.created`, `usa_canada`, `no_pin`, a UUID, `_` inside a word. */
const CODE_PATTERNS: readonly RegExp[] = [
  /\b[a-z]+[._][a-z_]+\b/g,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\b[A-Za-z0-9]+_[A-Za-z0-9_]+\b/g,
];

/**
 * Text a user may legitimately read that would look like a code, removed before matching:
 * - e-mail addresses (agent@demo-fr.relais.test);
 * - URLs (https://…, http://…);
 * - host names: dotted words ending in a top-level domain (relais.test, exemple.fr, operator.co.il).
 *   Only these TLDs, so `incident.created` or `session.login` are never taken for a domain;
 * - text inside <code> or <kbd>: what the user must type verbatim (a CSV file's column names).
 */
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const URL_TEXT = /\bhttps?:\/\/\S+/g;
const HOST = /\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(test|local|fr|com|net|org|il|io|eu)\b/gi;

export function codesIn(text: string): string[] {
  const cleaned = text.replace(EMAIL, ' ').replace(URL_TEXT, ' ').replace(HOST, ' ');
  const found = new Set<string>();
  for (const pattern of CODE_PATTERNS) for (const match of cleaned.matchAll(pattern)) found.add(match[0]);
  return [...found];
}

const TENANTS = ['demo-fr', 'demo-il'] as const;
const ROLES = ['agent', 'supervisor', 'admin'] as const;

/**
 * "/accounts/6f…/orders/new" → "/accounts/:id/orders/new", "/catalog/orange-…" → "/catalog/:id": one
 * visit per kind of page. Ids are UUIDs, numbers or catalog slugs (with a dash or a digit); route
 * words ("new") have neither.
 */
function pageKind(pathname: string): string {
  return pathname
    .split('/')
    .map((part, i) => (i > 1 && /[0-9-]/.test(part) ? ':id' : part))
    .join('/');
}

interface Finding {
  page: string;
  codes: string[];
}

/**
 * The page's requests in flight, counted from its events. Playwright's `networkidle` waits until
 * no request has been made for 500 ms after each page opened: the walk opens about a hundred.
 */
function inFlight(page: Page): () => number {
  let open = 0;
  page.on('request', () => (open += 1));
  page.on('requestfinished', () => (open -= 1));
  page.on('requestfailed', () => (open -= 1));
  return () => open;
}

/** How long no request may be in flight before the page counts as loaded (a follow-up fetch starts
 * within a few milliseconds of the response before it). */
const QUIET_MS = 150;

async function settle(page: Page, open: () => number) {
  await page.locator('main h1').first().waitFor();
  const deadline = Date.now() + 15_000;
  for (let quietSince = Date.now(); Date.now() - quietSince < QUIET_MS;) {
    if (open() > 0) quietSince = Date.now();
    if (Date.now() > deadline) throw new Error(`${page.url()}: requests still in flight after 15 s`);
    await page.waitForTimeout(25);
  }
  // Skeletons and busy tables mean data is still coming.
  await page.waitForFunction(
    () => !document.querySelector('main .k-skeleton, main [aria-busy="true"], main .k-spinner'),
    undefined,
    { timeout: 15_000 },
  );
}

describe('every page shows names, never internal codes', () => {
  let e: E2E;
  const visited: string[] = [];

  beforeAll(async () => {
    e = await startE2E();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('the code detector catches codes and lets e-mails, URLs and host names through', () => {
    expect(codesIn('Incident incident.created par session.login')).toEqual([
      'incident.created',
      'session.login',
    ]);
    expect(codesIn('Zone usa_canada, SIM no_pin')).toEqual(['usa_canada', 'no_pin']);
    expect(codesIn('tenant 01a24a1e-7c2b-4b8e-9d1f-0123456789ab')).toEqual([
      '01a24a1e-7c2b-4b8e-9d1f-0123456789ab',
    ]);
    expect(codesIn('Offre ORANGE_50GB')).toEqual(['ORANGE_50GB']);
    expect(
      codesIn('agent@demo-fr.relais.test · https://relais.example.com/a_b · relais.test · 13,00 € HT'),
    ).toEqual([]);
  });

  for (const tenant of TENANTS.filter(
    (t) => !process.env.EVERY_PAGE_TENANT || t === process.env.EVERY_PAGE_TENANT,
  )) {
    for (const role of ROLES.filter(
      (r) => !process.env.EVERY_PAGE_ROLE || r === process.env.EVERY_PAGE_ROLE,
    )) {
      it(`${tenant} ${role}: every page from the navigation, its tabs and one detail page of each kind`, async () => {
        const mine: Finding[] = [];
        const context: BrowserContext = await e.browser.newContext({
          locale: 'fr-FR',
          timezoneId: 'Europe/Paris',
          viewport: { width: 1440, height: 900 },
        });
        try {
          const page = await context.newPage();
          const open = inFlight(page);
          page.setDefaultTimeout(15_000);
          await signIn(page, e.url, `${role}@${tenant}.relais.test`);
          await page.getByRole('heading', { name: /Bonjour/ }).waitFor();

          const nav = page.getByRole('navigation', { name: 'Navigation principale' });
          const entries = await nav
            .getByRole('link')
            .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
          expect(entries.length).toBeGreaterThan(5);

          const seenKinds = new Set<string>(entries.map(pageKind));
          const queue: string[] = [...entries];
          let shots = 0;

          const check = async (label: string) => {
            let text = await page.locator('body').innerText();
            // What a user must type verbatim (a CSV file's column names) is shown as code: not a label.
            for (const verbatim of await page.locator('code, kbd').allInnerTexts())
              text = text.replace(verbatim, ' ');
            const codes = codesIn(text);
            if (codes.length) mine.push({ page: `${tenant} ${role} ${label}`, codes });
            shots += 1;
            // Full-page screenshots cost about a third of a second each: in CI only when asked.
            if (!process.env.CI || process.env.EVERY_PAGE_SHOTS)
              await e.shot(page, `every-page-${tenant}-${role}-${String(shots).padStart(2, '0')}`);
          };

          while (queue.length > 0) {
            const path = queue.shift()!;
            if (process.env.EVERY_PAGE_LOG) console.log(new Date().toISOString(), tenant, role, path);
            await page.goto(`${e.url}${path}`);
            await settle(page, open);
            visited.push(`${tenant} ${role} ${path}`);
            await check(path);
            // The menu marks only the place a page of the menu is (« Clients à compléter » on
            // /accounts/held, not « Clients » too), for screen readers (aria-current) as for the eye.
            if (entries.includes(path)) {
              const current = await nav.locator('a[aria-current="page"]').evaluateAll((links) =>
                links.map((a) => ({
                  path: new URL((a as HTMLAnchorElement).href).pathname,
                  marked: a.classList.contains('app-nav__link--active'),
                })),
              );
              expect(current, `${tenant} ${role} menu on ${path}`).toEqual([{ path, marked: true }]);
            }
            // The customer table fits the page at 1440 px: no horizontal scroll (issue 10).
            if (path === '/accounts') {
              const overflow = await page
                .locator('main .k-table-scroll')
                .first()
                .evaluate((el) => el.scrollWidth - el.clientWidth);
              expect(overflow, `${tenant} customer table scrolls sideways`).toBeLessThanOrEqual(1);
            }

            // Tabs switch what the page shows: each state is a page a user reads.
            const tabs = page.locator('main [role="tab"]');
            const tabCount = await tabs.count();
            for (let i = 1; i < tabCount; i++) {
              await tabs.nth(i).click();
              await settle(page, open);
              await check(`${path} tab ${(await tabs.nth(i).innerText()).trim()}`);
            }
            if (tabCount > 1) {
              await tabs.first().click();
              await settle(page, open);
            }

            // The first expandable row of a list (an e-mail, an audit event…) is its detail.
            const expand = page.locator('main table [aria-expanded="false"]').first();
            if ((await expand.count()) > 0) {
              await expand.click();
              await settle(page, open);
              await check(`${path} first row opened`);
            }

            // One detail page of each kind linked from here: the first link of that kind.
            const hrefs = await page
              // Pages of the app, not files it serves (CSV exports under /api).
              .locator('main a[href^="/"]:not([download]):not([href^="/api/"]):not([href^="/tmf-api/"])')
              .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
            for (const href of hrefs) {
              const kind = pageKind(href);
              if (seenKinds.has(kind)) continue;
              seenKinds.add(kind);
              queue.push(href);
            }
          }
        } finally {
          await context.close();
        }
        expect(mine).toEqual([]);
      }, 300_000);
    }
  }

  // Lines, orders and incidents are reached the same way as soon as the demo has some: a list's
  // first row link is followed wherever it appears (the fleet list, the customer page…).
  it('reached the detail pages every demo has (customer, offer, user)', () => {
    const kinds = new Set(visited.map((v) => pageKind(v.split(' ')[2] ?? '')));
    for (const kind of ['/accounts/:id', '/catalog/:id', '/users/:id'])
      expect(kinds, `no ${kind} page was visited`).toContain(kind);
  });
});
