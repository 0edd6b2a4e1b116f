import { availableParallelism } from 'node:os';
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
    // No setupFiles: installing the modules (test/support/install-modules.ts) imports every module and
    // cost ~1.7 s per test file. The server and the worker install them at start; the few pure tests
    // that read a module's message without either import that file themselves.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the CPUs: on a 2-core CI machine, one test file at
    // a time. PGlite runs each file's database in its own process, single-threaded, so a second
    // worker keeps the second core busy: the PGlite pass went from about 15 to 10 minutes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
