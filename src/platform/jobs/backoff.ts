/** Delay before the next try, given the number of the try that just failed (1 = first). */
export type Backoff = (failedAttempt: number) => number;

/**
 * base, 2×base, 4×base… capped. Deterministic on purpose: tests drive it with a ManualClock, and
 * the jobs are claimed with SKIP LOCKED, so there is no thundering herd for jitter to spread.
 */
export function exponentialBackoff(baseMs: number, capMs: number): Backoff {
  if (!(baseMs > 0) || !(capMs >= baseMs)) throw new Error('backoff needs 0 < baseMs <= capMs');
  return (failedAttempt) => {
    const exponent = Math.max(0, Math.floor(failedAttempt) - 1);
    // 2^31 already exceeds any sane cap; stop there so the multiplication never overflows.
    return Math.min(capMs, baseMs * 2 ** Math.min(exponent, 31));
  };
}

/** Jobs: 10 s, 20 s, 40 s… up to 1 h. */
export const defaultJobBackoff: Backoff = exponentialBackoff(10_000, 3_600_000);
