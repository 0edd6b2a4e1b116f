import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn } from './support.ts';

/**
 * SMTP is unreachable: nothing is lost, the UI shows the e-mail waiting with the reason. The new
 * user signs in with the temporary password and must change it first. An admin creates an API
 * token whose secret is shown once and works.
 */
describe('outbox with SMTP down, first sign-in, API token (browser)', () => {
  let e: E2E;
  let admin: Page;
  let temporaryPassword = '';

  beforeAll(async () => {
    // Port 9 (discard) is closed here: every delivery attempt fails and is retried later.
    e = await startE2E({ SMTP_URL: 'smtp://127.0.0.1:9' });
    admin = await e.newPage();
    await signIn(admin, e.url, 'admin@demo-il.relais.test', 'relais-demo-2026');
    await admin.getByRole('heading', { name: /Bonjour/ }).waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('shows the new user e-mail waiting, with the delivery error', async () => {
    await admin.goto(`${e.url}/users`);
    await admin.getByRole('button', { name: 'Nouvel utilisateur' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Adresse e-mail').fill('yael.cohen@demo-il.relais.test');
    await dialog.getByLabel('Nom affiché').fill('Yaël Cohen');
    await dialog.getByRole('button', { name: "Créer l'utilisateur" }).click();
    temporaryPassword = await admin.getByLabel('Mot de passe temporaire').inputValue();
    await admin.getByRole('button', { name: "J'ai noté le mot de passe" }).click();

    await admin.goto(`${e.url}/outbox?view=pending`);
    await e.shot(admin, '10-messages-en-attente');
    const row = admin.getByRole('row').filter({ hasText: 'yael.cohen@demo-il.relais.test' });
    await row.waitFor();
    // The worker tries, fails, and the row shows the attempt and the error.
    await expect
      .poll(
        async () => {
          await admin.reload();
          return (await row.textContent()) ?? '';
        },
        { timeout: 20_000 },
      )
      .toMatch(/ECONNREFUSED|connect|refus/i);
    await e.shot(admin, '10-messages-en-attente');
    const api = await admin.evaluate(async () => (await fetch('/api/outbox?status=pending')).json());
    expect((api as { total: number }).total).toBeGreaterThanOrEqual(1);
  });

  it('forces the new user to change the temporary password first', async () => {
    const page = await e.newPage();
    await signIn(page, e.url, 'yael.cohen@demo-il.relais.test', temporaryPassword);
    await page.getByRole('heading', { name: 'Changer votre mot de passe' }).waitFor();
    await page.getByLabel('Mot de passe actuel').fill(temporaryPassword);
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('court');
    await page.getByLabel('Confirmation du mot de passe').fill('court');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect.poll(() => page.textContent('body')).toMatch(/12 caractères|plus long/);
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill('le chameau traverse le désert');
    await page.getByLabel('Confirmation du mot de passe').fill('le chameau traverse le désert');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByRole('heading', { name: /Bonjour Yaël Cohen/ }).waitFor();
  });

  it('creates an API token, shows its secret once, and the secret works', async () => {
    await admin.goto(`${e.url}/tokens`);
    await admin.getByRole('button', { name: 'Nouveau jeton' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Nom', { exact: true }).fill('ERP comptable');
    await dialog.getByRole('button', { name: 'Créer le jeton' }).click();
    const secret = await admin.getByLabel('Secret du jeton').inputValue();
    expect(secret).toMatch(/^relais_/);
    await e.shot(admin, '11-jeton-cree');
    await admin.getByRole('button', { name: "J'ai copié le secret" }).click();
    await admin.getByRole('cell', { name: 'ERP comptable' }).first().waitFor();
    expect(await admin.textContent('body')).not.toContain(secret);
    const res = await fetch(`${e.url}/api/outbox`, { headers: { authorization: `Bearer ${secret}` } });
    expect(res.status).toBe(200);
  });
});
