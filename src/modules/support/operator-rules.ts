import { REQUIRED_INFO, type RequiredInfoField, type Service } from './incident-rules.ts';

/** Issue 4 item 7: the operators an incident escalates to (pure, the tenant's list passed in). */

// ── operator escalation (issue 4 item 7) ──────────────────────────────────────────────────────

export type EscalationTemplate = 'openip' | 'generic';

export interface Operator {
  code: string;
  name: string;
  email: string;
  /** The services it serves when an incident names no operator. */
  services: readonly Service[];
  template: EscalationTemplate;
  /** SUP-02: the required information listed in its escalation e-mail, in order. */
  requiredInfo: readonly RequiredInfoField[];
}

/** The seed's OpenIP (copper local loop) and a generic operator, copied per tenant on first use. */
export const DEFAULT_OPERATORS: readonly Operator[] = [
  {
    code: 'generic',
    name: 'Opérateur d’infrastructure',
    email: 'support@operateur.example',
    services: ['fibre', 'cable', 'mobile'],
    template: 'generic',
    requiredInfo: ['siteContactName', 'siteContactPhone', 'siteOpeningHours', 'routerMakeModel'],
  },
  {
    code: 'openip',
    name: 'OpenIP',
    email: 'technique@openip.fr',
    services: ['adsl', 'sdsl', 'vga'],
    template: 'openip',
    requiredInfo: [...REQUIRED_INFO],
  },
];

/**
 * The operator an incident escalates to: the one chosen when declared, else the first (by code)
 * serving its service, else the generic one. Null only when the tenant has no operator at all.
 */
export function operatorFor(
  operators: readonly Operator[],
  service: Service,
  chosen: string | null,
): Operator | null {
  if (chosen) return operators.find((o) => o.code === chosen) ?? null;
  const sorted = [...operators].sort((a, b) => a.code.localeCompare(b.code));
  return (
    sorted.find((o) => o.services.includes(service)) ??
    sorted.find((o) => o.template === 'generic') ??
    sorted[0] ??
    null
  );
}
