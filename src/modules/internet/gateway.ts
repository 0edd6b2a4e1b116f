import { createHash } from 'node:crypto';
import type { Operator } from './model.ts';
import { normalizeAddress } from './rules.ts';

/**
 * The HOT and Partner side (NET-02, NET-13): fibre eligibility of an address. Neither operator gives
 * us an interface today (agents check on https://www.unlimited.net.il/ for HOT and
 * https://www.partner.co.il/n/offers/lobby for Partner, then record the check by hand); this is the
 * edge where one plugs in, with a simulator for development, tests and the demo.
 */
export interface InternetOperatorGateway {
  checkFibre(operator: Operator, address: string): Promise<{ eligible: boolean; reference: string }>;
}

/**
 * The simulator: an address is eligible unless it names one of these places (towns without fibre
 * in the demo) or says "sans fibre"/"no fibre". Its reference is stable for an address.
 */
export const SIMULATED_NO_FIBRE = ['mitzpe ramon', 'yeruham', 'sans fibre', 'no fibre'] as const;

export const simulatedGateway: InternetOperatorGateway = {
  checkFibre(operator, address) {
    const norm = normalizeAddress(address);
    const eligible = !SIMULATED_NO_FIBRE.some((place) => norm.includes(place));
    const digest = createHash('sha256').update(`${operator}:${norm}`).digest('hex').slice(0, 8).toUpperCase();
    return Promise.resolve({ eligible, reference: `SIM-${operator.toUpperCase()}-${digest}` });
  },
};

/** The gateway the module uses (one place to swap the simulator for a real interface). */
export const internetGateway: InternetOperatorGateway = simulatedGateway;
