import { Ajv, type ErrorObject } from 'ajv';
import formatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import type { FieldIssue } from '../errors.ts';
import { isEmailAddress } from '../notify/email-address.ts';
import { fieldMessage, type Locale } from '../i18n/messages.ts';
import { fieldLabel } from '../i18n/field-labels.ts';

// ajv-formats is CommonJS: under NodeNext its default import is module.exports, the plugin itself.
type FormatsPlugin = (ajv: Ajv) => Ajv;
const addFormats =
  (formatsModule as unknown as { default?: FormatsPlugin }).default ??
  (formatsModule as unknown as FormatsPlugin);

function makeAjv(coerce: boolean): Ajv {
  // Bodies are never coerced: "12" is not a number and {"active":"true"} is refused.
  // Query strings, params and headers are text on the wire, so they are coerced.
  const ajv = new Ajv({
    allErrors: true,
    removeAdditional: false,
    useDefaults: true,
    coerceTypes: coerce ? 'array' : false,
    strict: false,
  });
  addFormats(ajv);
  // One e-mail validation for the API, accounts and the outbox (notify/email-address.ts).
  ajv.addFormat('email', isEmailAddress);
  return ajv;
}

export function installValidators(app: FastifyInstance): void {
  const bodyAjv = makeAjv(false);
  const textAjv = makeAjv(true);
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? bodyAjv : textAjv;
    return ajv.compile(schema) as ReturnType<Parameters<FastifyInstance['setValidatorCompiler']>[0]>;
  });
}

/**
 * Turns ajv errors into field issues with JSON pointers into the request and localized messages
 * naming the field. One issue per field: a union's branches each fail on the same value (a
 * nullable text too long also "is not null"; an unknown kind differs from each allowed literal),
 * and only the first of those says something useful.
 */
export function toFieldIssues(errors: ErrorObject[], part: string, locale: Locale): FieldIssue[] {
  const prefix = `/${part === 'querystring' ? 'query' : part}`;
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const e of errors) {
    let pointer = prefix + e.instancePath;
    if (e.keyword === 'required')
      pointer += `/${String((e.params as { missingProperty: string }).missingProperty)}`;
    if (e.keyword === 'additionalProperties') {
      pointer += `/${String((e.params as { additionalProperty: string }).additionalProperty)}`;
    }
    if (seen.has(pointer)) continue;
    seen.add(pointer);
    issues.push({
      pointer,
      code: e.keyword,
      detail: fieldMessage(
        e.keyword,
        e.params as Record<string, unknown>,
        locale,
        fieldLabel(pointer, locale),
      ),
    });
  }
  return issues;
}

/**
 * NUL characters anywhere in a request (values or keys, body, query string or path): PostgreSQL
 * text cannot hold them and refused them with a 500. Checked once for every route rather than
 * by a pattern on each of hundreds of string schemas.
 */
export function nulIssues(
  value: unknown,
  pointer: string,
  locale: Locale,
  out: FieldIssue[] = [],
): FieldIssue[] {
  if (out.length >= 20) return out;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      out.push({ pointer, code: 'nulCharacter', detail: fieldMessage('nulCharacter', {}, locale) });
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nulIssues(v, `${pointer}/${i}`, locale, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const child = `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      if (k.includes('\u0000')) nulIssues(k, child, locale, out);
      else nulIssues(v, child, locale, out);
    }
  }
  return out;
}
