import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, nav, signIn } from './support.ts';
import { Client } from '../support/app.ts';
import { EventListener } from '../support/listener.ts';
import { incidentReadyForIntervention } from '../support/incidents.ts';

const ADMIN = 'admin@demo-fr.relais.test';
const AGENT = 'agent@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';

/**
 * Issue 15: an integration registers listeners on the TM Forum APIs (its API token); the admin
 * finds them on « Écouteurs TM Forum » with the API's name, the callback and the events
 * delivered, and deletes one; an agent has no such page. A ticket the integration sends without a
 * customer shows « À rattacher » on the desk; an agent attaches it to a customer, on whose page it
 * then appears. Orders, appointments and customers sent with the mandatory attributes only wait
 * « à compléter » until an agent completes or rejects them.
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

  /** The integration's API token (role agent), created by the admin as on « Jetons d'API ». */
  const integrationClient = async () => {
    const admin = await Client.login(e.url, ADMIN, PASSWORD);
    const token = await admin.post('/api/tokens', { name: 'ERP du magasin', role: 'agent' });
    expect(token.status).toBe(201);
    return Client.withToken(e.url, String(token.body.secret));
  };

  it('the admin sees each listener per API with its deliveries, and deletes one', async () => {
    const agent = await Client.login(e.url, AGENT, PASSWORD);
    const integration = await integrationClient();
    // A signed-in agent registers no listener (review of issue 15).
    expect((await agent.post('/tmf-api/troubleTicket/v4/hub', { callback: listener.url })).status).toBe(403);
    const tickets = await integration.post('/tmf-api/troubleTicket/v4/hub', {
      callback: listener.url,
      query: 'eventType=TroubleTicketCreateEvent',
    });
    expect(tickets.status).toBe(201);
    const orders = await integration.post('/tmf-api/productOrderingManagement/v4/hub', {
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
      (await integration.get(`/tmf-api/productOrderingManagement/v4/hub/${String(orders.body.id)}`)).status,
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

  it('a ticket sent without a customer is « À rattacher »; the agent attaches it, it shows on the customer page', async () => {
    const integration = await integrationClient();
    const ticket = await integration.post('/tmf-api/troubleTicket/v4/troubleTicket', {
      description: 'Le terminal de paiement ne se connecte plus',
      severity: 'major',
      ticketType: 'incident',
    });
    expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
    const reference = String(ticket.body.name);
    const agent = await Client.login(e.url, AGENT, PASSWORD);
    const customer = (
      (await agent.get('/api/accounts?limit=1&sort=displayName')).body.items as {
        displayName: string;
        reference: string;
      }[]
    )[0];
    expect(customer).toBeDefined();

    const desk = await e.newPage();
    await signIn(desk, e.url, AGENT, PASSWORD);
    await desk.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await nav(desk, 'Incidents');
    await desk.getByLabel('Rattachement').selectOption({ label: 'À rattacher seulement' });
    const row = desk.getByRole('row').filter({ hasText: reference });
    await row.waitFor();
    expect(await row.textContent()).toContain('À rattacher');
    expect(await row.textContent()).toContain('Service à préciser');
    await e.shot(desk, 'tmf-hub-02-to-attach');
    await row.getByRole('link', { name: reference }).click();
    await desk.getByText('Ce ticket est arrivé par l’API TM Forum sans client.', { exact: false }).waitFor();

    await desk.getByRole('button', { name: 'Rattacher à un client' }).click();
    const dialog = desk.getByRole('dialog');
    await dialog.getByLabel('Rechercher un client').fill(customer?.displayName ?? '');
    const label = `${customer?.displayName ?? ''} (${customer?.reference ?? ''})`;
    await expect
      .poll(() => dialog.getByLabel('Client', { exact: true }).locator('option').allTextContents())
      .toContain(label);
    await dialog.getByLabel('Client', { exact: true }).selectOption({ label });
    await dialog.getByLabel('Service').selectOption({ label: 'ADSL' });
    await e.shot(desk, 'tmf-hub-03-attach-dialog');
    await dialog.getByRole('button', { name: 'Rattacher', exact: true }).click();
    await desk.getByText('Incident rattaché au client.').waitFor();
    // The desk's actions now, and the customer's name instead of « À rattacher ».
    await desk.getByRole('heading', { name: 'Actions' }).waitFor();
    // The history says who attached it to whom, in words.
    const history = desk.getByRole('listitem').filter({ hasText: 'Rattaché à un client' });
    await history.waitFor();
    expect(await history.textContent()).toContain(customer?.displayName ?? '');
    await desk
      .getByRole('link', { name: customer?.displayName ?? '' })
      .first()
      .click();
    await desk
      .getByRole('heading', { name: customer?.displayName ?? '' })
      .first()
      .waitFor();
    await desk.getByRole('link', { name: reference }).waitFor();
    await e.shot(desk, 'tmf-hub-04-customer-page');
  });

  it('an order sent with the mandatory attributes only is « à compléter »; the agent rejects one and completes the other', async () => {
    const integration = await integrationClient();
    const send = async (productOffering?: { id: string }) => {
      const res = await integration.post('/tmf-api/productOrderingManagement/v4/productOrder', {
        productOrderItem: [{ id: '1', action: 'add', ...(productOffering ? { productOffering } : {}) }],
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.state).toBe('held');
      return String(res.body.id);
    };
    const toReject = await send();
    const toComplete = await send({ id: 'orange-unlimited-5gb-blocked' });
    const agent = await Client.login(e.url, AGENT, PASSWORD);
    const customer = (
      (await agent.get('/api/accounts?limit=1&sort=displayName')).body.items as {
        displayName: string;
        reference: string;
      }[]
    )[0];

    const desk = await e.newPage();
    await signIn(desk, e.url, AGENT, PASSWORD);
    await desk.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await nav(desk, 'Commandes à compléter');
    await desk.getByRole('heading', { name: 'Commandes reçues à compléter' }).waitFor();
    const unknownOffer = desk.getByRole('row').filter({ hasText: 'offre non précisée × 1' });
    await unknownOffer.waitFor();
    expect(await unknownOffer.textContent()).toContain('ERP du magasin');
    const known = desk.getByRole('row').filter({ hasText: /Orange.* × 1/ });
    await known.waitFor();
    await e.shot(desk, 'tmf-hub-05-held-orders');

    await unknownOffer.getByRole('button', { name: 'Rejeter' }).click();
    await desk.getByRole('dialog').getByRole('button', { name: 'Rejeter' }).click();
    await desk.getByText('Commande reçue rejetée').waitFor();
    await expect.poll(() => unknownOffer.count()).toBe(0);
    const rejected = await agent.get(`/tmf-api/productOrderingManagement/v4/productOrder/${toReject}`);
    expect(rejected.body.state).toBe('rejected');

    await known.getByRole('button', { name: 'Compléter la commande' }).click();
    const dialog = desk.getByRole('dialog');
    await dialog.getByLabel('Rechercher un client').fill(customer?.displayName ?? '');
    const label = `${customer?.displayName ?? ''} (${customer?.reference ?? ''})`;
    await expect
      .poll(() => dialog.getByLabel('Client', { exact: true }).locator('option').allTextContents())
      .toContain(label);
    await dialog.getByLabel('Client', { exact: true }).selectOption({ label });
    await dialog.getByRole('button', { name: 'Ouvrir le formulaire de commande' }).click();
    await desk.getByRole('heading', { name: 'Nouvelle commande' }).waitFor();
    await desk.getByText('Vous complétez une commande reçue par API', { exact: false }).waitFor();
    const l = (name: string) => desk.getByLabel(`${name} (Ligne 1)`, { exact: true });
    await l('Offre').selectOption('orange-unlimited-5gb-blocked');
    await l('Itinérance : USA/Canada').selectOption('orange-cutoff-usa-canada-0mb');
    await l('Itinérance : Maghreb et Turquie').selectOption('orange-cutoff-maghreb-turkey-0mb');
    await l('Itinérance : Reste du monde').selectOption('orange-cutoff-rest-of-world-0mb');
    await l('Utilisateur de la ligne').fill('Léa Petit');
    await desk.getByRole('button', { name: 'Passer la commande' }).click();
    await desk.getByText('Commande reçue complétée').waitFor();
    await desk.getByRole('heading', { name: /^Commande O-\d{6}$/ }).waitFor();
    const released = await agent.get(`/api/orders/held?state=released`);
    expect((released.body.items as { id: string; orderId: string }[]).map((h) => h.id)).toEqual([toComplete]);
    const tmf = await agent.get(`/tmf-api/productOrderingManagement/v4/productOrder/${toComplete}`);
    expect(tmf.body.state).toBe('completed');
  });

  it('an appointment sent with validFor alone is « à compléter »; the agent rejects one and plans the other on an incident', async () => {
    const integration = await integrationClient();
    const send = async (day: string, description: string) => {
      const res = await integration.post('/tmf-api/appointment/v4/appointment', {
        validFor: { startDateTime: `2027-02-${day}T08:00:00Z`, endDateTime: `2027-02-${day}T10:00:00Z` },
        description,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.status).toBe('initialized');
      return String(res.body.id);
    };
    const toReject = await send('09', 'Visite demandée par erreur');
    const toComplete = await send('10', 'Pose de la box au magasin');
    const agent = await Client.login(e.url, AGENT, PASSWORD);
    const customer = (
      (await agent.get('/api/accounts?limit=1&sort=displayName')).body.items as {
        id: string;
        displayName: string;
      }[]
    )[0];
    const incidentId = await incidentReadyForIntervention(agent, customer?.id ?? '');
    const reference = String((await agent.get(`/api/incidents/${incidentId}`)).body.reference);

    const desk = await e.newPage();
    await signIn(desk, e.url, AGENT, PASSWORD);
    await desk.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await nav(desk, 'Rendez-vous à compléter');
    await desk.getByRole('heading', { name: 'Rendez-vous reçus à compléter' }).waitFor();
    const wrong = desk.getByRole('row').filter({ hasText: 'Visite demandée par erreur' });
    await wrong.waitFor();
    expect(await wrong.textContent()).toContain('ERP du magasin');
    // The slot in the tenant's time (08:00 UTC is 09:00 in Paris), never a code.
    expect(await wrong.textContent()).toContain('du 09/02/2027 09:00 au 09/02/2027 11:00');
    expect(await wrong.textContent()).not.toMatch(/initialized|on_site|held/);
    const box = desk.getByRole('row').filter({ hasText: 'Pose de la box au magasin' });
    await e.shot(desk, 'tmf-hub-06-held-appointments');

    await wrong.getByRole('button', { name: 'Rejeter' }).click();
    await desk.getByRole('dialog').getByRole('button', { name: 'Rejeter' }).click();
    await desk.getByText('Rendez-vous rejeté.').waitFor();
    await expect.poll(() => wrong.count()).toBe(0);
    const rejected = await agent.get(`/tmf-api/appointment/v4/appointment/${toReject}`);
    expect(rejected.body.status).toBe('cancelled');

    await box.getByRole('button', { name: 'Compléter le rendez-vous' }).click();
    const dialog = desk.getByRole('dialog');
    const option = `${reference} — ${customer?.displayName ?? ''} — Plus de synchronisation ADSL`;
    await expect
      .poll(() => dialog.getByLabel('Incident', { exact: true }).locator('option').allTextContents())
      .toContain(option);
    await dialog.getByLabel('Incident', { exact: true }).selectOption({ label: option });
    // The slot the client asked for, prefilled in Paris time.
    expect(await dialog.getByLabel('Début du créneau').inputValue()).toBe('2027-02-10T09:00');
    await dialog.getByLabel('Type d’intervention').selectOption({ label: 'Intervention sur site' });
    await dialog.getByLabel('Adresse de l’intervention').fill('12 rue des Lilas, 75011 Paris');
    await dialog.getByLabel('Numéros où joindre le client').fill('06 12 34 56 78');
    await e.shot(desk, 'tmf-hub-07-complete-appointment');
    await dialog.getByRole('button', { name: 'Planifier l’intervention' }).click();
    await desk.getByText('Rendez-vous planifié sur l’incident.').waitFor();
    // The incident's page, where the intervention now is.
    await desk
      .getByRole('heading', { name: new RegExp(reference) })
      .first()
      .waitFor();
    await desk.getByText('12 rue des Lilas, 75011 Paris').first().waitFor();
    const confirmed = await agent.get(`/tmf-api/appointment/v4/appointment/${toComplete}`);
    expect(confirmed.body).toMatchObject({
      status: 'confirmed',
      relatedEntity: [{ id: incidentId }],
    });
  });

  it('a customer sent without its e-mail is « à compléter »; the agent rejects one and completes the other through the customer form', async () => {
    const integration = await integrationClient();
    const send = async (body: Record<string, unknown>) => {
      const res = await integration.post('/tmf-api/customerManagement/v4/customer', body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.status).toBe('Initialized');
      return String(res.body.id);
    };
    const toReject = await send({
      name: 'Client en double',
      engagedParty: { '@referredType': 'Individual' },
    });
    const toComplete = await send({
      name: 'Lemaire',
      engagedParty: { id: 'erp-77', '@referredType': 'Individual' },
      characteristic: [{ name: 'firstName', valueType: 'string', value: 'Inès' }],
      contactMedium: [{ mediumType: 'phone', characteristic: { phoneNumber: '06 12 34 56 79' } }],
    });
    const agent = await Client.login(e.url, AGENT, PASSWORD);

    const desk = await e.newPage();
    await signIn(desk, e.url, AGENT, PASSWORD);
    await desk.getByRole('heading', { name: /Bonjour/ }).waitFor();
    await nav(desk, 'Clients à compléter');
    await desk.getByRole('heading', { name: 'Clients reçus à compléter' }).waitFor();
    const twice = desk.getByRole('row').filter({ hasText: 'Client en double' });
    await twice.waitFor();
    expect(await twice.textContent()).toContain('ERP du magasin');
    expect(await twice.textContent()).toContain('Particulier');
    expect(await twice.textContent()).not.toMatch(/person|held|Initialized/);
    const lemaire = desk.getByRole('row').filter({ hasText: 'Lemaire' });
    expect(await lemaire.textContent()).toContain('06 12 34 56 79');
    await e.shot(desk, 'tmf-hub-08-held-customers');

    await twice.getByRole('button', { name: 'Rejeter' }).click();
    await desk.getByRole('dialog').getByRole('button', { name: 'Rejeter' }).click();
    await desk.getByText('Client rejeté.').waitFor();
    await expect.poll(() => twice.count()).toBe(0);
    const rejected = await agent.get(`/tmf-api/customerManagement/v4/customer/${toReject}`);
    expect(rejected.body.status).toBe('Rejected');

    await lemaire.getByRole('button', { name: 'Compléter', exact: true }).click();
    const dialog = desk.getByRole('dialog');
    // What the system sent, prefilled; the agent adds the e-mail (ACC-05).
    expect(await dialog.getByLabel('Prénom').inputValue()).toBe('Inès');
    expect(await dialog.getByLabel('Nom', { exact: true }).inputValue()).toBe('Lemaire');
    expect(await dialog.getByLabel('Téléphone').inputValue()).toBe('06 12 34 56 79');
    await dialog.getByLabel('Adresse e-mail').fill('ines.lemaire@example.fr');
    await dialog.getByRole('button', { name: 'Créer le client' }).click();
    await desk.getByText('Client reçu complété par le compte', { exact: false }).waitFor();
    await desk
      .getByRole('heading', { name: /Lemaire/ })
      .first()
      .waitFor();
    const released = await agent.get('/api/accounts/held?state=released');
    const items = released.body.items as { id: string; accountId: string }[];
    expect(items.map((h) => h.id)).toEqual([toComplete]);
    const tmf = await agent.get(`/tmf-api/customerManagement/v4/customer/${toComplete}`);
    expect(tmf.body).toMatchObject({ id: items[0]?.accountId, status: 'Approved' });
  });
});
