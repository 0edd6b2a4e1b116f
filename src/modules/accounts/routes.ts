import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Ctx, Deps } from '../../platform/context.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { etagOf, versionTag } from '../../platform/http/etag.ts';
import { NoContent } from '../../platform/http/schemas.ts';
import { pageOf } from '../../platform/http/pagination.ts';
import {
  AccountDetailSchema,
  AccountIdParams,
  AccountList,
  AccountListQuery,
  AccountSchema,
  AddressParams,
  AddressSchema,
  ContactParams,
  ContactSchema,
  CreateAccountBody,
  CreateAddressBody,
  CreateContactBody,
  HistoryQuery,
  UpdateAccountBody,
  UpdateAddressBody,
  UpdateContactBody,
} from './schemas.ts';
import {
  TMF629_BASE,
  TMF629_FILTERS,
  TmfCustomerCreate,
  TmfCustomerPatch,
  TmfCustomerSchema,
  fromTmfCustomerPatch,
  toTmfCustomer,
} from './tmf.ts';
import * as service from './service.ts';
import { createTmfCustomer } from './create-tmf-customer.ts';
import { pageAcross, tmfResourceRoutes } from '../../platform/http/tmf-routes.ts';
import { heldCustomerRoutes } from './held-customer-routes.ts';
import { tmfHeldCustomer, tmfHeldCustomers } from './held-customers.ts';

export function accountRoutes(app: App, deps: Deps): void {
  app.addSchema(AccountSchema);
  app.addSchema(ContactSchema);
  app.addSchema(AddressSchema);
  app.addSchema(AccountDetailSchema);
  app.addSchema(TmfCustomerSchema);
  const tags = ['accounts'];
  const path = (id: string) => `/api/accounts/${id}`;
  const routes = moduleRoutes(app, deps, tags);

  routes.list('/api/accounts', {
    operationId: 'listAccounts',
    summary: 'List and search customer accounts',
    querystring: AccountListQuery,
    page: AccountList,
    policy: 'accounts.read',
    oneTrip: true,
    read: (ctx, req) => service.listAccounts(ctx, req.query),
  });

  routes.get('/api/accounts/:id', {
    operationId: 'getAccount',
    summary: 'A customer account with its contacts and addresses',
    params: AccountIdParams,
    response: { 200: Type.Ref('AccountDetail') },
    policy: 'accounts.read',
    read: (ctx, req) => service.getAccount(ctx, req.params.id),
    headers: versionTag,
  });

  routes.post('/api/accounts', {
    operationId: 'createAccount',
    summary: 'Create a customer account (ACC-01 SIRET, ACC-02 phones, ACC-05 e-mail, CAL-06 Billing Day)',
    body: CreateAccountBody,
    response: { 201: Type.Ref('AccountDetail') },
    policy: 'accounts.write',
    run: (ctx, req) => service.createAccount(ctx, req.body),
    headers: (a) => ({ Location: path(a.id), ETag: etagOf(a.version) }),
  });

  routes.patch('/api/accounts/:id', {
    operationId: 'updateAccount',
    summary: 'Change a customer account (If-Match required); status closed/active closes or reopens it',
    params: AccountIdParams,
    body: UpdateAccountBody,
    response: { 200: Type.Ref('AccountDetail') },
    policy: 'accounts.write',
    ifMatch: true,
    run: (ctx, req, version) => service.updateAccount(ctx, req.params.id, version, req.body),
    headers: versionTag,
  });

  routes.list('/api/accounts/:id/history', {
    operationId: 'getAccountHistory',
    summary: "The account's audit history (account, contacts, addresses), newest first",
    params: AccountIdParams,
    querystring: HistoryQuery,
    page: pageOf(Type.Ref('AuditEvent')),
    policy: 'accounts.read',
    read: (ctx, req) => service.accountHistory(ctx, req.params.id, req.query),
  });

  // ── contacts and addresses ────────────────────────────────────────────────────────────────────
  accountPartRoutes(routes, {
    name: 'Contact',
    path: '/api/accounts/:id/contacts/:contactId',
    params: ContactParams,
    ids: (p) => [p.id, p.contactId],
    createBody: CreateContactBody,
    updateBody: UpdateContactBody,
    summaries: {
      create: 'Add a contact (phones validated and stored in E.164, ACC-02)',
      update: 'Change a contact (If-Match required)',
      remove: 'Remove a contact',
    },
    add: service.addContact,
    update: service.updateContact,
    remove: service.removeContact,
  });
  accountPartRoutes(routes, {
    name: 'Address',
    path: '/api/accounts/:id/addresses/:addressId',
    params: AddressParams,
    ids: (p) => [p.id, p.addressId],
    createBody: CreateAddressBody,
    updateBody: UpdateAddressBody,
    summaries: {
      create: 'Add a billing (one per account) or site address',
      update: 'Change an address (If-Match required)',
      remove: 'Remove an address',
    },
    add: service.addAddress,
    update: service.updateAddress,
    remove: service.removeAddress,
  });

  // ── TMF629 Customer Management v4 ─────────────────────────────────────────────────────────────
  const tmfTags = ['TMF629 customer'];
  tmfResourceRoutes(app, deps, {
    path: `${TMF629_BASE}/customer`,
    tags: tmfTags,
    summaries: {
      list: 'TMF629 v4: list customers (TMF630 fields, offset/limit, attribute filters)',
      get: 'TMF629 v4: one customer',
    },
    schema: TmfCustomerSchema,
    policy: 'accounts.read',
    filters: TMF629_FILTERS,
    // Issue 15: the accounts, then the customers received « à compléter » (or rejected) under
    // their own ids; a released one reads as the account created for it.
    list: (ctx, page) =>
      pageAcross(
        [
          {
            list: async (c, pg) => {
              const p = await service.listAccountDetails(c, pg);
              return { items: p.items.map(toTmfCustomer), total: p.total };
            },
            get: async () => undefined,
          },
          { list: tmfHeldCustomers, get: async () => undefined },
        ],
        ctx,
        page,
      ),
    get: async (ctx, id) =>
      (await tmfHeldCustomer(ctx, id)) ?? toTmfCustomer(await service.getAccountByAnyId(ctx, id)),
  });
  heldCustomerRoutes(app, deps);
  routes.post(`${TMF629_BASE}/customer`, {
    tags: tmfTags,
    operationId: 'createCustomer',
    summary:
      'TMF629 v4: create a customer account; engagedParty (Organization or Individual) and name, the e-mail (ACC-05) as contactMedium, SIRET and legal form (ACC-01) or the Israeli ID number as characteristics',
    body: TmfCustomerCreate,
    response: { 201: Type.Ref('TmfCustomer') },
    policy: 'accounts.write',
    run: (ctx, req) => createTmfCustomer(ctx, req.body),
    headers: (c) => ({ Location: c.href }),
  });
  routes.patch(`${TMF629_BASE}/customer/:id`, {
    tags: tmfTags,
    operationId: 'patchCustomer',
    summary:
      'TMF629 v4: change status, e-mail, phone, billingDay or siret (JSON or application/merge-patch+json)',
    params: Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false }),
    body: TmfCustomerPatch,
    response: { 200: Type.Ref('TmfCustomer') },
    policy: 'accounts.write',
    run: async (ctx, req) => {
      // TM Forum clients send no If-Match: the change applies to the version read here, under
      // the row lock updateAccount takes.
      const current = await service.getAccountByAnyId(ctx, req.params.id);
      return toTmfCustomer(
        await service.updateAccount(ctx, current.id, current.version, fromTmfCustomerPatch(req.body)),
      );
    },
  });
}

/**
 * An account's contacts and addresses follow one contract, declared once so that the two cannot
 * drift apart: added to the account (201), changed under If-Match, removed (204), each through its
 * own use case, and named alike in the API (createAccountContact, AccountContact…).
 */
function accountPartRoutes<
  P extends TSchema,
  C extends TSchema,
  U extends TSchema,
  T extends { version: number },
>(
  routes: ReturnType<typeof moduleRoutes>,
  part: {
    name: 'Contact' | 'Address';
    /** The path of one part; the collection's is the same without its last segment. */
    path: `/api/accounts/:id/${string}/:${string}`;
    params: P;
    /** The account's id and the part's, from the path. */
    ids: (params: Static<P>) => [accountId: string, partId: string];
    createBody: C;
    updateBody: U;
    summaries: { create: string; update: string; remove: string };
    add: (ctx: Ctx, accountId: string, input: Static<C>) => Promise<T>;
    update: (ctx: Ctx, accountId: string, partId: string, version: number, patch: Static<U>) => Promise<T>;
    remove: (ctx: Ctx, accountId: string, partId: string) => Promise<null>;
  },
): void {
  const response = Type.Ref(`Account${part.name}`);
  routes.post(part.path.slice(0, part.path.lastIndexOf('/')), {
    operationId: `createAccount${part.name}`,
    summary: part.summaries.create,
    params: AccountIdParams,
    body: part.createBody,
    response: { 201: response },
    policy: 'accounts.write',
    run: (ctx, req) => part.add(ctx, req.params.id, req.body),
    headers: versionTag,
  });
  routes.patch(part.path, {
    operationId: `updateAccount${part.name}`,
    summary: part.summaries.update,
    params: part.params,
    body: part.updateBody,
    response: { 200: response },
    policy: 'accounts.write',
    ifMatch: true,
    run: (ctx, req, version) => part.update(ctx, ...part.ids(req.params), version, req.body),
    headers: versionTag,
  });
  routes.delete(part.path, {
    operationId: `deleteAccount${part.name}`,
    summary: part.summaries.remove,
    params: part.params,
    response: { 204: NoContent },
    policy: 'accounts.write',
    run: (ctx, req) => part.remove(ctx, ...part.ids(req.params)),
  });
}
