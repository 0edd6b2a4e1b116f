import { Type, type TSchema } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant, mutation } from '../../platform/http/unit-of-work.ts';
import { etagOf } from '../../platform/http/etag.ts';
import { listRoute } from '../../platform/http/list-route.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';
import { AccountKindSchema, CreateAccountBody } from './schemas.ts';
import { listHeldCustomers } from './list-held-customers.ts';
import { completeHeldCustomer, releaseHeldCustomer } from './release-held-customer.ts';
import { rejectHeldCustomer } from './reject-held-customer.ts';

const HeldStateSchema = Type.Union([
  Type.Literal('held'),
  Type.Literal('released'),
  Type.Literal('rejected'),
]);
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Text = Nullable(Type.String());

const HeldCustomerSchema = Type.Object(
  {
    id: Type.String(),
    state: HeldStateSchema,
    receivedAt: Type.String({ format: 'date-time' }),
    receivedBy: Type.String(),
    name: Type.String(),
    kind: AccountKindSchema,
    companyType: Text,
    siret: Text,
    firstName: Text,
    lastName: Text,
    email: Text,
    phone: Text,
    billingDay: Type.Integer(),
    addresses: Type.Array(
      Type.Object({
        kind: Type.Union([Type.Literal('billing'), Type.Literal('site')]),
        line1: Text,
        line2: Text,
        postalCode: Text,
        city: Text,
        country: Text,
      }),
    ),
    contacts: Type.Array(Type.Object({ name: Type.String(), role: Text })),
    accountId: Text,
  },
  { $id: 'HeldCustomer' },
);

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

/** Issue 15: the TMF629 customers received « à compléter » (held-customers.ts), for the agents. */
export function heldCustomerRoutes(app: App, deps: Deps): void {
  app.addSchema(HeldCustomerSchema);
  const tags = ['accounts'];
  listRoute(
    app,
    '/api/accounts/held',
    {
      tags,
      operationId: 'listHeldCustomers',
      summary:
        'TMF629 customers received without what an account needs (e-mail…), to complete (newest first)',
      querystring: listQuery([], { state: Type.Optional(HeldStateSchema) }),
      page: pageOf(Type.Ref('HeldCustomer')),
      policy: 'accounts.read',
    },
    (req) => inTenant(deps, req, (ctx) => listHeldCustomers(ctx, req.query)),
  );
  app.post(
    '/api/accounts/held/:id/reject',
    {
      schema: {
        tags,
        operationId: 'rejectHeldCustomer',
        summary: 'Reject a received customer to complete (TMF629 status Rejected)',
        params: IdParams,
        response: { 200: Type.Ref('HeldCustomer'), ...errorResponses },
      },
      config: { policy: 'accounts.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 200, run: (ctx) => rejectHeldCustomer(ctx, req.params.id) }),
  );
  moduleRoutes(app, deps, tags).post('/api/accounts/held/:id/account', {
    operationId: 'completeHeldCustomer',
    summary:
      'Create the account of a received customer from the customer form and release the received customer with it, in one transaction',
    params: IdParams,
    body: CreateAccountBody,
    response: { 201: Type.Ref('AccountDetail') },
    policy: 'accounts.write',
    run: (ctx, req) => completeHeldCustomer(ctx, req.params.id, req.body),
    headers: (a) => ({ Location: `/api/accounts/${a.id}`, ETag: etagOf(a.version) }),
  });
  app.post(
    '/api/accounts/held/:id/release',
    {
      schema: {
        tags,
        operationId: 'releaseHeldCustomer',
        summary:
          'Mark a received customer as completed by the account created for it (TMF629 reads that account)',
        params: IdParams,
        body: Type.Object({ accountId: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: { 200: Type.Ref('HeldCustomer'), ...errorResponses },
      },
      config: { policy: 'accounts.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 200,
        run: (ctx) => releaseHeldCustomer(ctx, req.params.id, req.body.accountId),
      }),
  );
}
