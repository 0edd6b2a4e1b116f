import autocannon from 'autocannon';
import { machineCpu, ticksToMicros } from './machine.ts';

/**
 * Issue 14 §4: the concurrency the targets are measured at. On 2 cores, 16 clients measure the
 * queue more than the request; 4 keeps the server busy without a long queue.
 */
export const FAIR_CONNECTIONS = 4;

export interface Target {
  url: string;
  headers?: Record<string, string>;
  /**
   * Paths (with query) on `url`'s origin, sent in turn across all connections: a scenario over
   * many inputs (search terms, line ids) rather than one cached answer.
   */
  paths?: readonly string[];
}

/** A counter read before and after a measurement (CPU µs of a process, statements sent…). */
export interface Probe {
  name: string;
  read(): Promise<number | null> | number | null;
}

export interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  seconds: number;
  /** Increase of each probe over the measurement. */
  deltas: Record<string, number | null>;
  /** Whole-machine busy CPU over the measurement, µs (all cores). */
  machineBusyMicros: number | null;
  /** Whole-machine CPU capacity over the measurement, µs (all cores). */
  machineTotalMicros: number | null;
}

/**
 * Runs autocannon against one target. Latencies are kept per response (autocannon's own
 * histogram has a 1 ms resolution, too coarse for sub-millisecond routes).
 */
export async function load(
  target: Target,
  seconds: number,
  connections: number,
): Promise<autocannon.Result & { latenciesMs: Float64Array }> {
  const latencies: number[] = [];
  const paths = target.paths;
  let next = 0;
  const requests =
    paths && paths.length > 0
      ? [
          {
            method: 'GET' as const,
            setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[next++ % paths.length] }),
          },
        ]
      : undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        headers: target.headers ?? {},
        connections,
        pipelining: 1,
        // A slow answer is a figure, not a failure: autocannon's default (10 s) would abort a run
        // whose heaviest inputs queue behind each other at 16 clients.
        timeout: 60,
        duration: seconds,
        ...(requests ? { requests } : {}),
      },
      (err: unknown, res: autocannon.Result) => (err ? reject(err) : resolve(res)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
  if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0) {
    throw new Error(
      `${target.url}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts; ` +
        'a benchmark of failing requests measures nothing',
    );
  }
  return Object.assign(result, { latenciesMs: Float64Array.from(latencies).sort() });
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/**
 * One measurement: probes are read before and after the load. Requests still in flight when
 * autocannon stops are finished by the server after it; `settleMs` lets them complete so that
 * their cost lands in this measurement (per-request figures divide by a server-side count).
 */
export async function measure(
  target: Target,
  seconds: number,
  connections: number,
  probes: Probe[],
  settleMs = 100,
): Promise<Measurement> {
  const before = await Promise.all(probes.map((p) => p.read()));
  const cpu0 = machineCpu();
  const result = await load(target, seconds, connections);
  await new Promise((resolve) => setTimeout(resolve, settleMs));
  const cpu1 = machineCpu();
  const after = await Promise.all(probes.map((p) => p.read()));
  const deltas: Record<string, number | null> = {};
  probes.forEach((p, i) => {
    const a = after[i];
    const b = before[i];
    deltas[p.name] = a === null || a === undefined || b === null || b === undefined ? null : a - b;
  });
  const requests = result.requests.total;
  return {
    rps: requests / result.duration,
    p50: percentile(result.latenciesMs, 50),
    p99: percentile(result.latenciesMs, 99),
    requests,
    seconds: result.duration,
    deltas,
    machineBusyMicros: cpu0 && cpu1 ? ticksToMicros(cpu1.busy - cpu0.busy) : null,
    machineTotalMicros: cpu0 && cpu1 ? ticksToMicros(cpu1.total - cpu0.total) : null,
  };
}

/** CPU time of this process (the load generator), µs. */
export const selfCpuProbe: Probe = {
  name: 'loadgenCpu',
  read: () => {
    const u = process.cpuUsage();
    return u.user + u.system;
  },
};
