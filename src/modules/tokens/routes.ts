import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { IdParams } from '../../platform/http/schemas.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';
import { RoleSchema } from '../users/schemas.ts';
import { createToken, listTokens, revokeToken } from './service.ts';

const TokenSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    prefix: Type.String(),
    role: RoleSchema,
    createdAt: Type.String({ format: 'date-time' }),
    expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'ApiToken' },
);

const CreateTokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' }),
    role: RoleSchema,
    expiresAt: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);

export function tokenRoutes(app: App, deps: Deps): void {
  app.addSchema(TokenSchema);
  const tags = ['tokens'];
  const routes = moduleRoutes(app, deps, tags);
  routes.list('/api/tokens', {
    operationId: 'listTokens',
    summary: 'List API tokens (secrets are never shown again)',
    querystring: listQuery(['name', 'createdAt', 'lastUsedAt'], {
      revoked: Type.Optional(Type.Boolean()),
    }),
    page: pageOf(Type.Ref('ApiToken')),
    policy: 'tokens.manage',
    read: (ctx, req) => listTokens(ctx, req.query),
  });
  routes.post('/api/tokens', {
    operationId: 'createToken',
    summary: 'Create an API token (the secret is in this response only)',
    body: CreateTokenBody,
    response: { 201: Type.Object({ token: Type.Ref('ApiToken'), secret: Type.String() }) },
    policy: 'tokens.manage',
    run: (ctx, req) => createToken(ctx.tx, ctx.actor, ctx.now, ctx.requestId, req.body),
    headers: (r) => ({ Location: `/api/tokens/${r.token.id}` }),
  });
  routes.delete('/api/tokens/:id', {
    operationId: 'deleteToken',
    summary: 'Revoke an API token',
    params: IdParams,
    response: { 204: Type.Null() },
    policy: 'tokens.manage',
    run: (ctx, req) => revokeToken(ctx, req.params.id),
  });
}
