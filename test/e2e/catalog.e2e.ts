import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn } from './support.ts';

const ADMIN = 'admin@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';

/**
 * An admin of the French demo reseller browses the Orange offers of the mobile catalog, finds the
 * data-only 1 GB price "à définir" (Reading 9), sets it from today, and sees the new price with its
 * effective date; the catalog list then shows it too.
 */
describe('mobile catalog in the browser (CAT, Reading 9)', () => {
  let e: E2E;
  let page: Page;

  beforeAll(async () => {
    e = await startE2E();
    page = await e.newPage();
    await signIn(page, e.url, ADMIN, PASSWORD);
    await page.getByRole('heading', { name: /Bonjour/ }).waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('CAT-02 CAT-04 browses Orange offers with prices in € HT', async () => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Catalogue' })
      .click();
    await page.getByRole('heading', { name: 'Catalogue mobile' }).waitFor();
    await page.getByLabel('Réseau').selectOption('orange');
    await page.getByLabel('Gamme').selectOption('unlimited');
    const row = page.getByRole('row').filter({ hasText: 'Forfait illimité bloqué Orange 50 Go' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/13,00\s€\sHT/);
    await e.shot(page, 'catalog-01-orange-illimite');
  });

  it('Reading 9 sees the data-only 1 GB price "à définir", sets it, sees it with its effective date', async () => {
    await page.getByLabel('Gamme').selectOption('data_only');
    await page.getByLabel('Blocage').selectOption('true');
    const row = page.getByRole('row').filter({ hasText: 'Forfait Data Only bloqué Orange 1 Go' });
    await row.waitFor();
    expect(await row.textContent()).toContain('À définir');
    await row.getByRole('link', { name: 'Forfait Data Only bloqué Orange 1 Go' }).click();
    await page.getByRole('heading', { name: 'Forfait Data Only bloqué Orange 1 Go' }).waitFor();
    await page.getByText(/Prix à définir : commande impossible/).waitFor();
    // The facts of CAT-07 / CAT-11 / CAT-16.
    const facts = (await page.getByRole('region', { name: 'Caractéristiques' }).textContent()) ?? '';
    expect(facts).toContain('14 chiffres, attribué par l’opérateur');
    expect(facts).toContain('Possible (frais uniques 1,50 € HT)');
    await e.shot(page, 'catalog-02-a-definir');

    await page.getByRole('button', { name: /Fixer le prix de Forfait Data Only bloqué Orange 1 Go/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText("Le nouveau prix s'applique à partir de cette date").waitFor();
    await dialog.getByLabel('Montant (€ HT)').fill('4,9999');
    await dialog.getByRole('button', { name: 'Enregistrer le prix' }).click();
    await dialog.getByText('Saisissez un montant positif avec deux décimales au plus.').waitFor();
    await dialog.getByLabel('Montant (€ HT)').fill('4,90');
    const today = await dialog.getByLabel("Date d'effet").inputValue();
    await dialog.getByRole('button', { name: 'Enregistrer le prix' }).click();
    const [y, m, d] = today.split('-');
    await page.getByText(`Nouveau prix enregistré : il s’applique à partir du ${d}/${m}/${y}.`).waitFor();

    const prices = page.getByRole('region', { name: 'Prix' });
    await prices.getByText(/4,90\s€\sHT/).waitFor();
    expect(await prices.textContent()).toContain(`${d}/${m}/${y}`);
    expect(await prices.textContent()).toContain('Fixé par votre espace');
    await e.shot(page, 'catalog-03-prix-fixe');

    await page.getByRole('link', { name: 'Retour au catalogue' }).click();
    const listed = page.getByRole('row').filter({ hasText: 'Forfait Data Only bloqué Orange 1 Go' });
    await expect.poll(() => listed.textContent()).toMatch(/4,90\s€\sHT/);
  });
});
