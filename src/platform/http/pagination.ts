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

/**
 * Lists that can grow to millions of rows (the fleet) count at most this many matches: an exact
 * total of 850,000 lines reads 850,000 index entries on every page view, while nobody pages that
 * far; "plus de 10 000" is what the agent needs to know to narrow the filter.
 */
export const COUNT_CAP = 10_000;

export function pageOf<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    limit: Type.Integer(),
    offset: Type.Integer(),
    totalCapped: Type.Optional(
      Type.Boolean({
        description: `true when more than ${COUNT_CAP} items match: total is then ${COUNT_CAP}, a lower bound`,
      }),
    ),
  });
}

/**
 * A page's bounds as a platform store takes them from code (not from a request, already
 * validated): an integer limit of 1 to 1000, an offset of 0 or more. A programming error throws.
 */
export function checkPageBounds(query: { limit: number; offset: number }): void {
  if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > 1000) {
    throw new Error('limit must be an integer between 1 and 1000');
  }
  if (!Number.isInteger(query.offset) || query.offset < 0) throw new Error('offset must be >= 0');
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  /** Lists that can hold millions of rows stop counting at COUNT_CAP (see cappedCount). */
  totalCapped?: boolean;
}

/**
 * A first page holding fewer rows than asked holds every match: its total is its length and no
 * count is needed (an account's lines, a search by SIRET or number). null: count with cappedCountSql.
 */
export function totalWithoutCount(
  page: { offset: number; limit: number },
  rows: number,
): { total: number; totalCapped: false } | null {
  return page.offset === 0 && rows < page.limit ? { total: rows, totalCapped: false } : null;
}

/** The page's total and whether it is a lower bound, from cappedCountSql's n. */
export function cappedTotal(n: number): { total: number; totalCapped: boolean } {
  return n > COUNT_CAP ? { total: COUNT_CAP, totalCapped: true } : { total: n, totalCapped: false };
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
  /** The unique column that breaks ties (qualified when the query joins tables). */
  tieBreaker = 'id',
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
  return `${parts.join(', ')}, ${tieBreaker} ${sort?.startsWith('-') ? 'DESC' : 'ASC'}`;
}
