import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lint, loadConfig } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';

/**
 * Integrators generate clients from docs/openapi.json (kept equal to the server's document by
 * `npm run openapi:check`): every operation needs a stable, unique operationId (the client's method
 * name) and a summary, components are named by their schema's $id, and the document lints clean
 * under Redocly's recommended rules.
 */
const path = fileURLToPath(new URL('../../docs/openapi.json', import.meta.url));
const doc = JSON.parse(readFileSync(path, 'utf8')) as {
  paths: Record<string, Record<string, { operationId?: string; summary?: string; tags?: string[] }>>;
  components: { schemas: Record<string, unknown> };
};
const operations = Object.entries(doc.paths).flatMap(([p, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ where: `${method.toUpperCase()} ${p}`, ...op })),
);

describe('the OpenAPI document', () => {
  it('gives every operation a camelCase operationId, unique in the document, and a summary', () => {
    expect(operations.length).toBeGreaterThan(150);
    const bad = operations.filter(
      (o) => !o.operationId || !/^[a-z][A-Za-z0-9]*$/.test(o.operationId) || !o.summary?.trim(),
    );
    expect(bad.map((o) => o.where)).toEqual([]);
    const seen = new Map<string, string>();
    const twice = operations.filter((o) => {
      const first = seen.get(o.operationId ?? '');
      seen.set(o.operationId ?? '', o.where);
      return first !== undefined;
    });
    expect(twice.map((o) => `${o.operationId}: ${o.where}`)).toEqual([]);
  });

  it('names its components by their $id rather than def-0, def-1…', () => {
    const names = Object.keys(doc.components.schemas);
    expect(names).toContain('Session');
    expect(names.filter((n) => /^def-\d+$/.test(n))).toEqual([]);
  });

  it('lints clean under Redocly’s recommended rules (no error, no warning)', async () => {
    const config = await loadConfig({});
    const problems = await lint({ ref: path, config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message}`)).toEqual([]);
  }, 60_000);
});
