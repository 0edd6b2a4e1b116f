import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
} from 'fastify';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Registry, Histogram, collectDefaultMetrics } from 'prom-client';
import { pino } from 'pino';
import type { Deps } from '../context.ts';
import { AppError } from '../errors.ts';
import { pickLocale, type Locale } from '../i18n/messages.ts';
import { authenticate, SESSION_COOKIE } from '../auth/authenticate.ts';
import { allows, isPolicy, type PolicyName } from '../auth/policies.ts';
import type { Principal } from '../auth/principal.ts';
import { parseJsonBody } from './json-body.ts';
import { installErrorHandling, sendProblem } from './problem.ts';
import { installValidators, nulIssues } from './validation.ts';
import { serializerFactory } from './lazy-serializers.ts';
import { ping } from '../db/db.ts';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Who may call this route (src/platform/auth/policies.ts). Mandatory under /api and /tmf-api. */
    policy?: PolicyName;
  }
}

export type App = FastifyInstance<
  Server,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.secret',
  '*.temporaryPassword',
  '*.token',
];

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes a user who must change a generated password can still reach. */
const DURING_PASSWORD_CHANGE: PolicyName[] = ['public', 'session.self'];

export interface ServerOptions {
  /** Directory of the built web UI; served with a fallback to index.html for client-side routes. */
  webDir?: string | undefined;
  logger?: boolean | object;
  /** Response serializers built on each route's first response (default) or all at start. */
  serializers?: 'lazy' | 'eager';
}

/**
 * The server's logger: JSON lines to stdout through an asynchronous destination. A synchronous write
 * per access line cost the PostgreSQL read path about a sixth of its throughput (issue 14,
 * BENCHMARKS.md users-get, candidate C₁). Asynchronous, lines written while a write is in flight
 * leave in one system call under load, yet a quiet server's line still leaves at once (no minimum
 * length: an operator tailing the log never waits for a buffer to fill). pino flushes what is
 * pending when the process exits; only a `kill -9` can lose the lines not yet written.
 */
export function productionLogger(level: string): FastifyBaseLogger {
  return pino(
    { level, redact: { paths: LOG_REDACT, censor: '[redacted]' } },
    pino.destination({ dest: 1, sync: false }),
  );
}

export async function createServer(deps: Deps, opts: ServerOptions = {}): Promise<App> {
  const { config } = deps;
  const app = Fastify({
    ...(opts.logger !== undefined
      ? { logger: opts.logger }
      : { loggerInstance: productionLogger(config.logLevel) }),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
    },
    routerOptions: { ignoreTrailingSlash: true },
    // One access line per request (onResponse below) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    ajv: { customOptions: { strict: false } },
    schemaController: {
      compilersFactory: { buildSerializer: serializerFactory(opts.serializers ?? 'lazy') },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  installValidators(app);
  installErrorHandling(app);
  // RFC 7396 JSON Merge Patch, the body TM Forum's PATCH operations take (TMF630): JSON like any
  // other body, with the same size limit and the same malformed-JSON answer.
  // Both parse through parseJsonBody: a "__proto__" key is refused naming its field.
  app.removeContentTypeParser('application/json');
  for (const type of ['application/json', 'application/merge-patch+json']) {
    app.addContentTypeParser(type, { parseAs: 'string' }, (req, body, done) => {
      try {
        done(null, parseJsonBody(req, body as string));
      } catch (e) {
        done(e as Error, undefined);
      }
    });
  }
  app.decorateRequest('locale', 'fr');
  app.decorateRequest('principal', null);

  // Every API route must declare who may call it; a forgotten policy stops the start.
  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!(url.startsWith('/api/') || url.startsWith('/tmf-api/'))) return;
    if (url.startsWith('/api/docs')) return;
    const policy = (route.config as { policy?: PolicyName } | undefined)?.policy;
    if (!policy || !isPolicy(policy)) {
      throw new Error(`route ${route.method} ${url} declares no authorization policy`);
    }
  });

  await app.register(cookie);
  // Security headers, from helmet. With this configuration they depend on nothing in the request
  // (no nonce, no directive computed per request), so helmet runs once here and every response
  // gets the headers it set: running its eleven middlewares per request, each header set on the
  // raw response and validated again when Fastify writes its own, took about 5 % of a read's CPU
  // (BENCHMARKS.md, users-get).
  const securityHeaders = staticHeaders(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          styleSrc: ["'self'", "'unsafe-inline'"],
          scriptSrc: ["'self'"],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      // Strict-Transport-Security only makes sense behind TLS.
      strictTransportSecurity: config.publicUrl?.startsWith('https://') ? {} : false,
    }),
  );
  app.addHook('onRequest', (_req, reply, done) => {
    reply.headers(securityHeaders);
    done();
  });

  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'relais_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });

  app.addHook('onRequest', async (req, reply) => {
    req.locale = pickLocale(req.headers['accept-language']);
    reply.header('X-Request-Id', req.id);
    reply.header('Content-Language', req.locale);
    const policy = req.routeOptions.config.policy;
    if (policy === undefined) return;
    req.principal = await authenticate(deps, req.cookies[SESSION_COOKIE], req.headers.authorization);
    enforcePolicy(req, policy);
  });
  app.addHook('preValidation', async (req) => {
    const issues = nulIssues(req.params, '/params', req.locale);
    nulIssues(req.query, '/query', req.locale, issues);
    nulIssues(req.body, '/body', req.locale, issues);
    if (issues.length > 0) throw new AppError('validation.failed', {}, issues);
  });
  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      {
        method: req.method,
        url: req.url,
        statusCode: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
    httpDuration.observe(
      { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  await app.register(swagger, {
    // Components are named by their $id (`#/components/schemas/Session`), not def-0, def-1…: the
    // names integrators' generated clients give their types.
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json.$id === 'string' ? json.$id : `def-${i}`,
    },
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Relais API',
        version: '0.1.0',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
        description:
          'Back office for telecom resellers. Errors are RFC 9457 problem+json with a stable `code`. ' +
          'Lists take `limit`, `offset`, `sort` (comma-separated, `-` for descending) and filters; ' +
          'they answer `{ items, total, limit, offset }` and `X-Total-Count`. Updates need `If-Match` ' +
          '(the ETag of the read). POSTs accept `Idempotency-Key`. Cookie sessions must send `X-CSRF-Token` on unsafe methods.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'API token created by an admin' },
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
      // Relative: the document is served by the instance it describes.
      servers: [{ url: '/' }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { policy: 'public' } }, async () =>
    app.swagger(),
  );

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (req, reply) => {
    try {
      await ping(deps.db);
      return { status: 'ready' };
    } catch {
      return sendProblem(req, reply, new AppError('service.unavailable'));
    }
  });
  // Metrics name routes, volumes and the runtime: only for a scraper holding RELAIS_METRICS_TOKEN.
  // Without a configured token the route does not exist.
  const metricsToken = config.metricsToken ? Buffer.from(`Bearer ${config.metricsToken}`) : null;
  app.get('/metrics', { schema: { hide: true } }, async (req, reply) => {
    if (!metricsToken) throw new AppError('route.not_found', { path: '/metrics' });
    const sent = Buffer.from(req.headers.authorization ?? '');
    if (sent.length !== metricsToken.length || !timingSafeEqual(sent, metricsToken)) {
      throw new AppError('auth.token_invalid', {}, [], { 'WWW-Authenticate': 'Bearer' });
    }
    reply.type(registry.contentType);
    return registry.metrics();
  });

  const webDir = opts.webDir && existsSync(path.join(opts.webDir, 'index.html')) ? opts.webDir : undefined;
  if (webDir) {
    // The build writes .br and .gz beside each text asset (web/vite.config.ts): they are sent as
    // they are, chosen by Accept-Encoding (with Vary), so no response is compressed at request time.
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      cacheControl: false,
      // Source maps are not built (web/vite.config.ts); one left in dist/web is never served either.
      allowedPath: (pathName) => !pathName.endsWith('.map'),
      preCompressed: true,
    });
    app.addHook('onSend', async (req, reply, payload) => {
      if (req.url.startsWith('/assets/'))
        reply.header('Cache-Control', 'public, max-age=31536000, immutable');
      return payload;
    });
  }
  // Client-side routes (/users/…) get the SPA; API paths keep their problem+json 404.
  app.setNotFoundHandler((req, reply) => {
    const p = req.url.split('?')[0] ?? '';
    if (webDir && req.method === 'GET' && !/^\/(api|tmf-api)(\/|$)/.test(p) && !path.extname(p)) {
      reply.header('Cache-Control', 'no-cache');
      return reply.sendFile('index.html');
    }
    return sendProblem(req, reply, new AppError('route.not_found', { path: p }));
  });
  return app;
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * The headers a middleware sets on a response, run once on a stand-in response. Only for a
 * middleware whose headers depend on its configuration alone and that finishes synchronously
 * (helmet as configured above); anything else stops the start.
 */
export function staticHeaders(middleware: Middleware): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let finished = false;
  const req = { headers: {}, method: 'GET', url: '/' };
  middleware(req as IncomingMessage, res as unknown as ServerResponse, (err) => {
    if (err) throw err instanceof Error ? err : new Error(String(err));
    finished = true;
  });
  if (!finished) throw new Error('security headers: the middleware did not finish synchronously');
  return headers;
}

function enforcePolicy(req: FastifyRequest, policy: PolicyName): void {
  if (policy === 'public') return;
  const p = req.principal;
  if (!p) throw new AppError('auth.required');
  if (p.mustChangePassword && !DURING_PASSWORD_CHANGE.includes(policy)) {
    throw new AppError('auth.password_change_required');
  }
  if (!allows(policy, p.role)) throw new AppError('auth.forbidden');
  // CSRF: a cookie session must echo its token in a header on unsafe methods; a cross-site form
  // cannot read it. Bearer tokens are not sent by browsers on their own, so they need none.
  if (p.kind === 'session' && UNSAFE.has(req.method)) {
    const sent = Buffer.from(String(req.headers['x-csrf-token'] ?? ''));
    const expected = Buffer.from(p.csrfToken ?? '');
    if (expected.length === 0 || sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
      throw new AppError('auth.csrf_invalid');
    }
  }
}
