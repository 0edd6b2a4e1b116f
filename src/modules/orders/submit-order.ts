import type { Tx } from '../../platform/db/db.ts';
import { toLocalDate } from '../../platform/calendar/index.ts';
import { catalogVersionAt, offerIn } from '../catalog/lookup.ts';
import { pricesInEffect } from '../ledger/prices.ts';
import { recordCharge } from '../ledger/service.ts';
import { activationCharges } from '../ledger/rules.ts';
import { tenantSettings } from '../tenants/service.ts';
import { enqueueTemplateEmail } from '../../platform/notify/index.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { registerAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import * as lines from '../lines/line-records.ts';
import * as stock from '../stock/allocation.ts';
import { OperatorError, type CreateLineResult, type OperatorGateway } from './operators/operator-gateway.ts';
import { createOperatorSimulator } from './operators/simulator.ts';
import * as store from './store.ts';
import { ORDER_SUBMIT } from './service.ts';
import { publishOrderStateChanged } from './events.ts';

/**
 * The worker's side of an order (DESIGN: steps with compensation). Each line is one step at the
 * operator; when a step is refused, the lines already created there are cancelled in reverse order
 * (compensation), the order's lines are cancelled and their numbers and SIMs go back to stock, and
 * the order is failed. When the operator is unavailable, the created lines are cancelled as well
 * and the error is thrown: the database work rolls back and the job retries with backoff.
 * Success: every line active with the number the operator confirmed (14 digits from Orange for
 * data-only/M2M, CAT-07/10), its options active (ACT-10), the order completed.
 */
export async function submitOrder(
  tx: Tx,
  gateway: OperatorGateway,
  orderId: string,
  now: Date,
  locale: Locale = 'fr',
): Promise<Record<string, unknown>> {
  const order = await store.getOrder(tx, orderId, true);
  if (!order || order.state === 'completed' || order.state === 'failed') return { skipped: true };
  await store.setOrderState(tx, orderId, 'in_progress', now);
  // A queued order (ORD-03) starts now; an order that started at once is already in progress.
  if (order.state === 'queued') await publishOrderStateChanged({ tx, now }, orderId, false);
  const ls = (await lines.linesOfOrder(tx, orderId, true)).filter((l) => l.state === 'in_progress');
  const opts = await lines.optionsOf(
    tx,
    ls.map((l) => l.id),
  );
  const done: { lineId: string; result: CreateLineResult }[] = [];
  const compensate = async () => {
    for (const d of [...done].reverse())
      await gateway.cancelLine({
        network: order.network,
        operatorRef: d.result.operatorRef,
        lineId: d.lineId,
      });
  };
  for (const l of ls) {
    try {
      const result = await gateway.createLine({
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
      });
      done.push({ lineId: l.id, result });
    } catch (err) {
      await compensate();
      if (err instanceof OperatorError && !err.retryable) {
        for (const c of ls) {
          if (c.msisdn && !c.portability) await stock.freeNumber(tx, c.msisdn, now);
          if (c.iccid) await stock.returnSimToStock(tx, c.iccid, now);
          await lines.cancelLine(tx, c.id, now);
        }
        await store.setOrderState(tx, orderId, 'failed', now, err.message);
        await publishOrderStateChanged({ tx, now }, orderId, true);
        await recordAudit(tx, SYSTEM_ACTOR, now, null, {
          entityType: 'order',
          entityId: orderId,
          entityLabel: `${order.reference} (${order.account_name})`,
          action: 'order.failed',
          after: { reason: err.message, compensated: done.length },
        });
        return { state: 'failed', reason: err.message, compensated: done.length };
      }
      throw err;
    }
  }
  for (const d of done) await lines.activateLine(tx, d.lineId, d.result.msisdn, now);
  await writeActivationCharges(tx, order, ls, opts, now);
  await enqueueLineActiveMails(tx, order, ls, done, now, locale);
  await store.setOrderState(tx, orderId, 'completed', now);
  await publishOrderStateChanged({ tx, now }, orderId, true);
  await recordAudit(tx, SYSTEM_ACTOR, now, null, {
    entityType: 'order',
    entityId: orderId,
    entityLabel: `${order.reference} (${order.account_name})`,
    action: 'order.completed',
    after: { lines: done.map((d) => ({ id: d.lineId, msisdn: d.result.msisdn })) },
  });
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
  const contact = await lines.accountContact(tx, order.account_id);
  if (!contact) return;
  const version = await catalogVersionAt(tx, now);
  for (const d of done) {
    const l = ls.find((x) => x.id === d.lineId);
    if (!l) continue;
    const offer = version ? await offerIn(tx, version.id, l.offer_code) : undefined;
    const msisdn = d.result.msisdn;
    await enqueueTemplateEmail(tx, {
      to: contact.email,
      template: 'line.active',
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

/** Registers the order's action; the simulator is the gateway until a real adapter exists. */
export function registerOrderActions(
  registry: ActionRegistry,
  gateway: OperatorGateway = createOperatorSimulator(),
): void {
  registerAction(registry, ORDER_SUBMIT, async (tx, action, ctx) => {
    const orderId = typeof action.payload.orderId === 'string' ? action.payload.orderId : action.entityId;
    return submitOrder(tx, gateway, orderId, ctx.now, action.payload.locale === 'en' ? 'en' : 'fr');
  });
}
