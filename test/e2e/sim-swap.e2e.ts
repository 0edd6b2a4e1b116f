import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn as signInAt } from './support.ts';
import { Client } from '../support/app.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { ManualClock } from '../../src/platform/clock.ts';

const AGENT = 'agent@demo-fr.relais.test';
const ADMIN = 'admin@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';

/**
 * An agent of the French demo reseller swaps an Orange line's SIM to an eSIM (ACT-07, ACT-09,
 * CAT-11: the dialog says it happens now and costs 1,50 €; the QR code is then shown, ORD-05), sees
 * that Bouygues Telecom has no eSIM and that an active Orange line cannot take a custom network
 * name; an admin declares the Init Sys partnership with Bouygues Telecom in the settings, and the
 * agent requests a network name on a Bouygues line (ACT-08: 13 characters, about 4 weeks). The clock
 * is Monday 23 November 2026 at 10:00 in Paris, inside every window. The stock and the two lines are
 * set up through the API (ordering in the browser is orders.e2e.ts's walk).
 */
describe('SIM swap and network name in the browser (French)', () => {
  let e: E2E;
  let page: Page;

  const signIn = async (p: Page, login: string) => {
    await signInAt(p, e.url, login, PASSWORD);
    await p.getByRole('heading', { name: /Bonjour/ }).waitFor();
  };

  beforeAll(async () => {
    e = await startE2E({}, new ManualClock('2026-11-23T09:00:00Z'));
    const agent = await Client.login(e.url, AGENT, PASSWORD);
    const admin = await Client.login(e.url, ADMIN, PASSWORD);
    const sims = await agent.post('/api/stock/sims/import', {
      csv: simCsv([
        { iccid: iccid(930001) },
        ...[930010, 930011].map((n) => ({
          iccid: iccid(n),
          type: 'esim',
          smdp: 'smdp.orange.example',
          matching: `E2E-${n}`,
        })),
        { iccid: iccid(930020), network: 'bouygues' },
      ]),
    });
    expect(sims.status, JSON.stringify(sims.body)).toBe(201);
    const numbers = await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0759000000;0759000004\nbouygues;0669000000;0669000004',
    });
    expect(numbers.status, JSON.stringify(numbers.body)).toBe(201);
    // The seed gives no Bouygues unlimited price: the reseller sets one to order such a line.
    const price = await admin.post('/api/catalog/prices', {
      itemType: 'offer',
      itemId: 'bouygues-unlimited-5gb-blocked',
      component: 'monthly',
      amount: '8.00',
      effectiveDate: '2026-11-23',
    });
    expect(price.status, JSON.stringify(price.body)).toBe(201);
    const accounts = await agent.get('/api/accounts?limit=100');
    const account = (accounts.body.items ?? []).find((a) => a.displayName === 'Transports Lefèvre');
    expect(account).toBeDefined();
    const order = (lines: Record<string, unknown>[]) =>
      agent.post('/api/orders', { accountId: account?.id, configuration: 'unit', lines });
    const orange = await order([
      {
        offer: 'orange-unlimited-5gb-blocked',
        options: [
          'orange-cutoff-usa-canada-0mb',
          'orange-cutoff-maghreb-turkey-0mb',
          'orange-cutoff-rest-of-world-0mb',
        ],
        userName: 'Camille Leroy',
        simType: 'pin',
        portability: false,
      },
    ]);
    expect(orange.status, JSON.stringify(orange.body)).toBe(201);
    const bouygues = await order([
      {
        offer: 'bouygues-unlimited-5gb-blocked',
        options: ['bouygues-cutoff-europe-0eur', 'bouygues-cutoff-world-0eur'],
        userName: 'Hugo Lambert',
        simType: 'pin',
        portability: false,
      },
    ]);
    expect(bouygues.status, JSON.stringify(bouygues.body)).toBe(201);
    // The in-process worker submits both orders to the simulator.
    for (const o of [orange, bouygues]) {
      const id = String(o.body.id);
      for (let i = 0; i < 60; i++) {
        if ((await agent.get(`/api/orders/${id}`)).body.state === 'completed') break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect((await agent.get(`/api/orders/${id}`)).body.state).toBe('completed');
    }
    page = await e.newPage();
    await signIn(page, AGENT);
  });
  afterAll(async () => {
    await e?.close();
  });

  const openLine = async (user: string) => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Lignes' })
      .click();
    await page.getByRole('heading', { name: 'Lignes', exact: true }).waitFor();
    await page
      .getByRole('row', { name: new RegExp(user) })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { name: 'SIM et nom de réseau' }).waitFor();
  };

  it('ACT-07 ACT-09 CAT-11 ORD-05 swaps an Orange SIM to an eSIM now: fee shown, then the QR code', async () => {
    await openLine('Camille Leroy');
    await page.getByText('Impossible sur une ligne Orange déjà active').waitFor();
    await page.getByRole('button', { name: 'Changer de SIM', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nouvelle SIM', { exact: true }).selectOption('esim');
    await dialog.getByText(/Le changement de SIM est fait tout de suite/).waitFor();
    await dialog.getByText(/Frais eSIM : 1,50\s€ \(frais uniques\)/).waitFor();
    // ACT-09: the contacts are required; the line's own number is refused (ORD-04).
    await dialog.getByRole('button', { name: 'Changer de SIM', exact: true }).click();
    await dialog.getByText('Contacts eSIM manquants').waitFor();
    await dialog
      .getByLabel('E-mail de contact (activation eSIM)')
      .fill('camille.leroy@transports-lefevre.fr');
    await dialog.getByLabel('Mobile de contact (code de confirmation)').fill('06 12 12 12 12');
    await e.shot(page, '80-ligne-changement-sim-esim');
    await dialog.getByRole('button', { name: 'Changer de SIM', exact: true }).click();
    await page.getByText(/SIM changée : la ligne utilise maintenant une eSIM/).waitFor();
    const qr = page.getByRole('img', { name: /QR code d’activation eSIM/ });
    await qr.waitFor();
    await expect
      .poll(() => qr.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page
      .getByRole('table', { name: 'Historique des changements de SIM' })
      .getByText('Effectué')
      .waitFor();
    // ORD-05: the new profile's activation code (the first free eSIM profile, CAT-21).
    await expect
      .poll(() => page.getByLabel('Code d’activation (Android)').inputValue())
      .toBe(`LPA:1$smdp.orange.example$E2E-930010$$1`);
    await e.shot(page, '81-ligne-esim-qr');
  });

  it('CAT-11 ACT-08 a Bouygues line: no eSIM, and no network name before the partnership is declared', async () => {
    await openLine('Hugo Lambert');
    await page.getByText('eSIM indisponible sur Bouygues Telecom').waitFor();
    await page.getByText('Réservé aux partenaires Init Sys').waitFor();
    expect(await page.getByRole('button', { name: 'Demander un nom de réseau' }).isDisabled()).toBe(true);
  });

  it('ACT-08 an admin declares the Init Sys partnership with Bouygues Telecom in the settings', async () => {
    const admin = await e.newPage();
    await signIn(admin, ADMIN);
    await admin
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Paramètres' })
      .click();
    const form = admin.getByRole('form', { name: 'Partenariats opérateurs' });
    await form.getByLabel('Partenariat Bouygues Telecom').selectOption('init_sys');
    await form.getByRole('button', { name: 'Enregistrer les partenariats' }).click();
    await admin.getByText('Partenariats enregistrés.').waitFor();
    await e.shot(admin, '82-parametres-partenariats');
    await admin.close();
  });

  it('ACT-08 requests a network name on the Bouygues line: 13 characters, about 4 weeks, handset restart', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'SIM et nom de réseau' }).waitFor();
    await page.getByText('Délai : environ 4 semaines, prévu le 21/12/2026.').waitFor();
    await page.getByRole('button', { name: 'Demander un nom de réseau' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/Le téléphone devra être redémarré/).waitFor();
    await dialog.getByLabel('Nom de réseau', { exact: true }).fill('Transports Lefèvre');
    await dialog.getByRole('button', { name: 'Demander', exact: true }).click();
    await dialog.getByText('Nom de réseau trop long').waitFor();
    await dialog.getByLabel('Nom de réseau', { exact: true }).fill('Transports LF');
    await dialog.getByRole('button', { name: 'Demander', exact: true }).click();
    await page.getByText('Nom de réseau « Transports LF » demandé, prévu le 21/12/2026.').waitFor();
    const names = page.getByRole('table', { name: 'Demandes de nom de réseau' });
    await names.getByText('Transports LF').waitFor();
    await names.getByText('Demandé').waitFor();
    await e.shot(page, '83-ligne-nom-de-reseau');
  });
});
