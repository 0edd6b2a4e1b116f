/**
 * `npm run check:shape`: the module shape of issue 9, enforced.
 *  - A module imports another module's store (store.ts, *-store.ts) or HTTP edge (routes.ts, tmf.ts):
 *    rules `module-store-import`, `module-internals-import` of .dependency-cruiser.cjs.
 *  - Modules depend on each other in a cycle: rule `module-cycle` of .dependency-cruiser.cjs.
 *  - SQL outside stores: a query call (`tx.query`, `tx.one`, `tx.maybeOne`, `db.read`, `client.exec`…)
 *    or an SQL text (a string or template beginning `SELECT`, `INSERT INTO`, `UPDATE … SET`,
 *    `DELETE FROM`…) in a file of src that is not a store; src/platform/db is the only other place
 *    SQL may be.
 * Known violations (scripts/shape-known-violations.ts) are passed over while they last; an entry that
 * is no longer violated fails, so that the list only shrinks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { KNOWN_VIOLATIONS } from './shape-known-violations.ts';

export type KnownViolations = typeof KNOWN_VIOLATIONS;

export const EMPTY_KNOWN: KnownViolations = {
  storeImports: [],
  internalsImports: [],
  moduleCycles: [],
  sqlOutsideStores: [],
};

type Kind = keyof KnownViolations;

export interface Violation {
  kind: Kind;
  /** The entry that would name it in the known-violations list. */
  key: string;
  message: string;
}

const HINTS: Record<Kind, string> = {
  storeImports:
    "imports another module's store; call that module's exported service functions instead (one owner per table)",
  internalsImports:
    "imports another module's HTTP edge (routes.ts, tmf.ts); move what both need into the owning module's schemas, rules or services",
  moduleCycles: 'modules depend on each other in a cycle; one of them must stop importing the other',
  sqlOutsideStores:
    "runs or holds SQL outside a store; move the statement into the owning module's store.ts (or *-store.ts)",
};

const RULE_KIND: Record<string, Kind> = {
  'module-store-import': 'storeImports',
  'module-internals-import': 'internalsImports',
  'module-cycle': 'moduleCycles',
};

const require = createRequire(import.meta.url);
const CONFIG = require('../.dependency-cruiser.cjs') as IConfiguration;

const toPosix = (p: string) => p.split(sep).join('/');

/** Import rules and module cycles, by dependency-cruiser with the project's rules. */
export async function findImportViolations(root: string): Promise<Violation[]> {
  const { tsConfig: _tsConfig, ...options } = CONFIG.options ?? {};
  const output = await cruise(
    ['src'],
    { ...options, baseDir: root, validate: true, ruleSet: { forbidden: CONFIG.forbidden ?? [] } },
    { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  );
  const result = output.output as ICruiseResult;
  const found = new Map<string, Violation>();
  for (const v of result.summary.violations) {
    const kind = RULE_KIND[v.rule.name];
    if (!kind) continue;
    if (kind === 'moduleCycles') {
      const names = [v.from, ...(v.cycle ?? []).map((c) => c.name)].map((p) =>
        p.replace(/^src\/modules\//, ''),
      );
      const key = [...new Set(names)].sort().join(' <-> ');
      found.set(`${kind} ${key}`, {
        kind,
        key,
        message: `module cycle ${[...names, names[0]].filter((n, i, a) => i === 0 || n !== a[i - 1]).join(' -> ')}: ${HINTS[kind]}`,
      });
    } else {
      const key = `${v.from} -> ${v.to}`;
      found.set(`${kind} ${key}`, { kind, key, message: `${v.from} ${HINTS[kind]} (${v.to})` });
    }
  }
  return [...found.values()];
}

const QUERY_METHODS = new Set(['query', 'one', 'maybeOne', 'many', 'any', 'exec', 'read']);
/** What a database handle is called here: tx, ctx.tx, db, deps.db, client, pool, conn. */
const DB_RECEIVER = /(^|\.)(tx|trx|db|client|pool|conn|connection|pg|pglite)$/i;
/** The beginning of an SQL statement (upper case, as every statement of the project is written). */
const SQL_TEXT =
  /^\s*(SELECT\s|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|WITH\s+\w+\s+AS\s*\(|CREATE\s+(TABLE|INDEX|POLICY)\s|ALTER\s+TABLE\s|DROP\s+TABLE\s|TRUNCATE\s)/;

function isStore(file: string): boolean {
  return /(^|\/)([a-z0-9-]*-)?store\.tsx?$/.test(file);
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(name) && !/\.d\.ts$/.test(name)) out.push(full);
  }
  return out;
}

function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text;
  return undefined;
}

/** The first place in a file that runs or holds SQL, or undefined. */
export function findSql(file: string, text: string): { line: number; what: string } | undefined {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  let hit: { line: number; what: string } | undefined;
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    if (hit) return;
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const receiver = node.expression.expression.getText(source);
      const first = node.arguments[0];
      const sqlArg = first !== undefined && SQL_TEXT.test(literalText(first) ?? '');
      if (QUERY_METHODS.has(method) && (DB_RECEIVER.test(receiver) || sqlArg)) {
        hit = { line: at(node), what: `${receiver}.${method}(…)` };
        return;
      }
    }
    const literal = literalText(node);
    if (literal !== undefined && SQL_TEXT.test(literal)) {
      hit = { line: at(node), what: `SQL text "${literal.trim().split(/\s+/).slice(0, 3).join(' ')} …"` };
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return hit;
}

/** Files of src, outside stores, tests and src/platform/db, that run or hold SQL. */
export function findSqlViolations(root: string): Violation[] {
  const out: Violation[] = [];
  for (const full of sourceFiles(join(root, 'src')).sort()) {
    const file = toPosix(relative(root, full));
    if (isStore(file) || /\.test\.tsx?$/.test(file) || file.startsWith('src/platform/db/')) continue;
    const hit = findSql(file, readFileSync(full, 'utf8'));
    if (hit)
      out.push({
        kind: 'sqlOutsideStores',
        key: file,
        message: `${file}:${hit.line} ${HINTS.sqlOutsideStores} (${hit.what})`,
      });
  }
  return out;
}

export interface ShapeReport {
  /** What fails the check: new violations, and known ones that are gone. */
  failures: string[];
  /** Known violations still present (passed over). */
  known: number;
}

export async function checkShape(
  root: string,
  known: KnownViolations = KNOWN_VIOLATIONS,
): Promise<ShapeReport> {
  const violations = [...(await findImportViolations(root)), ...findSqlViolations(root)];
  const failures: string[] = [];
  const seen = new Set<string>();
  let knownCount = 0;
  for (const v of violations) {
    seen.add(`${v.kind} ${v.key}`);
    if ((known[v.kind] as readonly string[]).includes(v.key)) knownCount++;
    else failures.push(v.message);
  }
  for (const kind of Object.keys(known) as Kind[]) {
    for (const key of known[kind]) {
      if (!seen.has(`${kind} ${key}`))
        failures.push(
          `known violation no longer found, remove it from scripts/shape-known-violations.ts (${kind}): ${key}`,
        );
    }
  }
  return { failures, known: knownCount };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await checkShape(process.cwd());
  for (const f of report.failures) console.error(`✗ ${f}`);
  if (report.failures.length > 0) {
    console.error(`\nmodule shape: ${report.failures.length} problem(s) (see docs/architecture.md)`);
    process.exit(1);
  }
  console.log(
    `module shape: ok (${report.known} known violation(s) left in scripts/shape-known-violations.ts)`,
  );
}
