import type { Tx } from '../../platform/db/db.ts';
import { toLocalDate } from '../../platform/calendar/index.ts';
import { accountContact } from '../accounts/mail-account.ts';
import { catalogVersionAt, offerIn } from '../catalog/lookup.ts';
import { pricesInEffect } from '../ledger/prices.ts';
import { recordCharge } from '../ledger/service.ts';
import { activationCharges } from '../ledger/rules.ts';
import { tenantSettings } from '../tenants/service.ts';
import { enqueueModuleEmail } from '../../platform/notify/index.ts';
import { lineActive } from './templates.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { registerAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import { actionHandler, actionKind } from '../../platform/module.ts';
import { Type } from '@sinclair/typebox';
import type { Network } from '../catalog/model.ts';
import * as lines from '../lines/line-records.ts';
import * as stock from '../stock/allocation.ts';
import {
  OperatorError,
  type CreateLineRequest,
  type CreateLineResult,
  type OperatorGateway,
} from './operators/operator-gateway.ts';
import * as store from './store.ts';
import { ORDER_SUBMIT } from './service.ts';
import { publishOrderStateChanged } from './events.ts';

/**
 * The worker's side of an order (DESIGN: steps with compensation), as an action kind that calls
 * the operator outside any transaction (issue 9 §5):
 *  1. claim (the job's transaction): the order, locked, goes `in_progress`; its lines and options
 *     are read into the operator requests; commit.
 *  2. call (no transaction): each line is one step at the operator, idempotent by the line's id.
 *     When a step is refused, the lines already created there are cancelled in reverse order
 *     (compensation) and the refusal is the outcome. When the operator is unavailable, the created
 *     lines are cancelled as well and the error is thrown: nothing was written, and the job
 *     retries with backoff (the claim is already committed and harmless: the order reads
 *     `in_progress`, as it did before the call).
 *  3. record (a second transaction): refused, the order's lines are cancelled, their numbers and
 *     SIMs go back to stock and the order is failed; created, every line is active with the number
 *     the operator confirmed (14 digits from Orange for data-only/M2M, CAT-07/10), its options
 *     active (ACT-10), the charges written, the e-mails queued and the order completed.
 * A slow operator thus holds no connection and no lock: on PGlite, which runs one transaction at a
 * time, every request goes on while the worker waits for the operator.
 */
const SubmitOrderPayload = Type.Object({
  orderId: Type.Optional(Type.String()),
  /** The locale of the "line active" e-mails the activation sends. */
  locale: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
});

interface SubmissionClaim {
  orderId: string;
  network: Network;
  requests: CreateLineRequest[];
}

type SubmissionOutcome =
  { created: { lineId: string; result: CreateLineResult }[] } | { refused: string; compensated: number };

/** The order's action kind; `gateway` overrides the app's operators (Deps.operators). */
export function orderSubmission(gateway?: OperatorGateway) {
  return actionKind<typeof SubmitOrderPayload, SubmissionClaim, SubmissionOutcome>({
    kind: ORDER_SUBMIT,
    payload: SubmitOrderPayload,
    claim: async (tx, payload, action, ctx) => {
      const orderId = payload.orderId ?? action.entityId;
      const claimed = await claimOrder(tx, orderId, ctx.now);
      return claimed ? { call: claimed } : { done: { skipped: true } };
    },
    call: (claimed: SubmissionClaim, ctx) => {
      const operators = gateway ?? ctx.operators;
      if (!operators) throw new Error('no operator gateway: Deps.operators is not set');
      return callOperator(operators, claimed);
    },
    record: (tx, payload, claimed, outcome: SubmissionOutcome, _action, ctx) =>
      recordSubmission(tx, claimed, outcome, ctx.now, payload.locale ?? 'fr'),
  });
}

/**
 * Lines that never reached activation are cancelled: their new numbers and SIMs go back to stock
 * (a ported number was never ours). After a refusal, or a client's cancellation of a queued order.
 */
export async function cancelLines(tx: Tx, ls: readonly lines.LineRow[], now: Date): Promise<void> {
  for (const c of ls) {
    if (c.msisdn && !c.portability) await stock.freeNumber(tx, c.msisdn, now);
    if (c.iccid) await stock.returnSimToStock(tx, c.iccid, now);
    await lines.cancelLine(tx, c.id, now);
  }
}

/** Step 1: the order, locked, goes in progress; what the operator is to create. */
async function claimOrder(tx: Tx, orderId: string, now: Date): Promise<SubmissionClaim | null> {
  const order = await store.getOrder(tx, orderId, true);
  if (!order || order.state === 'completed' || order.state === 'failed' || order.state === 'cancelled')
    return null;
  await store.setOrderState(tx, orderId, 'in_progress', now);
  // A queued order (ORD-03) starts now; an order that started at once is already in progress.
  if (order.state === 'queued') await publishOrderStateChanged({ tx, now }, orderId, false);
  const ls = (await lines.linesOfOrder(tx, orderId, true)).filter((l) => l.state === 'in_progress');
  const opts = await lines.optionsOf(
    tx,
    ls.map((l) => l.id),
  );
  return {
    orderId,
    network: order.network,
    requests: ls.map((l) => ({
      lineId: l.id,
      network: l.network,
      offerCode: l.offer_code,
      options: opts.filter((o) => o.line_id === l.id).map((o) => o.option_code),
      simType: l.sim_type,
      iccid: l.iccid ?? '',
      msisdn: l.msisdn,
      numberAssignment: l.msisdn === null ? 'given_by_operator' : 'random_from_stock',
      portability:
        l.portability && l.msisdn && l.rio
          ? { number: l.msisdn, rio: l.rio, date: l.activation_at.toISOString().slice(0, 10) }
          : null,
    })),
  };
}

/** Step 2, outside any transaction: one step per line, compensated in reverse on a failure. */
async function callOperator(gateway: OperatorGateway, claimed: SubmissionClaim): Promise<SubmissionOutcome> {
  const done: { lineId: string; result: CreateLineResult }[] = [];
  for (const req of claimed.requests) {
    try {
      done.push({ lineId: req.lineId, result: await gateway.createLine(req) });
    } catch (err) {
      for (const d of [...done].reverse())
        await gateway.cancelLine({
          network: claimed.network,
          operatorRef: d.result.operatorRef,
          lineId: d.lineId,
        });
      if (err instanceof OperatorError && !err.retryable)
        return { refused: err.message, compensated: done.length };
      throw err;
    }
  }
  return { created: done };
}

/** Step 3: the outcome, in one transaction. */
async function recordSubmission(
  tx: Tx,
  claimed: SubmissionClaim,
  outcome: SubmissionOutcome,
  now: Date,
  locale: Locale,
): Promise<Record<string, unknown>> {
  const { orderId } = claimed;
  const order = await store.getOrder(tx, orderId, true);
  // Recorded meanwhile by another run (a lease taken over): its record stands.
  if (!order || order.state !== 'in_progress') return { skipped: true };
  const ls = (await lines.linesOfOrder(tx, orderId, true)).filter((l) => l.state === 'in_progress');
  // Failed or completed, the order ends the same way: its state set, published, audited as Relais'.
  const end = async (state: 'failed' | 'completed', after: Record<string, unknown>, failure?: string) => {
    await store.setOrderState(tx, orderId, state, now, failure);
    await publishOrderStateChanged({ tx, now }, orderId, true);
    await recordAudit(tx, SYSTEM_ACTOR, now, null, {
      entityType: 'order',
      entityId: orderId,
      entityLabel: `${order.reference} (${order.account_name})`,
      action: `order.${state}`,
      after,
    });
  };
  if ('refused' in outcome) {
    await cancelLines(tx, ls, now);
    await end('failed', { reason: outcome.refused, compensated: outcome.compensated }, outcome.refused);
    return { state: 'failed', reason: outcome.refused, compensated: outcome.compensated };
  }
  const done = outcome.created.filter((d) => ls.some((l) => l.id === d.lineId));
  const opts = await lines.optionsOf(
    tx,
    ls.map((l) => l.id),
  );
  for (const d of done) await lines.activateLine(tx, d.lineId, d.result.msisdn, now);
  await writeActivationCharges(tx, order, ls, opts, now);
  await enqueueLineActiveMails(tx, order, ls, done, now, locale);
  await end('completed', { lines: done.map((d) => ({ id: d.lineId, msisdn: d.result.msisdn })) });
  return { state: 'completed', lines: done.length };
}

/**
 * Issue 3 §6: the charges the activation makes due (one-off fees, first month pro rata), at the
 * prices in effect now (a tenant's own price versions included), in the tenant's local date.
 */
async function writeActivationCharges(
  tx: Tx,
  order: store.OrderRow,
  ls: readonly lines.LineRow[],
  opts: readonly lines.LineOptionRow[],
  now: Date,
): Promise<void> {
  const version = await catalogVersionAt(tx, now);
  if (!version) return;
  const { timeZone: zone } = await tenantSettings(tx);
  const activationDate = toLocalDate(now, zone);
  const offerPrices = await pricesInEffect(
    tx,
    'offer',
    ls.map((l) => l.offer_code),
    now,
  );
  const optionPrices = await pricesInEffect(
    tx,
    'option',
    opts.map((o) => o.option_code),
    now,
  );
  for (const l of ls) {
    const items = [
      { itemType: 'offer' as const, code: l.offer_code, prices: offerPrices(l.offer_code) },
      ...opts
        .filter((o) => o.line_id === l.id)
        .map((o) => ({
          itemType: 'option' as const,
          code: o.option_code,
          prices: optionPrices(o.option_code),
        })),
    ];
    for (const c of activationCharges(items, activationDate, version.currency, version.vat_included))
      await recordCharge(
        tx,
        {
          accountId: order.account_id,
          lineId: l.id,
          orderId: order.id,
          kind: c.kind,
          itemType: c.itemType,
          itemCode: c.itemCode,
          amountMinor: c.amountMinor,
          currency: version.currency,
          vatIncluded: version.vat_included,
          periodStart: c.periodStart,
          periodEnd: c.periodEnd,
          monthlyMinor: c.monthlyMinor,
        },
        now,
      );
  }
}

/**
 * Issue 3 §7: "ligne active" to the account's e-mail for each activated line, with its number and
 * offer, in the activation's transaction (outbox).
 */
async function enqueueLineActiveMails(
  tx: Tx,
  order: store.OrderRow,
  ls: readonly lines.LineRow[],
  done: readonly { lineId: string; result: CreateLineResult }[],
  now: Date,
  locale: Locale,
): Promise<void> {
  const contact = await accountContact(tx, order.account_id);
  if (!contact) return;
  const version = await catalogVersionAt(tx, now);
  for (const d of done) {
    const l = ls.find((x) => x.id === d.lineId);
    if (!l) continue;
    const offer = version ? await offerIn(tx, version.id, l.offer_code) : undefined;
    const msisdn = d.result.msisdn;
    await enqueueModuleEmail(tx, lineActive, {
      to: contact.email,
      locale,
      data: {
        customerName: contact.display_name,
        userName: l.user_name,
        line: msisdn.length === 10 ? msisdn.replace(/(\d{2})(?=\d)/g, '$1 ') : msisdn,
        offer: (locale === 'en' ? offer?.name_en : offer?.name_fr) ?? l.offer_code,
        reference: order.reference,
      },
      entityType: 'account',
      entityId: order.account_id,
      now,
    });
  }
}

/**
 * Registers the order's action kind in a registry of a test's own, with a gateway of its own (the
 * app registers it from the manifest, with Deps.operators).
 */
export function registerOrderActions(registry: ActionRegistry, gateway?: OperatorGateway): void {
  registerAction(registry, ORDER_SUBMIT, actionHandler(orderSubmission(gateway)));
}
