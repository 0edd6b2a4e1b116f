/**
 * `npm run openapi:types`: the web client's types, generated from the committed docs/openapi.json
 * by openapi-typescript into web/src/api/openapi.d.ts (issue 9 §6: one API contract for the web).
 * `--check` fails when the committed file is not what the document gives (`npm run check`).
 *
 * The document names its schemas def-0, def-1… (Fastify's shared schemas); each carries its $id as
 * `title`, so they are renamed to it here: `components['schemas']['Session']`, stable across
 * additions.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import prettier from 'prettier';

export const OUT = 'web/src/api/openapi.d.ts';
const DOC = 'docs/openapi.json';

function renameSchemasByTitle(doc: OpenAPI3): OpenAPI3 {
  const schemas = doc.components?.schemas ?? {};
  const names = new Map<string, string>();
  for (const [key, schema] of Object.entries(schemas)) {
    const title = (schema as { title?: unknown }).title;
    names.set(key, typeof title === 'string' && /^[A-Za-z]\w*$/.test(title) ? title : key);
  }
  if (new Set(names.values()).size !== names.size)
    throw new Error('two schemas of docs/openapi.json share a title');
  const text = JSON.stringify(doc).replace(/"#\/components\/schemas\/([^"]+)"/g, (_, key: string) =>
    JSON.stringify(`#/components/schemas/${names.get(key) ?? key}`),
  );
  const renamed = JSON.parse(text) as OpenAPI3;
  renamed.components!.schemas = Object.fromEntries(
    Object.entries(renamed.components?.schemas ?? {}).map(([key, schema]) => [names.get(key) ?? key, schema]),
  );
  return renamed;
}

export async function generateTypes(): Promise<string> {
  const doc = renameSchemasByTitle(JSON.parse(readFileSync(DOC, 'utf8')) as OpenAPI3);
  const body = astToString(await openapiTS(doc));
  const banner =
    '/**\n * Generated from docs/openapi.json by scripts/openapi-types.ts (`npm run openapi`): do not edit.\n */\n';
  const options = (await prettier.resolveConfig(OUT)) ?? {};
  return prettier.format(banner + body.replace(/^\/\*\*[\s\S]*?\*\/\n/, ''), { ...options, filepath: OUT });
}

const text = await generateTypes();
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(OUT, 'utf8');
  } catch {
    // missing: reported below
  }
  if (committed !== text) {
    console.error(`${OUT} is not what ${DOC} gives: run npm run openapi and commit both`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date`);
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
