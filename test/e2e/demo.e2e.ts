import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn, nav, DEMO_PASSWORD } from './support.ts';
import { Client } from '../support/app.ts';
import { ManualClock } from '../../src/platform/clock.ts';

const AGENT = 'agent@demo-fr.relais.test';

/**
 * Issue 10 "Done when": on first start, an agent of demo-fr suspends, upgrades and swaps the SIM
 * of demo lines in the browser, in French, without importing anything: the demo's own lines and
 * stock are enough. The clock is Monday 23 November 2026, 10:00 in Paris (inside Orange's
 * opening hours, ORD-03), so the swap happens at once.
 */
describe('the French demo works on first start (browser, French)', () => {
  let e: E2E;
  let page: Page;

  const openLine = async (user: string) => {
    await nav(page, 'Lignes');
    await page.getByRole('heading', { name: 'Lignes', exact: true }).waitFor();
    await page
      .getByRole('row', { name: new RegExp(user) })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { name: 'Actions sur la ligne' }).waitFor();
  };

  beforeAll(async () => {
    e = await startE2E({}, new ManualClock('2026-11-23T09:00:00Z'));
    page = await e.newPage();
    await signIn(page, e.url, AGENT);
    await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
    // Migrations, the demo with its fleet and Chromium: slow on a loaded machine.
  }, 300_000);
  afterAll(async () => {
    await e?.close();
  });

  it('the fleet lists active lines on both networks, a suspended one and an eSIM', async () => {
    await nav(page, 'Lignes');
    const table = page.getByRole('table');
    await table.getByRole('row', { name: /Antoine Dubois/ }).waitFor();
    await table.getByRole('row', { name: /Hugo Martin.*Suspendue/ }).waitFor();
    await table.getByRole('row', { name: /Léa Fontaine/ }).waitFor();
    await table.getByRole('row', { name: /Claire Martin.*Active/ }).waitFor();
    await e.shot(page, '95-demo-lignes');
  });

  it('ACT-01 suspends a Bouygues demo line; the confirmation says billing continues', async () => {
    await openLine('Claire Martin');
    await page.getByRole('button', { name: 'Suspendre la ligne' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/La suspension n'arrête pas la facturation de l'abonnement\./).waitFor();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Suspendue', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Réactiver la ligne' }).waitFor();
  });

  it('ACT-03 CAL-05 upgrades an Orange demo line on the 1st of next month', async () => {
    await openLine('Marc Lefèvre');
    await page.getByRole('button', { name: 'Passer à Forfait illimité non bloqué Orange 100 Go' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText("Le changement d'offre prendra effet le 1er décembre 2026 à 00:00.").waitFor();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await page
      .getByText(/Changement d’offre — Forfait illimité non bloqué Orange 100 Go · 1er décembre 2026 à 00:00/)
      .waitFor();
  });

  it('ACT-07 swaps the SIM of the same line with a SIM of the demo stock, at once', async () => {
    // The agent holds a SIM of the reseller's stock and types its number (read here from the API).
    const api = await Client.login(e.url, AGENT, DEMO_PASSWORD);
    const free = await api.get('/api/stock/sims?state=free&network=orange&simType=pin&limit=1');
    const iccid = String((free.body.items ?? [])[0]?.iccid ?? '');
    expect(iccid).toMatch(/^89330190\d{11}$/);
    await page.getByRole('button', { name: 'Changer de SIM', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('ICCID de la nouvelle SIM').fill(iccid);
    await dialog.getByText(/Le changement de SIM est fait tout de suite/).waitFor();
    await dialog.getByRole('button', { name: 'Changer de SIM', exact: true }).click();
    await page.getByText(`SIM changée : la ligne utilise maintenant la SIM ${iccid}.`).waitFor();
    await e.shot(page, '96-demo-ligne-apres-actions');
  });

  it('SET-03 CAT-20 SET-05 the technical information of a demo line, in French; the fixed-IP password revealed and audited', async () => {
    await openLine('Nadia Benali');
    const card = page.getByRole('region', { name: 'Informations techniques', exact: true });
    await card.getByRole('heading', { name: 'Point d’accès internet et MMS (APN)' }).waitFor();
    // SET-03: Orange's APN; CAT-20: the fixed IP's own APN and IPsec login; SET-05: « Orange ».
    await card.getByText('orange', { exact: true }).first().waitFor();
    await card.getByText('telcomobile.com', { exact: true }).waitFor();
    await card.getByText(/^33639980\d{3}@demo-fr\.otd$/).waitFor();
    await card.getByText('« Orange »').waitFor();
    await card.getByText('Cet affichage est enregistré dans le journal d’audit.').waitFor();
    await card.getByRole('button', { name: 'Afficher le mot de passe' }).click();
    const shown = card.getByText(/^[A-Za-z0-9]{12}$/);
    await shown.waitFor();
    const password = (await shown.textContent()) ?? '';
    await e.shot(page, '97-demo-ligne-informations-techniques');
    // The reveal is in the audit log, under the agent's name (read by an admin through the API).
    const admin = await Client.login(e.url, 'admin@demo-fr.relais.test', DEMO_PASSWORD);
    const lineId = page.url().split('/').pop() ?? '';
    const audit = await admin.get(
      `/api/audit-events?entityType=line&entityId=${lineId}&action=line.secrets_revealed`,
    );
    expect(audit.status, JSON.stringify(audit.body)).toBe(200);
    const events = (audit.body.items ?? []) as { actorLabel?: string; actor?: { label: string } }[];
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0])).toContain('agent@demo-fr.relais.test');
    // The password itself is never in the audit log.
    expect(audit.text).not.toContain(password);
  });

  it('SET-05 a Bouygues demo line: « Bouygues Tel », « Mobile » first at power-on, and its fixed address', async () => {
    await openLine('Claire Martin');
    const card = page.getByRole('region', { name: 'Informations techniques', exact: true });
    await card.getByText('mmsbouygtel.com', { exact: true }).first().waitFor();
    await card.getByText('« Bouygues Tel »').waitFor();
    await card.getByText(/affiche d’abord « Mobile » : éteignez-le puis rallumez-le/).waitFor();
    await card.getByText(/^203\.0\.113\.\d{1,3}$/).waitFor();
    await card.getByText('PAP ou CHAP').waitFor();
  });
});
