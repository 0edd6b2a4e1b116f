/**
 * One start of the app in a fresh process, for the `startup` entry: builds it with the response
 * serializers made `eager` (Fastify's way: all at ready()) or `lazy` (Relais' way: on a route's first
 * response), then times the first and the second answer of a set of routes. Prints one JSON line.
 * Usage: node --import tsx bench/servers/startup.ts eager|lazy
 */
import { randomBytes } from 'node:crypto';
import { buildApp } from '../../src/app.ts';
import { buildActionRegistry, defaultOperators } from '../../src/actions.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import type { Deps } from '../../src/platform/context.ts';
import { openPglite } from '../../src/platform/db/pglite.ts';
import { createSecretBox } from '../../src/platform/secrets/index.ts';

const mode = process.argv[2] === 'eager' ? 'eager' : 'lazy';
const db = await openPglite(undefined);
const config = loadConfig(
  { LOG_LEVEL: 'silent', RELAIS_DEMO: 'false' },
  { secretKey: randomBytes(32).toString('base64') },
);
const operators = defaultOperators();
const deps: Deps = {
  config,
  db,
  clock: new ManualClock('2026-11-23T09:00:00Z'),
  secrets: createSecretBox({ key: config.secretKey ?? '' }),
  operators,
  actions: buildActionRegistry(undefined, { operators }),
};
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const app = await buildApp(deps, { logger: false, serializers: mode });
const buildMs = performance.now() - t0;
const buildCpuMs = (process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000;

// The API's GET routes without parameters, each answered 401 (no session): the answer goes through
// the route's own 401 serializer, which a lazy app builds on this first answer.
const routes = app
  .printRoutes({ commonPrefix: false })
  .split('\n')
  .map((l) => /(\/api\/[a-z/-]+) \(GET[,)]/.exec(l)?.[1])
  .filter((p): p is string => !!p && !p.startsWith('/api/docs'))
  .slice(0, 40);
const first: number[] = [];
const second: number[] = [];
for (const url of routes) {
  const times: number[] = [];
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    const res = await app.inject({ url });
    times.push(performance.now() - t);
    // A public route answers otherwise: not the same work, left out of the sample.
    if (res.statusCode !== 401) break;
  }
  if (times.length < 2) continue;
  first.push(times[0]!);
  second.push(times[1]!);
}
// Steady state: every route answered once already; five more rounds over all of them.
const steady: number[] = [];
const answered = routes.slice(0, first.length);
for (let round = 0; round < 5; round++) {
  for (const url of answered) {
    const t = performance.now();
    await app.inject({ url });
    steady.push(performance.now() - t);
  }
}
await app.close();
await db.close();
process.stdout.write(
  `${JSON.stringify({ mode, buildMs, buildCpuMs, routes: first.length, first, second, steady })}\n`,
);
