import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { startE2E, type E2E, signIn, nav as navTo } from './support.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { ManualClock } from '../../src/platform/clock.ts';

const AGENT = 'agent@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';
const FIXED_IP = 'Adresse IP fixe Orange — livraison internet only';
const SVA_BLOCK = 'Désactiver les appels vers SVA Orange';

/**
 * An agent of the French demo reseller orders an Orange line with options (issue 3 §4): per line,
 * an "Options" picker lists what the catalog allows on the offer, grouped by kind, with the monthly
 * price excl. VAT; the fixed-IP delivery modes are one choice (CAT-12), partner-platform delivery
 * is disabled for a reseller without the Init Sys partnership (CAT-12/CAT-20), a CAT-14 service
 * priced "à définir" is disabled with the reason. Changing the offer drops what the new offer does
 * not allow, and says so. The server's refusals show at their fields. The simulator activates the
 * line; the line page shows the options active (ACT-10). The clock is a ManualClock on Monday
 * 23 November 2026 at 10:00 in Paris, inside Orange's opening hours (ORD-03).
 */
describe('options in the order form (French)', () => {
  let e: E2E;
  let page: Page;

  beforeAll(async () => {
    e = await startE2E({}, new ManualClock('2026-11-23T09:00:00Z'));
    page = await e.newPage();
    await signIn(page, e.url, AGENT, PASSWORD);
    await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  const nav = (name: string) => navTo(page, name);
  const l = (label: string) => page.getByLabel(`${label} (Ligne 1)`, { exact: true });
  const picker = () => page.getByRole('group', { name: 'Options (Ligne 1)' });
  /** The text a control's aria-describedby points at (its hint and/or error). */
  const describedText = async (control: Locator) => {
    const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
    const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
    return texts.join(' ');
  };

  it('imports a SIM and numbers for Orange', async () => {
    await nav('Stock SIM');
    const sims = page.getByRole('region', { name: 'Importer des SIM' });
    await sims.getByLabel('Fichier CSV (Importer des SIM)').setInputFiles({
      name: 'sim.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(simCsv([{ iccid: iccid(940001) }])),
    });
    await sims.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('1 élément(s) importé(s).').waitFor();
    const numbers = page.getByRole('region', { name: 'Importer des numéros' });
    await numbers.getByLabel('Fichier CSV (Importer des numéros)').setInputFiles({
      name: 'numeros.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('reseau;premier;dernier\norange;0759000000;0759000004\n'),
    });
    await numbers.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('5 élément(s) importé(s).').waitFor();
  });

  it('CAT-12 CAT-14 CAT-20 lists the offer’s options by kind with their price; what cannot be ordered says why', async () => {
    await nav('Clients');
    await page.getByRole('link', { name: 'Transports Lefèvre' }).click();
    await page.getByRole('link', { name: 'Commander des lignes' }).click();
    await page.getByRole('heading', { name: 'Nouvelle commande' }).waitFor();
    await picker().getByText('Choisissez d’abord une offre pour voir ses options.').waitFor();
    await l('Offre').selectOption('orange-unlimited-5gb-blocked');

    // CAT-12: the delivery modes are one choice; internet only costs 5 € HT a month on Orange.
    const delivery = picker().getByRole('group', { name: 'Adresse IP fixe : mode de livraison' });
    const internetOnly = delivery.getByRole('radio', {
      name: new RegExp(`^${FIXED_IP} — 5,00\\s€ HT / mois$`),
    });
    await internetOnly.waitFor();
    expect(await delivery.getByRole('radio', { name: 'Aucune' }).isChecked()).toBe(true);
    // CAT-12/CAT-20: partner-platform delivery is for Init Sys partners; the demo reseller is none.
    const partner = delivery.getByRole('radio', { name: /livraison plateforme partenaire \(L2TP\)/ });
    expect(await partner.isDisabled()).toBe(true);
    expect(await describedText(partner)).toBe(
      'Réservé aux partenaires Init Sys (Orange), selon les partenariats du revendeur.',
    );
    // CAT-14: a service priced "à définir" is shown, disabled, with the reason.
    const conference = picker().getByRole('checkbox', { name: 'Conférence Orange — prix à définir' });
    expect(await conference.isDisabled()).toBe(true);
    expect(await describedText(conference)).toBe(
      'Prix à définir : commande impossible tant qu’un administrateur ne l’a pas fixé.',
    );
    // CAT-13: VoWiFi is enabled on the handset: nothing to order.
    const vowifi = picker().getByRole('checkbox', { name: /^Voix sur Wi-Fi \(VoWiFi\)/ });
    expect(await vowifi.isDisabled()).toBe(true);
    // CAT-11 / ORD-09: neither the eSIM nor the roaming choices are among these options.
    expect(
      await picker()
        .getByText(/eSIM Orange|Cut-off|roaming/)
        .count(),
    ).toBe(0);

    // One choice per group: "Aucune" takes the fixed IP back.
    await internetOnly.check();
    await delivery.getByRole('radio', { name: 'Aucune' }).check();
    expect(await internetOnly.isChecked()).toBe(false);
    await internetOnly.check();
    // CAT-14: Orange's SVA allow/block are one choice; blocking is priced 0 € (allowing is "à définir").
    const sva = picker().getByRole('group', { name: 'Appels vers les numéros surtaxés (SVA)' });
    await sva.getByRole('radio', { name: new RegExp(`^${SVA_BLOCK} — 0,00\\s€ HT / mois$`) }).check();
    expect(await sva.getByRole('radio', { name: /^Activer les appels vers SVA Orange/ }).isDisabled()).toBe(
      true,
    );
    await e.shot(page, '95-commande-options');
  });

  it('CAT-12 drops the options a new offer does not allow, and says so', async () => {
    // Orange fixed IP only on blocked data plans (CAT-12): the unblocked plan drops it.
    await l('Offre').selectOption('orange-unlimited-5gb-unblocked');
    await picker()
      .getByText(`Options retirées, non disponibles avec la nouvelle offre : ${FIXED_IP}.`)
      .waitFor();
    expect(await picker().getByRole('group', { name: 'Adresse IP fixe : mode de livraison' }).count()).toBe(
      0,
    );
    expect(
      await picker()
        .getByRole('radio', { name: new RegExp(`^${SVA_BLOCK}`) })
        .isChecked(),
    ).toBe(true);

    await l('Offre').selectOption('orange-unlimited-5gb-blocked');
    await picker()
      .getByRole('radio', { name: new RegExp(`^${FIXED_IP}`) })
      .check();
    expect(
      await picker()
        .getByText(/Options retirées/)
        .count(),
    ).toBe(0);
    expect(
      await picker()
        .getByRole('radio', { name: new RegExp(`^${SVA_BLOCK}`) })
        .isChecked(),
    ).toBe(true);
  });

  it('ORD-09 CAT-13 shows the server’s refusals next to their fields', async () => {
    await l('Utilisateur de la ligne').fill('Chloé Robert');
    // ORD-09: no roaming choice yet; the server's refusal shows at the zones left empty.
    await page.getByRole('button', { name: 'Passer la commande' }).click();
    const usa = l('Itinérance : USA/Canada');
    await expect.poll(() => usa.getAttribute('aria-invalid')).toBe('true');
    expect(await describedText(usa)).toMatch(/Choisissez une option roaming ou un cut-off pour la zone/);

    await usa.selectOption('orange-cutoff-usa-canada-0mb');
    await l('Itinérance : Maghreb et Turquie').selectOption('orange-cutoff-maghreb-turkey-0mb');
    await l('Itinérance : Reste du monde').selectOption('orange-cutoff-rest-of-world-0mb');
    expect(await usa.getAttribute('aria-invalid')).toBeNull();

    // The form never sends a handset-activated service; a stale or hand-made request can. The
    // request is altered on its way out, and the server's own refusal (field
    // /body/lines/0/options) shows under the options picker.
    await page.route('**/api/orders', async (route) => {
      const body = route.request().postDataJSON() as { lines: { options: string[] }[] };
      body.lines[0]?.options.push('orange-vowifi');
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByRole('button', { name: 'Passer la commande' }).click();
    await expect.poll(() => picker().getAttribute('aria-invalid')).toBe('true');
    // The refusal names the option as the catalog does, not by its code.
    expect(await describedText(picker())).toMatch(
      /« Voix sur Wi-Fi \(VoWiFi\) » s'active par l'utilisateur sur son téléphone/,
    );
    await e.shot(page, '96-commande-options-refus');
    await page.unroute('**/api/orders');
  });

  it('ACT-10 orders the line with a fixed IP and SVA blocking; once activated, the line shows them active', async () => {
    await page.getByRole('button', { name: 'Passer la commande' }).click();
    await page.getByRole('heading', { name: /^Commande O-\d{6}$/ }).waitFor();
    // The in-process worker submits the order to the simulator at once (inside opening hours).
    await page.getByText('Terminée').first().waitFor({ timeout: 30_000 });

    await nav('Lignes');
    await page.getByRole('heading', { name: 'Lignes', exact: true }).waitFor();
    await page
      .getByRole('row', { name: /Chloé Robert.*Active/ })
      .getByRole('link')
      .first()
      .click();
    const options = page.getByRole('region', { name: 'Options de la ligne' });
    for (const name of [FIXED_IP, SVA_BLOCK]) {
      const row = options.getByRole('row', { name: new RegExp(name) });
      await row.getByText('Active', { exact: true }).waitFor();
      await row.getByText('23/11/2026 10:00').first().waitFor();
    }
    await e.shot(page, '97-ligne-options-commandees');
  });
});
