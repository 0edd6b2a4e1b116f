import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn, nav as navTo } from './support.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { ManualClock } from '../../src/platform/clock.ts';

const AGENT = 'agent@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';
const CUSTOMER = 'Ambulances Girard';

/**
 * The "Done when" of the mobile issue, walked by an agent of the French demo reseller in the
 * browser, in French: creates a business customer (a wrong SIRET refused with a clear message,
 * ACC-01), imports SIMs, eSIM profiles and numbers (CSV), orders two Orange lines in one order,
 * one of them an eSIM whose QR code is shown (ORD-01, ORD-05, CAT-11), upgrades one (it takes
 * effect on the 1st of next month, ACT-03/CAL-05), suspends and reactivates the other (ACT-01:
 * billing continues), terminates it; then the clock moves to 1 December 2026 00:00 in Paris, the
 * worker runs (twice), and the page shows the new offer with exactly one "action effectuée" e-mail.
 *
 * The clock is a ManualClock on Monday 23 November 2026, 10:00 in Paris: inside Orange's eSIM
 * opening hours (ORD-03, Mon–Fri 09:00–17:30), so the order goes to the simulator at once. Only the
 * clock and the worker run are driven from here: every action of the agent goes through the UI.
 */
describe('mobile lines, the issue’s "Done when" in the browser (French)', () => {
  let e: E2E;
  let page: Page;
  const clock = new ManualClock('2026-11-23T09:00:00Z');
  let upgradedMsisdn = '';

  const login = async () => {
    await signIn(page, e.url, AGENT, PASSWORD);
    await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
  };

  beforeAll(async () => {
    e = await startE2E({}, clock);
    page = await e.newPage();
    await login();
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

  it('ACC-01 creates a business customer: a wrong SIRET is refused with a clear French message', async () => {
    await nav('Clients');
    await page.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Nouveau client' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Raison sociale').fill(CUSTOMER);
    await dialog.getByLabel('Forme juridique').fill('SAS');
    await dialog.getByLabel('SIRET', { exact: true }).fill('123 456 789 01234');
    await dialog.getByLabel('Adresse e-mail').fill('flotte@ambulances-girard.fr');
    await dialog.getByLabel('Téléphone').fill('01 42 68 53 00');
    await dialog.getByLabel('Jour de facturation').selectOption('1');
    await dialog.getByRole('button', { name: 'Créer le client' }).click();
    const siret = dialog.getByLabel('SIRET', { exact: true });
    // The message is the field's own (under it, tied by aria-describedby).
    await expect
      .poll(async () => {
        const describedBy = (await siret.getAttribute('aria-describedby')) ?? '';
        return page.locator(`[id="${describedBy.split(' ').pop() ?? ''}"]`).textContent();
      })
      .toBe('Clé de contrôle du SIRET invalide : vérifiez les chiffres.');
    expect(await siret.getAttribute('aria-invalid')).toBe('true');
    await e.shot(page, '79-done-when-siret-refuse');

    await siret.fill('440 011 223 00011');
    await dialog.getByRole('button', { name: 'Créer le client' }).click();
    await page.getByRole('heading', { name: CUSTOMER }).waitFor();
    expect((await page.locator('main').textContent()) ?? '').toContain('44001122300011');
  });

  it('imports physical SIMs, an eSIM profile and numbers from CSV files on the stock page', async () => {
    await nav('Stock SIM');
    await page.getByRole('heading', { name: 'Stock SIM', exact: true }).waitFor();
    const sims = page.getByRole('region', { name: 'Importer des SIM' });
    await sims.getByLabel('Fichier CSV (Importer des SIM)').setInputFiles({
      name: 'livraison-sim.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        simCsv([
          { iccid: iccid(930001) },
          { iccid: iccid(930002) },
          { iccid: iccid(930003), type: 'esim', smdp: 'smdp.orange.example', matching: 'DONE-WHEN-1' },
        ]),
      ),
    });
    await sims.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('3 élément(s) importé(s).').waitFor();
    const numbers = page.getByRole('region', { name: 'Importer des numéros' });
    await numbers.getByLabel('Fichier CSV (Importer des numéros)').setInputFiles({
      name: 'numeros.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('reseau;premier;dernier\norange;0758000000;0758000009\n'),
    });
    await numbers.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('10 élément(s) importé(s).').waitFor();
  });

  it('ORD-01 ORD-05 CAT-11 orders two lines in one order, the eSIM with its QR code; the simulator activates them', async () => {
    await nav('Clients');
    await page.getByRole('link', { name: CUSTOMER }).click();
    await page.getByRole('heading', { name: CUSTOMER }).waitFor();
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
        await l('E-mail de contact eSIM').fill('paul.girard@ambulances-girard.fr');
        await l('Mobile de contact eSIM').fill('06 11 22 33 44');
      }
    };
    await fill(1, 'Julie Girard', 'pin');
    await fill(2, 'Paul Girard', 'esim');
    await page.getByText('eSIM : frais de mise en service de 1,50 € HT.').waitFor();
    await page.getByRole('button', { name: 'Passer la commande' }).click();

    await page.getByRole('heading', { name: /^Commande O-\d{6}$/ }).waitFor();
    // ORD-07: drawn from the free Orange stock: the range imported above or the demo's (06 39 98 00 xx).
    const qr = page.getByRole('img', {
      name: /QR code d’activation eSIM de la ligne (07580000|06399800)\d\d/,
    });
    await qr.waitFor();
    expect(await qr.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
    await expect
      .poll(() => page.getByLabel('Code d’activation (Android)').inputValue())
      .toBe('LPA:1$smdp.orange.example$DONE-WHEN-1$$1');
    // The in-process worker submits the order to the operator simulator at once (inside the
    // opening hours); the page follows it until the order is done.
    await page.getByText('Terminée').first().waitFor({ timeout: 30_000 });
    await e.shot(page, '80-done-when-commande');

    await nav('Lignes');
    await page.getByRole('heading', { name: 'Lignes', exact: true }).waitFor();
    for (const user of ['Julie Girard', 'Paul Girard'])
      await page.getByRole('row', { name: new RegExp(`${user}.*Active`) }).waitFor();
  });

  /** The line page's "Offre" entry, as the agent reads it. */
  const offerShown = () =>
    page
      .locator('dt', { hasText: /^Offre$/ })
      .locator('xpath=following-sibling::dd[1]')
      .textContent();

  it('ACT-03 CAL-05 upgrades one line: the page says it takes effect on 1 December 2026', async () => {
    await openLine('Julie Girard');
    upgradedMsisdn = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').replace(/\D/g, '');
    expect(upgradedMsisdn).toMatch(/^(07580000|06399800)\d\d$/);
    await page.getByRole('button', { name: 'Passer à Forfait illimité bloqué Orange 10 Go' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText("Le changement d'offre prendra effet le 1er décembre 2026 à 00:00.").waitFor();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page
      .getByText(/Changement d’offre — Forfait illimité bloqué Orange 10 Go · 1er décembre 2026 à 00:00/)
      .waitFor();
    // Until the 1st, the line keeps its offer, shown by its name (issue 10: never its code).
    expect(await offerShown()).toBe('Forfait illimité bloqué Orange 5 Go');
    expect(await page.getByText('orange-unlimited-5gb-blocked').count()).toBe(0);
    await e.shot(page, '81-done-when-changement-offre');
  });

  it('ACT-01 ORD-07 suspends and reactivates the other line (billing continues), then terminates it', async () => {
    await openLine('Paul Girard');
    await page.getByRole('button', { name: 'Suspendre la ligne' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByText(/La suspension n'arrête pas la facturation de l'abonnement\./).waitFor();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Suspendue', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Réactiver la ligne' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Active', { exact: true }).first().waitFor();

    await page.getByRole('button', { name: 'Résilier la ligne' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByText(/Le mois commencé est facturé en entier/).waitFor();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Résiliée', { exact: true }).first().waitFor();
    await page.getByText('Ligne résiliée : aucune action possible').first().waitFor();
    await e.shot(page, '82-done-when-resiliee');
  });

  it('ACT-03 CAL-05 on 1 December 2026 at 00:00 in Paris the upgrade is applied exactly once, with one e-mail', async () => {
    // 1 December 2026 00:00 Europe/Paris (UTC+1): the plan change is due; the worker runs twice,
    // as two passes (or two processes) would, and must apply it once.
    clock.set('2026-11-30T23:00:00Z');
    const worker = e.relais.worker;
    if (!worker) throw new Error('the e2e server runs its worker in process');
    await worker.tick();
    await worker.tick();
    // A week went by: the agent's session has expired, the agent signs in again.
    await login();

    await openLine('Julie Girard');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await offerShown()).toBe('Forfait illimité bloqué Orange 10 Go');
    expect(await page.getByRole('button', { name: /Annuler : Changement d’offre/ }).count()).toBe(0);
    await e.shot(page, '83-done-when-offre-appliquee');

    await nav('Messages');
    await page.getByRole('tab', { name: 'Boîte locale' }).click();
    const done = page.getByRole('row', {
      name: new RegExp(`Action effectuée : Changement d'offre — ${upgradedMsisdn}`),
    });
    await done.first().waitFor({ timeout: 30_000 });
    // One more pass finds nothing left to do: still exactly one e-mail.
    await worker.tick();
    await page.reload();
    await done.first().waitFor();
    expect(await done.count()).toBe(1);
    await page
      .getByRole('row', { name: new RegExp(`Action planifiée : Changement d'offre — ${upgradedMsisdn}`) })
      .waitFor();
    await e.shot(page, '84-done-when-messages');
  });
});
