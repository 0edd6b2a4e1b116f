import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn } from './support.ts';

const AGENT = 'agent@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';

/**
 * An agent of the French demo reseller, in the browser: creates a business customer, sees a
 * wrong SIRET refused with a clear French message under the field (ACC-01), corrects it, lands
 * on the customer page, then finds the customer again from the home search by its phone number
 * typed another way (ACC-02).
 */
describe('accounts in the browser (French first)', () => {
  let e: E2E;
  let page: Page;

  beforeAll(async () => {
    e = await startE2E();
    page = await e.newPage();
    await signIn(page, e.url, AGENT, PASSWORD);
    await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('lists the demo customers', async () => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Clients', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Clients', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Transports Lefèvre' }).waitFor();
    await e.shot(page, '20-clients');
  });

  it('ACC-01 refuses a wrong SIRET with a clear French message, then creates the customer', async () => {
    await page.getByRole('button', { name: 'Nouveau client' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Raison sociale').fill('Plomberie Durand');
    await dialog.getByLabel('Forme juridique').fill('SARL');
    await dialog.getByLabel('SIRET', { exact: true }).fill('123 456 789 01234');
    await dialog.getByLabel('Adresse e-mail').fill('contact@plomberie-durand.fr');
    await dialog.getByLabel('Téléphone').fill('06 11 22 33 44');
    await dialog.getByLabel('Jour de facturation').selectOption('10');
    await dialog.getByRole('button', { name: 'Créer le client' }).click();
    const siret = dialog.getByLabel('SIRET', { exact: true });
    await expect
      .poll(async () => {
        const describedBy = (await siret.getAttribute('aria-describedby')) ?? '';
        return page.locator(`[id="${describedBy.split(' ').pop() ?? ''}"]`).textContent();
      })
      .toBe('Clé de contrôle du SIRET invalide : vérifiez les chiffres.');
    expect(await siret.getAttribute('aria-invalid')).toBe('true');
    await e.shot(page, '21-siret-refuse');

    await siret.fill('440 011 223 00011');
    await dialog.getByRole('button', { name: 'Créer le client' }).click();
    await page.getByRole('heading', { name: 'Plomberie Durand' }).waitFor();
    expect(page.url()).toMatch(/\/accounts\/[0-9a-f-]{36}$/);
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('44001122300011');
    expect(body).toContain('+33 6 11 22 33 44');
    expect(body).toContain('Le 10 de chaque mois');
    expect(body).toContain('Prochaine date de facturation');
    await page.getByText('Création du client').waitFor();
    await e.shot(page, '22-fiche-client');
  });

  it('ACC-02 finds the customer again from the home search by its phone typed another way', async () => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Accueil' })
      .click();
    await page.getByLabel('Recherche').fill('+33611223344');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/\/accounts\?q=/);
    const link = page.getByRole('link', { name: 'Plomberie Durand' });
    await link.waitFor();
    expect(await page.getByRole('link', { name: 'Transports Lefèvre' }).count()).toBe(0);
    await e.shot(page, '23-recherche');
    await link.click();
    await page.getByRole('heading', { name: 'Plomberie Durand' }).waitFor();
  });
});
