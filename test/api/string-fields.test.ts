import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
  default?: unknown;
};
interface Operation {
  method: string;
  path: string;
  body?: Schema;
  query?: { name: string; schema: Schema }[];
}

const UUID = '0190f1c4-0000-7000-8000-000000000000';

/**
 * Issue 8 §5: NUL and oversize strings in every string field of every mutating route (and in
 * every string query parameter) never give a 5xx. The routes and their body schemas come from
 * the OpenAPI document the running app serves, so a new route is covered without editing this.
 */
describe(`every string field, NUL and oversize, property-based (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let admin: Client;
  let doc: {
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, Schema> };
  };

  beforeAll(async () => {
    t = await startTestApp({ RELAIS_LOGIN_MAX_ATTEMPTS: '10000' });
    a = await createTenant(t.db, 'alpha');
    admin = await Client.login(t.url, a.users.admin.email);
    doc = (await (await fetch(`${t.url}/api/openapi.json`)).json()) as typeof doc;
  }, 240_000);
  afterAll(() => t.close());

  const resolve = (s: Schema): Schema => {
    let cur = s;
    while (cur.$ref) cur = doc.components.schemas[cur.$ref.split('/').pop() ?? ''] ?? {};
    return cur;
  };
  const typeOf = (s: Schema) => (Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type);

  /** A plausible value for a schema: enough for the other fields to pass, so the string reaches the handler. */
  const example = (raw: Schema): unknown => {
    const s = resolve(raw);
    if (s.const !== undefined) return s.const;
    if (s.enum) return s.enum[0];
    if (s.default !== undefined) return s.default;
    const alt = s.anyOf ?? s.oneOf;
    if (alt) return example(alt.find((x) => typeOf(resolve(x)) !== 'null') ?? alt[0] ?? {});
    if (s.allOf) return Object.assign({}, ...s.allOf.map((x) => example(x) as object));
    switch (typeOf(s)) {
      case 'object':
        return Object.fromEntries((s.required ?? []).map((k) => [k, example(s.properties?.[k] ?? {})]));
      case 'array':
        return Array.from({ length: s.minItems ?? 0 }, () => example(s.items ?? {}));
      case 'integer':
      case 'number':
        return s.minimum ?? 1;
      case 'boolean':
        return true;
      case 'string': {
        const byFormat: Record<string, string> = {
          uuid: UUID,
          email: 'quelqu.un@example.fr',
          date: '2026-12-01',
          'date-time': '2026-12-01T09:00:00Z',
          uri: 'https://example.fr/',
        };
        return byFormat[s.format ?? ''] ?? 'a'.repeat(Math.max(1, s.minLength ?? 1));
      }
      default:
        return null;
    }
  };

  /** Every string-typed field of a body schema: its path of keys and its schema. */
  const stringFields = (
    raw: Schema,
    at: (string | number)[] = [],
    depth = 0,
  ): { at: (string | number)[]; s: Schema }[] => {
    if (depth > 6) return [];
    const s = resolve(raw);
    const alt = s.anyOf ?? s.oneOf;
    if (alt) return alt.flatMap((x) => stringFields(x, at, depth + 1)).slice(0, 1);
    switch (typeOf(s)) {
      case 'string':
        return s.enum || s.const !== undefined ? [] : [{ at, s }];
      case 'object':
        return Object.entries(s.properties ?? {}).flatMap(([k, v]) => stringFields(v, [...at, k], depth + 1));
      case 'array':
        return stringFields(s.items ?? {}, [...at, 0], depth + 1);
      default:
        return [];
    }
  };

  const setAt = (body: unknown, at: (string | number)[], value: string): unknown => {
    if (at.length === 0) return value;
    const [head, ...rest] = at as [string | number, ...(string | number)[]];
    const base = (body ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown>;
    const copy = (Array.isArray(base) ? [...base] : { ...base }) as Record<string | number, unknown>;
    copy[head] = setAt(copy[head], rest, value);
    return copy;
  };

  const operations = (): Operation[] => {
    const ops: Operation[] = [];
    for (const [p, methods] of Object.entries(doc.paths)) {
      for (const [method, raw] of Object.entries(methods)) {
        const op = raw as {
          requestBody?: { content?: Record<string, { schema: Schema }> };
          parameters?: { in: string; name: string; schema: Schema }[];
        };
        const path = p.replace(/\{[^}]+\}/g, UUID);
        const body = op.requestBody?.content?.['application/json']?.schema;
        const query = (op.parameters ?? [])
          .filter(
            (x) => x.in === 'query' && typeOf(resolve(x.schema)) === 'string' && !resolve(x.schema).enum,
          )
          .map((x) => ({ name: x.name, schema: x.schema }));
        ops.push({ method: method.toUpperCase(), path, ...(body ? { body } : {}), query });
      }
    }
    return ops;
  };

  const nasty = (s: Schema) =>
    fc.oneof(
      fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })).map(([x, y]) => ({
        kind: 'nul' as const,
        value: `${x}\u0000${y}`,
      })),
      fc
        .constantFrom((s.maxLength ?? 0) + 1, Math.max(s.maxLength ?? 0, 200_000) + 1)
        .map((n) => ({ kind: 'oversize' as const, value: 'é'.repeat(n) })),
    );

  it('covers the mutating routes of the API', () => {
    const mutating = operations().filter((o) => o.method !== 'GET' && o.body);
    expect(mutating.length).toBeGreaterThan(30);
    expect(mutating.flatMap((o) => stringFields(o.body ?? {})).length).toBeGreaterThan(80);
  });

  it('property: a NUL or an oversize string in any string field of any mutating route is a 4xx, never a 5xx', async () => {
    const cases = operations()
      .filter((o) => o.method !== 'GET' && o.body)
      .flatMap((o) => stringFields(o.body ?? {}).map((f) => ({ o, f })));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...cases).chain(({ o, f }) => nasty(f.s).map((v) => ({ o, f, v }))),
        async ({ o, f, v }) => {
          const body = setAt(example(o.body ?? {}), f.at, v.value);
          const res = await admin.request(o.method, o.path, body, { 'idempotency-key': crypto.randomUUID() });
          const where = `${o.method} ${o.path} /${f.at.join('/')} ${v.kind}: ${res.status} ${String(res.body.code)}`;
          expect(res.status, where).toBeLessThan(500);
          if (v.kind === 'nul') {
            expect(res.status, where).toBeGreaterThanOrEqual(400);
            if (res.status === 400) expect(res.body.code, where).toBe('validation.failed');
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 600_000);

  it('property: a NUL in any string query parameter is a 400, never a 5xx', async () => {
    const cases = operations()
      .filter((o) => o.method === 'GET' && o.path.startsWith('/api/'))
      .flatMap((o) => (o.query ?? []).map((q) => ({ o, q })));
    expect(cases.length).toBeGreaterThan(10);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...cases), fc.string({ maxLength: 6 }), async ({ o, q }, s) => {
        const res = await admin.get(`${o.path}?${q.name}=${encodeURIComponent(`${s}\u0000${s}`)}`);
        const where = `GET ${o.path}?${q.name}: ${res.status}`;
        expect(res.status, where).toBeLessThan(500);
        if (res.status !== 403 && res.status !== 404) {
          expect(res.status, where).toBe(400);
          expect(res.body.code).toBe('validation.failed');
        }
      }),
      { numRuns: 60 },
    );
  }, 300_000);
});
