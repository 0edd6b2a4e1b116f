import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn, nav as navTo } from './support.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { iccid, simCsv } from '../support/stock.ts';

const AGENT = 'agent@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';

/**
 * An agent of the French demo reseller, in the browser: imports SIMs, eSIM profiles and numbers
 * on the "Stock SIM" page, then orders two Orange lines for a demo business customer, one of them
 * an eSIM whose activation QR code is shown (ORD-01, ORD-05, CAT-11, SC-06).
 */
describe('SIM stock and orders in the browser (French first)', () => {
  let e: E2E;
  let page: Page;

  beforeAll(async () => {
    // Time runs from a fixed Monday morning, inside every network's opening hours (ORD-03), so the
    // path is the same whenever CI runs.
    const startedAt = Date.now();
    const clock: Clock = {
      now: () => new Date(Date.parse('2026-11-23T09:00:00Z') + (Date.now() - startedAt)),
    };
    e = await startE2E({}, clock);
    page = await e.newPage();
    await signIn(page, e.url, AGENT, PASSWORD);
    await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  const nav = (name: string) => navTo(page, name);

  it('imports SIMs, eSIM profiles and numbers from CSV files, and shows the counts', async () => {
    await nav('Stock SIM');
    await page.getByRole('heading', { name: 'Stock SIM', exact: true }).waitFor();
    const sims = page.getByRole('region', { name: 'Importer des SIM' });
    await sims.getByLabel('Fichier CSV (Importer des SIM)').setInputFiles({
      name: 'livraison-sim.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        simCsv([
          { iccid: iccid(900001) },
          { iccid: iccid(900002) },
          { iccid: iccid(900003), type: 'esim', smdp: 'smdp.orange.example', matching: 'RELAIS-E2E-1' },
        ]),
      ),
    });
    await sims.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('3 élément(s) importé(s).').waitFor();

    const numbers = page.getByRole('region', { name: 'Importer des numéros' });
    await numbers.getByLabel('Fichier CSV (Importer des numéros)').setInputFiles({
      name: 'numeros.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('reseau;premier;dernier\norange;0756000000;0756000009\n'),
    });
    await numbers.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('10 élément(s) importé(s).').waitFor();
    const counts = page.getByRole('region', { name: 'État du stock' });
    // The demo's stock has eSIM rows too: the first one is enough to see the type named.
    await counts.getByRole('cell', { name: 'eSIM' }).first().waitFor();
    await e.shot(page, '60-stock-sim');
  });

  it('refuses an ICCID failing Luhn with its line number, in French', async () => {
    const sims = page.getByRole('region', { name: 'Importer des SIM' });
    const bad = `${iccid(900010).slice(0, -1)}${(Number(iccid(900010).slice(-1)) + 3) % 10}`;
    await sims.getByLabel('Fichier CSV (Importer des SIM)').setInputFiles({
      name: 'erreur.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(simCsv([{ iccid: bad }])),
    });
    await sims.getByRole('button', { name: 'Importer', exact: true }).click();
    await sims.getByText(/^Ligne 2 : Clé de contrôle \(Luhn\) de l’ICCID/).waitFor();
    await e.shot(page, '61-stock-luhn');
  });

  it('ORD-01 CAT-11 ORD-05 orders two lines for a business customer, one eSIM with its QR code', async () => {
    await nav('Clients');
    await page.getByRole('link', { name: 'Transports Lefèvre' }).click();
    await page.getByRole('heading', { name: 'Transports Lefèvre' }).waitFor();
    await page.getByRole('link', { name: 'Commander des lignes' }).click();
    await page.getByRole('heading', { name: 'Nouvelle commande' }).waitFor();
    await page.getByLabel('Configuration').selectOption('multiple');
    await page.getByRole('button', { name: 'Ajouter une ligne' }).click();

    const fill = async (n: number, user: string, simType: 'pin' | 'esim') => {
      const l = (label: string) => page.getByLabel(`${label} (Ligne ${n})`, { exact: true });
      await l('Offre').selectOption('orange-unlimited-5gb-blocked');
      await l('Itinérance : USA/Canada').selectOption('orange-cutoff-usa-canada-0mb');
      await l('Itinérance : Maghreb et Turquie').selectOption('orange-cutoff-maghreb-turkey-0mb');
      await l('Itinérance : Reste du monde').selectOption('orange-cutoff-rest-of-world-0mb');
      await l('Utilisateur de la ligne').fill(user);
      await l('Type de SIM').selectOption(simType);
      if (simType === 'esim') {
        await l('E-mail de contact eSIM').fill('paul.durand@transports-lefevre.fr');
        await l('Mobile de contact eSIM').fill('06 11 22 33 44');
      }
    };
    await fill(1, 'Julie Martin', 'pin');
    await fill(2, 'Paul Durand', 'esim');
    await page.getByText('eSIM : frais de mise en service de 1,50 € HT.').waitFor();
    await e.shot(page, '62-commande-formulaire');
    await page.getByRole('button', { name: 'Passer la commande' }).click();

    const heading = page.getByRole('heading', { name: /^Commande O-\d{6}$/ });
    await heading.waitFor();
    const orderNumber = ((await heading.textContent()) ?? '').replace('Commande ', '');
    const qr = page.getByRole('img', {
      name: /QR code d’activation eSIM de la ligne (07560000|06399800)\d\d/,
    });
    await qr.waitFor();
    expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
    // Android takes the whole string; iOS asks for the SM-DP+ address and the code apart.
    await expect
      .poll(() => page.getByLabel('Code d’activation (Android)').inputValue())
      .toBe('LPA:1$smdp.orange.example$RELAIS-E2E-1$$1');
    expect(await page.getByLabel('Adresse SM-DP+ (iOS)').inputValue()).toBe('smdp.orange.example');
    const lines = page.getByRole('region', { name: 'Lignes' });
    await lines.getByRole('cell', { name: 'Julie Martin' }).waitFor();
    await lines.getByRole('cell', { name: 'Paul Durand' }).waitFor();
    await e.shot(page, '63-commande-esim-qr');

    // The customer page lists the order and its lines.
    await page.getByRole('link', { name: 'Transports Lefèvre' }).click();
    await page.getByRole('heading', { name: 'Transports Lefèvre' }).waitFor();
    await page
      .getByRole('region', { name: 'Commandes' })
      .getByRole('link', { name: orderNumber, exact: true })
      .waitFor();
    await page.getByRole('region', { name: 'Lignes' }).getByRole('cell', { name: 'Paul Durand' }).waitFor();
    await e.shot(page, '64-fiche-client-lignes');

    // The fleet list, then the line page with its QR code and, on request, its PUK (ORD-08).
    await nav('Lignes');
    await page.getByRole('heading', { name: 'Lignes', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Paul Durand' }).waitFor();
    await page
      .getByRole('row', { name: /Paul Durand/ })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('img', { name: /QR code d’activation eSIM/ }).waitFor();
    await page.getByRole('button', { name: 'Afficher le PUK et le code de confirmation' }).click();
    await page.getByText('12345678').waitFor();
    await e.shot(page, '65-ligne-esim');
  });
});
