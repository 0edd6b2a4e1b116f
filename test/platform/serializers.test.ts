import { Type } from '@sinclair/typebox';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { serializerFactory } from '../../src/platform/http/lazy-serializers.ts';
import type { App } from '../../src/platform/http/server.ts';
import { Client, createTenant, startTestApp, type TestApp } from '../support/app.ts';

/**
 * Response serializers are built on a route's first response (src/platform/http/lazy-serializers.ts):
 * what a response holds must not change, and a schema no serializer can be made from must still fail
 * the suite rather than a user's first request.
 */
describe('response serializers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('every response schema of every route compiles, and the app answers alike built either way', async () => {
    const tenant = await createTenant(t.db, 'serializers');
    const agent = await Client.login(t.url, tenant.users.agent.email);
    // Answers through response schemas: the session, a list, two problems.
    const paths = [
      '/api/session',
      '/api/accounts?limit=5',
      '/api/accounts/00000000-0000-4000-8000-000000000000',
      '/api/accounts/not-an-id',
    ];
    // The same request id both times: it is part of a problem's body.
    const requestId = 'serializers-test';
    const lazy = await Promise.all(paths.map((p) => agent.get(p, { 'x-request-id': requestId })));
    let app: App | undefined;
    try {
      // buildApp awaits ready(): with eager serializers, Fastify compiles them all there and throws on
      // the first it cannot make.
      app = await buildApp(t.deps, { logger: false, serializers: 'eager' });
      for (const [i, p] of paths.entries()) {
        const eager = await app.inject({
          url: p,
          headers: { cookie: agent.cookie, 'accept-language': 'fr', 'x-request-id': requestId },
        });
        expect(eager.statusCode, p).toBe(lazy[i]!.status);
        expect(eager.body, p).toBe(lazy[i]!.text);
      }
    } finally {
      await app?.close();
    }
    expect(lazy.map((r) => r.status)).toEqual([200, 200, 404, 400]);
  }, 180_000);

  it('a lazily built serializer sends what the schema declares, and nothing else', async () => {
    const server = Fastify({
      schemaController: { compilersFactory: { buildSerializer: serializerFactory('lazy') } },
    });
    let calls = 0;
    server.get(
      '/x',
      {
        schema: {
          response: {
            200: Type.Object({ name: Type.String(), count: Type.Integer() }),
            404: Type.Object({ title: Type.String() }),
          },
        },
      },
      async (req, reply) => {
        calls += 1;
        if ((req.query as { missing?: string }).missing)
          return reply.code(404).send({ title: 'Absent', trace: 'x' });
        return { name: 'Ligne', count: '3', secret: 'never sent' };
      },
    );
    await server.ready();
    try {
      for (let i = 0; i < 2; i++) {
        const ok = await server.inject('/x');
        expect(ok.statusCode).toBe(200);
        // fast-json-stringify's behaviour: coerced to the declared type, undeclared fields dropped.
        expect(ok.json()).toEqual({ name: 'Ligne', count: 3 });
      }
      const missing = await server.inject('/x?missing=1');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({ title: 'Absent' });
      expect(calls).toBe(3);
    } finally {
      await server.close();
    }
  });
});
