/**
 * The module shape (issue 9, docs/architecture.md), checked by `npm run check` through
 * scripts/check-shape.ts (which also finds SQL outside stores and holds the known-violations list).
 * Standalone: `npx depcruise src --config .dependency-cruiser.cjs`.
 *
 * A module is a folder src/modules/<area>/. Another module may import its index.ts, its use cases,
 * rules, schemas and views; never its store (`store.ts`, `*-store.ts`: the only SQL, the only
 * writer of its tables) nor its HTTP edge (`routes.ts`, `tmf.ts`). Modules do not depend on each
 * other in a cycle. Tests (`*.test.ts`) are not held to these rules: they may set up state through
 * any store.
 */
const MODULE_FILE = '^src/modules/([^/]+)/';
const NOT_A_TEST = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'module-store-import',
      comment:
        "A module imports another module's store: call that module's exported service functions instead " +
        '(one owner per table).',
      severity: 'error',
      from: { path: MODULE_FILE, pathNot: NOT_A_TEST },
      to: { path: '^src/modules/.+/(store|[a-z0-9-]*-store)\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'module-internals-import',
      comment:
        "A module imports another module's HTTP edge (routes.ts, tmf.ts): move what both need into a " +
        'schema, rule or service file of the owning module.',
      severity: 'error',
      from: { path: MODULE_FILE, pathNot: NOT_A_TEST },
      to: { path: '^src/modules/[^/]+/(routes|tmf)\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'module-cycle',
      comment: 'Modules depend on each other in a cycle: one of them must stop importing the other.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/modules/[^/]+$' },
      to: { path: '^src/modules/[^/]+$', circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)node_modules/', '\\.test\\.tsx?$'] },
    // Runtime dependencies only (type-only imports compile away): the platform names the modules'
    // types on purpose (ErrorCode and PolicyName include the codes and policies of the module list),
    // which couples nothing at run time and would otherwise read as a cycle through the platform.
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
