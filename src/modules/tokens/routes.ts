import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant, mutation } from '../../platform/http/unit-of-work.ts';
import { listRoute } from '../../platform/http/list-route.ts';
import { errorResponses, IdParams } from '../../platform/http/schemas.ts';
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
  listRoute(
    app,
    '/api/tokens',
    {
      tags,
      operationId: 'listTokens',
      summary: 'List API tokens (secrets are never shown again)',
      querystring: listQuery(['name', 'createdAt', 'lastUsedAt'], {
        revoked: Type.Optional(Type.Boolean()),
      }),
      page: pageOf(Type.Ref('ApiToken')),
      policy: 'tokens.manage',
    },
    (req) => inTenant(deps, req, (ctx) => listTokens(ctx, req.query)),
  );
  app.post(
    '/api/tokens',
    {
      schema: {
        tags,
        operationId: 'createToken',
        summary: 'Create an API token (the secret is in this response only)',
        body: CreateTokenBody,
        response: {
          201: Type.Object({ token: Type.Ref('ApiToken'), secret: Type.String() }),
          ...errorResponses,
        },
      },
      config: { policy: 'tokens.manage' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 201,
        run: (ctx) => createToken(ctx.tx, ctx.actor, ctx.now, ctx.requestId, req.body),
        headers: (r) => ({ Location: `/api/tokens/${r.token.id}` }),
      }),
  );
  app.delete(
    '/api/tokens/:id',
    {
      schema: {
        tags,
        operationId: 'deleteToken',
        summary: 'Revoke an API token',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
      config: { policy: 'tokens.manage' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 204, run: (ctx) => revokeToken(ctx, req.params.id) }),
  );
}
