import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { SCREENSHOTS, startE2E, type E2E, signIn, nav as navTo } from './support.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { ManualClock } from '../../src/platform/clock.ts';

const AGENT = 'agent@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';

/**
 * An agent of the French demo reseller orders an Orange line, adds a fixed IP to it (ACT-10: active
 * at once; CAT-01: the confirmation says what is billed, pro rata), sees why the eSIM cannot be
 * added (CAT-11), then changes the Maghreb + Turkey roaming choice twice (ACT-06: both options billed
 * this month; the envelope becomes the new one's, 10 GB not 15). The clock is Monday 23 November
 * 2026 at 10:00 in Paris, inside Orange's opening hours.
 */
describe('line options in the browser (French)', () => {
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
  // The card (its table's scroll region carries the same name, for keyboard users).
  const options = () =>
    page.locator('section').filter({ has: page.getByRole('heading', { name: 'Options de la ligne' }) });

  it('ORD-01 orders an active Orange line', async () => {
    await nav('Stock SIM');
    const sims = page.getByRole('region', { name: 'Importer des SIM' });
    await sims.getByLabel('Fichier CSV (Importer des SIM)').setInputFiles({
      name: 'sim.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(simCsv([{ iccid: iccid(920001) }])),
    });
    await sims.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('1 élément(s) importé(s).').waitFor();
    const numbers = page.getByRole('region', { name: 'Importer des numéros' });
    await numbers.getByLabel('Fichier CSV (Importer des numéros)').setInputFiles({
      name: 'numeros.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('reseau;premier;dernier\norange;0758000000;0758000004\n'),
    });
    await numbers.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('5 élément(s) importé(s).').waitFor();

    await nav('Clients');
    await page.getByRole('link', { name: 'Transports Lefèvre' }).click();
    await page.getByRole('link', { name: 'Commander des lignes' }).click();
    await page.getByRole('heading', { name: 'Nouvelle commande' }).waitFor();
    const l = (label: string) => page.getByLabel(`${label} (Ligne 1)`, { exact: true });
    await l('Offre').selectOption('orange-unlimited-5gb-blocked');
    await l('Itinérance : USA/Canada').selectOption('orange-cutoff-usa-canada-0mb');
    await l('Itinérance : Maghreb et Turquie').selectOption('orange-cutoff-maghreb-turkey-0mb');
    await l('Itinérance : Reste du monde').selectOption('orange-cutoff-rest-of-world-0mb');
    await l('Utilisateur de la ligne').fill('Inès Moreau');
    await l('Type de SIM').selectOption('pin');
    await page.getByRole('button', { name: 'Passer la commande' }).click();
    await page.getByRole('heading', { name: /^Commande O-\d{6}$/ }).waitFor();
    await page.getByText('Terminée').first().waitFor({ timeout: 30_000 });

    await nav('Lignes');
    await page.getByRole('heading', { name: 'Lignes', exact: true }).waitFor();
    await page
      .getByRole('row', { name: /Inès Moreau/ })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { name: 'Options de la ligne' }).waitFor();
  });

  it('ACT-10 CAT-01 CAT-11 adds a fixed IP: active at once, the confirmation says what is billed', async () => {
    await options().getByText('Cut-off Maghreb + Turquie (compteur) 0 Mo — coupure à 0 Mo').waitFor();
    // CAT-11: the eSIM is not an option to add; the reason is listed in French.
    await options()
      .getByText(/Options non disponibles \(\d+\)/)
      .click();
    await options()
      .getByText(/eSIM Orange — eSIM : passez par un changement de SIM/)
      .waitFor();

    await options().getByLabel('Option à ajouter').selectOption('orange-fixed-ip-internet-only');
    await options().getByRole('button', { name: 'Ajouter une option' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('L’option sera active immédiatement (23 novembre 2026 à 10:00).').waitFor();
    await dialog
      .getByText(
        /1,33\s€ HT — Adresse IP fixe Orange — livraison internet only \(premier mois au prorata, du 23\/11\/2026 au 30\/11\/2026\)/,
      )
      .waitFor();
    await e.shot(page, '73-ligne-ajout-option');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await options().getByText('Option ajoutée : Adresse IP fixe Orange — livraison internet only.').waitFor();
    const row = options().getByRole('row', { name: /Adresse IP fixe Orange — livraison internet only/ });
    await row.getByText('Active', { exact: true }).waitFor();
    await row.getByText('23/11/2026 10:00').first().waitFor();
  });

  it('ACT-06 changes the Maghreb + Turkey roaming choice: both billed this month, the envelope is the new one', async () => {
    await options()
      .getByRole('button', { name: 'Changer Cut-off Maghreb + Turquie (compteur) 0 Mo' })
      .click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nouvelle option').selectOption('orange-roaming-maghreb-turkey-data-5gb');
    await dialog
      .getByText(
        'Les deux options sont facturées ce mois-ci, et l’enveloppe devient celle de la nouvelle option (les enveloppes ne s’additionnent pas).',
      )
      .waitFor();
    await dialog
      .getByText(
        /45,00\s€ HT — Option roaming data Maghreb \+ Turquie 5 Go \(mois complet, du 01\/11\/2026 au 30\/11\/2026\)/,
      )
      .waitFor();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await options().getByText('Option changée : Option roaming data Maghreb + Turquie 5 Go.').waitFor();
    await options().getByText('Option roaming data Maghreb + Turquie 5 Go — enveloppe 5 Go').waitFor();

    // 5 GB → 10 GB the same month: the 5 GB month stays due, 10 GB is billed in full.
    await options()
      .getByRole('button', { name: 'Changer Option roaming data Maghreb + Turquie 5 Go' })
      .click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nouvelle option').selectOption('orange-roaming-maghreb-turkey-data-10gb');
    await dialog.getByText(/Les deux options sont facturées ce mois-ci/).waitFor();
    await dialog
      .getByText(/85,00\s€ HT — Option roaming data Maghreb \+ Turquie 10 Go \(mois complet/)
      .waitFor();
    await e.shot(page, '74-ligne-changement-roaming');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await options().getByText('Option changée : Option roaming data Maghreb + Turquie 10 Go.').waitFor();
    // ACT-06: 10 GB, not 15.
    await options().getByText('Option roaming data Maghreb + Turquie 10 Go — enveloppe 10 Go').waitFor();
    expect(
      await options()
        .getByText(/enveloppe 15 Go/)
        .count(),
    ).toBe(0);
    // ACT-10: the replaced choices are terminated today, with their end date.
    const old = options().getByRole('row', { name: /Option roaming data Maghreb \+ Turquie 5 Go/ });
    await old.getByText('Résiliée', { exact: true }).waitFor();
    expect(await old.getByText('23/11/2026 10:00').count()).toBe(3);
    await options().screenshot({ path: path.join(SCREENSHOTS, '75-ligne-options.png') });
  });
});
