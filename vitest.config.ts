import { defineConfig } from 'vitest/config';

// Unit and integration tests. Each test file gets its own database (see test/support/db.ts),
// so files run in parallel safely. TZ is pinned so nothing depends on the machine's zone.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    env: { TZ: 'UTC' },
    // One migrated database per run; each file's databases start from it (test/support/db.ts).
    globalSetup: ['test/support/global-setup.ts'],
    // Modules' error codes, policies and templates, as the server installs them at start (issue 9).
    setupFiles: ['test/support/install-modules.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
