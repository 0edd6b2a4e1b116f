import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn, nav } from './support.ts';

const AGENT = 'agent@demo-il.relais.test';

/**
 * Issue 11 §6 as an agent of demo-il (internet only) sees it, in French: no mobile catalog nor
 * mobile pages, the internet catalog with its « à définir » prices and LED tables, the list of
 * subscriptions, and a customer identified by a ת.ז. (a bad check digit refused first).
 */
describe('an Israeli reseller in the browser (French, demo-il)', () => {
  let e: E2E;
  let page: Page;
  const menu = () => page.getByRole('navigation', { name: 'Navigation principale' });

  beforeAll(async () => {
    e = await startE2E();
    page = await e.newPage();
    await signIn(page, e.url, AGENT);
    await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
  }, 300_000);
  afterAll(async () => {
    await e?.close();
  });

  it('the navigation follows the product families: internet pages, no mobile catalog, lines or SIM stock', async () => {
    await menu().getByRole('link', { name: 'Catalogue internet' }).waitFor();
    await menu().getByRole('link', { name: 'Abonnements internet' }).waitFor();
    for (const name of ['Catalogue', 'Lignes', 'Stock SIM', 'Consommations'])
      expect(await menu().getByRole('link', { name, exact: true }).count(), name).toBe(0);
    // Typed by hand, the mobile catalog is not there either.
    await page.goto(`${e.url}/catalog`);
    await page.getByRole('heading', { name: 'Accès réservé' }).waitFor();
    expect(await page.getByText(/AlphaLink/).count()).toBe(0);
  });

  it('NET-01 NET-04 the internet catalog: plans by operator, « à définir », boxes with LEDs, services and fees in ₪', async () => {
    await nav(page, 'Catalogue internet');
    await page.getByRole('heading', { name: 'Catalogue internet — HOT et Partner' }).waitFor();
    await page.getByText(/Version internet-2026-01, en vigueur depuis le 01\/01\/2026/).waitFor();
    const hot = page.getByRole('region', { name: 'Forfaits HOT' });
    const row = hot.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'HOT 500 Mb' }) });
    await row.getByText('à définir').waitFor();
    await row.getByText('1 au plus').waitFor();
    await page
      .getByRole('region', { name: 'Forfaits Partner' })
      .getByRole('rowheader', { name: 'Partner 1000 Mb fibre' })
      .waitFor();
    const leds = page.getByRole('region', { name: 'Voyants — Hot Box 2 (200 Mb)' });
    await leds.getByText(/le plus souvent une panne de secteur/).waitFor();
    const services = page.getByRole('region', { name: 'Services' });
    await services
      .getByText(/20,00\s₪ \/ mois/)
      .first()
      .waitFor();
    await page
      .getByRole('region', { name: 'Frais' })
      .getByText(/250,00\s₪ \(une fois\)/)
      .waitFor();
  });

  it('the internet subscriptions list: every subscription of the tenant, searchable', async () => {
    await nav(page, 'Abonnements internet');
    await page.getByRole('heading', { name: 'Abonnements internet', level: 1 }).waitFor();
    const rows = page.getByRole('row');
    await rows.filter({ hasText: 'Cohen Computers' }).first().waitFor();
    await page.getByLabel(/Rechercher/).fill('Noa');
    await expect.poll(() => rows.filter({ hasText: 'Cohen Computers' }).count()).toBe(0);
    await rows.filter({ hasText: 'Noa Levi' }).first().waitFor();
  });

  it('ACC-01 ACC-02 a customer created with a ת.ז.: a bad check digit refused, then the right one kept', async () => {
    await nav(page, 'Clients');
    await page.getByRole('button', { name: 'Nouveau client' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('SIRET', { exact: true }).count()).toBe(0);
    await dialog.getByLabel('Numéro de société (ח.פ.)').waitFor();
    await dialog.getByLabel('Type de client').selectOption('person');
    await dialog.getByLabel('Prénom').fill('Dana');
    await dialog.getByLabel('Nom', { exact: true }).fill('Katz');
    const id = dialog.getByLabel('Numéro d’identité (ת.ז.)');
    await id.fill('12345678-3');
    await dialog.getByLabel('Adresse e-mail').fill('dana.katz@example.co.il');
    await dialog.getByText(/054-123-4567/).waitFor();
    await dialog.getByLabel('Téléphone').fill('052-555-1234');
    await dialog.getByRole('button', { name: 'Créer le client' }).click();
    await dialog
      .getByText('Chiffre de contrôle du ת.ז. invalide (le dernier chiffre) : vérifiez les chiffres saisis.')
      .first()
      .waitFor();
    await id.fill('12345678-2');
    await dialog.getByRole('button', { name: 'Créer le client' }).click();
    await page.getByRole('heading', { name: 'Dana Katz' }).waitFor();
    await page.getByText('123456782').waitFor();
    await page.getByText('Numéro d’identité (ת.ז.)').waitFor();
    await page.getByText('+972 52 555 1234').waitFor();
  });

  it('ACC-01 the agent edits the customer’s ת.ז.: a wrong check digit refused in French, the right one kept', async () => {
    // Dana Katz's page (test above).
    await page.getByRole('button', { name: 'Modifier le client' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByLabel('SIRET', { exact: true }).count()).toBe(0);
    const id = dialog.getByLabel('Numéro d’identité (ת.ז.)');
    expect(await id.inputValue()).toBe('123456782');
    await id.fill('039337424');
    await dialog.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await dialog
      .getByText('Chiffre de contrôle du ת.ז. invalide (le dernier chiffre) : vérifiez les chiffres saisis.')
      .first()
      .waitFor();
    await id.fill('039337423');
    await dialog.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('039337423').waitFor();
    expect(await page.getByText('123456782').count()).toBe(0);
  });

  it('issue 11 §6 the customer page and its new-order entry point lead to the internet order, not a mobile one', async () => {
    // No mobile lines nor mobile orders on an internet-only reseller's customer page.
    await page.getByRole('heading', { name: 'Abonnements internet' }).waitFor();
    for (const name of ['Lignes', 'Commandes'])
      expect(await page.getByRole('heading', { name, exact: true }).count(), name).toBe(0);
    // A mobile order's address, typed or bookmarked, opens the internet order instead.
    await page.goto(`${page.url().split('?')[0]}/orders/new`);
    const dialog = page.getByRole('dialog', { name: 'Nouvel abonnement internet' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('issue 11 §6 the incident form offers the customer’s internet subscriptions and internet services only', async () => {
    await nav(page, 'Clients');
    await page
      .getByRole('link', { name: /Noa Levi/ })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Noa Levi' }).waitFor();
    await page.getByRole('link', { name: 'Déclarer un incident' }).click();
    const dialog = page.getByRole('dialog', { name: 'Déclarer un incident' });
    const subscription = dialog.getByLabel('Abonnement internet');
    await expect.poll(() => subscription.locator('option:checked').textContent()).toMatch(/^Partner — /);
    const service = dialog.getByLabel('Service', { exact: true });
    expect(await service.locator('option').allTextContents()).toEqual(['Fibre', 'Câble']);
    expect(await service.inputValue()).toBe('fibre');
    await dialog.getByLabel('Objet').fill('Plus d’internet depuis ce matin');
    await dialog.getByRole('button', { name: 'Déclarer' }).click();
    await page.getByRole('heading', { name: /Plus d’internet depuis ce matin/ }).waitFor();
    // The incident is about that subscription: its description opens with it (read as the API gives it).
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    const incident = (await page.evaluate(
      async (path) => (await fetch(path)).json(),
      `/api/incidents/${id}`,
    )) as { service: string; description: string };
    expect(incident.service).toBe('fibre');
    expect(incident.description).toMatch(/^Abonnement INT-\S+ : Partner — Partner 1000/);
  });
});
