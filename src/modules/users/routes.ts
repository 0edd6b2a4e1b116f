import type { FastifyRequest } from 'fastify';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { etagOf, versionTag } from '../../platform/http/etag.ts';
import { errorResponses, IdParams } from '../../platform/http/schemas.ts';
import { Type } from '@sinclair/typebox';
import { CreateUserBody, UpdateUserBody, UserList, UserListQuery } from './schemas.ts';
import * as service from './service.ts';
import { checkPasswordLink, setPasswordWithLink } from './password-links.ts';

/**
 * The web UI's address for links in e-mails: RELAIS_PUBLIC_URL, else the address the admin's
 * browser used (only an admin can trigger a link, so the Host header is theirs).
 */
function webBaseUrl(deps: Deps, req: FastifyRequest): string {
  return deps.config.publicUrl ?? `${req.protocol}://${req.host}`;
}

const LinkSentSchema = Type.Object(
  {
    sentTo: Type.String({ description: 'The e-mail address the set-password link was sent to' }),
    expiresAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'PasswordLinkSent' },
);

const PasswordLinkSchema = Type.Object(
  {
    displayName: Type.String(),
    login: Type.String(),
    tenantName: Type.String(),
    tenantSlug: Type.String(),
    purpose: Type.Union([Type.Literal('welcome'), Type.Literal('reset')]),
    expiresAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'PasswordLink' },
);

const LinkToken = Type.String({ minLength: 1, maxLength: 200, description: 'The token of the link' });

export function userRoutes(app: App, deps: Deps): void {
  const tags = ['users'];
  const routes = moduleRoutes(app, deps, tags);
  app.addSchema(LinkSentSchema);
  app.addSchema(PasswordLinkSchema);
  routes.list('/api/users', {
    operationId: 'listUsers',
    summary: 'List users',
    querystring: UserListQuery,
    page: UserList,
    policy: 'users.read',
    read: (ctx, req) => service.listUsers(ctx, req.query),
  });

  routes.get('/api/users/:id', {
    operationId: 'getUser',
    summary: 'Get a user',
    params: IdParams,
    response: { 200: Type.Ref('User') },
    policy: 'users.read',
    oneTrip: true,
    read: (ctx, req) => service.getUser(ctx, req.params.id),
    headers: versionTag,
  });

  routes.post('/api/users', {
    operationId: 'createUser',
    summary: 'Create a user (they get an e-mail with a single-use link to choose their password)',
    body: CreateUserBody,
    response: { 201: Type.Object({ user: Type.Ref('User'), passwordLink: Type.Ref('PasswordLinkSent') }) },
    policy: 'users.write',
    run: (ctx, req) => service.createUser(ctx, req.body, webBaseUrl(deps, req)),
    headers: (r) => ({ Location: `/api/users/${r.user.id}`, ETag: etagOf(r.user.version) }),
  });

  routes.patch('/api/users/:id', {
    operationId: 'updateUser',
    summary: 'Change a user (If-Match required)',
    params: IdParams,
    body: UpdateUserBody,
    response: { 200: Type.Ref('User') },
    policy: 'users.write',
    ifMatch: true,
    run: (ctx, req, version) => service.updateUser(ctx, req.params.id, version, req.body),
    headers: versionTag,
  });

  routes.post('/api/users/:id/password-reset', {
    operationId: 'resetUserPassword',
    summary:
      'Reset a password: the old one stops working, the user is signed out everywhere and e-mailed a single-use link to choose a new one',
    params: IdParams,
    response: { 200: Type.Ref('PasswordLinkSent') },
    policy: 'users.write',
    run: (ctx, req) => service.resetPassword(ctx, req.params.id, webBaseUrl(deps, req)),
  });

  // Public: the token is the credential. It travels in the body, never in a URL (logs).
  app.post(
    '/api/password-links/check',
    {
      schema: {
        tags,
        operationId: 'checkPasswordLink',
        summary: 'Whose account a set-password link opens, and until when (410 when unusable)',
        security: [],
        body: Type.Object({ token: LinkToken }, { additionalProperties: false }),
        response: { 200: Type.Ref('PasswordLink'), ...errorResponses },
      },
      config: { policy: 'public' },
    },
    (req) => checkPasswordLink(deps, req.body.token),
  );

  app.post(
    '/api/password-links/use',
    {
      schema: {
        tags,
        operationId: 'usePasswordLink',
        summary: 'Choose a password with a set-password link (single use); then sign in',
        security: [],
        body: Type.Object(
          { token: LinkToken, newPassword: Type.String({ minLength: 1, maxLength: 256 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Ref('PasswordLink'), ...errorResponses },
      },
      config: { policy: 'public' },
    },
    (req) => setPasswordWithLink(deps, req.body, req.id),
  );
}
