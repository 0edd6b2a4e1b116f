import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Issue 9 §6: the web reads the server's shapes from the generated contract (web/src/api/contract.ts
 * over openapi.d.ts), never from copies written by hand. `npm run openapi:check` proves the
 * generated file is what the server describes and `tsc` that the web's code fits it; this test
 * closes the loop: no request or response shape may be written by hand again.
 *
 * - A call to the API client (`api.get<…>`, `apiRequest<…>`, `getVersioned<…>`…) names its answer
 *   with a type from the contract, never an object type written at the call.
 * - A module of web/src/api declares no object type of its own, except the UI's: list filters
 *   (`…Filters`, the query a page builds) and those in UI_OWN, each with why.
 */
const UI_OWN: Record<string, string> = {
  ListParams: 'paging and sort as the page URL holds them (list-params.ts)',
  LineActionInput: 'one input for seven line routes; actionRequest() maps it to each route and body',
  RequestOptions: "the client's own options (client.ts)",
  ApiResponse: "the client's answer: the body with its status and headers (client.ts)",
  AuthHandlers: "the client's session hooks (client.ts)",
  Versioned: 'a body with its ETag (client.ts)',
  JsonValue: 'a JSON value: how the UI walks what the contract calls `unknown` (audit diffs, payloads)',
};

const CLIENT_CALLS = new Set(['apiRequest', 'getVersioned', 'patchVersioned']);
const CLIENT_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

function isClientCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return CLIENT_CALLS.has(callee.text);
  return (
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === 'api' &&
    CLIENT_METHODS.has(callee.name.text)
  );
}

const hasTypeLiteral = (node: ts.Node): boolean =>
  ts.isTypeLiteralNode(node) ||
  (ts.forEachChild(node, (child) => hasTypeLiteral(child) || undefined) ?? false);

/** The hand-written shapes of one file: "name (line)" for each. */
function handWrittenShapes(file: string, text: string, apiModule: boolean): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const own = (name: string) => name.endsWith('Filters') || Object.hasOwn(UI_OWN, name);
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && isClientCall(node) && node.typeArguments?.some(hasTypeLiteral))
      found.push(`${node.expression.getText(source)}<{ … }> (${at(node)})`);
    if (apiModule && ts.isInterfaceDeclaration(node) && !own(node.name.text))
      found.push(`interface ${node.name.text} (${at(node)})`);
    if (apiModule && ts.isTypeAliasDeclaration(node) && hasTypeLiteral(node.type) && !own(node.name.text))
      found.push(`type ${node.name.text} (${at(node)})`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

describe('the web API contract (issue 9 §6)', () => {
  it.each([
    ['a response typed at the call', `api.get<{ id: string }>('/api/x');`, false, ['api.get<{ … }> (1)']],
    ['a list typed at the call', `api.get<{ items: Line[] }>('/api/x');`, false, ['api.get<{ … }> (1)']],
    [
      'a request typed at the call',
      `apiRequest<{ ok: boolean }[]>('/api/x');`,
      false,
      ['apiRequest<{ … }> (1)'],
    ],
    ['a response from the contract', `api.get<Schema<'Line'>>('/api/x');`, true, []],
    [
      'an interface in an API module',
      `export interface Line {\n  id: string;\n}`,
      true,
      ['interface Line (1)'],
    ],
    ['an object alias in an API module', `type Order = { id: string } | null;`, true, ['type Order (1)']],
    ['a derived alias', `export type Zone = Offer['zones'][number];`, true, []],
    ["a page's filters", `export interface LineFilters {\n  q?: string;\n}`, true, []],
    ["a page's own form state", `interface Values {\n  name: string;\n}`, false, []],
  ])('finds %s', (_what, text, apiModule, expected) => {
    expect(handWrittenShapes('sample.ts', text, apiModule)).toEqual(expected);
  });

  it('holds in the web: every server shape comes from the generated contract', () => {
    const found = sourceFiles('web/src').flatMap((file) => {
      const path = relative('.', file);
      // contract.ts is the contract's own machinery (it reads the generated types' shapes).
      const apiModule = path.startsWith('web/src/api/') && path !== 'web/src/api/contract.ts';
      return handWrittenShapes(path, readFileSync(file, 'utf8'), apiModule).map((s) => `${path}: ${s}`);
    });
    expect(found).toEqual([]);
  });
});
