import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { BenchEntry } from './types.ts';
import { codeState } from '../lib/machine.ts';
import { table } from '../lib/markdown.ts';
import { fmt, median, quantile } from '../lib/stats.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('../servers/startup.ts', import.meta.url));
const ROUNDS = 3;

interface Start {
  mode: 'eager' | 'lazy';
  buildMs: number;
  buildCpuMs: number;
  routes: number;
  first: number[];
  second: number[];
  steady: number[];
}

/**
 * How long the app takes to build (routes registered, `ready()`), and what the first answer of a
 * route costs, with the response serializers built all at start (Fastify's way, the baseline) or
 * on each route's first response (src/platform/http/lazy-serializers.ts). Each start is a fresh
 * process (bench/servers/startup.ts), the two ways alternating, so that the machine's noise falls
 * on both alike.
 */
export const startupEntry: BenchEntry = {
  id: 'startup',
  title: 'Start-up: building the app, and a route’s first answer',
  async run(ctx) {
    const runs: Start[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of ['eager', 'lazy'] as const) {
        ctx.log(`startup: round ${round + 1}/${ROUNDS}, ${mode}`);
        const out = execFileSync(process.execPath, ['--import', 'tsx', CHILD, mode], {
          cwd: ROOT,
          encoding: 'utf8',
          maxBuffer: 1 << 22,
        });
        runs.push(JSON.parse(out.trim().split('\n').pop() ?? '{}') as Start);
      }
    }
    const of = (mode: Start['mode']) => runs.filter((r) => r.mode === mode);
    const row = (mode: Start['mode'], label: string) => {
      const rs = of(mode);
      const first = rs.flatMap((r) => r.first);
      const second = rs.flatMap((r) => r.second);
      const steady = rs.flatMap((r) => r.steady);
      return [
        label,
        fmt(median(rs.map((r) => r.buildMs))),
        fmt(median(rs.map((r) => r.buildCpuMs))),
        fmt(median(first), 1),
        fmt(quantile(first, 0.9), 1),
        fmt(Math.max(...first), 1),
        fmt(median(second), 1),
        fmt(median(steady), 2),
        fmt(quantile(steady, 0.99), 2),
      ];
    };
    const eagerBuild = median(of('eager').map((r) => r.buildMs));
    const lazyBuild = median(of('lazy').map((r) => r.buildMs));
    const routes = of('lazy')[0]?.routes ?? 0;
    return [
      `${ROUNDS} starts each way, alternating, each in a fresh process (\`bench/servers/startup.ts\`); ` +
        `${routes} API routes each asked twice without a session (a 401 through the route's own serializer), then five more rounds over all of them. ` +
        `Code: ${codeState(ROOT)}. Machine: ${ctx.machine.cpuModel}, ${ctx.machine.cpus} CPUs, load at start ${ctx.machine.loadAtStart}.`,
      table(
        [
          'Serializers',
          'buildApp, ms (median)',
          'its CPU, ms',
          'first answer of a route, ms (median)',
          'p90',
          'max',
          'second answer, ms (median)',
          'later answers, ms (median)',
          'p99',
        ],
        [
          row('eager', 'all built at start (Fastify’s default, baseline)'),
          row('lazy', 'built on a route’s first answer (Relais)'),
        ],
      ),
      `**Building the app takes ${fmt(lazyBuild / eagerBuild, 3)}× the baseline's time** (${fmt(eagerBuild)} → ${fmt(lazyBuild)} ms). ` +
        'The cost moves to the first answer of each route with each status, once per process. ' +
        'Later answers (five more rounds over every route, once each had answered) tell whether the lazy way costs anything after that. ' +
        'Every start pays the baseline in full (`npm start`, each browser test file’s server, each API test file), while a process answers only some of its routes.',
    ].join('\n\n');
  },
};
