import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  internetActionRow,
  internetDetail,
  openInternetCustomer,
  openInternetSubscription,
  signInIlAgent,
  startE2E,
  type E2E,
} from './support.ts';
import { ManualClock } from '../../src/platform/clock.ts';

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
  /** The Partner subscription of the NET-09 step, rescheduled to 26 November 09:00 (NET-20). */
  let rescheduled = '';

  const login = () => signInIlAgent(page, e.url);
  const openSubscription = (customer: string) => openInternetSubscription(page, customer);
  const card = () => page.getByRole('region', { name: 'Évolutions de l’abonnement' });
  const row = (name: string) =>
    card()
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name, exact: true }) });
  const detail = (term: string) => internetDetail(page, term);

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

  it('NET-09 CAL-03 Bezeq not ready: the installation waits, with the estimate in Israeli business days, then is rescheduled', async () => {
    // Friday 20 November 2026 (after the move): a Partner fibre order for Yossi Mizrahi, booked.
    await openInternetCustomer(page, 'Yossi Mizrahi');
    await page
      .getByRole('region', { name: 'Abonnements internet' })
      .getByRole('button', { name: 'Nouvel abonnement internet' })
      .click();
    const order = page.getByRole('dialog', { name: 'Nouvel abonnement internet' });
    await order.getByLabel('Opérateur', { exact: true }).selectOption('partner');
    await order.getByLabel('Forfait', { exact: true }).selectOption('partner-fibre-600');
    await order.getByLabel('Adresse d’installation', { exact: true }).fill('Jaffa 40, Jerusalem');
    await order.getByLabel('Nombre d’appartements de l’immeuble', { exact: true }).fill('12');
    await order.getByLabel('Numéro client opérateur (MASAP)', { exact: true }).fill('a5550123');
    await order.getByRole('button', { name: 'Vérifier l’éligibilité auprès de l’opérateur' }).click();
    await order.getByText(/Éligible à la fibre — vérifié le/).waitFor();
    await order.getByRole('button', { name: 'Commander' }).click();
    await page.getByRole('heading', { name: /Abonnement internet Partner — INT-/ }).waitFor();

    const action = (name: string) => internetActionRow(page, name);
    await action('Réserver l’installation').getByRole('button', { name: 'Réserver l’installation' }).click();
    const book = page.getByRole('dialog', { name: 'Réserver l’installation' });
    // NET-15: the customer reachable and present, 30 to 45 minutes.
    await book
      .getByText('Le client doit être joignable et présent ; l’installation dure 30 à 45 minutes.')
      .waitFor();
    await book.getByLabel(/Créneau d’installation/).fill('2026-11-22T10:00');
    await book.getByRole('button', { name: 'Confirmer' }).click();
    await expect.poll(() => detail('Installation').innerText()).toContain('22/11/2026, de 10:00 à 10:45');

    const report = 'Infrastructure Bezeq non prête';
    expect(await action(report).innerText()).toContain('estimation : vers le 25/11/2026 (pas une échéance)');
    await action(report).getByRole('button', { name: report }).click();
    const dialog = page.getByRole('dialog', { name: report });
    await dialog
      .getByText(
        /environ 3 à 4 jours ouvrés israéliens, vers le 25\/11\/2026 — une estimation, pas une échéance/,
      )
      .waitFor();
    await e.shot(page, 'internet-actions-06-bezeq-signalement');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    // demo-il has Partner's technical e-mail: the report went out by e-mail.
    // Fri 20 Nov: Sun 22, Mon 23, Tue 24 (3 business days), Wed 25 (4).
    await expect
      .poll(() => detail('Infrastructure Bezeq').innerText())
      .toContain(
        'En attente Bezeq depuis le 20/11/2026 (signalé par e-mail au contact technique Partner). Délai estimé : environ 3 à 4 jours ouvrés israéliens, du 24/11/2026 au 25/11/2026 — une estimation, pas une échéance.',
      );
    expect(await detail('Installation').innerText()).not.toContain('22/11/2026');
    await action('Installation effectuée').getByText('Impossible : En attente Bezeq').waitFor();
    expect(await page.getByRole('button', { name: 'Installation effectuée', exact: true }).isDisabled()).toBe(
      true,
    );
    await e.shot(page, 'internet-actions-07-en-attente-bezeq');

    await action('Reprogrammer l’installation')
      .getByRole('button', { name: 'Reprogrammer l’installation' })
      .click();
    const again = page.getByRole('dialog', { name: 'Reprogrammer l’installation' });
    await again.getByLabel(/Créneau d’installation/).fill('2026-11-26T09:00');
    await again.getByRole('button', { name: 'Confirmer' }).click();
    await expect.poll(() => detail('Installation').innerText()).toContain('26/11/2026, de 09:00 à 09:45');
    rescheduled = page.url();
    await detail('Infrastructure Bezeq').waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: 'Installation effectuée', exact: true }).isDisabled()).toBe(
      false,
    );
  });

  it('NET-12 a HOT Wi-Fi change is handed to HOT with the call sheet, then recorded once HOT made it', async () => {
    await openSubscription('Cohen Computers');
    const action = (name: string) => internetActionRow(page, name);
    await action('Modifier le Wi-Fi').getByRole('button', { name: 'Modifier le Wi-Fi' }).click();
    const dialog = page.getByRole('dialog', { name: 'Modifier le Wi-Fi' });
    await dialog.getByText(/Chez HOT, seul HOT change le nom et le mot de passe Wi-Fi/).waitFor();
    await dialog.getByLabel('Nom du Wi-Fi (SSID)', { exact: true }).fill('Cohen-Bureau');
    await dialog.getByLabel('Mot de passe Wi-Fi', { exact: true }).fill('hot-secret-2026');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Demande transmise à HOT.').waitFor();

    const sheet = detail('Changement Wi-Fi');
    await expect
      .poll(() => sheet.innerText())
      .toContain('Transmis à HOT le 20/11/2026, en attente : appeler Sharona');
    expect(await sheet.innerText()).toContain('MASAP 70012345');
    expect(await sheet.innerText()).not.toContain('hot-secret-2026');
    await sheet.getByRole('button', { name: 'Afficher les nouvelles valeurs' }).click();
    await sheet.getByText('Nouveau réseau « Cohen-Bureau », mot de passe « hot-secret-2026 »').waitFor();
    await action('Modifier le Wi-Fi').getByText('Impossible : Changement Wi-Fi transmis à HOT').waitFor();
    await e.shot(page, 'internet-actions-08-wifi-hot');

    const done = 'HOT a fait le changement Wi-Fi';
    await action(done).getByRole('button', { name: done }).click();
    await page.getByRole('dialog', { name: done }).getByRole('button', { name: 'Confirmer' }).click();
    await sheet.waitFor({ state: 'detached' });
    expect(await detail('Wi-Fi').innerText()).toContain('Enregistré (chiffré)');
  });

  it('NET-20 the technician is late for the rescheduled slot: Partner is chased, the customer told, the page says so', async () => {
    // 26 November 2026, 10:00 in Jerusalem: the 09:00 slot passed without the installation.
    clock.set('2026-11-26T08:00:00Z');
    const worker = e.relais.worker;
    if (!worker) throw new Error('the e2e server runs its worker in process');
    await worker.tick();
    await login();
    await page.goto(rescheduled);
    await expect
      .poll(() => detail('Technicien').innerText())
      .toContain(
        'Technicien en retard — relance envoyée à Partner (Groupe WhatsApp du service technique Partner) le 26/11/2026 10:00 ; client prévenu',
      );
    await e.shot(page, 'internet-actions-09-technicien-relance');
  });
});
