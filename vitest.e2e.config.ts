import { defineConfig } from 'vitest/config';

// Browser tests: the real server (built UI, real database) driven by Debian's Chromium.
// One file at a time: two Chromiums on two cores would make timings flaky.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    env: { TZ: 'UTC' },
    // One migrated database per run, copied by each file's server (test/e2e/support.ts).
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
