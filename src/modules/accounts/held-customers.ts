import type { Static } from '@sinclair/typebox';
import type { Ctx } from '../../platform/context.ts';
import { UUID_RE } from '../../platform/db/db.ts';
import { AppError, unlessNotFound } from '../../platform/errors.ts';
import { publishTmfEvent } from '../../platform/tmf/hub.ts';
import { auditHeldRequest, loadHeldRequest } from '../../platform/tmf/held-requests.ts';
import type { AccountKind } from './rules.ts';
import { getAccount } from './service.ts';
import { fromTmfCustomerCreate, TMF629_BASE, toTmfCustomer, type TmfCustomerCreate } from './tmf.ts';
import * as heldStore from './held-customer-store.ts';

/**
 * Issue 15: a TMF629 customer sent with the standard's mandatory attributes (engagedParty, name)
 * but without what an account needs (ACC-05 e-mail, a business's legal form or SIRET…) is kept
 * as received, « à compléter » (TMF status Initialized), opens no account, and waits for an
 * agent: « Compléter » opens the customer form with what was sent, and the account created there
 * releases the held customer, which then reads as that account; « Rejeter » refuses it. The same
 * pattern as the TMF622 held orders (orders/held-orders.ts).
 */

type CustomerCreate = Static<typeof TmfCustomerCreate>;

const TMF_STATUS: Record<Exclude<heldStore.HeldCustomerState, 'released'>, string> = {
  held: 'Initialized',
  rejected: 'Rejected',
};

/** TMF629 Customer of a customer received « à compléter »: what the client sent, with its id. */
export function toTmfHeldCustomer(row: heldStore.HeldCustomerRow) {
  const req = row.request as CustomerCreate;
  return {
    id: row.id,
    href: `${TMF629_BASE}/customer/${row.id}`,
    name: req.name,
    status: TMF_STATUS[row.state === 'released' ? 'held' : row.state],
    engagedParty: {
      id: req.engagedParty.id ?? row.id,
      name: req.engagedParty.name ?? req.name,
      role: req.engagedParty.role ?? 'customer',
      '@referredType': req.engagedParty['@referredType'],
    },
    contactMedium: (req.contactMedium ?? []).map((m) => ({
      mediumType: m.mediumType,
      ...(m.preferred !== undefined ? { preferred: m.preferred } : {}),
      characteristic: Object.fromEntries(
        Object.entries(m.characteristic).filter((e): e is [string, string] => typeof e[1] === 'string'),
      ),
    })),
    characteristic: (req.characteristic ?? []).map((c) => ({
      name: c.name,
      valueType: c.valueType ?? (typeof c.value === 'number' ? 'integer' : 'string'),
      value: typeof c.value === 'number' ? c.value : String(c.value),
    })),
    // TMF629 names each related party by its id: one sent without keeps its place in the list.
    relatedParty: (req.relatedParty ?? []).map((p, i) => ({
      id: p.id ?? `${row.id}-${i}`,
      name: p.name,
      role: p.role ?? 'contact',
      '@referredType': p['@referredType'] ?? 'Individual',
    })),
    validFor: { startDateTime: row.created_at.toISOString() },
    '@type': 'Customer',
    '@baseType': 'PartyRole',
  };
}

/** TMF629: a received customer under its id, or once released the account it became. */
export async function tmfHeldCustomer(ctx: Ctx, id: string): Promise<object | undefined> {
  const row = UUID_RE.test(id) ? await heldStore.getHeldCustomer(ctx.tx, id) : undefined;
  if (!row) return undefined;
  return row.account_id ? toTmfCustomer(await getAccount(ctx, row.account_id)) : toTmfHeldCustomer(row);
}

/** TMF629: the received customers still answering under their own id (waiting or rejected). */
export async function tmfHeldCustomers(ctx: Ctx, page: { offset: number; limit: number }) {
  const p = await heldStore.listHeldCustomers(ctx.tx, { states: ['held', 'rejected'], ...page });
  return { items: p.rows.map(toTmfHeldCustomer), total: p.total };
}

export const loadHeldCustomer = (ctx: Ctx, id: string, lock = false): Promise<heldStore.HeldCustomerRow> =>
  loadHeldRequest(id, (x) => heldStore.getHeldCustomer(ctx.tx, x, lock));

export async function publishHeldCustomer(
  ctx: Ctx,
  eventType: string,
  row: heldStore.HeldCustomerRow,
): Promise<void> {
  await publishTmfEvent(ctx, 'TMF629', eventType, () => ({ customer: toTmfHeldCustomer(row) }));
}

export const auditHeldCustomer = (
  ctx: Ctx,
  id: string,
  action: string,
  after: Record<string, unknown>,
  before?: Record<string, unknown>,
) => auditHeldRequest(ctx, 'held_customer', id, action, after, before);

/** What an agent reads of a received customer: what was sent, as the customer form's fields. */
export interface HeldCustomerView {
  id: string;
  state: heldStore.HeldCustomerState;
  receivedAt: string;
  receivedBy: string;
  name: string;
  kind: AccountKind;
  companyType: string | null;
  siret: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  billingDay: number;
  addresses: {
    kind: 'billing' | 'site';
    line1: string | null;
    line2: string | null;
    postalCode: string | null;
    city: string | null;
    country: string | null;
  }[];
  contacts: { name: string; role: string | null }[];
  /** Once released: the account created for it. */
  accountId: string | null;
}

const orNull = (v: string | null | undefined): string | null => (v === undefined || v === '' ? null : v);

export function heldCustomerView(row: heldStore.HeldCustomerRow): HeldCustomerView {
  const req = row.request as CustomerCreate;
  // It was read so when it arrived: the same reading gives the form its fields.
  const { input } = fromTmfCustomerCreate(req);
  return {
    id: row.id,
    state: row.state,
    receivedAt: row.created_at.toISOString(),
    receivedBy: row.created_by,
    name: req.name,
    kind: input.kind,
    companyType: orNull(input.companyType),
    siret: orNull(input.siret),
    firstName: orNull(input.firstName),
    lastName: orNull(input.lastName),
    email: orNull(input.email),
    phone: orNull(input.phone),
    billingDay: input.billingDay,
    addresses: (input.addresses ?? []).map((a) => ({
      kind: a.kind === 'billing' ? 'billing' : 'site',
      line1: orNull(a.line1),
      line2: orNull(a.line2),
      postalCode: orNull(a.postalCode),
      city: orNull(a.city),
      country: orNull(a.country),
    })),
    contacts: (input.contacts ?? []).map((c) => ({ name: c.name ?? '', role: orNull(c.role) })),
    accountId: row.account_id,
  };
}

/** « Compléter » (with the account created for it) or « Rejeter »: audited, final (409 after). */
export async function closeHeldCustomer(
  ctx: Ctx,
  id: string,
  state: 'released' | 'rejected',
  accountId: string | null,
): Promise<HeldCustomerView> {
  const before = await loadHeldCustomer(ctx, id, true);
  if (before.state !== 'held') throw new AppError('account.held_not_held');
  if (accountId !== null) {
    const known = UUID_RE.test(accountId) && (await unlessNotFound(getAccount(ctx, accountId))) !== undefined;
    if (!known)
      throw new AppError('account.held_account_unknown', {}, [
        { pointer: '/body/accountId', code: 'account.held_account_unknown', detail: '' },
      ]);
  }
  if (!(await heldStore.closeHeldCustomer(ctx.tx, id, { state, accountId, now: ctx.now })))
    throw new AppError('account.held_not_held');
  const after = await loadHeldCustomer(ctx, id);
  await auditHeldCustomer(
    ctx,
    id,
    state === 'released' ? 'held_customer.released' : 'held_customer.rejected',
    { state, accountId },
    { state: before.state },
  );
  await publishTmfEvent(ctx, 'TMF629', 'CustomerStateChangeEvent', async () => ({
    customer: await tmfHeldCustomer(ctx, id),
  }));
  return heldCustomerView(after);
}
