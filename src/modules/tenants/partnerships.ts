/** ACT-08, CAT-12: the reseller's operator partnerships, a tenant setting (plain data). */

export const PARTNERS = ['init_sys', 'rezocean'] as const;
export type Partner = (typeof PARTNERS)[number];

/** The reseller's partnership per network (tenant setting; none by default). */
export interface OperatorPartnerships {
  orange: Partner | null;
  bouygues: Partner | null;
}

export const NO_PARTNERSHIPS: OperatorPartnerships = { orange: null, bouygues: null };
