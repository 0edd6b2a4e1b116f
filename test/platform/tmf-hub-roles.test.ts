import { describe, expect, it } from 'vitest';
import { mayRegisterListener, mayUnregisterListener, type HubCaller } from '../../src/platform/tmf/hub.ts';

const TOKEN = '0190a6f2-0000-7000-8000-000000000001';
const OTHER = '0190a6f2-0000-7000-8000-000000000002';

/** Issue 15 review: who registers and unregisters a TM Forum listener. */
describe('TM Forum listeners by role', () => {
  const cases: [string, HubCaller, boolean, string | null, boolean][] = [
    // caller, may register, registered by token, may unregister
    ['admin session', { role: 'admin', tokenId: null }, true, TOKEN, true],
    ['supervisor session', { role: 'supervisor', tokenId: null }, true, null, true],
    ['agent session', { role: 'agent', tokenId: null }, false, null, false],
    ['agent session, a token’s listener', { role: 'agent', tokenId: null }, false, TOKEN, false],
    ['agent token, its own listener', { role: 'agent', tokenId: TOKEN }, true, TOKEN, true],
    ['agent token, another token’s listener', { role: 'agent', tokenId: TOKEN }, true, OTHER, false],
    ['agent token, a user’s listener', { role: 'agent', tokenId: TOKEN }, true, null, false],
    ['supervisor token, any listener', { role: 'supervisor', tokenId: TOKEN }, true, OTHER, true],
  ];
  for (const [name, caller, register, registeredBy, unregister] of cases)
    it(name, () => {
      expect(mayRegisterListener(caller)).toBe(register);
      expect(mayUnregisterListener(caller, registeredBy)).toBe(unregister);
    });
});
