import { randomInt } from 'node:crypto';
import type { Ctx, Deps } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { AppError } from '../../platform/errors.ts';
import { errorMessage, type Locale } from '../../platform/i18n/messages.ts';
import { auditLine } from './line-action-labels.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { newId } from '../../platform/clock.ts';
import type { CalendarContext } from '../../platform/calendar/index.ts';
import { money, toDecimal } from '../../platform/money/index.ts';
import { runActionNow, scheduleAction, type PendingAction } from '../../platform/jobs/index.ts';
import { actionKind } from '../../platform/module.ts';
import { Type, type Static } from '@sinclair/typebox';
import { enqueueModuleEmail } from '../../platform/notify/index.ts';
import { esimActivation, simSwapDone, simSwapScheduled } from './templates.ts';
import { catalogVersionAt, offerIn } from '../catalog/lookup.ts';
import { ESIM_OPTION } from '../catalog/model.ts';
import { mailAccount } from '../accounts/mail-account.ts';
import { pricesInEffect } from '../ledger/prices.ts';
import { recordCharge } from '../ledger/service.ts';
import * as stock from '../stock/allocation.ts';
import { tenantCalendar, tenantSettings } from '../tenants/service.ts';
import { lpaActivationCode } from './esim-rules.ts';
import type { SimType } from '../stock/rules.ts';
import { LINE_ACTION_KIND } from './actions-rules.ts';
import { getLine, qrPngOf, type LineView } from './service.ts';
import { networkNameView, type NetworkNameOptionView, type NetworkNameRequestView } from './network-name.ts';
import {
  checkSwapRequest,
  checkSwapSim,
  formatOpening,
  SIM_SWAP_KIND,
  simSwapOptions,
  type SimSwapEligibility,
  type SwapDirection,
  type SwapRequest,
} from './sim-rules.ts';
import * as simStore from './sim-store.ts';
import { scheduledOnLine } from './line-action-context.ts';
import * as store from './store.ts';

/**
 * SIM swap of a mobile line (ACT-07, ACT-09, CAT-11, CAT-21, ORD-03, ORD-07, Reading 13). The pure
 * rules (sim-rules.ts) say which swaps the line may take and when: at once inside the network's
 * opening hours, else at the next opening. Every request goes through `scheduleAction` (kind
 * line.sim_swap) with its row in `sim_swaps` (the line's swap history); one whose instant is now
 * runs at once in the request's transaction (`runActionNow`), the others when the worker reaches
 * the opening. A scheduled swap is cancelled like any pending action (its row then reads
 * cancelled). Running it: the line takes the new SIM (an eSIM profile is drawn then, CAT-21), the
 * old SIM is retired for good (ORD-07: a deleted eSIM is never reinstalled), a swap to eSIM
 * carries the eSIM option and its one-off fee (CAT-11) and e-mails the activation details with a
 * new confirmation code (ORD-05); audit and "action effectuée" e-mail.
 */

async function scheduledKinds(tx: Tx, lineId: string): Promise<Set<string>> {
  return new Set((await scheduledOnLine(tx, lineId)).map((a) => a.kind));
}

interface SwapContext {
  line: store.LineRow;
  cal: CalendarContext;
  eligibility: SimSwapEligibility[];
}

async function loadSwapContext(ctx: Ctx, id: string, lock: boolean): Promise<SwapContext> {
  const line = await store.getLine(ctx.tx, id, lock);
  if (!line) throw new AppError('resource.not_found');
  const version = await catalogVersionAt(ctx.tx, ctx.now);
  if (!version) throw new AppError('service.unavailable');
  const cal = await tenantCalendar(ctx.tx);
  const kinds = await scheduledKinds(ctx.tx, line.id);
  const hours = version.opening_hours[line.network];
  const offer = await offerIn(ctx.tx, version.id, line.offer_code);
  const eligibility = simSwapOptions(
    {
      state: line.state,
      network: line.network,
      simType: line.sim_type,
      esimAllowed: offer?.facts.esimAllowed ?? false,
    },
    { swap: kinds.has(SIM_SWAP_KIND), termination: kinds.has(LINE_ACTION_KIND.termination) },
    { sim_swap: hours.sim_swap, esim_swap: hours.esim_swap },
    ctx.now,
    cal,
  );
  return { line, cal, eligibility };
}

/** CAT-11: the eSIM option's one-off fee in effect at `at` (null while "à définir"). */
async function esimFee(
  tx: Tx,
  at: Date,
): Promise<{ amountMinor: number; currency: 'EUR' | 'ILS'; vatIncluded: boolean } | null> {
  const version = await catalogVersionAt(tx, at);
  if (!version) return null;
  const p = (await pricesInEffect(tx, 'option', [ESIM_OPTION], at))(ESIM_OPTION).find(
    (c) => c.component === 'one_off',
  );
  if (!p || p.amount === null) return null;
  return { amountMinor: p.amount, currency: version.currency, vatIncluded: version.vat_included };
}

export interface SimSwapOptionView {
  simType: SimType;
  direction: SwapDirection;
  allowed: boolean;
  reason: { code: string; title: string; detail: string } | null;
  effectiveAt: string | null;
  /** "lundi 30 novembre 2026 à 07:00" (tenant time) when the swap waits for the opening. */
  effectiveLabel: string | null;
  immediate: boolean;
  needsContacts: boolean;
  needsIccid: boolean;
  /** CAT-11: the eSIM fee, e.g. "1.50", when the swap carries it. */
  fee: string | null;
}

export interface SimSwapView {
  id: string;
  actionId: string;
  state: simStore.SwapState;
  fromSimType: SimType;
  toSimType: SimType;
  fromIccid: string | null;
  toIccid: string | null;
  effectiveAt: string;
  effectiveLabel: string;
  failure: string | null;
  createdAt: string;
  doneAt: string | null;
}

function reasonOf(refusal: SimSwapEligibility['refusal'], locale: Locale) {
  if (!refusal) return null;
  return { code: refusal.code, ...errorMessage(refusal.code, locale, refusal.params ?? {}) };
}

export function toSwapView(r: simStore.SimSwapRow, zone: string, locale: Locale): SimSwapView {
  return {
    id: r.id,
    actionId: r.action_id,
    state: r.state,
    fromSimType: r.from_sim_type,
    toSimType: r.to_sim_type,
    fromIccid: r.from_iccid,
    toIccid: r.to_iccid,
    effectiveAt: r.effective_at.toISOString(),
    effectiveLabel: formatOpening(r.effective_at, zone, locale),
    failure: r.failure,
    createdAt: r.created_at.toISOString(),
    doneAt: r.done_at?.toISOString() ?? null,
  };
}

/** The swaps of GET /api/lines/{id}/sim-actions: allowed or refused with the reason, and when. */
export async function simSwapOptionsView(
  ctx: Ctx,
  id: string,
): Promise<{ options: SimSwapOptionView[]; history: SimSwapView[]; zone: string; line: store.LineRow }> {
  const c = await loadSwapContext(ctx, id, false);
  const fee = await esimFee(ctx.tx, ctx.now);
  const feeLabel = fee ? toDecimal(money(fee.amountMinor, fee.currency, fee.vatIncluded)) : null;
  return {
    line: c.line,
    zone: c.cal.zone,
    options: c.eligibility.map((e) => ({
      simType: e.simType,
      direction: e.direction,
      allowed: e.allowed,
      reason: reasonOf(e.refusal, ctx.locale),
      effectiveAt: e.effectiveAt?.toISOString() ?? null,
      effectiveLabel: e.effectiveAt ? formatOpening(e.effectiveAt, c.cal.zone, ctx.locale) : null,
      immediate: e.immediate,
      needsContacts: e.needsContacts,
      needsIccid: e.needsIccid,
      fee: e.esimFee ? feeLabel : null,
    })),
    history: (await simStore.swapsOf(ctx.tx, c.line.id)).map((r) => toSwapView(r, c.cal.zone, ctx.locale)),
  };
}

export interface SimSwapResult {
  swap: SimSwapView;
  action: { id: string; status: PendingAction['status']; immediate: boolean };
  line: LineView;
}

/**
 * POST /api/lines/{id}/sim-swap: checks the request with the same rules as the page (a refusal is
 * its 4xx and nothing is written), checks the chosen SIM (or that an eSIM profile is free), records
 * the swap, schedules it and runs it at once when the network is open.
 */
export async function requestSimSwap(
  ctx: Ctx,
  deps: Pick<Deps, 'actions' | 'clock' | 'secrets'>,
  id: string,
  req: SwapRequest,
): Promise<SimSwapResult> {
  // Locked: two concurrent swaps of one line are checked one after the other.
  const c = await loadSwapContext(ctx, id, true);
  const e = c.eligibility.find((x) => x.simType === req.simType);
  if (!e) throw new AppError('resource.not_found');
  if (!e.allowed || !e.effectiveAt) {
    const refusal = e.refusal ?? { code: 'line.not_active' as const };
    throw new AppError(refusal.code, refusal.params ?? {});
  }
  const checked = checkSwapRequest(req, c.line.msisdn);
  if (!checked.ok)
    throw new AppError(checked.refusal.code, checked.refusal.params ?? {}, [
      {
        pointer: `/body/${checked.field}`,
        code: checked.refusal.code,
        detail: errorMessage(checked.refusal.code, ctx.locale, checked.refusal.params ?? {}).detail,
      },
    ]);
  // The SIM: the agent's (physical, or a chosen eSIM profile), checked now and again when it runs;
  // else an eSIM profile of the customer's or the free stock must exist (drawn when it runs).
  if (checked.iccid) {
    const sim = await stock.findSim(ctx.tx, checked.iccid);
    if (!sim) throw new AppError('stock.sim_unknown', { iccid: checked.iccid });
    const refusal = checkSwapSim(
      {
        iccid: sim.iccid,
        network: sim.network,
        simType: sim.sim_type,
        state: sim.state,
        accountId: sim.account_id,
      },
      { network: c.line.network, accountId: c.line.account_id, iccid: c.line.iccid },
      req.simType,
    );
    if (refusal) throw new AppError(refusal.code, refusal.params ?? {});
  } else {
    const sim = await stock.pickSimForLine(ctx.tx, {
      network: c.line.network,
      simType: req.simType,
      accountId: c.line.account_id,
    });
    if (!sim) throw new AppError('order.no_free_sim', { network: c.line.network, simType: req.simType });
  }
  const effectiveAt = e.effectiveAt;
  const immediate = e.immediate;
  const swapId = newId();
  const action = await scheduleAction(ctx.tx, deps.actions, {
    kind: SIM_SWAP_KIND,
    entityType: 'line',
    entityId: c.line.id,
    effectiveAt,
    payload: { swapId, type: 'sim_swap', simType: req.simType, locale: ctx.locale },
    createdBy: ctx.actor.id ?? 'system',
    now: ctx.now,
  });
  await simStore.insertSwap(ctx.tx, {
    id: swapId,
    lineId: c.line.id,
    actionId: action.id,
    fromIccid: c.line.iccid,
    fromSimType: c.line.sim_type,
    toSimType: req.simType,
    toIccid: checked.iccid,
    contactEmail: checked.contactEmail,
    contactMobile: checked.contactMobile,
    // ORD-05: the new eSIM's 6-digit confirmation code, a secret at rest.
    esimCodeSecret:
      req.simType === 'esim' ? deps.secrets.encrypt(String(randomInt(0, 1_000_000)).padStart(6, '0')) : null,
    effectiveAt,
    createdBy: ctx.actor.id ?? 'system',
    now: ctx.now,
  });
  await auditLine(ctx, c.line, 'line.sim_swap_requested', {
    after: {
      swapId,
      actionId: action.id,
      from: c.line.sim_type,
      to: req.simType,
      iccid: checked.iccid,
      contactEmail: checked.contactEmail,
      contactMobile: checked.contactMobile,
      effectiveAt: effectiveAt.toISOString(),
    },
  });
  let done = action;
  if (immediate) done = await runActionNow(ctx.tx, deps.actions, action, { clock: deps.clock, now: ctx.now });
  else
    await mailAccount(ctx.tx, c.line.account_id, simSwapScheduled, {
      locale: ctx.locale,
      entityType: 'line',
      entityId: c.line.id,
      now: ctx.now,
      data: {
        line: c.line.msisdn ?? c.line.iccid ?? c.line.id,
        from: c.line.sim_type,
        to: req.simType,
        iccid: checked.iccid ?? '',
        effective: formatOpening(effectiveAt, c.cal.zone, ctx.locale),
      },
    });
  const row = await simStore.getSwap(ctx.tx, swapId);
  if (!row) throw new Error('swap row vanished');
  return {
    swap: toSwapView(row, c.cal.zone, ctx.locale),
    action: { id: done.id, status: done.status, immediate },
    line: await getLine(ctx, c.line.id),
  };
}

// ── The handler (the lines manifest's action kind): run by the worker at the opening, or at once by
//    requestSimSwap. It re-reads the swap and the line under a lock and does nothing on a line that
//    ended meanwhile, recording why.

async function applySimSwap(
  tx: Tx,
  payload: Static<typeof SimSwapPayload>,
  action: PendingAction,
  now: Date,
): Promise<Record<string, unknown>> {
  const swap = await simStore.getSwap(tx, payload.swapId, true);
  if (!swap) return { skipped: 'swap not found' };
  const line = await store.getLine(tx, swap.line_id, true);
  if (!line) return { skipped: 'line not found' };
  const locale: Locale = payload.locale ?? 'fr';
  if (line.state !== 'active' && line.state !== 'suspended') {
    await simStore.closeSwap(tx, swap.id, 'cancelled', { failure: `line ${line.state}`, now });
    return { skipped: `line ${line.state}` };
  }
  // The SIM: the agent's, if still free or assigned to the customer; else an eSIM profile drawn now
  // (CAT-21: a new profile for a handset change), the customer's first (SC-06), then free stock.
  const sim = await stock.pickSimForLine(tx, {
    network: line.network,
    simType: swap.to_sim_type,
    accountId: line.account_id,
    iccid: swap.to_iccid ?? undefined,
  });
  if (!sim || sim.iccid === line.iccid) {
    const failure = swap.to_iccid ? `SIM ${swap.to_iccid} no longer available` : 'no free SIM';
    await simStore.closeSwap(tx, swap.id, 'failed', { failure, now });
    await auditLine({ tx, actor: SYSTEM_ACTOR, now, requestId: null }, line, 'line.sim_swap_failed', {
      after: { actionId: action.id, swapId: swap.id, failure },
    });
    return { skipped: failure };
  }
  const toEsim = swap.to_sim_type === 'esim';
  // ORD-07: the old SIM (or the deleted eSIM profile, ACT-07) is retired for good.
  if (line.iccid) await stock.retireSim(tx, line.iccid, now);
  await stock.putSimInUse(tx, sim.iccid, now);
  await simStore.setLineSim(
    tx,
    line.id,
    {
      iccid: sim.iccid,
      simType: swap.to_sim_type,
      contactEmail: toEsim ? swap.contact_email : null,
      contactMobile: toEsim ? swap.contact_mobile : null,
      codeSecret: toEsim ? swap.esim_code_secret : null,
    },
    now,
  );
  // CAT-11: the eSIM option follows the SIM: added with a swap to eSIM, ended with a swap away.
  const esimOption = await simStore.activeOptionOf(tx, line.id, ESIM_OPTION);
  let chargedMinor = 0;
  if (toEsim) {
    if (!esimOption)
      await store.insertActiveLineOption(tx, {
        id: newId(),
        lineId: line.id,
        optionCode: ESIM_OPTION,
        at: now,
      });
    // CAT-11 + CAT-21: each new eSIM profile carries the one-off fee.
    const fee = await esimFee(tx, now);
    if (fee) {
      await recordCharge(
        tx,
        {
          accountId: line.account_id,
          lineId: line.id,
          orderId: null,
          kind: 'one_off',
          itemType: 'option',
          itemCode: ESIM_OPTION,
          amountMinor: fee.amountMinor,
          currency: fee.currency,
          vatIncluded: fee.vatIncluded,
          periodStart: null,
          periodEnd: null,
          monthlyMinor: null,
        },
        now,
      );
      chargedMinor = fee.amountMinor;
    }
  } else if (esimOption) await store.terminateOption(tx, esimOption.id, now);
  await simStore.closeSwap(tx, swap.id, 'done', { toIccid: sim.iccid, now });
  await auditLine({ tx, actor: SYSTEM_ACTOR, now, requestId: null }, line, 'line.sim_swap_done', {
    after: {
      actionId: action.id,
      swapId: swap.id,
      from: { iccid: line.iccid, simType: line.sim_type },
      to: { iccid: sim.iccid, simType: swap.to_sim_type },
      retired: line.iccid,
      chargedMinor,
    },
  });
  const number = line.msisdn ?? sim.iccid;
  // ORD-05: the new eSIM's activation details go to the contact e-mail (the esim.activation flow).
  if (toEsim && swap.contact_email && sim.smdp_address && sim.matching_id) {
    const activationCode = lpaActivationCode(sim.smdp_address, sim.matching_id);
    await enqueueModuleEmail(tx, esimActivation, {
      to: swap.contact_email,
      locale,
      data: {
        userName: line.user_name,
        line: number,
        activationCode,
        smdpAddress: sim.smdp_address,
        matchingId: sim.matching_id,
        qrPng: (await qrPngOf(activationCode)).toString('base64'),
      },
      entityType: 'line',
      entityId: line.id,
      now,
    });
  }
  const { timeZone } = await tenantSettings(tx);
  await mailAccount(tx, line.account_id, simSwapDone, {
    locale,
    entityType: 'line',
    entityId: line.id,
    now,
    data: {
      line: number,
      from: line.sim_type,
      to: swap.to_sim_type,
      iccid: sim.iccid,
      effective: formatOpening(now, timeZone, locale),
    },
  });
  return { swapId: swap.id, from: line.iccid, to: sim.iccid, simType: swap.to_sim_type, chargedMinor };
}

/** What requestSimSwap schedules: checked before the handler runs. */
const SimSwapPayload = Type.Object({
  /** The swap's row in `sim_swaps` (the line's swap history). */
  swapId: Type.String(),
  type: Type.Optional(Type.String()),
  simType: Type.Optional(Type.String()),
  locale: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
});

/** The SIM swap's action kind, declared in the lines manifest. */
export const simSwapKind = actionKind({
  kind: SIM_SWAP_KIND,
  payload: SimSwapPayload,
  run: (tx, payload, action, ctx) => applySimSwap(tx, payload, action, ctx.now),
});

export interface LineSimActionsView {
  lineId: string;
  state: store.LineState;
  network: store.LineRow['network'];
  simType: SimType;
  iccid: string | null;
  swaps: SimSwapOptionView[];
  history: SimSwapView[];
  networkName: NetworkNameOptionView;
  networkNames: NetworkNameRequestView[];
}

/** GET /api/lines/{id}/sim-actions: the swaps and the network name, allowed or why not, with history. */
export async function lineSimActions(ctx: Ctx, id: string): Promise<LineSimActionsView> {
  const swaps = await simSwapOptionsView(ctx, id);
  const names = await networkNameView(ctx, swaps.line);
  return {
    lineId: swaps.line.id,
    state: swaps.line.state,
    network: swaps.line.network,
    simType: swaps.line.sim_type,
    iccid: swaps.line.iccid,
    swaps: swaps.options,
    history: swaps.history,
    networkName: names.option,
    networkNames: names.requests,
  };
}
