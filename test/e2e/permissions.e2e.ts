import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn } from './support.ts';
import { startSmtpPeer, type SmtpPeer } from '../support/smtp.ts';

/**
 * Issue 9 §6: the UI takes what a user may do from the server (the session's `permissions`), so it
 * never offers a button the server refuses. An e-mail refused for good (550) sits among the failed
 * messages: the admin may send it again ("Réessayer", policy outbox.retry); the agent sees the same
 * message and no such button (it used to be shown and answered 403).
 */
describe('the UI offers what the server allows (browser)', () => {
  let e: E2E;
  let smtp: SmtpPeer;
  let admin: Page;
  const email = 'boite.inexistante@demo-il.relais.test';

  beforeAll(async () => {
    smtp = await startSmtpPeer({ rejectRecipient: (address) => address === email });
    e = await startE2E({ SMTP_URL: smtp.url });
    admin = await e.newPage();
    await signIn(admin, e.url, 'admin@demo-il.relais.test');
    await admin.getByRole('heading', { name: /Bonjour/ }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await e?.close();
    await smtp?.close();
  });

  /** The message's row among the failed ones, once the worker has given up on it. */
  async function failedRow(page: Page) {
    const row = page.getByRole('row').filter({ hasText: email }).first();
    await expect
      .poll(
        async () => {
          await page.goto(`${e.url}/outbox?view=failed`);
          return row.waitFor({ timeout: 5_000 }).then(
            () => true,
            () => false,
          );
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    return row;
  }

  it('an admin sees "Réessayer" on a message that failed for good', async () => {
    await admin.goto(`${e.url}/users`);
    await admin.getByRole('button', { name: 'Nouvel utilisateur' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Adresse e-mail').fill(email);
    await dialog.getByLabel('Nom affiché').fill('Boîte Inexistante');
    await dialog.getByRole('button', { name: "Créer l'utilisateur" }).click();
    await admin.getByRole('heading', { name: 'Utilisateur créé' }).waitFor();
    await admin.getByRole('button', { name: 'Compris' }).click();

    const row = await failedRow(admin);
    await row.getByRole('button', { name: 'Réessayer' }).waitFor();
    const session = (await admin.evaluate(async () => (await fetch('/api/session')).json())) as {
      permissions: string[];
    };
    expect(session.permissions).toContain('outbox.retry');
  });

  it('an agent sees the same failed message without "Réessayer", which the server would refuse', async () => {
    const agent = await e.newPage();
    await signIn(agent, e.url, 'agent@demo-il.relais.test');
    await agent.getByRole('heading', { name: /Bonjour/ }).waitFor();
    const row = await failedRow(agent);
    expect(await row.getByRole('button', { name: 'Réessayer' }).count()).toBe(0);
    expect(await agent.getByRole('button', { name: 'Réessayer' }).count()).toBe(0);
    const session = (await agent.evaluate(async () => (await fetch('/api/session')).json())) as {
      permissions: string[];
    };
    expect(session.permissions).toContain('outbox.read');
    expect(session.permissions).not.toContain('outbox.retry');
    await e.shot(agent, '20-agent-sans-reessayer');
  });
});
