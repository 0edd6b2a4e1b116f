import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn } from './support.ts';

const ADMIN = 'admin@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';

/**
 * An admin of the French demo reseller, in the browser: signs in, switches to English and back,
 * creates a user (sees the temporary password once), finds the creation in the audit log, reads
 * the demo e-mail and the new user's e-mail in the local mailbox.
 */
describe('platform in the browser (French first)', () => {
  let e: E2E;
  let page: Page;

  beforeAll(async () => {
    e = await startE2E();
    page = await e.newPage();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('refuses a wrong password with a French message, then signs in', async () => {
    await signIn(page, e.url, ADMIN, 'mauvais mot de passe');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/incorrect/);
    await signIn(page, e.url, ADMIN, PASSWORD);
    await page.getByRole('heading', { name: /Bonjour Alice Administratrice/ }).waitFor();
    await e.shot(page, '01-accueil');
  });

  it('switches to English and back to French', async () => {
    await page.getByRole('button', { name: 'EN — English', exact: true }).click();
    await page.getByRole('heading', { name: /Hello Alice/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'FR — Français', exact: true }).click();
    await page.getByRole('heading', { name: /Bonjour Alice/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('creates a user and says a set-password link was e-mailed (issue 8: no password shown)', async () => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Utilisateurs' })
      .click();
    await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Adresse e-mail').fill('pas-une-adresse');
    await dialog.getByLabel('Nom affiché').fill('Nina Nouvelle');
    await dialog.getByRole('button', { name: "Créer l'utilisateur" }).click();
    await expect.poll(() => dialog.textContent()).toMatch(/adresse e-mail/i);
    await dialog.getByLabel('Adresse e-mail').fill('nina.nouvelle@demo-fr.relais.test');
    await dialog.getByRole('button', { name: "Créer l'utilisateur" }).click();
    await page.getByRole('heading', { name: 'Utilisateur créé' }).waitFor();
    await expect
      .poll(() => page.getByRole('dialog').textContent())
      .toMatch(/va recevoir à nina\.nouvelle@demo-fr\.relais\.test un lien pour choisir son mot de passe/);
    expect(await page.getByRole('dialog').textContent()).not.toMatch(/temporaire/i);
    await e.shot(page, '02-utilisateur-cree');
    await page.getByRole('button', { name: 'Compris' }).click();
    await page.getByRole('cell', { name: 'Nina Nouvelle' }).waitFor();
  });

  it('finds the creation in the audit log', async () => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: "Journal d'audit" })
      .click();
    await e.shot(page, '03-journal');
    const row = page.getByRole('row').filter({ hasText: 'nina.nouvelle@demo-fr.relais.test' }).first();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Alice Administratrice/);
    await e.shot(page, '03-journal');
  });

  it('reads the demo e-mail and the new user e-mail in the local mailbox', async () => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Messages' })
      .click();
    await page.getByRole('tab', { name: 'Boîte locale' }).click();
    await page
      .getByText(/Bienvenue dans la démo Relais/)
      .first()
      .waitFor();
    // The worker delivers within a second or two; the list refreshes itself every 5 s.
    await page.getByText('nina.nouvelle@demo-fr.relais.test').first().waitFor({ timeout: 30_000 });
    await page
      .getByText(/Bienvenue dans la démo Relais/)
      .first()
      .click();
    await page
      .getByText(/Démo Mobile France/)
      .first()
      .waitFor();
    await e.shot(page, '04-boite-locale');
  });
});
