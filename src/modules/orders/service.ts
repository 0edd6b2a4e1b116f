import { randomInt } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { errorMessage } from '../../platform/i18n/messages.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { SecretBox } from '../../platform/secrets/index.ts';
import { scheduleAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import type { Page } from '../../platform/http/pagination.ts';
import { namedRefusal, orderableOffer, type PartnerProgram } from '../catalog/rules.ts';
import { orderingCatalog } from './ordering-catalog.ts';
import { ESIM_OPTION, type Network } from '../catalog/model.ts';
import * as stock from '../stock/allocation.ts';
import { mailAccount } from '../accounts/mail-account.ts';
import * as lines from '../lines/line-records.ts';
import { assertSells, partnerOn, tenantCalendar } from '../tenants/service.ts';
import { enqueueEsimActivation, esimActivation, toLineView, type LineView } from '../lines/service.ts';
import { formatEffective } from '../lines/actions-rules.ts';
import { orderReceived } from './templates.ts';
import {
  activationDeadline,
  checkLine,
  esimMobileIsLine,
  requestTypeOf,
  submissionInstant,
  type LineRequest,
  type OrderIssue,
} from './rules.ts';
import * as store from './store.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import { simulatedFixedIp } from './operators/simulator.ts';
import type { Tx } from '../../platform/db/db.ts';
import { publishOrderCreated } from './events.ts';

export const ORDER_SUBMIT = 'order.submit';
/** CAT-11: the eSIM option whose one-off fee an eSIM line carries (a catalog code). */
export { ESIM_OPTION };

export interface OrderLineInput extends LineRequest {
  offer: string;
  options?: string[] | undefined;
  userName: string;
  siteId?: string | undefined;
  iccid?: string | undefined;
}

export interface CreateOrderInput {
  accountId: string;
  configuration: 'unit' | 'multiple';
  lines: OrderLineInput[];
}

export interface OrderView {
  id: string;
  reference: string;
  accountId: string;
  accountName: string;
  configuration: 'unit' | 'multiple';
  network: Network;
  state: store.OrderState;
  /** ORD-03: when the request reaches the operator; later than createdAt when it waits for the opening. */
  submitAt: string;
  queued: boolean;
  failure: string | null;
  /** TMF622: the client's description and priority ("0" highest … "4" lowest), when given. */
  description: string | null;
  priority: string | null;
  createdAt: string;
  completedAt: string | null;
  lines: LineView[];
}

function toOrderView(o: store.OrderRow, ls: LineView[]): OrderView {
  return {
    id: o.id,
    reference: o.reference,
    accountId: o.account_id,
    accountName: o.account_name,
    configuration: o.configuration,
    network: o.network,
    state: o.state,
    submitAt: o.submit_at.toISOString(),
    queued: o.submit_at.getTime() > o.created_at.getTime(),
    failure: o.failure,
    description: o.description,
    priority: o.priority,
    createdAt: o.created_at.toISOString(),
    completedAt: o.completed_at?.toISOString() ?? null,
    lines: ls,
  };
}

function refuse(ctx: Ctx, issues: readonly OrderIssue[]): never {
  const first = issues[0];
  if (!first) throw new Error('refuse() needs an issue');
  const list: FieldIssue[] = issues.map((i) => ({
    pointer: i.index < 0 ? `/body/${i.field}` : `/body/lines/${i.index}/${i.field}`,
    code: i.code,
    detail: errorMessage(i.code, ctx.locale, i.params ?? {}).detail,
  }));
  throw new AppError(first.code, first.params ?? {}, list);
}

/**
 * ORD-01..ORD-09: checks every line (catalog rules, eSIM, portability, numbers), then in one
 * transaction reserves numbers and SIMs, writes the order and its lines (in progress) and schedules
 * the operator request at the network's next opening (ORD-03). The operator is called by the worker.
 */
export async function createOrder(
  ctx: Ctx,
  deps: { secrets: SecretBox; actions: ActionRegistry },
  input: CreateOrderInput,
): Promise<OrderView> {
  await assertSells(ctx.tx, 'mobile');
  const account = await store.lockAccount(ctx.tx, input.accountId);
  if (!account) throw new AppError('resource.not_found');
  if (account.status !== 'active') throw new AppError('order.account_closed');
  const issues: OrderIssue[] = [];
  // ORD-01: unit = exactly one line; multiple = one or more.
  if (input.configuration === 'unit' && input.lines.length !== 1)
    refuse(ctx, [{ index: -1, field: 'lines', code: 'order.unit_needs_one_line' }]);

  const cal = await tenantCalendar(ctx.tx);
  const catalog = await orderingCatalog(
    ctx,
    input.lines.map((l) => l.offer),
    [...input.lines.flatMap((l) => l.options ?? []), ESIM_OPTION],
  );
  const sites = new Set(await store.siteIdsOf(ctx.tx, input.accountId));
  // CAT-12/20: the reseller's partner programme per network (partner-platform delivery).
  const partnerPrograms = new Map<Network, PartnerProgram[]>();
  for (const code of new Set(input.lines.map((l) => l.offer))) {
    const network = catalog.offers.get(code)?.facts.network;
    if (network && !partnerPrograms.has(network)) {
      const partner = await partnerOn(ctx.tx, network);
      partnerPrograms.set(network, partner === 'init_sys' || partner === 'rezocean' ? [partner] : []);
    }
  }
  const networks = new Set<Network>();
  input.lines.forEach((line, index) => {
    const offer = catalog.offers.get(line.offer);
    if (!offer) {
      issues.push({ index, field: 'offer', code: 'catalog.unknown_item', params: { item: line.offer } });
      return;
    }
    networks.add(offer.facts.network);
    const options = [];
    for (const code of line.options ?? []) {
      const o = catalog.options.get(code);
      if (!o) issues.push({ index, field: 'options', code: 'catalog.unknown_item', params: { item: code } });
      else options.push(o);
    }
    // CAT-11: an eSIM line carries the eSIM option and its one-off fee.
    const esim = catalog.options.get(ESIM_OPTION);
    if (
      line.simType === 'esim' &&
      offer.facts.esimAllowed &&
      esim &&
      !options.some((o) => o.code === ESIM_OPTION)
    )
      options.push(esim);
    const refusal = orderableOffer(
      { ...offer.facts, prices: offer.prices },
      options.map((o) => ({ ...o.facts, prices: o.prices })),
      partnerPrograms.get(offer.facts.network) ?? [],
    );
    // What the line itself gets wrong (eSIM, RIO, dates, number) is said before prices "à définir".
    issues.push(...checkLine(index, line, offer.facts, ctx.now, cal));
    if (refusal) {
      const named = namedRefusal(
        refusal,
        (code) => catalog.options.get(code)?.name ?? catalog.offers.get(code)?.name,
      );
      issues.push({
        index,
        field: 'options',
        code: named.code,
        ...(named.params ? { params: named.params } : {}),
      });
    }
    if (line.siteId !== undefined && !sites.has(line.siteId))
      issues.push({ index, field: 'siteId', code: 'order.site_unknown' });
  });
  if (networks.size > 1) issues.push({ index: -1, field: 'lines', code: 'order.networks_mixed' });
  if (issues.length > 0) refuse(ctx, issues);

  const network = [...networks][0] as Network;
  // ORD-03: the order goes to the operator when every line's window is open (eSIM has its own).
  let submitAt = ctx.now;
  for (const line of input.lines) {
    const window = catalog.openingHours[network][requestTypeOf(line.simType)];
    if (!window) continue;
    const at = submissionInstant(ctx.now, window, cal);
    if (at.getTime() > submitAt.getTime()) submitAt = at;
  }

  const orderId = newId();
  const reference = `O-${String(await store.nextOrderNumber(ctx.tx)).padStart(6, '0')}`;
  await store.insertOrder(ctx.tx, {
    id: orderId,
    reference,
    accountId: input.accountId,
    configuration: input.configuration,
    network,
    state: submitAt.getTime() > ctx.now.getTime() ? 'queued' : 'in_progress',
    submitAt,
    createdBy: ctx.actor.id ?? 'system',
    now: ctx.now,
  });

  const allocIssues: OrderIssue[] = [];
  for (const [index, line] of input.lines.entries()) {
    const offer = catalog.offers.get(line.offer);
    if (!offer) continue;
    const f = offer.facts;
    // ORD-07: the number: ported, picked (Bouygues data-only), drawn at random, or given by Orange.
    let msisdn: string | null = null;
    if (line.portability) msisdn = (line.portNumber ?? '').replace(/[\s.-]/g, '');
    else if (f.numberAssignment === 'chosen_at_order') {
      const n = await stock.lockChosenNumber(ctx.tx, network, line.number ?? '');
      if (!n)
        allocIssues.push({
          index,
          field: 'number',
          code: 'order.number_not_free',
          params: { msisdn: line.number ?? '', network },
        });
      else msisdn = n.msisdn;
    } else if (f.numberAssignment === 'random_from_stock') {
      const n = await stock.drawRandomNumber(ctx.tx, network);
      if (!n) allocIssues.push({ index, field: 'number', code: 'order.no_free_number', params: { network } });
      else msisdn = n.msisdn;
    }
    if (msisdn && !line.portability) await stock.putNumberInUse(ctx.tx, msisdn, ctx.now);
    // ORD-04: for a creation without portability, the code must not go to the new line itself.
    if (line.simType === 'esim' && !line.portability && esimMobileIsLine(line.esimContactMobile, msisdn))
      allocIssues.push({ index, field: 'esimContactMobile', code: 'order.esim_mobile_is_line' });
    // CAT-21: an eSIM profile is assigned at once; a physical SIM from the customer's or free stock.
    const sim = await stock.pickSimForLine(ctx.tx, {
      network,
      simType: line.simType,
      accountId: input.accountId,
      iccid: line.iccid,
    });
    if (!sim) {
      allocIssues.push(
        line.iccid
          ? { index, field: 'iccid', code: 'order.sim_not_available', params: { iccid: line.iccid } }
          : {
              index,
              field: 'simType',
              code: 'order.no_free_sim',
              params: { network, simType: line.simType },
            },
      );
      continue;
    }
    await stock.putSimInUse(ctx.tx, sim.iccid, ctx.now);
    if (allocIssues.length > 0) continue;
    const window = catalog.openingHours[network][requestTypeOf(line.simType)];
    const activationAt =
      line.portability && line.activationDate
        ? DateTime.fromISO(`${line.activationDate}T09:00`, { zone: cal.zone }).toJSDate()
        : window
          ? activationDeadline(submitAt, window, cal)
          : submitAt;
    const lineId = newId();
    await lines.addOrderLine(ctx.tx, {
      id: lineId,
      accountId: input.accountId,
      orderId,
      position: index + 1,
      network,
      offerCode: line.offer,
      msisdn,
      iccid: sim.iccid,
      simType: line.simType,
      userName: line.userName.trim(),
      siteId: line.siteId ?? null,
      portability: line.portability,
      rio: line.portability ? (line.rio ?? '').replace(/\s/g, '').toUpperCase() : null,
      activationAt,
      esimContactEmail: line.simType === 'esim' ? (line.esimContactEmail ?? null) : null,
      esimContactMobile: line.simType === 'esim' ? (line.esimContactMobile ?? null) : null,
      // ORD-05: the 6-digit confirmation code, a secret at rest.
      esimCodeSecret:
        line.simType === 'esim'
          ? deps.secrets.encrypt(String(randomInt(0, 1_000_000)).padStart(6, '0'))
          : null,
      now: ctx.now,
    });
    const optionCodes = [
      ...new Set([...(line.options ?? []), ...(line.simType === 'esim' ? [ESIM_OPTION] : [])]),
    ];
    for (const code of optionCodes)
      await lines.addOrderedOption(ctx.tx, { id: newId(), lineId, optionCode: code, now: ctx.now });
    // CAT-20: an internet-only fixed IP comes with its access (Orange: the IPsec password, a
    // secret at rest; Bouygues: the address). (Relais) The simulator stands for the operator here,
    // until an adapter receives them with the line's delivery.
    const fixedIp = optionCodes.find(
      (c) => catalog.options.get(c)?.facts.fixedIpAccess?.delivery === 'internet_only',
    );
    if (fixedIp) {
      const given = simulatedFixedIp(network);
      await lines.recordFixedIp(ctx.tx, {
        lineId,
        optionCode: fixedIp,
        address: given.address,
        passwordSecret: given.password === null ? null : deps.secrets.encrypt(given.password),
        now: ctx.now,
      });
    }
  }
  // Throwing rolls the whole transaction back: nothing reserved, nothing written.
  if (allocIssues.length > 0) refuse(ctx, allocIssues);

  // ORD-05: each eSIM's activation details go to its contact e-mail (CAT-21: assigned at order).
  for (const l of await lines.linesOfOrder(ctx.tx, orderId))
    if (l.sim_type === 'esim' && l.esim_contact_email)
      await enqueueEsimActivation(ctx, l, l.esim_contact_email, await esimActivation(ctx, l.id));

  await scheduleAction(ctx.tx, deps.actions, {
    kind: ORDER_SUBMIT,
    entityType: 'order',
    entityId: orderId,
    effectiveAt: submitAt,
    // The locale of the "line active" e-mails the activation sends.
    payload: { orderId, locale: ctx.locale },
    createdBy: ctx.actor.id ?? 'system',
    now: ctx.now,
  });
  // Issue 3 §7: "commande reçue" to the account's e-mail, in the order's transaction (outbox); it
  // says when a queued request reaches the operator (ORD-03).
  await mailAccount(ctx.tx, input.accountId, orderReceived, {
    locale: ctx.locale,
    entityType: 'account',
    entityId: input.accountId,
    now: ctx.now,
    data: {
      reference,
      lines: input.lines.map((l) => `${l.userName.trim()} — ${catalog.offers.get(l.offer)?.name ?? l.offer}`),
      submitAt:
        submitAt.getTime() > ctx.now.getTime() ? formatEffective(submitAt, cal.zone, ctx.locale) : null,
    },
  });
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'order',
    entityId: orderId,
    entityLabel: `${reference} (${account.display_name})`,
    action: 'order.created',
    after: {
      reference,
      accountId: input.accountId,
      lines: input.lines.length,
      submitAt: submitAt.toISOString(),
    },
  });
  const created = await getOrder(ctx, orderId);
  await publishOrderCreated(ctx, created);
  return created;
}

/** True when the tenant has placed an order. */
export function hasOrders(tx: Tx): Promise<boolean> {
  return store.hasOrders(tx);
}

export async function getOrder(ctx: Ctx, id: string): Promise<OrderView> {
  const view = await orderViewOf(ctx.tx, id, ctx.locale);
  if (!view) throw new AppError('resource.not_found');
  return view;
}

/**
 * An order with its lines, from any transaction (the worker's too, which has no request language:
 * offer names then come in French, the product's first language).
 */
export async function orderViewOf(tx: Tx, id: string, locale: Locale = 'fr'): Promise<OrderView | undefined> {
  const row = await store.getOrder(tx, id);
  if (!row) return undefined;
  const ls = await lines.linesOfOrder(tx, id);
  const opts = await lines.optionsOf(
    tx,
    ls.map((l) => l.id),
  );
  return toOrderView(
    row,
    ls.map((l) => toLineView(l, opts, locale)),
  );
}

export async function listOrders(ctx: Ctx, f: store.OrderFilter): Promise<Page<OrderView>> {
  const { rows, total } = await store.listOrders(ctx.tx, f);
  const ls = await lines.linesOfOrders(
    ctx.tx,
    rows.map((r) => r.id),
  );
  const opts = await lines.optionsOf(
    ctx.tx,
    ls.map((l) => l.id),
  );
  return {
    items: rows.map((r) =>
      toOrderView(
        r,
        ls.filter((l) => l.order_id === r.id).map((l) => toLineView(l, opts, ctx.locale)),
      ),
    ),
    total,
    limit: f.limit,
    offset: f.offset,
  };
}
