import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openInternetSubscription, signIn, signInIlAgent, startE2E, type E2E } from './support.ts';
import { ManualClock } from '../../src/platform/clock.ts';
const PARTNER_TECH = 'technique-fibre@partner.demo.relais.test';

/**
 * Issue 11 §4 "Done when": an agent of demo-il, in French, runs « Pas d’internet » on Noa Levi's
 * Partner black box: the LEDs read (pictured with their meanings), the power-cycle asked first,
 * then the escalation, and the technical e-mail in Hebrew, right-to-left, signed by the agent, is
 * in the outbox; the incident holds it. Also: HOT's open « pas d’internet » incident of the demo
 * was made by the flow.
 */
describe('internet troubleshooting in the browser (French, demo-il)', () => {
  const clock = new ManualClock('2026-12-06T08:00:00Z');
  let e: E2E;
  let page: Page;

  beforeAll(async () => {
    e = await startE2E({}, clock);
    page = await e.newPage();
    await signInIlAgent(page, e.url);
  }, 300_000);
  afterAll(async () => {
    await e?.close();
  });

  it('NET-10 NET-01 SET-09 « Pas d’internet » on a Partner box ends with the Hebrew e-mail in the outbox', async () => {
    await openInternetSubscription(page, 'Noa Levi');

    const card = page.getByRole('region', { name: 'Dépannage' });
    await card.getByRole('button', { name: 'Pas d’internet', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /Pas d’internet — INT-/ });
    // NET-01: the black box's LEDs, as the handbook places them, each with what it means.
    await dialog.getByRole('figure', { name: /Boîtier .* : voyants relevés/ }).waitFor();
    await dialog.getByLabel('Alimentation (1er voyant en haut)').selectOption('on');
    await dialog.getByLabel('Infrastructure (2e voyant (tashtit))').selectOption('on');
    await dialog.getByLabel('Internet (Avant-dernier voyant en bas)').selectOption('off');
    await dialog.getByLabel('Téléphone fixe (Dernier voyant en bas)').selectOption('on');
    const status = dialog.getByRole('status');
    await status.getByText('Boîtier sans connexion internet').waitFor();
    // NET-10: power-cycle before anything goes to the operator.
    await status.getByText('Faire débrancher puis rebrancher le boîtier').waitFor();
    await e.shot(page, 'internet-care-01-voyants');

    await dialog.getByLabel('Boîtier débranché puis rebranché').check();
    await status.getByText('Transmettre à l’opérateur').waitFor();
    // SET-09: the optical power Partner's line test read at the ONT goes with the escalation.
    await dialog.getByLabel('Puissance optique reçue à l’ONT (dBm)').fill('-29,5');
    await dialog.getByText('Signal faible ou hors normes').waitFor();
    await e.shot(page, 'internet-care-02-escalade');
    await dialog.getByRole('button', { name: 'Envoyer l’e-mail technique à Partner' }).click();

    const result = page.getByRole('dialog', { name: /Incident INC-/ });
    await result.getByText(`E-mail technique en hébreu envoyé à ${PARTNER_TECH}`).waitFor();
    const incident = (await result.getByRole('link', { name: /Incident INC-/ }).innerText()).replace(
      'Incident ',
      '',
    );
    await e.shot(page, 'internet-care-03-envoye');
    await result.getByRole('button', { name: 'Fermer' }).first().click();

    // The outbox holds the e-mail: Hebrew, right to left, signed by the agent. The worker delivers
    // it (no SMTP here: into the local mailbox).
    const worker = e.relais.worker;
    if (!worker) throw new Error('the e2e server runs its worker in process');
    await worker.tick();
    await page.goto(`${e.url}/outbox?view=local`);
    const row = page.getByRole('row').filter({ hasText: PARTNER_TECH }).first();
    await row.waitFor();
    expect(await row.innerText()).toContain('תקלה טכנית – אין חיבור לאינטרנט – לקוח a4410987');
    await row.click();
    const html = page.frameLocator('iframe.message-view__html').locator('html[dir="rtl"][lang="he"]');
    await expect.poll(() => html.innerText()).toContain('מספר לקוח: a4410987');
    const text = await html.innerText();
    expect(text).toContain('אינטרנט – כבויה');
    expect(text).toContain('עוצמת אות אופטי בקליטה ב-ONT');
    expect(text).toMatch(/תודה רבה,\s+Agathe/);
    await e.shot(page, 'internet-care-04-boite-d-envoi');

    // The customer's history holds the incident, with the e-mail on its timeline.
    await page.goto(`${e.url}/incidents`);
    await page.getByRole('link', { name: incident }).first().click();
    await page
      .getByText(/E-mail technique en hébreu envoyé à Partner/)
      .first()
      .waitFor();
  });

  it('NET-10 the demo’s open HOT « pas d’internet » incident was made by the flow, with the call sheet', async () => {
    await openInternetSubscription(page, 'Cohen Computers');
    const card = page.getByRole('region', { name: 'Dépannage' });
    await card.getByText(/Pas d’internet — Agathe/).waitFor();
    await card.getByRole('link', { name: 'Incident' }).first().click();
    await page
      .getByText(/Appel à HOT/)
      .first()
      .waitFor();
    await page
      .getByText(/Numéro client HOT \(MASAP\) : 70012345/)
      .first()
      .waitFor();
  });

  it('the admin edits the operator contacts on the settings page (seed 000: HOT’s Sharona)', async () => {
    const admin = await e.newPage();
    await signIn(admin, e.url, 'admin@demo-il.relais.test');
    await admin.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await admin.goto(`${e.url}/settings`);
    await e.shot(admin, 'internet-care-05-contacts');
    const form = admin.getByRole('form', { name: 'Contacts opérateurs (internet)' });
    expect(await form.getByLabel('Contact HOT', { exact: true }).inputValue()).toBe('Sharona');
    await form.getByLabel('Téléphone du contact HOT', { exact: true }).fill('03-555-0101');
    await form.getByRole('button', { name: 'Enregistrer' }).click();
    await admin.getByText('C’est enregistré.').first().waitFor();
    await admin.reload();
    await expect
      .poll(() => form.getByLabel('Téléphone du contact HOT', { exact: true }).inputValue())
      .toBe('03-555-0101');
  });
});
