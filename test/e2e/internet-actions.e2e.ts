import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn, nav } from './support.ts';
import { ManualClock } from '../../src/platform/clock.ts';

const AGENT = 'agent@demo-il.relais.test';

/**
 * An agent of the Israeli demo reseller changes a plan and moves a subscription in French
 * (issue 11 §3), on Thursday 12 November 2026: Noa Levi's Partner 1000 Mb fibre goes to 600 Mb at
 * her Billing Day (the 1st: 1 December), then Cohen Computers' HOT 500 Mb is refused fibre at an
 * address without it and moves with the same box on the agreed date. The worker applies both.
 */
describe('internet lifecycle actions in the browser (French, demo-il)', () => {
  const clock = new ManualClock('2026-11-12T08:00:00Z');
  let e: E2E;
  let page: Page;

  const login = async () => {
    await signIn(page, e.url, AGENT);
    await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
  };
  const openSubscription = async (customer: string) => {
    await nav(page, 'Clients');
    await page.getByRole('link', { name: customer, exact: true }).click();
    await page
      .getByRole('region', { name: 'Abonnements internet' })
      .getByRole('link', { name: /Ouvrir INT-/ })
      .first()
      .click();
    await page.getByRole('heading', { name: /Abonnement internet (HOT|Partner) — INT-/ }).waitFor();
  };
  const card = () => page.getByRole('region', { name: 'Évolutions de l’abonnement' });
  const row = (name: string) =>
    card()
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name, exact: true }) });
  const detail = (term: string) =>
    page.locator('.k-dl__item').filter({ has: page.getByText(term, { exact: true }) });

  beforeAll(async () => {
    e = await startE2E({}, clock);
    page = await e.newPage();
    await login();
  }, 300_000);
  afterAll(async () => {
    await e?.close();
  });

  it('NET-02 NET-14 CAL-06 a Partner plan change at the Billing Day, the other actions’ reasons shown', async () => {
    await openSubscription('Noa Levi');
    expect(await row('Changer de forfait').innerText()).toContain('au jour de facturation, le 01/12/2026');
    // NET-06: only a pending or recent termination is reactivated; the reason is in French.
    await row('Réactiver l’abonnement')
      .getByText(/Impossible : Réactivation impossible/)
      .waitFor();
    expect(await row('Ajouter l’IP fixe').innerText()).toMatch(/20,00\s₪ \/ mois/);

    await row('Changer de forfait').getByRole('button', { name: 'Changer de forfait' }).click();
    const dialog = page.getByRole('dialog', { name: 'Changer de forfait' });
    const plan = dialog.getByLabel('Nouveau forfait', { exact: true });
    // The current plan is offered disabled with its reason.
    await dialog
      .getByRole('option', { name: /Partner 1000 Mb fibre — impossible : C’est déjà le forfait/ })
      .waitFor({ state: 'attached' });
    await plan.selectOption('partner-fibre-600');
    await dialog.getByText('10 ₪ / mois de moins que le forfait actuel.').waitFor();
    await dialog.getByText(/prend effet au jour de facturation, le 01\/12\/2026/).waitFor();
    await e.shot(page, 'internet-actions-01-changement-forfait');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Demande enregistrée.').waitFor();
    await card()
      .getByRole('cell', { name: /Changement de forfait — Partner 1000 Mb fibre → Partner 600 Mb fibre/ })
      .waitFor();
    // One dated change at a time: the move now says why not.
    await row('Déménager')
      .getByText(/Impossible : Une demande est déjà en cours/)
      .waitFor();
    await e.shot(page, 'internet-actions-02-forfait-programme');
  });

  it('NET-08 NET-18 a move to an address without fibre is refused; a plain move keeps the box', async () => {
    // The plan change's confirmation toast may still be shown: this test waits for its own.
    await page.getByText('Demande enregistrée.').waitFor({ state: 'hidden' });
    await openSubscription('Cohen Computers');
    await row('Déménager').getByRole('button', { name: 'Déménager' }).click();
    const dialog = page.getByRole('dialog', { name: 'Déménager' });
    await dialog.getByText(/le même boîtier déménage, jamais deux adresses à la fois/).waitFor();
    await dialog.getByLabel('Nouvelle adresse', { exact: true }).fill('Ha-Nasi 3, Mitzpe Ramon');
    await dialog.getByLabel('Date convenue avec le client', { exact: true }).fill('2026-11-20');
    await dialog.getByLabel('Forfait à la nouvelle adresse', { exact: true }).selectOption('hot-fibre-600');
    await dialog.getByRole('button', { name: 'Vérifier l’éligibilité à la fibre de cette adresse' }).click();
    await dialog.getByText(/Non éligible à la fibre/).waitFor();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await dialog.getByText('Adresse non éligible à la fibre').waitFor();
    await e.shot(page, 'internet-actions-03-demenagement-refuse');

    await dialog.getByLabel('Nouvelle adresse', { exact: true }).fill('Dizengoff 100, Tel Aviv');
    await dialog.getByLabel('Forfait à la nouvelle adresse', { exact: true }).selectOption('');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Demande enregistrée.').waitFor();
    await card().getByRole('cell', { name: 'Déménagement — Dizengoff 100, Tel Aviv' }).waitFor();
    expect(await detail('Adresse d’installation').innerText()).toContain('Rothschild 22, Tel Aviv');
    await e.shot(page, 'internet-actions-04-demenagement-programme');
    const url = page.url();

    const worker = e.relais.worker;
    if (!worker) throw new Error('the e2e server runs its worker in process');
    // 20 November 2026 00:00 in Jerusalem: the box is at the new address.
    clock.set('2026-11-19T22:00:00Z');
    await worker.tick();
    await login();
    await page.goto(url);
    await expect
      .poll(() => detail('Adresse d’installation').innerText())
      .toContain('Dizengoff 100, Tel Aviv');
    await card().getByText('Fait').first().waitFor();
    await e.shot(page, 'internet-actions-05-demenagement-fait');
  });
});
