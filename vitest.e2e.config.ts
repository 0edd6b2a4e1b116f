import { defineConfig } from 'vitest/config';

// Browser tests: the real server (built UI, real database) driven by Debian's Chromium.
// One file at a time: two Chromiums on two cores would make timings flaky.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    env: { TZ: 'UTC' },
    // One migrated database per run, copied by each file's server (test/e2e/support.ts).
    globalSetup: ['test/support/global-setup.ts'],
    // After a failed test: each open page's address, text and screenshot (test-results/failures.txt).
    setupFiles: ['test/e2e/on-failure.ts'],
    testTimeout: 120_000,
    // A file's server seeds the whole demo (fleet, usage, internet, referral) on a first start: about
    // 70 s on PGlite under a load of 20, and CI runs these beside the PostgreSQL pass. A start that
    // slow is waited for rather than failed (stop 17's CI lost a run to a 120 s limit).
    hookTimeout: 300_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
