import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as {
  engines: { node: string };
  optionalDependencies: Record<string, string>;
};

/**
 * Relais runs on the Node.js pinned in package.json (the registry's node-linux-<arch> package,
 * whose binary npm scripts find first on PATH in node_modules/.bin), not on whatever Node the
 * machine has: these tests themselves must be running on it.
 */
describe('the Node.js that runs Relais', () => {
  it('is the active LTS that engines names (24 or later)', () => {
    console.log(`tests run on Node.js ${process.version} (${process.execPath})`);
    const minimum = Number(/^>=(\d+)/.exec(pkg.engines.node)?.[1]);
    expect(minimum).toBeGreaterThanOrEqual(24);
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(minimum);
  });

  it('is the pinned binary where the registry ships one for this platform', () => {
    const pinned = pkg.optionalDependencies[`node-${process.platform}-${process.arch}`];
    // Elsewhere (e.g. macOS) the machine's own Node runs, held to engines by the test above.
    expect(process.versions.node).toBe(pinned ?? process.versions.node);
  });
});
