import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { LoginLimiter } from '../../platform/auth/login-limit.ts';
import { inTenant, principalOf } from '../../platform/http/unit-of-work.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { SESSION_COOKIE } from '../../platform/auth/authenticate.ts';
import { permissionsOf, policyNames } from '../../platform/auth/policies.ts';
import { changePassword, login, logout, sessionView } from './service.ts';

/** Built when the routes are: `permissions` names every policy of the installed modules. */
const sessionSchema = () =>
  Type.Object(
    {
      user: Type.Ref('User'),
      tenant: Type.Ref('Tenant'),
      csrfToken: Type.String(),
      permissions: Type.Array(Type.Union(policyNames().map((name) => Type.Literal(name))), {
        description:
          'The authorization policies the signed-in user holds (route `policy` names): the web offers only what these allow',
      }),
    },
    { $id: 'Session' },
  );

const LoginBody = Type.Object(
  {
    login: Type.String({ minLength: 1, maxLength: 254, description: 'E-mail address or username' }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
    tenant: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 40,
        description: 'Workspace slug, when the login is ambiguous',
      }),
    ),
  },
  { additionalProperties: false },
);

const PasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
    newPassword: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);

export function sessionRoutes(app: App, deps: Deps): void {
  app.addSchema(sessionSchema());
  const tags = ['session'];
  const routes = moduleRoutes(app, deps, tags);
  const limiter = new LoginLimiter({
    maxFailures: deps.config.loginMaxAttempts,
    maxAddressFailures: deps.config.loginMaxAddressFailures,
    windowMs: deps.config.loginWindowSeconds * 1000,
  });
  const secure = deps.config.publicUrl?.startsWith('https://') ?? false;
  const cookieOptions = (maxAgeSeconds?: number) => ({
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    // Secure behind TLS: configured public https URL, or a request that arrived over https.
    secure: secure ? true : ('auto' as const),
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  });

  app.post(
    '/api/session',
    {
      schema: {
        tags,
        operationId: 'signIn',
        summary: 'Sign in',
        security: [],
        body: LoginBody,
        response: { 200: Type.Ref('Session'), ...errorResponses },
      },
      config: { policy: 'public' },
    },
    async (req, reply) => {
      const { cookie, view } = await login(deps, limiter, req.body, {
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        requestId: req.id,
      });
      reply.setCookie(SESSION_COOKIE, cookie, cookieOptions(deps.config.sessionTtlHours * 3600));
      return { ...view, permissions: permissionsOf(view.user.role) };
    },
  );

  routes.get('/api/session', {
    operationId: 'getSession',
    summary: 'The signed-in user, tenant and CSRF token',
    response: { 200: Type.Ref('Session') },
    policy: 'session.self',
    read: async (ctx, req) => ({
      ...(await sessionView(ctx, principalOf(req))),
      permissions: permissionsOf(principalOf(req).role),
    }),
  });

  app.delete(
    '/api/session',
    {
      schema: {
        tags,
        operationId: 'signOut',
        summary: 'Sign out',
        response: { 204: Type.Null(), ...errorResponses },
      },
      config: { policy: 'session.self' },
    },
    async (req, reply) => {
      await inTenant(deps, req, (ctx) => logout(ctx, principalOf(req)));
      reply.clearCookie(SESSION_COOKIE, cookieOptions());
      return reply.code(204).send(null);
    },
  );

  routes.post('/api/session/password', {
    operationId: 'changeOwnPassword',
    summary: 'Change my password',
    body: PasswordBody,
    response: { 204: Type.Null() },
    policy: 'session.self',
    run: (ctx, req) => changePassword(ctx, principalOf(req), req.body),
  });
}
