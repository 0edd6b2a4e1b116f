import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';

/**
 * Validates our /tmf-api responses against the official TM Forum Open API definitions in
 * ../shared/tmf (Swagger 2.0). Each definition is compiled with every other definition of its
 * file reachable through "#/definitions/…" refs. Unknown extra properties are allowed, as the
 * TM Forum schemas allow them; required fields, types and formats are enforced.
 */
export const TMF_DIR = path.resolve(process.env.RELAIS_SHARED_DIR ?? '../shared', 'tmf');

type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats =
  (formatsModule as unknown as { default?: FormatsPlugin }).default ??
  (formatsModule as unknown as FormatsPlugin);

const cache = new Map<string, ValidateFunction>();

export function tmfValidator(file: string, definition: string): ValidateFunction {
  const key = `${file}#${definition}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const doc = JSON.parse(readFileSync(path.join(TMF_DIR, file), 'utf8')) as {
    definitions: Record<string, unknown>;
  };
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  // The Swagger 2.0 definitions become one schema document so that "#/definitions/X" resolves.
  const schema = { $id: `tmf:${file}`, definitions: doc.definitions, $ref: `#/definitions/${definition}` };
  const validate = ajv.compile(schema);
  cache.set(key, validate);
  return validate;
}

/** The list of problems (empty when valid), readable in a failed assertion. */
export function tmfErrors(file: string, definition: string, data: unknown): string[] {
  const validate = tmfValidator(file, definition);
  if (validate(data)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}

/**
 * Like tmfErrors for a body cut down by TMF630 attribute selection (`fields`): the attributes
 * present must conform; top-level attributes the definition requires may be absent.
 */
export function tmfFieldErrors(file: string, definition: string, data: unknown): string[] {
  const validate = tmfValidator(file, definition);
  if (validate(data)) return [];
  return (validate.errors ?? [])
    .filter((e) => !(e.keyword === 'required' && e.instancePath === ''))
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
