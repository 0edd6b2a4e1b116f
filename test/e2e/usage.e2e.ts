import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn, nav as navTo } from './support.ts';
import { ManualClock } from '../../src/platform/clock.ts';

const AGENT = 'agent@demo-fr.relais.test';
const GB = 1024 * 1024 * 1024;

/**
 * Issue 12 in the browser, in French: an agent of the demo reseller imports an operator's CDR file
 * with two bad rows (listed with their line and reason), opens the line that file took past 80 %
 * of its envelope, reads the month's totals, the 80 % alert and the masked journal, switches month,
 * and finds the alert e-mail in the outbox. The clock is Monday 23 November 2026, 10:00 in Paris;
 * the demo gives Karim Haddad's Orange 5 GB blocked line about 40 % of its envelope this month.
 */
describe('usage in the browser (French)', () => {
  let e: E2E;
  let page: Page;
  let msisdn = '';
  let spaced = '';

  beforeAll(async () => {
    e = await startE2E({}, new ManualClock('2026-11-23T09:00:00Z'));
    page = await e.newPage();
    await signIn(page, e.url, AGENT);
    await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
  }, 300_000);
  afterAll(async () => {
    await e?.close();
  });

  const nav = (name: string) => navTo(page, name);
  const usageCard = () =>
    page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Consommations', exact: true }) });

  it('finds Karim Haddad’s line below 80 % of its envelope, with no alert yet', async () => {
    await nav('Lignes');
    await page.getByRole('heading', { name: 'Lignes', exact: true }).waitFor();
    await page
      .getByRole('row', { name: /Karim Haddad/ })
      .getByRole('link')
      .first()
      .click();
    // The line page's title is its number once loaded ("Lignes" while it loads).
    const title = page.getByRole('heading', { level: 1, name: /^0\d( \d{2}){4}$/ });
    await title.waitFor();
    spaced = ((await title.textContent()) ?? '').trim();
    msisdn = spaced.replace(/\s/g, '');
    expect(msisdn).toMatch(/^0\d{9}$/);
    await usageCard().getByText('Aucune alerte ce mois-ci').waitFor();
  });

  it('USE-01 imports a CDR file: good rows counted, bad rows listed with their line and reason', async () => {
    const csv = [
      'record_id,msisdn,start,kind,direction,zone,destination_zone,quantity,sva_price,called_number',
      `E2E-1,${msisdn},2026-11-22T09:00:00+01:00,data,out,france,,${Math.round(1.15 * GB)},,`,
      `E2E-2,${msisdn},2026-11-22T14:00:00+01:00,data,out,france,,${Math.round(1.15 * GB)},,`,
      `E2E-3,${msisdn},2026-11-22T15:10:00+01:00,voice,out,france,france,125,,33757931234`,
      `E2E-4,${msisdn},2026-11-22T15:20:00+01:00,voice,out,france,france,-30,,33757931234`,
      `E2E-5,0799999999,2026-11-22T15:30:00+01:00,sms,out,france,france,1,,`,
    ].join('\n');
    await nav('Consommations');
    await page.getByRole('heading', { name: 'Imports de consommations' }).waitFor();
    await page.getByLabel('Fichier CDR (CSV)').setInputFiles({
      name: 'cdr-orange-20261122.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page
      .getByText(
        'Import terminé : 5 lues, 3 nouvelles, 0 doublons, 1 rejetées, 1 lignes inconnues, 1 alertes.',
      )
      .waitFor();
    const rejects = page.getByRole('table', { name: 'Lignes rejetées' });
    await rejects.getByRole('row', { name: /5 Quantité négative \(quantité\)/ }).waitFor();
    await rejects.getByRole('row', { name: /6 Aucune ligne du revendeur n’a ce numéro/ }).waitFor();
    // Every reject downloads as a CSV file (issue 12 §3), the session cookie going with the link.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Télécharger les rejets (CSV)' }).click();
    const saved = await (await download).path();
    const text = await readFile(saved, 'utf8');
    expect(text).toContain('5;Quantité négative (quantité);E2E-4,');
    expect(text).toContain('6;Aucune ligne du revendeur n’a ce numéro;E2E-5,');
    // The import is in the history with its figures and its state in words (issue 12: the file
    // is streamed and counted in batches, « En cours » while it runs).
    await page.getByRole('row', { name: /cdr-orange-20261122\.csv Terminé 5 3 0 1 1 1/ }).waitFor();
  });

  it('USE-03 USE-07 the line shows the month’s totals, the 80 % alert and the masked journal', async () => {
    await nav('Lignes');
    await page
      .getByRole('row', { name: /Karim Haddad/ })
      .getByRole('link')
      .first()
      .click();
    const card = usageCard();
    await card.getByText(/80 % atteint le/).waitFor();
    const percent = Number(/(\d+) % de l’enveloppe/.exec((await card.textContent()) ?? '')?.[1]);
    expect(percent).toBeGreaterThanOrEqual(80);
    expect(percent).toBeLessThan(100);
    await card
      .getByRole('group', { name: 'Data' })
      .getByText(/ Go \/ 5 Go$/)
      .waitFor();
    await card.getByRole('heading', { name: 'Totaux des consommations Novembre 2026' }).waitFor();
    await card.getByRole('tab', { name: 'Voix', exact: true }).click();
    await card.getByRole('cell', { name: '3375793XXXX' }).first().waitFor();
    expect(await card.getByText('33757931234').count()).toBe(0);
    // USE-07: the 3 viewable months, the current one by default.
    const month = card.getByLabel('Mois');
    expect(await month.locator('option').allTextContents()).toEqual([
      'Novembre 2026',
      'Octobre 2026',
      'Septembre 2026',
    ]);
    await month.selectOption('2026-10');
    await card.getByRole('heading', { name: 'Totaux des consommations Octobre 2026' }).waitFor();
    await month.selectOption('2026-11');
    await card.getByRole('heading', { name: 'Totaux des consommations Novembre 2026' }).waitFor();
    await e.shot(page, 'usage-line-card');
  });

  it('USE-03 the 80 % alert e-mail to the reseller’s users is in the outbox', async () => {
    const subject = `Ligne ${spaced} : 80 % de l’enveloppe data atteints`;
    let found = false;
    for (let attempt = 0; attempt < 10 && !found; attempt++)
      for (const view of ['local', 'pending']) {
        await page.goto(`${e.url}/outbox?view=${view}`);
        await page.getByRole('heading', { name: 'Messages' }).first().waitFor();
        const row = page.getByRole('row').filter({ hasText: subject }).first();
        found = await row
          .waitFor({ timeout: 3_000 })
          .then(() => true)
          .catch(() => false);
        if (found) break;
      }
    expect(found).toBe(true);
  });

  it('USE-03 the 80 % alert SMS to the line’s user is in the local SMS box', async () => {
    const to = `+33${msisdn.slice(1)}`;
    let found = false;
    for (let attempt = 0; attempt < 10 && !found; attempt++) {
      await page.goto(`${e.url}/outbox?view=localSms`);
      await page.getByRole('tab', { name: 'Boîte SMS locale', selected: true }).waitFor();
      found = await page
        .getByRole('row')
        .filter({ hasText: to })
        .filter({ hasText: '80 % data' })
        .first()
        .waitFor({ timeout: 3_000 })
        .then(() => true)
        .catch(() => false);
    }
    expect(found).toBe(true);
    await e.shot(page, 'usage-local-sms-box');
  });

  const openKarim = async () => {
    await nav('Lignes');
    await page
      .getByRole('row', { name: /Karim Haddad/ })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: spaced }).waitFor();
  };

  it('USE-04 USE-07 past 100 % the line shows « Data bloquée », and the tenant view lists it first', async () => {
    const csv = [
      'record_id,msisdn,start,kind,direction,zone,destination_zone,quantity,sva_price,called_number',
      `E2E-6,${msisdn},2026-11-23T08:00:00+01:00,data,out,france,,${Math.round(1 * GB)},,`,
    ].join('\n');
    await nav('Consommations');
    await page.getByRole('heading', { name: 'Imports de consommations' }).waitFor();
    await page.getByLabel('Fichier CDR (CSV)').setInputFiles({
      name: 'cdr-orange-20261123.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText(/Import terminé : 1 lues, 1 nouvelles/).waitFor();

    await nav('Enveloppes data');
    await page.getByRole('heading', { name: 'Lignes proches de leur enveloppe' }).waitFor();
    const table = page.getByRole('table', { name: 'Lignes par part de l’enveloppe consommée' });
    const first = table.getByRole('row').nth(1);
    await first.getByText(spaced).waitFor();
    await first.getByText('Data bloquée').waitFor();
    expect(await first.textContent()).toMatch(/1\d\d %/);
    await e.shot(page, 'usage-lines-near-envelope');
  });

  it('USE-06 orders a recharge that lifts the block, and is asked to confirm a second one within 30 minutes', async () => {
    await openKarim();
    const card = usageCard();
    await card.getByText('Data bloquée').waitFor();
    await card.getByRole('button', { name: 'Recharge data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter une recharge data' });
    await dialog.getByText(/jusqu’à 30 minutes/).waitFor();
    await dialog
      .getByLabel('Recharge', { exact: true })
      .selectOption({ label: 'Recharge data 5 Go (illimité) Orange — prix à définir' });
    await dialog.getByRole('button', { name: 'Commander la recharge' }).click();
    await page.getByText('Recharge commandée : elle peut mettre jusqu’à 30 minutes à s’appliquer.').waitFor();
    // The worker applies it through the operator (simulator), then the block is lifted.
    await card.getByText('Appliquée').waitFor({ timeout: 60_000 });
    await card.getByText('Data bloquée').waitFor({ state: 'detached', timeout: 60_000 });
    await card
      .getByRole('group', { name: 'Data' })
      .getByText(/\/ 10 Go$/)
      .waitFor();
    await card.getByRole('group', { name: 'Data' }).getByText('5 Go', { exact: true }).waitFor();

    // A second one within 30 minutes: the server's message and an explicit confirmation.
    await card.getByRole('button', { name: 'Recharge data' }).click();
    await dialog
      .getByLabel('Recharge', { exact: true })
      .selectOption({ label: 'Recharge data 1 Go (illimité) Orange — prix à définir' });
    await dialog.getByRole('button', { name: 'Commander la recharge' }).click();
    await dialog.getByText('Recharge déjà commandée il y a moins de 30 minutes').waitFor();
    await dialog.getByText(/commandée sur cette ligne à 10:00/).waitFor();
    await e.shot(page, 'usage-recharge-confirm');
    await dialog.getByRole('button', { name: 'Confirmer une seconde recharge' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card.getByText(/Recharge data 1 Go \(illimité\) Orange commandée le/).waitFor();
  });

  it('USE-07 the line shows the month’s totals and the chart of its data against the envelope', async () => {
    const card = usageCard();
    await card.getByRole('heading', { name: 'Totaux des consommations Novembre 2026' }).waitFor();
    const chart = card.getByRole('region', { name: 'Data consommée jour par jour' });
    await chart.getByRole('img', { name: /Data consommée jour par jour/ }).waitFor();
    await chart.getByText(/consommés au 23 novembre sur une enveloppe de 1\d Go\./).waitFor();
    // Another month: the chart follows the month selector.
    await card.getByLabel('Mois').selectOption('2026-10');
    await chart.getByText(/au 31 octobre sur une enveloppe de 5 Go\./).waitFor();
    await card.getByLabel('Mois').selectOption('2026-11');
    await e.shot(page, 'usage-line-chart');
  });
});
