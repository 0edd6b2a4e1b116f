import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { versionTag } from '../../platform/http/etag.ts';
import { currentTenant, updateTenant } from './service.ts';

const OperatorPartnershipsSchema = Type.Object(
  {
    orange: Type.Union([Type.Literal('init_sys'), Type.Literal('rezocean'), Type.Null()]),
    bouygues: Type.Union([Type.Literal('init_sys'), Type.Null()]),
  },
  { additionalProperties: false },
);

const ProductFamilySchema = Type.Union([Type.Literal('mobile'), Type.Literal('internet')]);

export const TenantSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    slug: Type.String(),
    legalName: Type.String(),
    country: Type.Union([Type.Literal('FR'), Type.Literal('IL')]),
    timeZone: Type.String(),
    currency: Type.Union([Type.Literal('EUR'), Type.Literal('ILS')]),
    logoDataUrl: Type.Union([Type.String(), Type.Null()]),
    // ACT-08: the reseller's partnership per network (Orange: Init Sys or Rezocean; Bouygues: Init Sys).
    operatorPartnerships: OperatorPartnershipsSchema,
    // Issue 11 §6: the product families the tenant sells; the navigation and the forms follow it.
    productFamilies: Type.Array(ProductFamilySchema, { minItems: 1 }),
    version: Type.Integer(),
  },
  { $id: 'Tenant' },
);

const TenantPatchBody = Type.Object(
  {
    legalName: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    currency: Type.Optional(Type.Union([Type.Literal('EUR'), Type.Literal('ILS')])),
    logoDataUrl: Type.Optional(Type.Union([Type.String({ maxLength: 140_000 }), Type.Null()])),
    operatorPartnerships: Type.Optional(OperatorPartnershipsSchema),
    productFamilies: Type.Optional(Type.Array(ProductFamilySchema, { maxItems: 2 })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export function tenantRoutes(app: App, deps: Deps): void {
  const routes = moduleRoutes(app, deps, ['tenant']);
  routes.get('/api/tenant', {
    operationId: 'getTenant',
    summary: "The caller's tenant (reseller) settings",
    response: { 200: Type.Ref('Tenant') },
    policy: 'tenant.read',
    read: (ctx) => currentTenant(ctx.tx),
    headers: versionTag,
  });
  routes.patch('/api/tenant', {
    operationId: 'updateTenant',
    summary: 'Change tenant settings (If-Match required)',
    body: TenantPatchBody,
    response: { 200: Type.Ref('Tenant') },
    policy: 'tenant.update',
    ifMatch: true,
    run: (ctx, req, version) => updateTenant(ctx, version, req.body),
    headers: versionTag,
  });
}
