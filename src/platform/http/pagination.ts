import { Type, type TProperties, type TSchema } from '@sinclair/typebox';
import { AppError } from '../errors.ts';
import type { Locale } from '../i18n/messages.ts';

/**
 * One way to list, everywhere (also what TM Forum APIs use): `limit` (1–200, default 25),
 * `offset` (default 0), `sort` as comma-separated fields with `-` for descending
 * (`sort=-createdAt,email`), and resource-specific filters as plain query parameters.
 * The body is `{ items, total, limit, offset }`; `X-Total-Count` repeats the total.
 */
export function listQuery<P extends TProperties>(sortable: readonly string[], filters: P) {
  return Type.Object(
    {
      limit: Type.Integer({ minimum: 1, maximum: 200, default: 25 }),
      offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
      sort: Type.Optional(
        Type.String(
          sortable.length === 0
            ? { pattern: '^(?!)$', description: 'This list has a fixed order.' }
            : {
                pattern: `^-?(${sortable.join('|')})(,-?(${sortable.join('|')}))*$`,
                description: `Comma-separated, "-" for descending. Fields: ${sortable.join(', ')}`,
              },
        ),
      ),
      ...filters,
    },
    { additionalProperties: false },
  );
}

export function pageOf<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    limit: Type.Integer(),
    offset: Type.Integer(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/**
 * Builds a safe ORDER BY from a validated sort parameter and a map field → SQL column. A final
 * `id` tie-breaker keeps pages stable.
 */
export function orderBy(
  sort: string | undefined,
  columns: Record<string, string>,
  fallback: string,
  locale: Locale = 'fr',
): string {
  const parts = (sort ?? fallback).split(',').map((f) => {
    const desc = f.startsWith('-');
    const col = columns[desc ? f.slice(1) : f];
    if (!col) {
      throw new AppError('validation.failed', {}, [
        {
          pointer: '/query/sort',
          code: 'enum',
          detail: locale === 'fr' ? `Tri impossible sur « ${f} ».` : `Cannot sort on "${f}".`,
        },
      ]);
    }
    return `${col} ${desc ? 'DESC' : 'ASC'}`;
  });
  return `${parts.join(', ')}, id ${sort?.startsWith('-') ? 'DESC' : 'ASC'}`;
}
