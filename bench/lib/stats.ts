export function median(values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}

/** Spread of the runs around their median, as ± percent of the median (half the min–max range). */
export function spreadPct(values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x));
  if (v.length < 2) return 0;
  const m = median(v);
  return m === 0 ? 0 : ((Math.max(...v) - Math.min(...v)) / 2 / m) * 100;
}

export function fmt(n: number, digits = 0): string {
  if (!Number.isFinite(n)) return '–';
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function pct(n: number, digits = 0): string {
  return Number.isFinite(n) ? `${(n * 100).toFixed(digits)} %` : '–';
}

/** The value at quantile `q` (0–1) of the samples, by nearest rank (the sample at ⌊q·n⌋ once sorted). */
export function quantile(values: readonly number[], q: number): number {
  const v = [...values].sort((a, b) => a - b);
  return v.length ? (v[Math.min(v.length - 1, Math.floor(q * v.length))] as number) : NaN;
}
