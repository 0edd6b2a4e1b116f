import type { Ctx } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { errorMessage } from '../../platform/i18n/messages.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { listAuditEvents, type AuditEvent } from '../../platform/audit/store.ts';
import type { Page } from '../../platform/http/pagination.ts';
import {
  formatReference,
  nextBillingDate,
  searchTerms,
  searchWords,
  validateAccount,
  validateAddress,
  validateContact,
  type AccountIssue,
  type AccountKind,
  type CleanAccount,
  type CleanAddress,
  type CleanContact,
  type AddressFields,
  type ContactFields,
} from './rules.ts';
import type { IsraeliIdKind } from './israeli-id.ts';
import * as store from './store.ts';
import { tenantSettings } from '../tenants/service.ts';
import { publishTmfEvent } from '../../platform/tmf/hub.ts';
import { toTmfCustomer } from './tmf.ts';

export interface Account extends CleanAccount {
  id: string;
  reference: string;
  /** CAL-06: the next Billing Day strictly after now, as a date in the tenant's time zone. */
  nextBillingDate: string;
  status: 'active' | 'closed';
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface Contact extends CleanContact {
  id: string;
  accountId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Address extends CleanAddress {
  id: string;
  accountId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AccountDetail extends Account {
  contacts: Contact[];
  addresses: Address[];
}

function toAccount(
  r: store.AccountRow,
  now: Date,
  zone: string,
  nextBilling: (day: number) => string = (day) => nextBillingDate(now, day, zone),
): Account {
  return {
    id: r.id,
    reference: r.reference,
    kind: r.kind,
    companyType: r.company_type,
    companyName: r.company_name,
    siret: r.siret,
    nationalIdKind: r.national_id_kind,
    nationalId: r.national_id,
    firstName: r.first_name,
    lastName: r.last_name,
    displayName: r.display_name,
    email: r.email,
    phone: r.phone,
    country: r.country,
    billingDay: r.billing_day,
    nextBillingDate: nextBilling(r.billing_day),
    status: r.status,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    closedAt: r.closed_at?.toISOString() ?? null,
  };
}

export function toContact(r: store.ContactRow): Contact {
  return {
    id: r.id,
    accountId: r.account_id,
    name: r.name,
    role: r.role,
    email: r.email,
    phone: r.phone,
    mobile: r.mobile,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export function toAddress(r: store.AddressRow): Address {
  return {
    id: r.id,
    accountId: r.account_id,
    kind: r.kind,
    label: r.label,
    line1: r.line1,
    line2: r.line2,
    postalCode: r.postal_code,
    city: r.city,
    country: r.country,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** Rule issues → one 400 naming every field, each with its message in the caller's language. */
function refuse(ctx: Ctx, issues: AccountIssue[], prefix = '/body'): never {
  const first = issues[0];
  if (!first) throw new Error('refuse() needs at least one issue');
  throw new AppError(
    first.code,
    first.params,
    issues.map((i) => ({
      pointer: `${prefix}/${i.field}`,
      code: i.code,
      detail: errorMessage(i.code, ctx.locale, i.params).detail,
    })),
  );
}

async function zone(ctx: Ctx): Promise<{ country: string; timeZone: string }> {
  const { country, timeZone } = await tenantSettings(ctx.tx);
  return { country, timeZone };
}

async function loadAccount(ctx: Ctx, id: string, lock = false): Promise<store.AccountRow> {
  const row = await store.getAccount(ctx.tx, id, lock);
  if (!row) throw new AppError('resource.not_found');
  return row;
}

/** Search words of the account and its contacts (names, e-mails, reference, SIRET). */
async function refreshSearch(ctx: Ctx, row: store.AccountRow): Promise<void> {
  const contacts = await store.listContacts(ctx.tx, row.id);
  const text = searchWords([
    row.reference,
    row.display_name,
    row.first_name,
    row.last_name,
    row.company_name,
    row.email,
    row.siret,
    row.national_id,
    ...contacts.flatMap((c) => [c.name, c.email]),
  ]);
  await store.setSearchText(ctx.tx, row.id, text);
}

const audit = (ctx: Ctx, row: store.AccountRow, action: string, before?: unknown, after?: unknown) =>
  recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'account',
    entityId: row.id,
    entityLabel: `${row.display_name} (${row.reference})`,
    action,
    before,
    after,
  });

export interface AccountListQuery {
  q?: string | undefined;
  kind?: AccountKind | undefined;
  status?: 'active' | 'closed' | undefined;
  limit: number;
  offset: number;
  sort?: string | undefined;
}

export async function listAccounts(ctx: Ctx, q: AccountListQuery): Promise<Page<Account>> {
  const settings = await zone(ctx);
  const text = q.q?.trim();
  // ACC-02: a phone typed in any form is tried for the tenant's country, then FR and IL.
  const countries = [...new Set([settings.country, 'FR', 'IL'])];
  const { rows, total, totalCapped } = await store.listAccounts(ctx.tx, {
    terms: text ? searchTerms(text, countries) : undefined,
    kind: q.kind,
    status: q.status,
    limit: q.limit,
    offset: q.offset,
    sort: q.sort,
  });
  // A page's accounts share at most 31 Billing Days, and each next date costs a few luxon
  // computations in the tenant's zone (~0.1 ms): computed once per day of the page.
  const nextByDay = new Map<number, string>();
  const nextBilling = (day: number): string => {
    let next = nextByDay.get(day);
    if (next === undefined) {
      next = nextBillingDate(ctx.now, day, settings.timeZone);
      nextByDay.set(day, next);
    }
    return next;
  };
  return {
    items: rows.map((r) => toAccount(r, ctx.now, settings.timeZone, nextBilling)),
    total,
    ...(totalCapped ? { totalCapped } : {}),
    limit: q.limit,
    offset: q.offset,
  };
}

/** A page of accounts with their contacts and addresses (TMF629 lists show them), in three queries. */
export async function listAccountDetails(
  ctx: Ctx,
  q: { limit: number; offset: number },
): Promise<Page<AccountDetail>> {
  const page = await listAccounts(ctx, { ...q, sort: 'createdAt' });
  const ids = page.items.map((a) => a.id);
  const contacts = ids.length > 0 ? await store.listContactsOf(ctx.tx, ids) : [];
  const addresses = ids.length > 0 ? await store.listAddressesOf(ctx.tx, ids) : [];
  return {
    ...page,
    items: page.items.map((a) => ({
      ...a,
      contacts: contacts.filter((c) => c.account_id === a.id).map(toContact),
      addresses: addresses.filter((x) => x.account_id === a.id).map(toAddress),
    })),
  };
}

export async function getAccount(ctx: Ctx, id: string): Promise<AccountDetail> {
  const row = await loadAccount(ctx, id);
  return detailOf(ctx, row);
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id of the oldest customer account with this e-mail (the demo finds its customers so). */
export function accountIdByEmail(tx: Tx, email: string): Promise<string | undefined> {
  return store.accountIdByEmail(tx, email);
}

/** TMF ids are free strings: one that is not a UUID cannot exist here (404, not a cast error). */
export async function getAccountByAnyId(ctx: Ctx, id: string): Promise<AccountDetail> {
  if (!UUID_RE.test(id)) throw new AppError('resource.not_found');
  return getAccount(ctx, id);
}

async function detailOf(ctx: Ctx, row: store.AccountRow): Promise<AccountDetail> {
  const settings = await zone(ctx);
  const [contacts, addresses] = [
    await store.listContacts(ctx.tx, row.id),
    await store.listAddresses(ctx.tx, row.id),
  ];
  return {
    ...toAccount(row, ctx.now, settings.timeZone),
    contacts: contacts.map(toContact),
    addresses: addresses.map(toAddress),
  };
}

export interface CreateAccountInput {
  kind: AccountKind;
  companyType?: string | undefined;
  companyName?: string | undefined;
  siret?: string | undefined;
  nationalIdKind?: IsraeliIdKind | undefined;
  nationalId?: string | undefined;
  firstName?: string | undefined;
  lastName?: string | undefined;
  email: string;
  phone?: string | undefined;
  country?: string | undefined;
  billingDay: number;
  contacts?: ContactFields[] | undefined;
  addresses?: AddressInput[] | undefined;
}

async function refuseTakenSiret(ctx: Ctx, account: CleanAccount, exceptId: string | null) {
  await refuseTakenNationalId(ctx, account.nationalId, exceptId);
  const siret = account.siret;
  if (!siret) return;
  const other = await store.activeAccountBy(ctx.tx, 'siret', siret, exceptId);
  if (other) {
    throw new AppError(
      'account.siret_taken',
      { siret, reference: other.reference, name: other.display_name },
      [{ pointer: '/body/siret', code: 'account.siret_taken', detail: '' }],
    );
  }
}

/** Issue 11 §6: one active customer per ח.פ. / ת.ז. in a tenant, as per SIRET. */
async function refuseTakenNationalId(ctx: Ctx, nationalId: string | null, exceptId: string | null) {
  if (!nationalId) return;
  const other = await store.activeAccountBy(ctx.tx, 'national_id', nationalId, exceptId);
  if (other) {
    throw new AppError(
      'account.il_id_taken',
      { nationalId, reference: other.reference, name: other.display_name },
      [{ pointer: '/body/nationalId', code: 'account.il_id_taken', detail: '' }],
    );
  }
}

/**
 * Creates an account (ACC-01, ACC-02, ACC-05, CAL-06) with its first contacts and addresses, in
 * one transaction: any invalid field refuses the whole creation and nothing is written.
 */
export async function createAccount(ctx: Ctx, input: CreateAccountInput): Promise<AccountDetail> {
  const settings = await zone(ctx);
  const country = input.country ?? settings.country;
  const { issues, account } = validateAccount({ ...input, country });
  const contacts = (input.contacts ?? []).map((c, i) => {
    const v = validateContact(c, country);
    issues.push(...v.issues.map((x) => ({ ...x, field: `contacts/${i}/${x.field}` })));
    return v.contact;
  });
  const addresses = (input.addresses ?? []).map((a, i) => {
    const v = validateAddress({ ...a, kind: a.kind ?? 'site', country: a.country ?? country });
    issues.push(...v.issues.map((x) => ({ ...x, field: `addresses/${i}/${x.field}` })));
    return v.address;
  });
  if (addresses.filter((a) => a?.kind === 'billing').length > 1)
    issues.push({ field: 'addresses', code: 'account.billing_address_exists', params: {} });
  if (issues.length > 0 || !account) refuse(ctx, issues);
  await refuseTakenSiret(ctx, account, null);

  const reference = formatReference(await store.nextAccountNumber(ctx.tx));
  const id = newId();
  const row = await store.insertAccount(ctx.tx, { ...account, id, reference, searchText: '', now: ctx.now });
  for (const c of contacts) {
    if (c) await store.insertContact(ctx.tx, { ...c, id: newId(), accountId: id, now: ctx.now });
  }
  for (const a of addresses) {
    if (a) await store.insertAddress(ctx.tx, { ...a, id: newId(), accountId: id, now: ctx.now });
  }
  await refreshSearch(ctx, row);
  const detail = await detailOf(ctx, row);
  const { nextBillingDate: _n, ...after } = detail;
  await audit(ctx, row, 'account.created', undefined, after);
  await publishTmfEvent(ctx, 'TMF629', 'CustomerCreateEvent', () => ({ customer: toTmfCustomer(detail) }));
  return detail;
}

export interface UpdateAccountInput {
  companyType?: string | null | undefined;
  companyName?: string | null | undefined;
  siret?: string | null | undefined;
  nationalIdKind?: IsraeliIdKind | undefined;
  nationalId?: string | null | undefined;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  email?: string | undefined;
  phone?: string | null | undefined;
  country?: string | undefined;
  billingDay?: number | undefined;
  status?: 'active' | 'closed' | undefined;
}

const pick = <T>(patch: object, key: string, patched: T, current: T): T =>
  Object.prototype.hasOwnProperty.call(patch, key) ? patched : current;

/** Changes an account (If-Match): the merged result is validated as a whole, as at creation. */
export async function updateAccount(
  ctx: Ctx,
  id: string,
  version: number,
  patch: UpdateAccountInput,
): Promise<AccountDetail> {
  const before = await loadAccount(ctx, id, true);
  if (before.version !== version) throw new AppError('conflict.stale_version');
  const { issues, account } = validateAccount({
    kind: before.kind,
    companyType: pick(patch, 'companyType', patch.companyType, before.company_type),
    companyName: pick(patch, 'companyName', patch.companyName, before.company_name),
    siret: pick(patch, 'siret', patch.siret, before.siret),
    nationalId: pick(patch, 'nationalId', patch.nationalId, before.national_id),
    nationalIdKind: patch.nationalIdKind ?? before.national_id_kind,
    firstName: pick(patch, 'firstName', patch.firstName, before.first_name),
    lastName: pick(patch, 'lastName', patch.lastName, before.last_name),
    email: patch.email ?? before.email,
    phone: pick(patch, 'phone', patch.phone, before.phone),
    country: patch.country ?? before.country,
    billingDay: patch.billingDay ?? before.billing_day,
  });
  if (issues.length > 0 || !account) refuse(ctx, issues);
  const status = patch.status ?? before.status;
  if (status === 'active') await refuseTakenSiret(ctx, account, id);
  const after = await store.updateAccount(ctx.tx, id, version, { ...account, status, now: ctx.now });
  if (!after) throw new AppError('conflict.stale_version');
  await refreshSearch(ctx, after);
  const settings = await zone(ctx);
  const { nextBillingDate: _b, ...beforeView } = toAccount(before, ctx.now, settings.timeZone);
  const { nextBillingDate: _a, ...afterView } = toAccount(after, ctx.now, settings.timeZone);
  const action =
    status !== before.status
      ? status === 'closed'
        ? 'account.closed'
        : 'account.reopened'
      : 'account.updated';
  await audit(ctx, after, action, beforeView, afterView);
  const detail = await detailOf(ctx, after);
  await publishTmfEvent(
    ctx,
    'TMF629',
    status !== before.status ? 'CustomerStateChangeEvent' : 'CustomerAttributeValueChangeEvent',
    () => ({ customer: toTmfCustomer(detail) }),
  );
  return detail;
}

// ── contacts ────────────────────────────────────────────────────────────────────────────────────

/**
 * The contact or address a request changes or removes, as read (locked) from its account: 404 when
 * the account has none of that id; given the If-Match version, 409 once it has moved on.
 */
function found<R extends { version: number }>(row: R | undefined, version?: number): R {
  if (!row) throw new AppError('resource.not_found');
  if (version !== undefined && row.version !== version) throw new AppError('conflict.stale_version');
  return row;
}

export async function addContact(ctx: Ctx, accountId: string, input: ContactFields): Promise<Contact> {
  const account = await loadAccount(ctx, accountId, true);
  const { issues, contact } = validateContact(input, account.country);
  if (issues.length > 0 || !contact) refuse(ctx, issues);
  const row = await store.insertContact(ctx.tx, { ...contact, id: newId(), accountId, now: ctx.now });
  await refreshSearch(ctx, account);
  await audit(ctx, account, 'account.contact_added', undefined, toContact(row));
  return toContact(row);
}

export async function updateContact(
  ctx: Ctx,
  accountId: string,
  contactId: string,
  version: number,
  patch: ContactFields,
): Promise<Contact> {
  const account = await loadAccount(ctx, accountId, true);
  const before = found(await store.getContact(ctx.tx, accountId, contactId), version);
  const { issues, contact } = validateContact(
    {
      name: patch.name ?? before.name,
      role: pick(patch, 'role', patch.role, before.role),
      email: pick(patch, 'email', patch.email, before.email),
      phone: pick(patch, 'phone', patch.phone, before.phone),
      mobile: pick(patch, 'mobile', patch.mobile, before.mobile),
    },
    account.country,
  );
  if (issues.length > 0 || !contact) refuse(ctx, issues);
  const after = await store.updateContact(ctx.tx, contactId, version, { ...contact, now: ctx.now });
  if (!after) throw new AppError('conflict.stale_version');
  await refreshSearch(ctx, account);
  await audit(ctx, account, 'account.contact_updated', toContact(before), toContact(after));
  return toContact(after);
}

export async function removeContact(ctx: Ctx, accountId: string, contactId: string): Promise<null> {
  const account = await loadAccount(ctx, accountId, true);
  const before = found(await store.getContact(ctx.tx, accountId, contactId));
  await store.deleteContact(ctx.tx, contactId);
  await refreshSearch(ctx, account);
  await audit(ctx, account, 'account.contact_removed', toContact(before), undefined);
  return null;
}

// ── addresses ───────────────────────────────────────────────────────────────────────────────────

export type AddressInput = Omit<AddressFields, 'country' | 'kind'> & {
  kind?: 'billing' | 'site' | undefined;
  country?: string | undefined;
};

/** One billing address per account (where the invoices go): another is refused on its kind. */
async function refuseSecondBillingAddress(
  ctx: Ctx,
  accountId: string,
  address: CleanAddress,
  exceptId: string | null,
): Promise<void> {
  if (address.kind === 'billing' && (await store.hasBillingAddress(ctx.tx, accountId, exceptId)))
    throw new AppError('account.billing_address_exists', {}, [
      { pointer: '/body/kind', code: 'account.billing_address_exists', detail: '' },
    ]);
}

export async function addAddress(ctx: Ctx, accountId: string, input: AddressInput): Promise<Address> {
  const account = await loadAccount(ctx, accountId, true);
  const { issues, address } = validateAddress({
    ...input,
    kind: input.kind ?? 'site',
    country: input.country ?? account.country,
  });
  if (issues.length > 0 || !address) refuse(ctx, issues);
  await refuseSecondBillingAddress(ctx, accountId, address, null);
  const row = await store.insertAddress(ctx.tx, { ...address, id: newId(), accountId, now: ctx.now });
  await audit(ctx, account, 'account.address_added', undefined, toAddress(row));
  return toAddress(row);
}

export async function updateAddress(
  ctx: Ctx,
  accountId: string,
  addressId: string,
  version: number,
  patch: AddressInput,
): Promise<Address> {
  const account = await loadAccount(ctx, accountId, true);
  const before = found(await store.getAddress(ctx.tx, accountId, addressId), version);
  const { issues, address } = validateAddress({
    kind: patch.kind ?? before.kind,
    label: pick(patch, 'label', patch.label, before.label),
    line1: patch.line1 ?? before.line1,
    line2: pick(patch, 'line2', patch.line2, before.line2),
    postalCode: patch.postalCode ?? before.postal_code,
    city: patch.city ?? before.city,
    country: patch.country ?? before.country,
  });
  if (issues.length > 0 || !address) refuse(ctx, issues);
  await refuseSecondBillingAddress(ctx, accountId, address, addressId);
  const after = await store.updateAddress(ctx.tx, addressId, version, { ...address, now: ctx.now });
  if (!after) throw new AppError('conflict.stale_version');
  await audit(ctx, account, 'account.address_updated', toAddress(before), toAddress(after));
  return toAddress(after);
}

export async function removeAddress(ctx: Ctx, accountId: string, addressId: string): Promise<null> {
  const account = await loadAccount(ctx, accountId, true);
  const before = found(await store.getAddress(ctx.tx, accountId, addressId));
  await store.deleteAddress(ctx.tx, addressId);
  await audit(ctx, account, 'account.address_removed', toAddress(before), undefined);
  return null;
}

/**
 * The account's audit history (its own changes, contacts and addresses), readable by whoever may
 * read the account: agents see it on the customer page without the admin-only audit log.
 */
export async function accountHistory(
  ctx: Ctx,
  accountId: string,
  q: { limit: number; offset: number },
): Promise<Page<AuditEvent>> {
  await loadAccount(ctx, accountId);
  // Explicit '-at' so that ties (same instant) fall back to the newest id (UUID v7) first.
  return listAuditEvents(ctx.tx, { ...q, sort: '-at', entityType: 'account', entityId: accountId });
}
