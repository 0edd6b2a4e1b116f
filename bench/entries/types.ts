import type { BenchOptions } from '../lib/cli.ts';
import type { MachineFacts } from '../lib/machine.ts';

export interface EntryContext {
  opts: BenchOptions;
  machine: MachineFacts;
  /** Progress on stderr; the report is the entry's return value. */
  log(message: string): void;
  /** The entry's section of BENCHMARKS.md before this run (to show old figures beside new ones). */
  previous?: string | undefined;
}

/**
 * One benchmark: `run` measures and returns its section of BENCHMARKS.md (markdown, without the
 * heading, which run.ts adds). Sections are kept between markers so `--only` can refresh one
 * entry and keep the others.
 */
export interface BenchEntry {
  id: string;
  title: string;
  /** Runs only when named (`--only`, or a flag that implies it); a plain `npm run bench` keeps its section. */
  optIn?: boolean;
  run(ctx: EntryContext): Promise<string>;
}
