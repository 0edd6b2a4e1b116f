import type { OptionCharge, LineActionType } from './actions-rules.ts';
import type * as store from './store.ts';

/** What the line page receives about its actions and options (GET /api/lines/{id}/actions). */

export interface LineActionView {
  type: LineActionType;
  target: string | null;
  /** option_change: the line option it replaces (ACT-06). */
  replaces: string | null;
  /** The offer's or the option's name, in the request's language. */
  targetLabel: string | null;
  change: 'upgrade' | 'downgrade' | 'migration' | null;
  allowed: boolean;
  reason: { code: string; title: string; detail: string } | null;
  effectiveAt: string | null;
  /** "1er décembre 2026 à 00:00", tenant time; null when refused. */
  effectiveLabel: string | null;
  immediate: boolean;
  billingContinues: boolean;
  /** option_add/option_change when allowed: exactly what the ledger will get (CAT-01, ACT-06). */
  charges?: ChargePreview[];
}

export interface ChargePreview {
  kind: OptionCharge['kind'];
  itemCode: string;
  /** Decimal string excl. VAT, e.g. "25.00". */
  amount: string;
  currency: string;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface LineOptionDetail {
  /** line_options.id: the target of option_termination, the `replaces` of option_change. */
  id: string;
  code: string;
  label: string;
  kind: string;
  zone: string | null;
  /** ACT-10: status and dates. */
  status: store.LineOptionRow['status'];
  createdAt: string;
  activatedAt: string | null;
  endedAt: string | null;
}

export interface LineActionsView {
  lineId: string;
  state: store.LineState;
  items: LineActionView[];
  /** Every option of the line, terminated ones included (ACT-10). */
  options: LineOptionDetail[];
  /** ACT-06: the roaming envelope of each zone: the one active choice, never a sum. */
  roaming: {
    zone: string;
    optionId: string;
    code: string;
    label: string;
    kind: 'roaming' | 'cutoff';
    volumeMb: number | null;
    cutoffEuros: number | null;
  }[];
  pending: {
    id: string;
    type: LineActionType;
    target: string | null;
    targetLabel: string | null;
    effectiveAt: string;
    effectiveLabel: string;
  }[];
}
