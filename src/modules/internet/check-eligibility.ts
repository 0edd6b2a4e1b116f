import { newId } from '../../platform/clock.ts';
import type { Ctx } from '../../platform/context.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { getAccount } from '../accounts/service.ts';
import { internetGateway, type InternetOperatorGateway } from './gateway.ts';
import type { Operator } from './model.ts';
import * as store from './store.ts';

export interface EligibilityView {
  id: string;
  accountId: string;
  operator: Operator;
  address: string;
  fibreEligible: boolean;
  method: 'operator' | 'manual';
  checkedAt: string;
  checkedBy: string;
  reference: string | null;
}

export function eligibilityView(r: store.EligibilityRow): EligibilityView {
  return {
    id: r.id,
    accountId: r.account_id,
    operator: r.operator,
    address: r.address,
    fibreEligible: r.fibre_eligible,
    method: r.method,
    checkedAt: r.checked_at.toISOString(),
    checkedBy: r.checked_by,
    reference: r.reference,
  };
}

async function record(ctx: Ctx, row: store.EligibilityRow): Promise<EligibilityView> {
  await store.insertEligibility(ctx.tx, row);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'account',
    entityId: row.account_id,
    action: 'internet.eligibility_checked',
    after: {
      operator: row.operator,
      address: row.address,
      fibreEligible: row.fibre_eligible,
      method: row.method,
    },
  });
  return eligibilityView(row);
}

/** NET-02, NET-13: asks the operator (its interface, or the simulator) whether the address has fibre. */
export async function checkEligibility(
  ctx: Ctx,
  input: { accountId: string; operator: Operator; address: string },
  gateway: InternetOperatorGateway = internetGateway,
): Promise<EligibilityView> {
  await getAccount(ctx, input.accountId);
  const answer = await gateway.checkFibre(input.operator, input.address);
  return record(ctx, {
    id: newId(),
    account_id: input.accountId,
    operator: input.operator,
    address: input.address.trim(),
    fibre_eligible: answer.eligible,
    method: 'operator',
    checked_at: ctx.now,
    checked_by: ctx.actor.label,
    reference: answer.reference,
    created_at: ctx.now,
  });
}

/**
 * An agent checked on the operator's own site (no operator interface): the result, the address,
 * when, who and a reference (or the screenshot's name) are recorded and count as eligibility.
 */
export async function recordManualEligibility(
  ctx: Ctx,
  input: {
    accountId: string;
    operator: Operator;
    address: string;
    fibreEligible: boolean;
    checkedAt: Date;
    reference: string;
  },
): Promise<EligibilityView> {
  await getAccount(ctx, input.accountId);
  return record(ctx, {
    id: newId(),
    account_id: input.accountId,
    operator: input.operator,
    address: input.address.trim(),
    fibre_eligible: input.fibreEligible,
    method: 'manual',
    checked_at: input.checkedAt,
    checked_by: ctx.actor.label,
    reference: input.reference.trim(),
    created_at: ctx.now,
  });
}

export async function listEligibility(ctx: Ctx, accountId: string): Promise<EligibilityView[]> {
  await getAccount(ctx, accountId);
  return (await store.eligibilityOfAccount(ctx.tx, accountId)).map(eligibilityView);
}
