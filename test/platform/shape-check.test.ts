import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkShape, EMPTY_KNOWN, type KnownViolations } from '../../scripts/check-shape.ts';

/**
 * Issue 9 §3: `npm run check` (check:shape) fails on a cross-module store import, a module cycle and
 * SQL outside a store. Each case is a small tree written to a temporary folder.
 */
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'relais-shape-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** A clean tree: two modules, one calling the other's service; SQL only in stores and the db layer. */
const CLEAN: Record<string, string> = {
  'src/platform/db/db.ts': `export interface Tx { query(sql: string, params?: unknown[]): Promise<unknown[]> }
export const ping = (tx: Tx) => tx.query('SELECT 1');\n`,
  'src/platform/audit/audit-store.ts': `import type { Tx } from '../db/db.ts';
export const insertAudit = (tx: Tx, id: string) => tx.query('INSERT INTO audit_events (id) VALUES ($1)', [id]);\n`,
  'src/modules/stock/store.ts': `import type { Tx } from '../../platform/db/db.ts';
export const freeSims = (tx: Tx) => tx.query(\`SELECT iccid FROM sim_cards WHERE state = 'free'\`);\n`,
  'src/modules/stock/sim-cards-store.ts': `import type { Tx } from '../../platform/db/db.ts';
export const takeSim = (tx: Tx, iccid: string) => tx.query('UPDATE sim_cards SET state = $2 WHERE iccid = $1', [iccid, 'in_use']);\n`,
  'src/modules/stock/service.ts': `import type { Tx } from '../../platform/db/db.ts';
import { freeSims } from './store.ts';
export const pickSim = async (tx: Tx) => (await freeSims(tx))[0];\n`,
  'src/modules/stock/index.ts': `export { pickSim } from './service.ts';\n`,
  'src/modules/orders/service.ts': `import type { Tx } from '../../platform/db/db.ts';
import { pickSim } from '../stock/service.ts';
const TIME = /^(\\d\\d):(\\d\\d)$/;
export const order = async (tx: Tx, at: string) => ({ sim: await pickSim(tx), at: TIME.exec(at), note: 'Select a plan' });\n`,
  'src/modules/orders/store.test.ts': `import { takeSim } from '../stock/sim-cards-store.ts';
export const t = takeSim;\n`,
};

describe('the module shape check (check:shape)', () => {
  it('passes a clean tree', async () => {
    expect(await checkShape(tree(CLEAN), EMPTY_KNOWN)).toEqual({ failures: [], known: 0 });
  });

  it("fails on an import of another module's store, naming both files", async () => {
    const root = tree({
      ...CLEAN,
      'src/modules/orders/service.ts': `import type { Tx } from '../../platform/db/db.ts';
import { takeSim } from '../stock/sim-cards-store.ts';
export const order = (tx: Tx) => takeSim(tx, '8933');\n`,
    });
    const { failures } = await checkShape(root, EMPTY_KNOWN);
    expect(failures).toEqual([
      "src/modules/orders/service.ts imports another module's store; call that module's exported service functions instead (one owner per table) (src/modules/stock/sim-cards-store.ts)",
    ]);
  });

  it("fails on an import of another module's routes", async () => {
    const root = tree({
      ...CLEAN,
      'src/modules/stock/routes.ts': `export const stockRoutes = () => undefined;\n`,
      'src/modules/orders/events.ts': `import { stockRoutes } from '../stock/routes.ts';
export const e = stockRoutes;\n`,
    });
    const { failures } = await checkShape(root, EMPTY_KNOWN);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(
      /^src\/modules\/orders\/events\.ts imports another module's HTTP edge .*\(src\/modules\/stock\/routes\.ts\)$/,
    );
  });

  it('fails on a cycle between modules, even through different files', async () => {
    const root = tree({
      ...CLEAN,
      'src/modules/stock/rules.ts': `import { order } from '../orders/service.ts';
export const o = order;\n`,
    });
    const { failures } = await checkShape(root, EMPTY_KNOWN);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(
      /^module cycle (orders -> stock -> orders|stock -> orders -> stock): modules depend on each other in a cycle/,
    );
  });

  it('fails on SQL in a service: a query call, or SQL text handed to a store', async () => {
    const root = tree({
      ...CLEAN,
      'src/modules/stock/service.ts': `import type { Tx } from '../../platform/db/db.ts';
export const pickSim = async (tx: Tx) =>
  (await tx.query(\`SELECT iccid FROM sim_cards LIMIT 1\`))[0];\n`,
      'src/modules/orders/view.ts': `export const WHERE = 'x';
export const countSql = (from: string) => \`SELECT count(*) \${from}\`;\n`,
    });
    const { failures } = await checkShape(root, EMPTY_KNOWN);
    expect(failures).toEqual([
      'src/modules/orders/view.ts:2 runs or holds SQL outside a store; move the statement into the owning module\'s store.ts (or *-store.ts) (SQL text "SELECT count(*) …")',
      "src/modules/stock/service.ts:3 runs or holds SQL outside a store; move the statement into the owning module's store.ts (or *-store.ts) (tx.query(…))",
    ]);
  });

  it('passes over a known violation, and fails once it is gone so that the list only shrinks', async () => {
    const bad = tree({
      ...CLEAN,
      'src/modules/stock/service.ts': `import type { Tx } from '../../platform/db/db.ts';
export const pickSim = (tx: Tx) => tx.one('SELECT iccid FROM sim_cards LIMIT 1');\n`,
    });
    const known: KnownViolations = { ...EMPTY_KNOWN, sqlOutsideStores: ['src/modules/stock/service.ts'] };
    expect(await checkShape(bad, known)).toEqual({ failures: [], known: 1 });
    expect((await checkShape(tree(CLEAN), known)).failures).toEqual([
      'known violation no longer found, remove it from scripts/shape-known-violations.ts (sqlOutsideStores): src/modules/stock/service.ts',
    ]);
  });

  it("passes the project's own tree with its known violations (what npm run check runs)", async () => {
    const report = await checkShape(process.cwd());
    expect(report.failures).toEqual([]);
  });
});
