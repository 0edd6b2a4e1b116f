import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, nav, signIn } from './support.ts';
import { Client } from '../support/app.ts';
import { EventListener } from '../support/listener.ts';

const ADMIN = 'admin@demo-fr.relais.test';
const AGENT = 'agent@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';

/**
 * Issue 15: an integration registers listeners on the TM Forum APIs (an agent's credential); the
 * admin finds them on « Écouteurs TM Forum » with the API's name, the callback and the events
 * delivered, and deletes one; an agent has no such page.
 */
describe('TM Forum listeners in the browser (issue 15)', () => {
  let e: E2E;
  let page: Page;
  const listener = new EventListener();

  beforeAll(async () => {
    e = await startE2E();
    await listener.reservePort();
    await listener.start();
    page = await e.newPage();
  });
  afterAll(async () => {
    await listener.stop();
    await e?.close();
  });

  it('the admin sees each listener per API with its deliveries, and deletes one', async () => {
    const agent = await Client.login(e.url, AGENT, PASSWORD);
    const tickets = await agent.post('/tmf-api/troubleTicket/v4/hub', {
      callback: listener.url,
      query: 'eventType=TroubleTicketCreateEvent',
    });
    expect(tickets.status).toBe(201);
    const orders = await agent.post('/tmf-api/productOrderingManagement/v4/hub', {
      callback: `${listener.url}/orders`,
    });
    expect(orders.status).toBe(201);
    // The agent reads no list of every listener (its own by id only).
    expect((await agent.get('/api/tmf-hub/listeners')).status).toBe(403);

    await signIn(page, e.url, ADMIN, PASSWORD);
    await page.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await nav(page, 'Écouteurs TM Forum');
    await page.getByRole('heading', { name: 'Écouteurs TM Forum' }).waitFor();
    const ticketRow = page.getByRole('row').filter({ hasText: 'Tickets d’incident (TMF621)' });
    await ticketRow.waitFor();
    expect(await ticketRow.textContent()).toContain(listener.url);
    expect(await ticketRow.textContent()).toContain('eventType=TroubleTicketCreateEvent');
    const orderRow = page.getByRole('row').filter({ hasText: 'Commandes de produits (TMF622)' });
    expect(await orderRow.textContent()).toContain('Tous');
    await e.shot(page, 'tmf-hub-01-listeners');

    await orderRow.getByRole('button', { name: `Supprimer ${listener.url}/orders` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Il ne recevra plus aucun événement', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Supprimer l’écouteur' }).click();
    await page.getByText('Écouteur supprimé.').waitFor();
    await expect.poll(() => orderRow.count()).toBe(0);
    expect(
      (await agent.get(`/tmf-api/productOrderingManagement/v4/hub/${String(orders.body.id)}`)).status,
    ).toBe(404);
    expect(await ticketRow.count()).toBe(1);
  });

  it('an agent has no listeners page in the navigation', async () => {
    const agentPage = await e.newPage();
    await signIn(agentPage, e.url, AGENT, PASSWORD);
    await agentPage.getByRole('heading', { name: /Bonjour/ }).waitFor();
    const links = agentPage.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link');
    expect(await links.allTextContents()).not.toContain('Écouteurs TM Forum');
  });
});
