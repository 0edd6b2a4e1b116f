import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface MachineFacts {
  node: string;
  cpuModel: string;
  cpus: number;
  cpuLimit: string | null;
  memoryGiB: number;
  os: string;
  loadAtStart: string;
}

export function machineFacts(): MachineFacts {
  const cpus = os.cpus();
  return {
    node: process.version,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpus: os.availableParallelism(),
    cpuLimit: cgroupCpuLimit(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAtStart: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' / '),
  };
}

function cgroupCpuLimit(): string | null {
  try {
    const [quota, period] = readFileSync('/sys/fs/cgroup/cpu.max', 'utf8').trim().split(/\s+/);
    if (!quota || quota === 'max' || !period) return null;
    return `${(Number(quota) / Number(period)).toFixed(2)} CPUs (cgroup cpu.max)`;
  } catch {
    return null;
  }
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time of a process (user + system) in microseconds, from /proc; null when unreadable. */
export function processCpuMicros(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces; fields resume after the closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1e6) / CLK_TCK;
  } catch {
    return null;
  }
}

export interface MachineCpu {
  busy: number;
  total: number;
}

/** Whole-machine CPU counters (all cores) from /proc/stat, in ticks. */
export function machineCpu(): MachineCpu | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const v = line.trim().split(/\s+/).slice(1).map(Number);
    const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
    const idle = (v[3] ?? 0) + (v[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** Converts /proc/stat ticks to microseconds. */
export function ticksToMicros(ticks: number): number {
  return (ticks * 1e6) / CLK_TCK;
}

/** The code under test: git HEAD and how many files under src/ differ from it. */
export function codeState(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean).length;
    return dirty > 0 ? `git ${head} + ${dirty} uncommitted path(s) under src/` : `git ${head}, src/ clean`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

/**
 * A fingerprint of the files under `paths` (names, sizes, mtimes): tells whether the code under
 * test changed while a benchmark ran (other people may be editing the tree).
 */
export function treeFingerprint(paths: string[]): string {
  const hash = createHash('sha256');
  const walk = (p: string) => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (!st.isDirectory()) {
      hash.update(`${p}\0${st.size}\0${st.mtimeMs}\n`);
      return;
    }
    for (const name of readdirSync(p).sort()) walk(path.join(p, name));
  };
  for (const p of paths) walk(p);
  return hash.digest('hex');
}
