import type { Static } from '@sinclair/typebox';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { UUID_RE } from '../../platform/db/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import type { SecretBox } from '../../platform/secrets/index.ts';
import { publishTmfEvent } from '../../platform/tmf/hub.ts';
import { auditHeldRequest, loadHeldRequest } from '../../platform/tmf/held-requests.ts';
import { catalogVersionAt, offerIn } from '../catalog/lookup.ts';
import * as heldStore from './held-order-store.ts';
import * as store from './store.ts';
import { createOrder, type CreateOrderInput, type OrderView } from './service.ts';
import { TMF622_BASE, type TmfProductOrderCreate } from './tmf.ts';

/**
 * Issue 15: a TMF622 product order sent with the standard's mandatory attributes only (order
 * items with an id and an action), without a customer or an offer, is kept as it was received in
 * state held (« Commandes reçues à compléter »). It never reaches an operator: an agent rejects
 * it, or creates the real order through the usual form and releases the held one with its id.
 */

type OrderCreate = Static<typeof TmfProductOrderCreate>;

/**
 * True when Relais cannot make a real order of the request: no customer, or an item without an
 * offer or without the line's user (`userName` characteristic).
 */
export function needsHolding(body: OrderCreate): boolean {
  const customer = (body.relatedParty ?? []).some((p) => (p.role ?? 'customer').toLowerCase() === 'customer');
  const userName = (i: OrderCreate['productOrderItem'][number]) =>
    (i.product?.productCharacteristic ?? []).some(
      (c) => c.name === 'userName' && typeof c.value === 'string' && c.value !== '',
    );
  return !customer || body.productOrderItem.some((i) => i.productOffering === undefined || !userName(i));
}

const TMF_STATE: Record<heldStore.HeldOrderState, string> = {
  held: 'held',
  rejected: 'rejected',
  // Released: the order it became carries on (its own id in the agent's list).
  released: 'completed',
};

/** TMF622 v4 `ProductOrder` of a held order: the request as sent, with its id and state. */
export function toTmfHeldOrder(row: heldStore.HeldOrderRow) {
  const req = row.request as OrderCreate;
  const state = TMF_STATE[row.state];
  return {
    id: row.id,
    href: `${TMF622_BASE}/productOrder/${row.id}`,
    ...(req.externalId !== undefined ? { externalId: req.externalId } : {}),
    orderDate: row.created_at.toISOString(),
    ...(row.state !== 'held' ? { completionDate: row.updated_at.toISOString() } : {}),
    state,
    productOrderItem: req.productOrderItem.map((i) => ({
      id: i.id,
      action: i.action,
      state,
      quantity: i.quantity ?? 1,
      ...(i.productOffering
        ? {
            productOffering: {
              id: i.productOffering.id,
              href: `/tmf-api/productCatalogManagement/v4/productOffering/${i.productOffering.id}`,
              '@referredType': 'ProductOffering',
            },
          }
        : {}),
    })),
    ...(req.relatedParty
      ? {
          relatedParty: req.relatedParty.map((p) => ({
            ...p,
            role: p.role ?? 'customer',
            '@referredType': p['@referredType'] ?? 'Customer',
          })),
        }
      : {}),
    '@type': 'ProductOrder',
  };
}

async function publish(ctx: Ctx, eventType: string, row: heldStore.HeldOrderRow): Promise<void> {
  await publishTmfEvent(ctx, 'TMF622', eventType, () => ({ productOrder: toTmfHeldOrder(row) }));
}

const load = (ctx: Ctx, id: string, lock = false): Promise<heldStore.HeldOrderRow> =>
  loadHeldRequest(id, (x) => heldStore.getHeldOrder(ctx.tx, x, lock));

export async function holdOrder(ctx: Ctx, body: OrderCreate): Promise<ReturnType<typeof toTmfHeldOrder>> {
  const id = newId();
  await heldStore.insertHeldOrder(ctx.tx, { id, request: body, createdBy: ctx.actor.label, now: ctx.now });
  const row = await load(ctx, id);
  await auditHeldRequest(ctx, 'held_order', id, 'held_order.received', {
    items: body.productOrderItem.length,
  });
  await publish(ctx, 'ProductOrderCreateEvent', row);
  return toTmfHeldOrder(row);
}

export async function getTmfHeldOrder(ctx: Ctx, id: string) {
  const row = UUID_RE.test(id) ? await heldStore.getHeldOrder(ctx.tx, id) : undefined;
  return row ? toTmfHeldOrder(row) : undefined;
}

export async function listTmfHeldOrders(ctx: Ctx, page: { offset: number; limit: number }) {
  const p = await heldStore.listHeldOrders(ctx.tx, page);
  return { items: p.rows.map(toTmfHeldOrder), total: p.total };
}

/** What an agent reads of a held order (the offers by name). */
export interface HeldOrderView {
  id: string;
  state: heldStore.HeldOrderState;
  receivedAt: string;
  receivedBy: string;
  orderId: string | null;
  items: { offerCode: string | null; offerName: string | null; quantity: number }[];
}

export async function listHeldOrders(
  ctx: Ctx,
  f: { state?: heldStore.HeldOrderState | undefined; limit: number; offset: number },
): Promise<{ items: HeldOrderView[]; total: number; limit: number; offset: number }> {
  const p = await heldStore.listHeldOrders(ctx.tx, f);
  return { items: await viewsOf(ctx, p.rows), total: p.total, limit: f.limit, offset: f.offset };
}

async function viewsOf(ctx: Ctx, rows: heldStore.HeldOrderRow[]): Promise<HeldOrderView[]> {
  const version = await catalogVersionAt(ctx.tx, ctx.now);
  const names = new Map<string, string | null>();
  const items: HeldOrderView[] = [];
  for (const row of rows) {
    const req = row.request as OrderCreate;
    const lines: HeldOrderView['items'] = [];
    for (const i of req.productOrderItem) {
      const code = i.productOffering?.id ?? null;
      if (code !== null && !names.has(code)) {
        const offer = version ? await offerIn(ctx.tx, version.id, code) : undefined;
        names.set(code, offer ? (ctx.locale === 'en' ? offer.name_en : offer.name_fr) : null);
      }
      lines.push({
        offerCode: code,
        offerName: code === null ? null : (names.get(code) ?? null),
        quantity: i.quantity ?? 1,
      });
    }
    items.push({
      id: row.id,
      state: row.state,
      receivedAt: row.created_at.toISOString(),
      receivedBy: row.created_by,
      orderId: row.order_id,
      items: lines,
    });
  }
  return items;
}

async function close(
  ctx: Ctx,
  id: string,
  state: 'released' | 'rejected',
  orderId: string | null,
): Promise<HeldOrderView> {
  const before = await load(ctx, id, true);
  if (before.state !== 'held') throw new AppError('order.held_not_held');
  if (orderId !== null && !(UUID_RE.test(orderId) && (await store.getOrder(ctx.tx, orderId))))
    throw new AppError('order.held_order_unknown', {}, [
      { pointer: '/body/orderId', code: 'order.held_order_unknown', detail: '' },
    ]);
  if (!(await heldStore.closeHeldOrder(ctx.tx, id, { state, orderId, now: ctx.now })))
    throw new AppError('order.held_not_held');
  const after = await load(ctx, id);
  await auditHeldRequest(
    ctx,
    'held_order',
    id,
    state === 'released' ? 'held_order.released' : 'held_order.rejected',
    { state, orderId },
    { state: before.state },
  );
  await publish(ctx, 'ProductOrderStateChangeEvent', after);
  const [view] = await viewsOf(ctx, [after]);
  return view as HeldOrderView;
}

export const rejectHeldOrder = (ctx: Ctx, id: string) => close(ctx, id, 'rejected', null);
export const releaseHeldOrder = (ctx: Ctx, id: string, orderId: string) =>
  close(ctx, id, 'released', orderId);

/**
 * « Compléter » with the new-order form: the order is created and the received order released
 * with it in the request's one transaction. As two requests, a refused release left the order
 * created and the received one waiting, to be ordered a second time by the next agent. The held
 * order is locked and checked first, so one already handled creates no order (409); both steps are
 * audited (order.created, held_order.released), and a retry with the same Idempotency-Key replays
 * the answer.
 */
export async function completeHeldOrder(
  ctx: Ctx,
  deps: { secrets: SecretBox; actions: ActionRegistry },
  id: string,
  input: CreateOrderInput,
): Promise<OrderView> {
  const held = await load(ctx, id, true);
  if (held.state !== 'held') throw new AppError('order.held_not_held');
  const order = await createOrder(ctx, deps, input);
  await close(ctx, id, 'released', order.id);
  return order;
}
