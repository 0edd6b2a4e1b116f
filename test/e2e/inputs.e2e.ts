import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, signIn, startE2E, type E2E } from './support.ts';
import { Client } from '../support/app.ts';
import { iccid, simCsv } from '../support/stock.ts';
import type { Clock } from '../../src/platform/clock.ts';

const AGENT = 'agent@demo-fr.relais.test';

type Detail = {
  id: string;
  version: number;
  notice: { checks: string[] };
  interventions: { id: string; slotStart: string; slotEnd: string; reachablePhones: string[] }[];
};

/**
 * Issue 10 items 2, 4 and 5 in the browser. An agent of demo-fr (Europe/Paris) works from a browser
 * in UTC or in Asia/Jerusalem: the slot she types is Paris time, labelled so, stored as such, and
 * shown back in Paris time when she moves it (across the summer-time change). A refused form or CSV
 * import lists every problem, and a typo asks for no support reference.
 */
describe('inputs in the browser: tenant time, every problem listed, checked phones', () => {
  let e: E2E;
  let api: Client;

  beforeAll(async () => {
    // A fixed Monday morning, so that the January and July 2027 slots below are in the future.
    const startedAt = Date.now();
    const clock: Clock = {
      now: () => new Date(Date.parse('2026-11-23T09:00:00Z') + (Date.now() - startedAt)),
    };
    e = await startE2E({}, clock);
    api = await Client.login(e.url, AGENT, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await e?.close();
  });

  const get = async (id: string) => (await api.get(`/api/incidents/${id}`)).body as unknown as Detail;

  /** An ADSL incident with the operator and the customer's consent (SUP-02, SUP-03), made over the API. */
  const readyForIntervention = async (): Promise<string> => {
    const accounts = await api.get('/api/accounts?q=Boulangerie');
    const accountId = String(accounts.body.items?.[0]?.id);
    const created = await api.post('/api/incidents', {
      accountId,
      service: 'adsl',
      channel: 'phone',
      priority: 'normal',
      title: 'Plus de synchronisation ADSL',
    });
    expect(created.status).toBe(201);
    const d = created.body as unknown as Detail;
    expect((await api.post(`/api/incidents/${d.id}/transitions`, { to: 'diagnosis' })).status).toBe(201);
    for (const check of d.notice.checks)
      await api.post(`/api/incidents/${d.id}/checks`, {
        check,
        by: 'Claire Martin',
        channel: 'email',
        text: 'Fait.',
      });
    const info = await api.patch(
      `/api/incidents/${d.id}`,
      {
        siteContactName: 'Mme Claire Martin',
        siteContactPhone: '01 42 00 00 00',
        siteOpeningHours: 'Mar–Sam 6h–20h',
        modemMakeModel: 'Zyxel VMG8825',
        routerMakeModel: 'Cisco RV340',
        modemLedStates: 'DSL orange clignotant',
      },
      { 'if-match': `"${(await get(d.id)).version}"` },
    );
    expect(info.status).toBe(200);
    expect((await api.post(`/api/incidents/${d.id}/transitions`, { to: 'with_operator' })).status).toBe(201);
    const consent = await api.post(`/api/incidents/${d.id}/consents`, {
      by: 'Claire Martin',
      channel: 'email',
      text: 'J’accepte l’intervention d’un technicien et ses frais éventuels.',
    });
    expect(consent.status).toBe(201);
    return d.id;
  };

  const pageIn = async (timezoneId: string): Promise<Page> => {
    const context = await e.browser.newContext({
      locale: 'fr-FR',
      timezoneId,
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, e.url, AGENT);
    await page.getByRole('heading', { name: /Bonjour/ }).waitFor();
    return page;
  };

  for (const timezoneId of ['UTC', 'Asia/Jerusalem']) {
    it(`NET-05 from a browser in ${timezoneId}, 14:00 typed is 14:00 Paris, winter and summer`, async () => {
      const id = await readyForIntervention();
      const page = await pageIn(timezoneId);
      await page.goto(`${e.url}/incidents/${id}`);
      await page.getByRole('button', { name: 'Planifier une intervention' }).click();
      const plan = page.getByRole('dialog');
      // Labelled with the tenant's zone; the site contact's number is offered in E.164 (ACC-02).
      expect(await plan.textContent()).toContain('Début du créneau (heure de Paris)');
      expect(await plan.getByLabel('Numéros où joindre le client').inputValue()).toBe('+33142000000');
      await plan.getByLabel('Début du créneau').fill('2027-01-05T14:00');
      await plan.getByLabel('Fin du créneau').fill('2027-01-05T16:00');
      await plan.getByLabel('Adresse de l’intervention').fill('8 place du Marché, 69002 Lyon');
      await plan.getByRole('button', { name: 'Planifier une intervention' }).click();
      await plan.waitFor({ state: 'detached' });
      const planned = (await get(id)).interventions[0];
      expect(planned).toMatchObject({
        slotStart: '2027-01-05T13:00:00.000Z',
        slotEnd: '2027-01-05T15:00:00.000Z',
      });

      // Moving starts from the current slot, shown in Paris time; July is summer time (UTC+2).
      await page.getByRole('button', { name: 'Déplacer le rendez-vous' }).click();
      const move = page.getByRole('dialog');
      expect(await move.getByLabel('Début du créneau').inputValue()).toBe('2027-01-05T14:00');
      expect(await move.getByLabel('Fin du créneau').inputValue()).toBe('2027-01-05T16:00');
      await move.getByLabel('Début du créneau').fill('2027-07-06T14:00');
      await move.getByLabel('Fin du créneau').fill('2027-07-06T16:00');
      await move.getByRole('button', { name: 'Déplacer le rendez-vous' }).click();
      await move.waitFor({ state: 'detached' });
      const moved = (await get(id)).interventions.find((v) => v.id === planned?.id);
      expect(moved).toMatchObject({
        slotStart: '2027-07-06T12:00:00.000Z',
        slotEnd: '2027-07-06T14:00:00.000Z',
      });
      await e.shot(page, `90-slot-${timezoneId.replace('/', '-')}`);
      await page.context().close();
    });
  }

  it('ACC-02 a number that is not a phone is refused; the banner lists every problem, with no support reference on a typo', async () => {
    const id = await readyForIntervention();
    const page = await pageIn('Asia/Jerusalem');
    await page.goto(`${e.url}/incidents/${id}`);
    await page.getByRole('button', { name: 'Planifier une intervention' }).click();
    const plan = page.getByRole('dialog');
    await plan.getByLabel('Début du créneau').fill('2027-01-05T14:00');
    await plan.getByLabel('Fin du créneau').fill('2027-01-05T16:00');
    await plan.getByLabel('Adresse de l’intervention').fill('8 place du Marché, 69002 Lyon');
    await plan.getByLabel('Numéros où joindre le client').fill('06 12 34 56 78, pas un numéro, 12');
    await plan.getByRole('button', { name: 'Planifier une intervention' }).click();
    const banner = plan.getByRole('alert');
    await expect.poll(() => banner.textContent()).toContain('2 points à corriger');
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('« pas un numéro » n’est pas un numéro de téléphone valide.');
    expect(text).toContain('« 12 » n’est pas un numéro de téléphone valide.');
    expect(text).not.toContain('Référence à transmettre au support');
    expect((await get(id)).interventions).toEqual([]);
    await e.shot(page, '91-phones-refused');
    await page.context().close();
  });

  it('a CSV import shows all its rejected rows', async () => {
    const page = await pageIn('UTC');
    await page.goto(`${e.url}/stock`);
    const rows = Array.from({ length: 230 }, (_, n) => ({ iccid: `${iccid(900_000 + n).slice(0, -1)}X` }));
    const file = page.getByLabel('Fichier CSV (Importer des SIM)');
    await file.setInputFiles({ name: 'sims.csv', mimeType: 'text/csv', buffer: Buffer.from(simCsv(rows)) });
    await page
      .locator('form')
      .filter({ has: file })
      .getByRole('button', { name: 'Importer', exact: true })
      .click();
    const list = page.locator('.k-banner__problems li');
    await expect.poll(() => list.count()).toBe(230);
    expect(await list.last().textContent()).toMatch(/^Ligne 231 : /);
    const banner = page.getByRole('alert').filter({ has: list.first() });
    expect(await banner.textContent()).toContain('230 points à corriger');
    expect(await banner.textContent()).not.toContain('Référence à transmettre au support');
    await e.shot(page, '92-csv-rejects');
    await page.context().close();
  });
});
