import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn, nav as navTo } from './support.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { Client } from '../support/app.ts';
import { ManualClock } from '../../src/platform/clock.ts';

const AGENT = 'agent@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';

/**
 * The customer page in French: an agent orders a line, schedules an upgrade on it, finds it among
 * the customer's scheduled actions ("le 1er décembre 2026 à 00:00") and cancels it there; the
 * charges card lists the first month and its total, and "Exporter (CSV)" downloads the ledger; at
 * the 1st the monthly charge appears (CAT-01). The clock starts on a Monday at 10:00 in Paris.
 * The customer is one of its own (the demo's customers have their own lines and charges), and the
 * line's number is the one drawn from the free stock (the demo's numbers are free stock too).
 */
describe('customer page: scheduled actions and charges (French)', () => {
  let e: E2E;
  let page: Page;
  const clock = new ManualClock('2026-11-23T09:00:00Z');

  const login = async () => {
    await signIn(page, e.url, AGENT, PASSWORD);
    await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
  };
  const nav = (name: string) => navTo(page, name);
  const CUSTOMER = 'Hélène Garnier';
  let number = '';
  const openCustomer = async () => {
    await nav('Clients');
    await page.getByRole('link', { name: CUSTOMER }).click();
    await page.getByRole('heading', { name: CUSTOMER }).waitFor();
  };
  const card = (name: string) => page.getByRole('region', { name, exact: true });

  beforeAll(async () => {
    e = await startE2E({}, clock);
    const api = await Client.login(e.url, AGENT, PASSWORD);
    const customer = await api.post('/api/accounts', {
      kind: 'person',
      firstName: 'Hélène',
      lastName: 'Garnier',
      email: 'helene.garnier@example.fr',
      billingDay: 1,
    });
    expect(customer.status, JSON.stringify(customer.body)).toBe(201);
    page = await e.newPage();
    await login();
    // Migrations, the demo with its fleet and Chromium: slow on a loaded machine.
  }, 300_000);
  afterAll(async () => {
    await e?.close();
  });

  it('ORD-01 orders an Orange line for the customer', async () => {
    await nav('Stock SIM');
    const sims = page.getByRole('region', { name: 'Importer des SIM' });
    await sims.getByLabel('Fichier CSV (Importer des SIM)').setInputFiles({
      name: 'sim.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(simCsv([{ iccid: iccid(930001) }])),
    });
    await sims.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('1 élément(s) importé(s).').waitFor();
    const numbers = page.getByRole('region', { name: 'Importer des numéros' });
    await numbers.getByLabel('Fichier CSV (Importer des numéros)').setInputFiles({
      name: 'numeros.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('reseau;premier;dernier\norange;0758000000;0758000009\n'),
    });
    await numbers.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('10 élément(s) importé(s).').waitFor();

    await openCustomer();
    await page.getByRole('link', { name: 'Commander des lignes' }).click();
    await page.getByRole('heading', { name: 'Nouvelle commande' }).waitFor();
    const l = (label: string) => page.getByLabel(`${label} (Ligne 1)`, { exact: true });
    await l('Offre').selectOption('orange-unlimited-5gb-blocked');
    await l('Itinérance : USA/Canada').selectOption('orange-cutoff-usa-canada-0mb');
    await l('Itinérance : Maghreb et Turquie').selectOption('orange-cutoff-maghreb-turkey-0mb');
    await l('Itinérance : Reste du monde').selectOption('orange-cutoff-rest-of-world-0mb');
    await l('Utilisateur de la ligne').fill('Claire Dubois');
    await l('Type de SIM').selectOption('pin');
    await page.getByRole('button', { name: 'Passer la commande' }).click();
    await page.getByRole('heading', { name: /^Commande O-\d{6}$/ }).waitFor();
    await page.getByText('Terminée').first().waitFor({ timeout: 30_000 });
    const api = await Client.login(e.url, AGENT, PASSWORD);
    const lines = await api.get('/api/lines?limit=100');
    const msisdn = String((lines.body.items ?? []).find((x) => x.userName === 'Claire Dubois')?.msisdn ?? '');
    expect(msisdn).toMatch(/^0\d{9}$/);
    number = msisdn.replace(/(\d{2})(?=\d)/g, '$1 ');
  });

  it('ACT-03 the upgrade scheduled on the line shows on the customer page, "le 1er décembre 2026 à 00:00", and is cancelled there', async () => {
    await nav('Lignes');
    await page.getByRole('heading', { name: 'Lignes', exact: true }).waitFor();
    await page
      .getByRole('row', { name: /Claire Dubois/ })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { name: 'Actions sur la ligne' }).waitFor();
    await page.getByRole('button', { name: 'Passer à Forfait illimité bloqué Orange 10 Go' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
    await page.getByRole('button', { name: /Annuler : Changement d’offre/ }).waitFor();

    await openCustomer();
    const pending = card('Actions planifiées');
    const row = pending.getByRole('row', {
      name: /Changement d’offre : Forfait illimité bloqué Orange 10 Go/,
    });
    await row.getByText('le 1er décembre 2026 à 00:00').waitFor();
    await row.getByText(number, { exact: true }).waitFor();
    await e.shot(page, '80-client-actions-planifiees');
    await row.getByRole('button', { name: /^Annuler : Changement d’offre/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/ne sera pas exécutée/).waitFor();
    await dialog.getByRole('button', { name: 'Annuler l’action' }).click();
    await page.getByText('L’action est annulée.').waitFor();
    await pending.getByText('Aucune action planifiée sur les lignes de ce client.').waitFor();
  });

  it('CAT-01 the charges card lists the first month with its item and total; "Exporter (CSV)" downloads the ledger', async () => {
    const charges = card('Frais');
    const first = charges.getByRole('row', { name: /Premier mois au prorata/ });
    await first.getByText('Forfait illimité bloqué Orange 5 Go').waitFor();
    // 8 days of 30 (23 November included): 7 € × 8 / 30 = 1,87 €.
    await first.getByText('23/11/2026 – 30/11/2026').waitFor();
    await first.getByText(/^1,87\s€$/).waitFor();
    await charges.getByText(/^1,87\s€ HT$/).waitFor();
    await e.shot(page, '81-client-frais');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      charges.getByRole('link', { name: 'Exporter (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^frais-C-\d{6}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe(
      '\uFEFFDate;Référence client;Client;Ligne;Utilisateur;Nature;Article;Code article;Début de période;Fin de période;Montant;Devise;Taxes',
    );
    expect(rows[1]).toMatch(
      new RegExp(
        `^2026-11-23;C-\\d{6};${CUSTOMER};${number};Claire Dubois;Premier mois \\(prorata\\);Forfait illimité bloqué Orange 5 Go;orange-unlimited-5gb-blocked;2026-11-23;2026-11-30;1,87;EUR;HT$`,
      ),
    );
    expect(rows.at(-1)).toBe('');
  });

  it('CAT-01 at 00:00 on the 1st the month is charged in full and shows on the card', async () => {
    clock.set(new Date('2026-11-30T23:00:05Z'));
    // The in-process worker runs the month's charges (it polls every second).
    const deadline = Date.now() + 30_000;
    const monthly = () =>
      e.relais.db.system((tx) =>
        // December's run (the demo's lines already had November's).
        tx.one<{ n: number }>(
          `SELECT count(*)::int AS n FROM account_charges WHERE kind = 'monthly' AND period_start = '2026-12-01'`,
        ),
      );
    while ((await monthly()).n === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    // A week later the session has expired: sign in again.
    await login();
    await openCustomer();
    const charges = card('Frais');
    await charges
      .getByRole('row', { name: /Mensualité/ })
      .getByText('01/12/2026 – 31/12/2026')
      .waitFor();
    await charges.getByText(/^8,87\s€ HT$/).waitFor();
    await e.shot(page, '82-client-mensualite');
  });
});
