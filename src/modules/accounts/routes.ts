import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant, inTenantRead, mutation } from '../../platform/http/unit-of-work.ts';
import { listRoute } from '../../platform/http/list-route.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { etagOf, versionTag } from '../../platform/http/etag.ts';
import { errorResponses, NoContent } from '../../platform/http/schemas.ts';
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

  listRoute(
    app,
    '/api/accounts',
    {
      tags,
      operationId: 'listAccounts',
      summary: 'List and search customer accounts',
      querystring: AccountListQuery,
      page: AccountList,
      policy: 'accounts.read',
    },
    (req) => inTenantRead(deps, req, (ctx) => service.listAccounts(ctx, req.query)),
  );

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

  listRoute(
    app,
    '/api/accounts/:id/history',
    {
      tags,
      operationId: 'getAccountHistory',
      summary: "The account's audit history (account, contacts, addresses), newest first",
      params: AccountIdParams,
      querystring: HistoryQuery,
      page: pageOf(Type.Ref('AuditEvent')),
      policy: 'accounts.read',
    },
    (req) => inTenant(deps, req, (ctx) => service.accountHistory(ctx, req.params.id, req.query)),
  );

  // ── contacts ──────────────────────────────────────────────────────────────────────────────────
  routes.post('/api/accounts/:id/contacts', {
    operationId: 'createAccountContact',
    summary: 'Add a contact (phones validated and stored in E.164, ACC-02)',
    params: AccountIdParams,
    body: CreateContactBody,
    response: { 201: Type.Ref('AccountContact') },
    policy: 'accounts.write',
    run: (ctx, req) => service.addContact(ctx, req.params.id, req.body),
    headers: versionTag,
  });
  routes.patch('/api/accounts/:id/contacts/:contactId', {
    operationId: 'updateAccountContact',
    summary: 'Change a contact (If-Match required)',
    params: ContactParams,
    body: UpdateContactBody,
    response: { 200: Type.Ref('AccountContact') },
    policy: 'accounts.write',
    ifMatch: true,
    run: (ctx, req, version) =>
      service.updateContact(ctx, req.params.id, req.params.contactId, version, req.body),
    headers: versionTag,
  });
  routes.delete('/api/accounts/:id/contacts/:contactId', {
    operationId: 'deleteAccountContact',
    summary: 'Remove a contact',
    params: ContactParams,
    response: { 204: NoContent },
    policy: 'accounts.write',
    run: (ctx, req) => service.removeContact(ctx, req.params.id, req.params.contactId),
  });

  // ── addresses ─────────────────────────────────────────────────────────────────────────────────
  routes.post('/api/accounts/:id/addresses', {
    operationId: 'createAccountAddress',
    summary: 'Add a billing (one per account) or site address',
    params: AccountIdParams,
    body: CreateAddressBody,
    response: { 201: Type.Ref('AccountAddress') },
    policy: 'accounts.write',
    run: (ctx, req) => service.addAddress(ctx, req.params.id, req.body),
    headers: versionTag,
  });
  routes.patch('/api/accounts/:id/addresses/:addressId', {
    operationId: 'updateAccountAddress',
    summary: 'Change an address (If-Match required)',
    params: AddressParams,
    body: UpdateAddressBody,
    response: { 200: Type.Ref('AccountAddress') },
    policy: 'accounts.write',
    ifMatch: true,
    run: (ctx, req, version) =>
      service.updateAddress(ctx, req.params.id, req.params.addressId, version, req.body),
    headers: versionTag,
  });
  routes.delete('/api/accounts/:id/addresses/:addressId', {
    operationId: 'deleteAccountAddress',
    summary: 'Remove an address',
    params: AddressParams,
    response: { 204: NoContent },
    policy: 'accounts.write',
    run: (ctx, req) => service.removeAddress(ctx, req.params.id, req.params.addressId),
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
  app.post(
    `${TMF629_BASE}/customer`,
    {
      schema: {
        tags: tmfTags,
        operationId: 'createCustomer',
        summary:
          'TMF629 v4: create a customer account; engagedParty (Organization or Individual) and name, the e-mail (ACC-05) as contactMedium, SIRET and legal form (ACC-01) or the Israeli ID number as characteristics',
        body: TmfCustomerCreate,
        response: { 201: Type.Ref('TmfCustomer'), ...errorResponses },
      },
      config: { policy: 'accounts.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 201,
        run: (ctx) => createTmfCustomer(ctx, req.body),
        headers: (c) => ({ Location: c.href }),
      }),
  );
  app.patch(
    `${TMF629_BASE}/customer/:id`,
    {
      schema: {
        tags: tmfTags,
        operationId: 'patchCustomer',
        summary:
          'TMF629 v4: change status, e-mail, phone, billingDay or siret (JSON or application/merge-patch+json)',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false }),
        body: TmfCustomerPatch,
        response: { 200: Type.Ref('TmfCustomer'), ...errorResponses },
      },
      config: { policy: 'accounts.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 200,
        run: async (ctx) => {
          // TM Forum clients send no If-Match: the change applies to the version read here, under
          // the row lock updateAccount takes.
          const current = await service.getAccountByAnyId(ctx, req.params.id);
          return toTmfCustomer(
            await service.updateAccount(ctx, current.id, current.version, fromTmfCustomerPatch(req.body)),
          );
        },
      }),
  );
}
