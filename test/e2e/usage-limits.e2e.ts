import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn, nav as navTo } from './support.ts';
import { ManualClock } from '../../src/platform/clock.ts';

const AGENT = 'agent@demo-fr.relais.test';
const MB = 1024 * 1024;

/**
 * Issue 12's roaming cut-offs in the browser, in French (USE-05, USE-08, USE-09): an agent of the
 * demo reseller opens Karim Haddad's Orange line (its three zones at the 0 MB cut-off), imports a
 * CDR with a data session in the USA, sees the zone's data stopped with its 100 % alert, then
 * raises the zone's cut-off to 1 GB in the change dialog and sees the data back on at once. The
 * Maghreb zone's cut-off raised from the line's options card (the lines module's) lifts its block at
 * once too; the usage card shows the month's distance from the fair-use limits (CAT-05).
 */
describe('usage limits in the browser (French)', () => {
  let e: E2E;
  let page: Page;
  let msisdn = '';

  beforeAll(async () => {
    e = await startE2E({}, new ManualClock('2026-11-23T09:00:00Z'));
    page = await e.newPage();
    await signIn(page, e.url, AGENT);
    await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
  }, 300_000);
  afterAll(async () => {
    await e?.close();
  });

  const limitsCard = () =>
    page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Cut-offs et seuils data', exact: true }) });
  const usaRow = () => limitsCard().getByRole('row', { name: /USA \/ Canada/ });

  async function openLine() {
    await navTo(page, 'Lignes');
    await page.getByRole('heading', { name: 'Lignes', exact: true }).waitFor();
    await page
      .getByRole('row', { name: /Karim Haddad/ })
      .getByRole('link')
      .first()
      .click();
    const title = page.getByRole('heading', { level: 1, name: /^0\d( \d{2}){4}$/ });
    await title.waitFor();
    return ((await title.textContent()) ?? '').replace(/\s/g, '');
  }

  it('USE-05 USE-08 the line page lists each zone’s cut-off, its consumption and its state', async () => {
    msisdn = await openLine();
    await usaRow().getByText('Cut-off USA / Canada (compteur) 0 Mo').waitFor();
    await usaRow().getByText('Data active').waitFor();
    await limitsCard()
      .getByRole('row', { name: /Maghreb \+ Turquie/ })
      .waitFor();
    await limitsCard()
      .getByRole('row', { name: /Reste du monde/ })
      .waitFor();
  });

  /** Imports CDR rows through the Consommations page, as an agent does. */
  async function importCsv(name: string, rows: string[]) {
    const csv = [
      'record_id,msisdn,start,kind,direction,zone,destination_zone,quantity,sva_price,called_number',
      ...rows,
    ].join('\n');
    await navTo(page, 'Consommations');
    await page.getByRole('heading', { name: 'Imports de consommations' }).waitFor();
    await page.getByLabel('Fichier CDR (CSV)').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page
      .getByText(new RegExp(`Import terminé : ${rows.length} lues, ${rows.length} nouvelles`))
      .waitFor();
  }

  it('USE-05 data used in the USA under a 0 MB cut-off stops the zone’s data, with its 100 % alert', async () => {
    await importCsv('cdr-roaming.csv', [
      `E2E-US-1,${msisdn},2026-11-22T09:00:00-05:00,data,out,usa_canada,,${3 * MB},,`,
    ]);
    await openLine();
    await usaRow()
      .getByText(/Data coupée/)
      .waitFor();
    await usaRow().getByText('Alertes 100 %').waitFor();
    await usaRow()
      .getByText(/3 Mo sur 0 Mo/)
      .waitFor();
  });

  it('USE-09 the agent raises the zone’s cut-off to 1 GB: the data is back on at once', async () => {
    await usaRow().getByRole('button', { name: 'Changer USA / Canada' }).click();
    const dialog = page.getByRole('dialog', { name: 'Changer le cut-off USA / Canada' });
    await dialog.waitFor();
    const select = dialog.getByLabel('Nouveau cut-off');
    // USE-08: the zone's volumes as choices, by their names.
    expect(await select.locator('option').allTextContents()).toEqual([
      'Cut-off USA / Canada (compteur) 500 Mo',
      'Cut-off USA / Canada (compteur) 1 Go',
      'Cut-off USA / Canada (compteur) 5 Go',
      'Cut-off USA / Canada (compteur) 10 Go',
      'Cut-off USA / Canada (compteur) 30 Go',
      'Cut-off USA / Canada (compteur) 50 Go',
    ]);
    await select.selectOption({ label: 'Cut-off USA / Canada (compteur) 1 Go' });
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Cut-off modifié').waitFor();
    await usaRow().getByText('Cut-off USA / Canada (compteur) 1 Go').waitFor();
    await usaRow().getByText('Data active').waitFor();
    await usaRow()
      .getByText(/3 Mo sur 1 Go \(0 %\)/)
      .waitFor();
    await e.shot(page, 'usage-limits-changed');
  });

  it('USE-05 a cut-off raised from the line’s options card lifts the zone’s « Data coupée » at once, without an import', async () => {
    const maghreb = () => limitsCard().getByRole('row', { name: /Maghreb \+ Turquie/ });
    const options = () =>
      page.locator('section').filter({ has: page.getByRole('heading', { name: 'Options de la ligne' }) });
    await importCsv('cdr-maghreb.csv', [
      `E2E-MT-1,${msisdn},2026-11-22T10:00:00+01:00,data,out,maghreb_turkey,,${2 * MB},,`,
    ]);
    await openLine();
    await maghreb()
      .getByText(/Data coupée/)
      .waitFor();
    await options()
      .getByRole('button', { name: 'Changer Cut-off Maghreb + Turquie (compteur) 0 Mo' })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nouvelle option').selectOption('orange-cutoff-maghreb-turkey-500mb');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await options().getByText('Option changée : Cut-off Maghreb + Turquie (compteur) 500 Mo.').waitFor();
    await maghreb().getByText('Cut-off Maghreb + Turquie (compteur) 500 Mo').waitFor();
    await maghreb().getByText('Data active').waitFor();
    await maghreb()
      .getByText(/2 Mo sur 500 Mo/)
      .waitFor();
  });

  it('CAT-05 the usage card shows how far the month is from the unlimited plan’s fair use', async () => {
    const fairUse = page.getByRole('group', { name: 'Usage raisonnable du forfait illimité' });
    const calleesRow = () =>
      fairUse
        .locator('div')
        .filter({ has: page.getByText('Correspondants différents appelés') })
        .locator('dd');
    const callees = async () =>
      Number(/^(\d+) sur 250$/.exec((await calleesRow().textContent()) ?? '')?.[1] ?? NaN);
    await fairUse.getByText('Correspondants différents appelés').waitFor();
    await fairUse.getByText('Destinataires SMS/MMS différents').waitFor();
    await fairUse.getByText('jusqu’à 2 h par appel').waitFor();
    await fairUse.getByText('500 au plus (au-delà, SMS suspendus 3 jours)').waitFor();
    const before = await callees();
    expect(before).toBeGreaterThanOrEqual(0);
    // One call to a number the line never called this month: one more distinct callee.
    await importCsv('cdr-call.csv', [
      `E2E-CALL-1,${msisdn},2026-11-22T11:00:00+01:00,voice,out,france,france,60,,33700000999`,
    ]);
    await openLine();
    await calleesRow()
      .getByText(`${before + 1} sur 250`, { exact: true })
      .waitFor();
    await e.shot(page, 'usage-fair-use');
  });
});
