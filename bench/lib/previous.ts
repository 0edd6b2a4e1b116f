/**
 * The figures an entry's section showed before this run, kept beside the new ones (issue 14: "the
 * new figures beside the old ones"). Read from the section as it was in BENCHMARKS.md.
 */

/** The first table under "### Results" of the previous section, with its date and code. */
export function previousResults(
  previous: string | undefined,
): { when: string; code: string; table: string } | null {
  if (!previous) return null;
  const when = /Run on (\S+?)\.? /.exec(previous)?.[1] ?? 'date unknown';
  const code = /\| Code under test\s*\|\s*([^|]+?)\s*\|/.exec(previous)?.[1] ?? 'unknown';
  const at = previous.indexOf('### Results');
  if (at < 0) return null;
  const lines = previous.slice(at).split('\n').slice(1);
  const first = lines.findIndex((l) => l.startsWith('|'));
  if (first < 0) return null;
  const rows: string[] = [];
  for (const l of lines.slice(first)) {
    if (!l.startsWith('|')) break;
    rows.push(l);
  }
  return { when, code, table: rows.join('\n') };
}

/** The "previous run" subsection (heading, provenance, table), or nothing on a first run. */
export function previousRunSection(previous: string | undefined): string[] {
  const before = previousResults(previous);
  if (!before) return [];
  return [
    '#### The previous run, for comparison',
    `The headline table of the section this run replaced (${before.when}; code: ${before.code}), copied ` +
      'from BENCHMARKS.md as it was. Another day, another load on the shared machine: compare ratios ' +
      'more than req/s.',
    before.table,
  ];
}
