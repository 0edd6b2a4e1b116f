import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn, nav as navTo } from './support.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { ManualClock } from '../../src/platform/clock.ts';

const AGENT = 'agent@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';

/**
 * An agent of the French demo reseller orders two Orange lines, upgrades one (the page says it
 * takes effect on the 1st of next month, ACT-03/CAL-05), suspends and reactivates the other
 * (ACT-01: billing continues), then terminates it (ORD-07: no action possible any more). The clock
 * is a Monday at 10:00 in Paris, inside Orange's opening hours, so the order goes through at once.
 */
describe('line actions in the browser (French)', () => {
  let e: E2E;
  let page: Page;

  beforeAll(async () => {
    e = await startE2E({}, new ManualClock('2026-11-23T09:00:00Z'));
    page = await e.newPage();
    await signIn(page, e.url, AGENT, PASSWORD);
    await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  const nav = (name: string) => navTo(page, name);

  const openLine = async (user: string) => {
    await nav('Lignes');
    await page.getByRole('heading', { name: 'Lignes', exact: true }).waitFor();
    await page
      .getByRole('row', { name: new RegExp(user) })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { name: 'Actions sur la ligne' }).waitFor();
  };

  it('ORD-01 orders two active Orange lines', async () => {
    await nav('Stock SIM');
    const sims = page.getByRole('region', { name: 'Importer des SIM' });
    await sims.getByLabel('Fichier CSV (Importer des SIM)').setInputFiles({
      name: 'sim.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(simCsv([{ iccid: iccid(910001) }, { iccid: iccid(910002) }])),
    });
    await sims.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('2 élément(s) importé(s).').waitFor();
    const numbers = page.getByRole('region', { name: 'Importer des numéros' });
    await numbers.getByLabel('Fichier CSV (Importer des numéros)').setInputFiles({
      name: 'numeros.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('reseau;premier;dernier\norange;0757000000;0757000009\n'),
    });
    await numbers.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('10 élément(s) importé(s).').waitFor();

    await nav('Clients');
    await page.getByRole('link', { name: 'Transports Lefèvre' }).click();
    await page.getByRole('link', { name: 'Commander des lignes' }).click();
    await page.getByRole('heading', { name: 'Nouvelle commande' }).waitFor();
    await page.getByLabel('Configuration').selectOption('multiple');
    await page.getByRole('button', { name: 'Ajouter une ligne' }).click();
    for (const [n, user] of [
      [1, 'Julie Martin'],
      [2, 'Paul Durand'],
    ] as const) {
      const l = (label: string) => page.getByLabel(`${label} (Ligne ${n})`, { exact: true });
      await l('Offre').selectOption('orange-unlimited-5gb-blocked');
      await l('Itinérance : USA/Canada').selectOption('orange-cutoff-usa-canada-0mb');
      await l('Itinérance : Maghreb et Turquie').selectOption('orange-cutoff-maghreb-turkey-0mb');
      await l('Itinérance : Reste du monde').selectOption('orange-cutoff-rest-of-world-0mb');
      await l('Utilisateur de la ligne').fill(user);
      await l('Type de SIM').selectOption('pin');
    }
    await page.getByRole('button', { name: 'Passer la commande' }).click();
    await page.getByRole('heading', { name: /^Commande O-\d{6}$/ }).waitFor();
    // The in-process worker submits the order to the simulator; the page follows it.
    await page.getByText('Terminée').first().waitFor({ timeout: 30_000 });
  });

  it('ACT-03 CAL-05 upgrades a line: the page says it takes effect on the 1st of next month', async () => {
    await openLine('Julie Martin');
    // Refused changes are folded away, with their French reason (ACT-04): only the allowed ones
    // are buttons, and the page stays short (issue 10: it was about 4,000 px tall).
    const refused = page.locator('details', { hasText: 'Voir les offres non disponibles' });
    expect(await refused.getAttribute('open')).toBeNull();
    expect(await page.getByRole('button', { name: /^Passer à / }).count()).toBeLessThan(20);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    // The usage card (issue 12: the month's totals and journal) came after that measure and is
    // measured apart; the rest of the page, technical information card (SET-03/05, CAT-20)
    // included, stays well under the 4,000 px the unfolded list made.
    const usage = await page
      .locator('section', { has: page.getByRole('heading', { name: 'Consommations' }) })
      .last()
      .evaluate((el) => el.getBoundingClientRect().height);
    expect(usage).toBeGreaterThan(0);
    expect(height - usage).toBeLessThan(3500);
    await refused.getByText(/Voir les offres non disponibles \(\d+, avec la raison\)/).click();
    await page
      .getByRole('row', { name: /Forfait Data Only bloqué Orange 10 Go/ })
      .getByText('Migration impossible : changement de gamme')
      .waitFor();
    await page.getByRole('button', { name: 'Passer à Forfait illimité bloqué Orange 10 Go' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText("Le changement d'offre prendra effet le 1er décembre 2026 à 00:00.").waitFor();
    await e.shot(page, '70-ligne-changement-offre');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page
      .getByText(/Changement d’offre — Forfait illimité bloqué Orange 10 Go · 1er décembre 2026 à 00:00/)
      .waitFor();
    await page.getByRole('button', { name: /Annuler : Changement d’offre/ }).waitFor();
    // The line keeps its offer until the 1st, shown by its name (issue 10: never its code).
    expect(await page.getByText('Forfait illimité bloqué Orange 5 Go').count()).toBeGreaterThan(0);
    expect(await page.getByText('orange-unlimited-5gb-blocked').count()).toBe(0);
  });

  it('ACT-01 suspends and reactivates the other line; the confirmation says billing continues', async () => {
    await openLine('Paul Durand');
    await page.getByRole('button', { name: 'Suspendre la ligne' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/La suspension n'arrête pas la facturation de l'abonnement\./).waitFor();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Suspendue', { exact: true }).first().waitFor();
    await e.shot(page, '71-ligne-suspendue');
    await page.getByRole('button', { name: 'Réactiver la ligne' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Active', { exact: true }).first().waitFor();
  });

  it('ORD-07 terminates it: every action is then refused', async () => {
    await page.getByRole('button', { name: 'Résilier la ligne' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/Le mois commencé est facturé en entier/).waitFor();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Résiliée', { exact: true }).first().waitFor();
    await page.getByText('Ligne résiliée : aucune action possible').first().waitFor();
    expect(await page.getByRole('button', { name: 'Suspendre la ligne' }).isDisabled()).toBe(true);
    await e.shot(page, '72-ligne-resiliee');
  });

  it('finds lines in the fleet by state, network and offer, sorted by user, filters kept in the URL', async () => {
    await nav('Lignes');
    await page.getByRole('heading', { name: 'Lignes', exact: true }).waitFor();
    const rows = page.getByRole('row');
    await page.getByLabel('État').selectOption('terminated');
    await page.waitForURL(/state=terminated/);
    await expect.poll(() => page.getByRole('row', { name: /Julie Martin/ }).count()).toBe(0);
    await page.getByRole('row', { name: /Paul Durand/ }).waitFor();
    await page.getByLabel('État').selectOption('active');
    await page.getByLabel('Réseau').selectOption('orange');
    await page
      .getByLabel('Offre', { exact: true })
      .selectOption({ label: 'Forfait illimité bloqué Orange 5 Go' });
    await page.waitForURL(/offer=orange-unlimited-5gb-blocked/);
    await expect.poll(() => page.getByRole('row', { name: /Paul Durand/ }).count()).toBe(0);
    await page.getByRole('row', { name: /Julie Martin/ }).waitFor();
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await page.getByRole('button', { name: /Utilisateur/ }).click();
    await page.waitForURL(/sort=userName/);
    // The sorted page replaces the unsorted one when its request answers: wait for it.
    const userColumn = () =>
      rows.evaluateAll((trs) => trs.slice(1).map((tr) => tr.children[1]?.textContent ?? ''));
    await expect
      .poll(async () => {
        const users = await userColumn();
        return (
          users.length > 1 &&
          users.join('|') === [...users].sort((x, y) => x.localeCompare(y, 'fr')).join('|')
        );
      })
      .toBe(true);
    await e.shot(page, '76-flotte-filtres');
  });

  it('an incident declared for a customer with mobile lines is a mobile one, without the modem questions', async () => {
    await navTo(page, 'Clients');
    await page.getByRole('link', { name: 'Transports Lefèvre' }).click();
    await page.getByRole('heading', { name: 'Transports Lefèvre' }).waitFor();
    await page.getByRole('link', { name: 'Déclarer un incident' }).click();
    const dialog = page.getByRole('dialog');
    // Issue 10: the form defaulted to ADSL (modem questions) whatever the customer had.
    await expect.poll(() => dialog.getByLabel('Service').inputValue()).toBe('mobile');
    await e.shot(page, '77-incident-mobile');
    await page.keyboard.press('Escape');
  });
});
