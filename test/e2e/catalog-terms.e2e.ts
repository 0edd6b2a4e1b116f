import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E, signIn } from './support.ts';
import { Client } from '../support/app.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { ManualClock } from '../../src/platform/clock.ts';

const AGENT = 'agent@demo-fr.relais.test';
const PASSWORD = 'relais-demo-2026';

/**
 * The operator terms in the browser, in French: an offer page says the fair use of an unlimited
 * plan (CAT-05, Orange's hourly SMS limit best effort: CAT-22) and what its network can block
 * (CAT-19); a line with Orange's internet-only fixed IP says where its IPsec credentials appear
 * and by when (CAT-20). The line is set up over HTTP (not what this test is about); the clock is
 * Monday 23 November 2026, 10:00 in Paris.
 */
describe('catalog operator terms in the browser (French)', () => {
  let e: E2E;
  let page: Page;
  let lineId = '';

  beforeAll(async () => {
    e = await startE2E({}, new ManualClock('2026-11-23T09:00:00Z'));
    const api = await Client.login(e.url, AGENT, PASSWORD);
    await api.post('/api/stock/sims/import', { csv: simCsv([{ iccid: iccid(940001) }]) });
    await api.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0759000000;0759000004',
    });
    const accounts = await api.get(`/api/accounts?q=${encodeURIComponent('Transports Lefèvre')}`);
    const account = (accounts.body.items as { id: string }[])[0];
    if (!account) throw new Error('demo account not found');
    const order = await api.post('/api/orders', {
      accountId: account.id,
      configuration: 'unit',
      lines: [
        {
          offer: 'orange-unlimited-5gb-blocked',
          options: [
            'orange-cutoff-usa-canada-0mb',
            'orange-cutoff-maghreb-turkey-0mb',
            'orange-cutoff-rest-of-world-0mb',
            'orange-fixed-ip-internet-only',
          ],
          userName: 'Camille IP',
          simType: 'pin',
          portability: false,
        },
      ],
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    lineId = (order.body.lines as { id: string }[])[0]?.id ?? '';
    // The in-process worker activates the line through the operator simulator.
    for (let i = 0; i < 300; i++) {
      if ((await api.get(`/api/lines/${lineId}`)).body.state === 'active') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    page = await e.newPage();
    await signIn(page, e.url, AGENT, PASSWORD);
    await page.getByRole('heading', { name: /Bonjour Agathe/ }).waitFor();
  });
  afterAll(async () => {
    await e?.close();
  });

  it('CAT-05 CAT-22 CAT-19 an Orange unlimited offer says its fair use and that Orange cannot block', async () => {
    await page.goto(`${e.url}/catalog/orange-unlimited-5gb-blocked`);
    const fairUse = page.getByRole('region', { name: 'Usage raisonnable (illimité)' });
    await fairUse.getByText('250 correspondants différents par mois au plus').waitFor();
    await fairUse.getByText('250 destinataires SMS/MMS différents par mois au plus').waitFor();
    await fairUse.getByText('Appels de 2 h au plus chacun').waitFor();
    await fairUse
      .getByText(
        'Orange : 500 SMS par heure au plus ; au-delà, envoi de SMS suspendu 3 jours (coupure en best effort).',
      )
      .waitFor();
    await fairUse.getByText('Les renvois d’appel permanents ne sont pas inclus.').waitFor();
    const blocking = page.getByRole('region', { name: 'Blocages possibles sur ce réseau' });
    for (const what of ['Appels vers l’international', 'SMS/MMS en roaming'])
      await blocking.getByRole('row', { name: `${what} Impossible sur Orange` }).waitFor();
    await e.shot(page, '90-offre-conditions-orange');
  });

  it('CAT-19 a Bouygues offer blocks international calls at order, then by option, and bars risky destinations', async () => {
    await page.goto(`${e.url}/catalog/bouygues-unlimited-5gb-blocked`);
    const blocking = page.getByRole('region', { name: 'Blocages possibles sur ce réseau' });
    await blocking
      .getByRole('row', {
        name: /Appels vers l’international Possible à la commande, puis par option : Blocage de la voix vers l’international/,
      })
      .waitFor();
    await blocking
      .getByText(
        /Destinations à risque bloquées par défaut en roaming \(option pour les ouvrir : Levée des destinations à risque\)/,
      )
      .waitFor();
    const fairUse = page.getByRole('region', { name: 'Usage raisonnable (illimité)' });
    await fairUse.getByText('250 correspondants différents par mois au plus').waitFor();
    expect(await fairUse.getByText(/SMS par heure/).count()).toBe(0);
    await e.shot(page, '91-offre-conditions-bouygues');
  });

  it('CAT-20 the line page of an Orange fixed-IP line says where the IPsec credentials appear, and by when', async () => {
    await page.goto(`${e.url}/lines/${lineId}`);
    const card = page.getByRole('region', { name: 'Accès IP fixe' });
    await card.getByText('orange-fixed-ip-internet-only').waitFor();
    await card
      .getByText(
        /Tunnel IPsec requis : identifiant et mot de passe dans les informations techniques du contrat sous 30 minutes après la livraison de la ligne\. Disponibles au plus tard le 23\/11\/2026 10:30\./,
      )
      .waitFor();
    await e.shot(page, '92-ligne-ip-fixe');
  });
});
