import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant, inTenantRead, mutation } from '../../platform/http/unit-of-work.ts';
import { etagOf, expectedVersion } from '../../platform/http/etag.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { Type } from '@sinclair/typebox';
import { CreateUserBody, IdParams, UpdateUserBody, UserList, UserListQuery } from './schemas.ts';
import * as service from './service.ts';

export function userRoutes(app: App, deps: Deps): void {
  const tags = ['users'];
  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'List users',
        querystring: UserListQuery,
        response: { 200: UserList, ...errorResponses },
      },
      config: { policy: 'users.read' },
    },
    async (req, reply) => {
      const page = await inTenant(deps, req, (ctx) => service.listUsers(ctx, req.query));
      reply.header('X-Total-Count', String(page.total));
      return page;
    },
  );

  app.get(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Get a user',
        params: IdParams,
        response: { 200: Type.Ref('User'), ...errorResponses },
      },
      config: { policy: 'users.read' },
    },
    async (req, reply) => {
      const user = await inTenantRead(deps, req, (ctx) => service.getUser(ctx, req.params.id));
      reply.header('ETag', etagOf(user.version));
      return user;
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Create a user (a temporary password is returned once and e-mailed)',
        body: CreateUserBody,
        response: {
          201: Type.Object({ user: Type.Ref('User'), temporaryPassword: Type.String() }),
          ...errorResponses,
        },
      },
      config: { policy: 'users.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, {
        status: 201,
        run: (ctx) => service.createUser(ctx, req.body),
        headers: (r) => ({ Location: `/api/users/${r.user.id}`, ETag: etagOf(r.user.version) }),
      }),
  );

  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        summary: 'Change a user (If-Match required)',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: Type.Ref('User'), ...errorResponses },
      },
      config: { policy: 'users.write' },
    },
    (req, reply) => {
      const version = expectedVersion(req);
      return mutation(deps, req, reply, {
        status: 200,
        run: (ctx) => service.updateUser(ctx, req.params.id, version, req.body),
        headers: (u) => ({ ETag: etagOf(u.version) }),
      });
    },
  );

  app.post(
    '/api/users/:id/password-reset',
    {
      schema: {
        tags,
        summary: 'Generate a new temporary password (signs the user out everywhere)',
        params: IdParams,
        response: { 200: Type.Object({ temporaryPassword: Type.String() }), ...errorResponses },
      },
      config: { policy: 'users.write' },
    },
    (req, reply) =>
      mutation(deps, req, reply, { status: 200, run: (ctx) => service.resetPassword(ctx, req.params.id) }),
  );
}
