import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn } from './support.ts';
import type { Clock } from '../../src/platform/clock.ts';

const AGENT = 'agent@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';

/**
 * Issue 4's "Done when", in French: an agent declares an ADSL incident from a demo customer's page,
 * records the confirmed checks and the required information (SUP-01, SUP-02), escalates, records
 * consent (SUP-03), plans an intervention (NET-05), qualifies it "no fault found at supplier"
 * (250 €, e-mail sent: SUP-04, SUP-05), then an expertise finds and fixes the fault and the 250 €
 * is waived (SUP-06); the resolution summary shows the costs (SUP-05).
 */
describe('support desk in the browser (French first)', () => {
  let e: E2E;
  let page: Page;
  const main = () => page.locator('main');
  const text = async () => (await main().textContent()) ?? '';

  beforeAll(async () => {
    // Time runs from a fixed Monday morning: the appointments below are in January 2027 and must
    // stay in the future whenever this runs, and charges must still be ordered in time (SUP-06).
    const startedAt = Date.now();
    const clock: Clock = {
      now: () => new Date(Date.parse('2026-11-23T09:00:00Z') + (Date.now() - startedAt)),
    };
    e = await startE2E({}, clock);
    page = await e.newPage();
    await signIn(page, e.url, AGENT, PASSWORD);
    await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('SUP-01 CS-01 declares an ADSL incident from the customer page and shows the checks and the 250 € minimum', async () => {
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Clients', exact: true })
      .click();
    await page.getByRole('link', { name: 'Boulangerie Martin' }).click();
    await page.getByRole('heading', { name: 'Boulangerie Martin' }).waitFor();
    await page.getByRole('link', { name: 'Déclarer un incident' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Service').selectOption('adsl');
    await dialog.getByLabel('Canal').selectOption('phone');
    await dialog.getByLabel('Objet').fill('Plus de synchronisation ADSL');
    await expect.poll(() => dialog.getByLabel('Client').inputValue()).not.toBe('');
    await dialog.getByRole('button', { name: 'Déclarer' }).click();
    await page.getByRole('heading', { name: /INC-\d+ — Plus de synchronisation ADSL/ }).waitFor();
    expect(await text()).toMatch(/Minimum facturé en cas d’intervention à tort : 250,00\s€ HT/);
    expect(await text()).toContain('Échange du modem');
    await e.shot(page, '40-incident-declare');
  });

  it('SUP-02 escalation stays disabled with the reason until the checks and the information are recorded', async () => {
    await page.getByRole('button', { name: 'Passer en diagnostic' }).click();
    await page.getByText('Diagnostic', { exact: true }).first().waitFor();
    const escalate = page.getByRole('button', { name: 'Transmettre à l’opérateur' });
    await expect.poll(() => escalate.isDisabled()).toBe(true);
    expect(await text()).toContain('Le client doit confirmer par écrit chaque vérification');

    await page.getByRole('button', { name: 'Enregistrer les confirmations' }).click();
    let dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Texte de la confirmation')
      .fill('Je confirme avoir fait chacune de ces vérifications.');
    await dialog.getByRole('button', { name: 'Enregistrer les confirmations' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(text).toContain('Renseignez avant le passage à l’opérateur');

    await page.getByRole('button', { name: 'Renseigner les informations' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Contact sur site').fill('Mme Claire Martin');
    await dialog.getByLabel('Téléphone du contact').fill('01 42 00 00 00');
    await dialog.getByLabel('Horaires d’ouverture du site').fill('Mar–Sam 6h–20h');
    await dialog.getByLabel('Modem (marque et modèle)').fill('Zyxel VMG8825');
    await dialog.getByLabel('Routeur (marque et modèle)').fill('Cisco RV340');
    await dialog.getByLabel('État des voyants du modem').fill('Power vert, DSL orange clignotant');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => escalate.isDisabled()).toBe(false);
    await escalate.click();
    await expect.poll(text).toContain('technique@openip.fr');
    expect(await text()).toContain('Chez l’opérateur');
    await e.shot(page, '41-incident-operateur');
  });

  it('SUP-03 NET-05 records consent, then plans an intervention with the reachable numbers', async () => {
    await page.getByRole('button', { name: 'Enregistrer l’accord écrit' }).click();
    const consent = page.getByRole('dialog');
    await consent
      .getByLabel('Texte de l’accord')
      .fill('J’accepte l’intervention d’un technicien et ses frais éventuels.');
    await consent.getByRole('button', { name: 'Enregistrer l’accord écrit' }).click();
    await consent.waitFor({ state: 'detached' });
    await expect.poll(text).toContain('Enregistré, non modifiable');

    await page.getByRole('button', { name: 'Planifier une intervention' }).click();
    const plan = page.getByRole('dialog');
    await plan.getByLabel('Début du créneau').fill('2027-01-05T09:00');
    await plan.getByLabel('Fin du créneau').fill('2027-01-05T11:00');
    await plan.getByLabel('Adresse de l’intervention').fill('8 place du Marché, 69002 Lyon');
    await plan.getByLabel('Numéros où joindre le client').fill('+33612345678, +33142000000');
    await plan.getByRole('button', { name: 'Planifier une intervention' }).click();
    await plan.waitFor({ state: 'detached' });
    await expect.poll(text).toContain('Intervention planifiée');
    expect(await text()).toContain('Le technicien appelle avant de venir.');
    expect(await text()).toContain('+33612345678, +33142000000');

    // NET-05: an on-site appointment can be moved (a SAV+ one could not: SUP-09).
    await page.getByRole('button', { name: 'Déplacer le rendez-vous' }).click();
    const move = page.getByRole('dialog');
    // The current slot is pre-filled: a move starts from it.
    expect(await move.getByLabel('Début du créneau').inputValue()).toBe('2027-01-05T09:00');
    expect(await move.getByLabel('Fin du créneau').inputValue()).toBe('2027-01-05T11:00');
    await move.getByLabel('Début du créneau').fill('2027-01-08T09:00');
    await move.getByLabel('Fin du créneau').fill('2027-01-08T11:00');
    await move.getByRole('button', { name: 'Déplacer le rendez-vous' }).click();
    await move.waitFor({ state: 'detached' });
    await expect.poll(text).toContain('08/01/2027');
  });

  it('SUP-04 SUP-05 SUP-06 charges 250 € for no fault at supplier, then the expertise waives it; the summary shows the costs', async () => {
    await page.getByRole('button', { name: 'Qualifier' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Qualification').selectOption('no_fault_at_supplier');
    await dialog.getByRole('button', { name: 'Qualifier' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(text).toMatch(/Pas de défaut constaté chez le fournisseur — 250,00\s€ HT/);
    expect(await text()).toMatch(/Frais : Pas de défaut constaté chez le fournisseur — 250,00\s€ HT/);
    await e.shot(page, '42-incident-frais');

    await page.getByRole('button', { name: 'Planifier une intervention' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Type d’intervention').selectOption('expertise');
    await dialog.getByLabel('Début du créneau').fill('2027-01-07T09:00');
    await dialog.getByLabel('Fin du créneau').fill('2027-01-07T11:00');
    await dialog.getByLabel('Adresse de l’intervention').fill('Central téléphonique Lyon Part-Dieu');
    await dialog.getByLabel('Référent technique du client').fill('M. Paul Martin');
    await dialog.getByRole('button', { name: 'Planifier une intervention' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Qualifier' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Qualification').selectOption('fault_fixed');
    await dialog.getByRole('button', { name: 'Qualifier' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(text).toContain('Annulé');

    await page.getByRole('button', { name: 'Résoudre' }).click();
    await expect.poll(text).toContain('Incident résolu : récapitulatif des frais');
    const body = await text();
    expect(body).toMatch(/Total dû\s*0,00\s€ HT/);
    expect(body).toMatch(/Frais annulés\s*250,00\s€ HT/);
    await e.shot(page, '43-incident-resolu');
  });

  it('CS-01 the timeline reads in French: states, information and outcomes by their labels, never codes or JSON', async () => {
    const body = await text();
    expect(body).toContain('Opérateur : OpenIP');
    expect(body).toContain('Diagnostic → Chez l’opérateur');
    expect(body).toContain('Contact sur site : ');
    expect(body).toContain('Défaut trouvé et corrigé');
    expect(body).not.toContain('with_operator');
    expect(body).not.toContain('{"');
  });
});
