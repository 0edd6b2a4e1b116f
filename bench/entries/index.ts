import type { BenchEntry } from './types.ts';
import { usersGet } from './users-get.ts';
import { linesEntry } from './lines.ts';
import { webEntry } from './web.ts';
import { referralEntry } from './referral.ts';
import { usageEntry } from './usage.ts';
import { startupEntry } from './startup.ts';

/**
 * Every entry, in report order. `lines` is opt-in (`--lines N`): its data set takes minutes to build;
 * `usage` too (`--only usage`): a million CDRs imported twice.
 */
export const ENTRIES: BenchEntry[] = [
  usersGet,
  linesEntry,
  webEntry,
  referralEntry,
  usageEntry,
  startupEntry,
];
