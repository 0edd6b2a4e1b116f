import type { FastifyRequest } from 'fastify';
import { AppError, type FieldIssue } from '../errors.ts';
import { fieldMessage } from '../i18n/messages.ts';
import { fieldLabel } from '../i18n/field-labels.ts';

/**
 * The JSON body parser of every route. JSON.parse itself is safe (a "__proto__" key becomes an own
 * property, never the prototype), but such a key would poison any object it is later spread into.
 * Fastify's default parser refuses it as "malformed JSON" without saying where; here the refusal
 * is a validation problem naming the field, like any other field the route does not know.
 */
export function parseJsonBody(req: FastifyRequest, body: string): unknown {
  if (body === '') throw new AppError('request.malformed_json', { reason: 'empty body' });
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    throw new AppError('request.malformed_json', { reason: (e as Error).message });
  }
  // Cheap guard first: nearly every body holds neither word.
  if (!body.includes('__proto__') && !body.includes('constructor')) return value;
  const issues: FieldIssue[] = [];
  walk(value, '/body', (pointer, key) => {
    issues.push({
      pointer,
      code: 'additionalProperties',
      detail: fieldMessage(
        'additionalProperties',
        { additionalProperty: key },
        req.locale,
        fieldLabel(pointer, req.locale),
      ),
    });
  });
  if (issues.length > 0) throw new AppError('validation.failed', {}, issues);
  return value;
}

function walk(value: unknown, pointer: string, forbidden: (pointer: string, key: string) => void): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, `${pointer}/${i}`, forbidden));
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const here = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    const poisoned =
      key === '__proto__' ||
      (key === 'constructor' && v !== null && typeof v === 'object' && Object.hasOwn(v, 'prototype'));
    if (poisoned) forbidden(here, key);
    else walk(v, here, forbidden);
  }
}
