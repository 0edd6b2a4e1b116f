import type { BenchEntry } from './types.ts';
import { usersGet } from './users-get.ts';

/** Every entry, in report order. Add later entries (e.g. a 1M-line fleet import) here. */
export const ENTRIES: BenchEntry[] = [usersGet];
