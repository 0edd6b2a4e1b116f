import { describe, expect, it } from 'vitest';
// The modules' error messages, as the server installs them at start (issue 9).
import '../support/install-modules.ts';
import { errorMessage } from '../../src/platform/i18n/messages.ts';

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
