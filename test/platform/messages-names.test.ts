import { describe, expect, it } from 'vitest';
// The modules' error messages, as the server installs them at start (issue 9).
import '../support/install-modules.ts';
import { errorMessage } from '../../src/platform/i18n/messages.ts';
import type { RelaisModule } from '../../src/platform/module.ts';

/** Issue 10: a message shows a network, a SIM type, a zone or a state by its name, never its code. */
describe('error messages name what their parameters code', () => {
  it('a SIM type and a network read as words, in French and in English', () => {
    expect(errorMessage('order.no_free_sim', 'fr', { simType: 'no_pin', network: 'orange' }).detail).toBe(
      'Plus aucune SIM sans PIN libre sur le réseau Orange : importez des SIM.',
    );
    expect(errorMessage('order.no_free_sim', 'en', { simType: 'pin', network: 'bouygues' }).detail).toBe(
      'No free PIN SIM left on Bouygues Telecom: import SIMs.',
    );
  });

  it('a roaming zone and a SIM state read as words; an unknown value is shown as sent', () => {
    expect(errorMessage('catalog.roaming_choice_required', 'fr', { zone: 'usa_canada' }).detail).toContain(
      '« USA / Canada »',
    );
    expect(errorMessage('stock.sim_not_free', 'fr', { iccid: '8933', state: 'in_use' }).detail).toBe(
      'La SIM 8933 n’est pas libre (état : en service).',
    );
    expect(errorMessage('stock.sim_not_free', 'fr', { iccid: '8933', state: 'lost' }).detail).toContain(
      '(état : lost)',
    );
  });
});

/** Review: users read names, never internal codes — no message prints a record's id. */
describe('no error message prints an internal id', () => {
  it('no module message has an id placeholder in its title or detail, in French or English', async () => {
    const { MODULES } = await import('../../src/modules/index.ts');
    // A SIRET/ח.פ. (nationalId) is the customer's own number, read by users; a requestId is the
    // reference the unexpected-error message asks users to give support.
    const readByUsers = new Set(['nationalId', 'requestId']);
    const idPlaceholders: string[] = [];
    for (const m of MODULES as readonly RelaisModule[])
      for (const [code, spec] of Object.entries(m.errors ?? {}))
        for (const locale of ['fr', 'en'] as const)
          for (const text of [spec[locale].title, spec[locale].detail])
            for (const [, name] of text.matchAll(/\{(\w+)\}/g))
              if (name && (name === 'id' || /Id$/.test(name)) && !readByUsers.has(name))
                idPlaceholders.push(`${code} (${locale}): {${name}}`);
    expect(idPlaceholders).toEqual([]);
  });
});
