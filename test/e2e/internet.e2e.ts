import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  internetActionRow,
  internetDetail,
  openInternetCustomer,
  signInIlAgent,
  startE2E,
  type E2E,
} from './support.ts';
import { ManualClock } from '../../src/platform/clock.ts';

/**
 * An agent of the Israeli demo reseller works in French (issue 11 "Done when"): a Partner fibre
 * subscription ordered after the operator's eligibility check (3 flats: 300 ₪), an extender
 * refused on a Hot Box 4 with the box-swap offer and accepted on a Hot Box 5 (its courier's tracking
 * number recorded, the old box recorded returned), then a termination
 * asked on Thursday 12 November 2026 with Billing Day 10, effective on 10 December, and the 250 ₪
 * charged 30 days later because the box never came back. The clock and the worker are driven here.
 */
describe('internet subscriptions in the browser (French, demo-il)', () => {
  const clock = new ManualClock('2026-11-12T08:00:00Z');
  let e: E2E;
  let page: Page;

  const login = () => signInIlAgent(page, e.url);
  const openCustomer = (name: string) => openInternetCustomer(page, name);
  const internetCard = () => page.getByRole('region', { name: 'Abonnements internet' });
  const actionRow = (name: string) => internetActionRow(page, name);
  const detail = (term: string) => internetDetail(page, term);

  beforeAll(async () => {
    e = await startE2E({}, clock);
    page = await e.newPage();
    await login();
  }, 300_000);
  afterAll(async () => {
    await e?.close();
  });

  it('NET-13 NET-09 ACC-03 a Partner fibre subscription after the eligibility check: 3 flats, 300 ₪', async () => {
    await openCustomer('Yossi Mizrahi');
    await internetCard().getByRole('button', { name: 'Nouvel abonnement internet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvel abonnement internet' });
    await dialog.getByLabel('Opérateur', { exact: true }).selectOption('partner');
    await dialog.getByLabel('Forfait', { exact: true }).selectOption('partner-fibre-600');
    await dialog.getByLabel('Adresse d’installation', { exact: true }).fill('Jaffa 40, Jerusalem');
    await dialog.getByLabel('Nombre d’appartements de l’immeuble', { exact: true }).fill('3');
    await dialog.getByLabel('Numéro client opérateur (MASAP)', { exact: true }).fill('a5550123');
    await dialog.getByText(/Frais d’installation : 300,00\s₪/).waitFor();

    // Without the check, Partner refuses: the order names the missing eligibility.
    await dialog.getByRole('button', { name: 'Commander' }).click();
    await dialog.getByText('Éligibilité à la fibre non vérifiée').waitFor();

    await dialog.getByRole('button', { name: 'Vérifier l’éligibilité auprès de l’opérateur' }).click();
    await dialog.getByText(/Éligible à la fibre — vérifié le 12\/11\/2026 10:00/).waitFor();
    await e.shot(page, 'internet-01-commande-partner');
    await dialog.getByRole('button', { name: 'Commander' }).click();

    await page.getByRole('heading', { name: /Abonnement internet Partner — INT-/ }).waitFor();
    await expect.poll(() => detail('Frais d’installation').innerText()).toMatch(/300,00\s₪/);
    expect(await detail('État').innerText()).toContain('Éligibilité vérifiée');
    expect(await detail('MASAP').innerText()).toContain('a5550123');
    expect(await detail('Éligibilité à la fibre').innerText()).toContain('vérification opérateur');
    expect(await actionRow('Installation effectuée').innerText()).toMatch(/300,00\s₪/);
    await e.shot(page, 'internet-02-abonnement-partner');
  });

  it('NET-04 Reading 16 an extender refused on a Hot Box 4 with the box-swap offer, accepted on a Hot Box 5', async () => {
    await openCustomer('Cohen Computers');
    await internetCard()
      .getByRole('link', { name: /Ouvrir INT-/ })
      .click();
    await page.getByRole('heading', { name: /Abonnement internet HOT — INT-/ }).waitFor();
    expect(await detail('Boîtier').innerText()).toContain('Hot Box 4');
    // NET-01: the box's LEDs, "S" for the infrastructure on a Hot Box 4.
    await page.getByRole('cell', { name: 'Infrastructure (S)' }).waitFor();

    const add = page.getByRole('button', { name: 'Ajouter un extendeur Wi-Fi', exact: true });
    expect(await add.isDisabled()).toBe(true);
    const row = actionRow('Ajouter un extendeur Wi-Fi');
    await row
      .getByText(
        /Impossible : Extendeur impossible sur ce boîtier : proposer d’abord un changement de boîtier/,
      )
      .waitFor();
    await e.shot(page, 'internet-03-extendeur-refuse');

    await row.getByRole('button', { name: 'Proposer un changement de boîtier' }).click();
    const swap = page.getByRole('dialog', { name: 'Changer le boîtier' });
    await swap.getByLabel('Modèle de boîtier', { exact: true }).selectOption('hot-box-5');
    await swap.getByLabel('Numéro de série du boîtier', { exact: true }).fill('HB5-4411');
    await swap.getByRole('button', { name: 'Confirmer' }).click();
    await expect.poll(() => detail('Boîtier').innerText()).toContain('Hot Box 5');
    // NET-10: the old box is due back within 30 days, tracked like a termination's box.
    const equipment = page.getByRole('region', { name: 'Équipement à livrer et à rendre' });
    const oldBox = equipment.getByRole('row').filter({ hasText: 'Hot Box 4 (500 Mb)' });
    expect(await oldBox.innerText()).toMatch(/12\/12\/2026[\s\S]*Sinon 250,00\s₪ facturés/);
    await equipment.getByRole('link', { name: 'Points de vente et de service HOT' }).waitFor();
    await equipment.getByText('uniquement les points avec Support', { exact: false }).waitFor();

    expect(await add.isDisabled()).toBe(false);
    expect(await actionRow('Ajouter un extendeur Wi-Fi').innerText()).toMatch(/20,00\s₪ \/ mois/);
    await add.click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter un extendeur Wi-Fi' });
    await dialog.getByText(/Aucun technicien HOT, Partner ou de chez nous ne se déplace/).waitFor();
    await dialog.getByLabel('Téléphone du client pour le coursier', { exact: true }).fill('052-987-6543');
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    // Thursday 12 November: 2–3 Israeli business days (Sun–Thu) → Tuesday 17th at the latest.
    await page.getByText('Extendeur commandé, livraison au plus tard le 17/11/2026.').waitFor();
    await expect.poll(() => detail('Extendeurs').innerText()).toContain('1');
    // NET-04: the delivery's window in Israeli business days, then the courier's tracking number.
    const delivery = equipment.getByRole('row').filter({ hasText: 'du 16/11/2026 au 17/11/2026' });
    expect(await delivery.innerText()).toContain('+972 52 987 6543');
    await delivery.getByRole('button', { name: 'Saisir le numéro de suivi' }).click();
    const tracking = page.getByRole('dialog', { name: 'Saisir le numéro de suivi' });
    await tracking.getByLabel('Numéro de suivi du coursier', { exact: true }).fill('IL#4411');
    await tracking.getByRole('button', { name: 'Confirmer' }).click();
    await tracking.getByText('Numéro de suivi du coursier invalide').waitFor();
    await tracking.getByLabel('Numéro de suivi du coursier', { exact: true }).fill('HFD-4411-07');
    await tracking.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Numéro de suivi enregistré.').waitFor();
    await delivery.getByText('HFD-4411-07').waitFor();
    // The old box came back: no 250 ₪ at its deadline.
    await oldBox.getByRole('button', { name: 'Ancien boîtier rendu' }).click();
    await oldBox.getByText('Rendu le 12/11/2026').waitFor();
    // HOT 500 MB allows one extender only.
    await actionRow('Ajouter un extendeur Wi-Fi')
      .getByText(/Nombre maximal d’extendeurs atteint/)
      .waitFor();
    await e.shot(page, 'internet-04-extendeur-accepte');
  });

  it('NET-06 CAL-06 CS-08 asked on the 12th, Billing Day 10: effective on 10 December, 250 ₪ charged 30 days later', async () => {
    const row = actionRow('Résilier l’abonnement');
    expect(await row.innerText()).toMatch(/le 10\/12\/2026[\s\S]*250,00\s₪ si le boîtier n’est pas rendu/);
    await row.getByRole('button', { name: 'Résilier l’abonnement' }).click();
    const dialog = page.getByRole('dialog', { name: 'Résilier l’abonnement' });
    await dialog.getByLabel('Motif', { exact: true }).selectOption('moving');
    await dialog.getByText(/Résiliation effective le 10\/12\/2026/).waitFor();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await expect.poll(() => detail('État').innerText()).toContain('Résiliation en cours');
    expect(await detail('Résiliation').innerText()).toContain(
      'Effective le 10/12/2026 ; boîtier à rendre avant le 09/01/2027',
    );
    // NET-06: where the box goes back, on the page as in the e-mail.
    await page
      .getByRole('region', { name: 'Équipement à livrer et à rendre' })
      .getByRole('link', { name: 'Points de vente et de service HOT' })
      .waitFor();
    await e.shot(page, 'internet-05-resiliation');
    const subscriptionUrl = page.url();

    const worker = e.relais.worker;
    if (!worker) throw new Error('the e2e server runs its worker in process');
    // 10 December 2026 00:00 in Jerusalem: terminated.
    clock.set('2026-12-09T22:00:00Z');
    await worker.tick();
    // 9 January 2027 00:00: the box never came back.
    clock.set('2027-01-08T22:00:00Z');
    await worker.tick();
    await login();
    await page.goto(subscriptionUrl);
    await expect.poll(() => detail('État').innerText()).toContain('Frais de non-retour facturés');
    await e.shot(page, 'internet-06-frais-non-retour');

    await page.getByRole('link', { name: 'Retour au client' }).click();
    const charges = page.getByRole('region', { name: 'Frais' });
    await charges
      .getByText(/250,00\s₪/)
      .first()
      .waitFor();
    await page
      .getByText(/Confirmation de résiliation — internet HOT/)
      .first()
      .waitFor();
  });
});
