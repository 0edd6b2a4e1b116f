import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { errorMessage } from '../../platform/i18n/messages.ts';
import { auditLine } from './line-action-labels.ts';
import { newId } from '../../platform/clock.ts';
import {
  checkNetworkName,
  NETWORK_NAME_MAX,
  networkNameEligibility,
  NETWORK_NAME_TERMS,
  type NetworkNameEligibility,
  type Partner,
} from './sim-rules.ts';
import { physicalSimCount } from '../stock/allocation.ts';
import { tenantCalendar, tenantSettings } from '../tenants/service.ts';
import * as simStore from './sim-store.ts';
import * as store from './store.ts';

/**
 * Custom network name requests (ACT-08, "profil électrique"): the pure rule says whether the line
 * may get one (the reseller's partnership, a tenant setting; Orange's minimum of SIMs and its
 * refusal on active lines) and when to expect it; a request is stored requested, then marked done
 * when the operator has set it, or cancelled. Audited.
 */

export interface NetworkNameRequestView {
  id: string;
  name: string;
  state: simStore.NetworkNameState;
  partner: Partner;
  /** The local date the operator's delay gives ('YYYY-MM-DD'). */
  expectedOn: string;
  restartNeeded: boolean;
  createdAt: string;
  closedAt: string | null;
}

export interface NetworkNameOptionView {
  allowed: boolean;
  reason: { code: string; title: string; detail: string } | null;
  partner: Partner | null;
  maxLength: number;
  weeks: number;
  expectedOn: string;
  restartNeeded: boolean;
  /** Orange: the reseller's SIMs needed at least (0: no minimum). */
  minSims: number;
}

function toView(r: simStore.NetworkNameRow): NetworkNameRequestView {
  return {
    id: r.id,
    name: r.name,
    state: r.state,
    partner: r.partner,
    expectedOn: r.expected_on,
    restartNeeded: r.restart_needed,
    createdAt: r.created_at.toISOString(),
    closedAt: r.closed_at?.toISOString() ?? null,
  };
}

async function eligibilityOf(ctx: Ctx, line: store.LineRow, requests: simStore.NetworkNameRow[]) {
  const partnerships = (await tenantSettings(ctx.tx)).operatorPartnerships;
  const sims = await physicalSimCount(ctx.tx, line.network);
  return networkNameEligibility(
    line,
    partnerships,
    sims,
    requests.some((r) => r.state === 'requested'),
    ctx.now,
    await tenantCalendar(ctx.tx),
  );
}

function optionView(ctx: Ctx, e: NetworkNameEligibility): NetworkNameOptionView {
  return {
    allowed: e.allowed,
    reason: e.refusal
      ? { code: e.refusal.code, ...errorMessage(e.refusal.code, ctx.locale, e.refusal.params ?? {}) }
      : null,
    partner: e.partner,
    maxLength: NETWORK_NAME_MAX,
    weeks: e.weeks,
    expectedOn: e.expectedOn,
    restartNeeded: e.restartNeeded,
    minSims: NETWORK_NAME_TERMS[e.network].minSims,
  };
}

/** The line's network name option and requests, for GET /api/lines/{id}/sim-actions. */
export async function networkNameView(
  ctx: Ctx,
  line: store.LineRow,
): Promise<{ option: NetworkNameOptionView; requests: NetworkNameRequestView[] }> {
  const requests = await simStore.networkNamesOf(ctx.tx, line.id);
  return {
    option: optionView(ctx, await eligibilityOf(ctx, line, requests)),
    requests: requests.map(toView),
  };
}

/** POST /api/lines/{id}/network-name: checks the name, then the line and the reseller (ACT-08). */
export async function requestNetworkName(
  ctx: Ctx,
  id: string,
  body: { name: string },
): Promise<NetworkNameRequestView> {
  const line = await store.getLine(ctx.tx, id, true);
  if (!line) throw new AppError('resource.not_found');
  const requests = await simStore.networkNamesOf(ctx.tx, line.id);
  const e = await eligibilityOf(ctx, line, requests);
  // The line's state says so before the name's form (a terminated line takes nothing).
  if (!e.allowed || e.partner === null) {
    const refusal = e.refusal ?? { code: 'line.not_active' as const };
    throw new AppError(refusal.code, refusal.params ?? {});
  }
  const checked = checkNetworkName(body.name);
  if (!checked.ok) {
    const params = checked.refusal.params ?? {};
    throw new AppError(checked.refusal.code, params, [
      {
        pointer: '/body/name',
        code: checked.refusal.code,
        detail: errorMessage(checked.refusal.code, ctx.locale, params).detail,
      },
    ]);
  }
  const requestId = newId();
  await simStore.insertNetworkName(ctx.tx, {
    id: requestId,
    lineId: line.id,
    network: line.network,
    name: checked.name,
    partner: e.partner,
    expectedOn: e.expectedOn,
    restartNeeded: e.restartNeeded,
    createdBy: ctx.actor.id ?? 'system',
    now: ctx.now,
  });
  await auditLine(ctx, line, 'line.network_name_requested', {
    after: {
      requestId,
      name: checked.name,
      partner: e.partner,
      expectedOn: e.expectedOn,
      restartNeeded: e.restartNeeded,
    },
  });
  const row = await simStore.getNetworkName(ctx.tx, requestId);
  if (!row) throw new Error('network name request vanished');
  return toView(row);
}

/** The operator set the name (done), or the request is withdrawn (cancelled). */
export async function closeNetworkName(
  ctx: Ctx,
  lineId: string,
  requestId: string,
  state: 'done' | 'cancelled',
): Promise<NetworkNameRequestView> {
  const line = await store.getLine(ctx.tx, lineId);
  const row = line ? await simStore.getNetworkName(ctx.tx, requestId, true) : undefined;
  if (!line || !row || row.line_id !== line.id) throw new AppError('resource.not_found');
  if (row.state !== 'requested') throw new AppError('line.network_name_not_open');
  await simStore.closeNetworkName(ctx.tx, row.id, state, ctx.actor.id ?? 'system', ctx.now);
  await auditLine(ctx, line, state === 'done' ? 'line.network_name_done' : 'line.network_name_cancelled', {
    before: { requestId: row.id, state: row.state },
    after: { requestId: row.id, state },
  });
  const after = await simStore.getNetworkName(ctx.tx, row.id);
  if (!after) throw new Error('network name request vanished');
  return toView(after);
}
