import { Type, type TObject } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { AppError } from '../errors.ts';
import { errorResponses } from './schemas.ts';

/**
 * The TMF630 (REST API design guidelines, part 1) query conventions, once for every `/tmf-api`
 * list:
 *  - `fields=a,b`: attribute selection of first-level attributes; `id`, `href` and `@type` are
 *    always kept (a dotted `fields=relatedParty.id` keeps the whole first-level attribute).
 *  - `offset` / `limit`: the page; `X-Total-Count` (every match) and `X-Result-Count` (this page);
 *    200 when the page holds the whole result, 206 Partial Content when it does not.
 *  - any other parameter is an attribute filter on the TMF body, `?status=active`,
 *    `?relatedParty.id=…` (dotted paths walk into objects and arrays; an array matches when one
 *    element does), `?status=a,b` meaning either. Equality only. A parameter the resource does not
 *    declare filterable answers 400 `tmf.filter_unsupported` naming it, rather than being ignored
 *    (an ignored filter returns everything, which a client cannot tell from a match).
 *
 * Filters run on the mapped TMF objects, so every resource gets the same semantics from one place.
 * The price is a scan: with a filter, the list reads its source page by page, at most
 * TMF_SCAN_CAP items, and answers 400 `tmf.filter_too_broad` beyond (never a silently truncated
 * result).
 */

export const TMF_SCAN_CAP = 5_000;
const SCAN_PAGE = 200;
const ALWAYS = ['id', 'href', '@type'];

export const TmfListQuery = Type.Object(
  {
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 25 }),
    fields: Type.Optional(
      Type.String({ maxLength: 500, description: 'Comma-separated first-level attributes (TMF630)' }),
    ),
  },
  {
    // Attribute filters (?status=active, ?relatedParty.id=…) are checked by parseTmfQuery against
    // the resource's filterable attributes, so that an unsupported one is named in the 400.
    additionalProperties: true,
    description: 'TMF630: offset, limit, fields, and attribute filters such as status=active',
  },
);

export const TmfGetQuery = Type.Object(
  { fields: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);

/** Response schemas of a list: items may lack attributes once `fields` selected some. */
export function tmfListResponses(item: TObject) {
  const partial = Type.Array(Type.Partial(item));
  return { 200: partial, 206: partial, ...errorResponses };
}

/** Response schemas of a get with `fields`. */
export function tmfGetResponses(item: TObject) {
  return { 200: Type.Partial(item), ...errorResponses };
}

export interface TmfFilter {
  attribute: string;
  path: string[];
  values: string[];
}

export interface TmfQuery {
  offset: number;
  limit: number;
  fields: string[] | null;
  filters: TmfFilter[];
}

const RESERVED = new Set(['offset', 'limit', 'fields']);

export function parseTmfQuery(query: Record<string, unknown>, filterable: readonly string[]): TmfQuery {
  const filters: TmfFilter[] = [];
  for (const [attribute, raw] of Object.entries(query)) {
    if (RESERVED.has(attribute)) continue;
    if (!filterable.includes(attribute)) throw new AppError('tmf.filter_unsupported', { attribute });
    const list = Array.isArray(raw) ? raw : [raw];
    const values = list.flatMap((v) => String(v).split(',')).filter((v) => v !== '');
    filters.push({ attribute, path: attribute.split('.'), values });
  }
  return {
    offset: Number(query.offset ?? 0),
    limit: Number(query.limit ?? 25),
    fields: parseFields(query.fields),
    filters,
  };
}

export function parseFields(raw: unknown): string[] | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  return raw
    .split(',')
    .map((f) => f.trim().split('.')[0] ?? '')
    .filter((f) => f !== '');
}

/** Every value found at a dotted path, arrays flattened. */
export function valuesAt(item: unknown, path: readonly string[]): unknown[] {
  let current: unknown[] = [item];
  for (const key of path) {
    const next: unknown[] = [];
    for (const c of current) {
      const elements = Array.isArray(c) ? c : [c];
      for (const e of elements) {
        if (e !== null && typeof e === 'object' && Object.hasOwn(e, key)) {
          const v = (e as Record<string, unknown>)[key];
          if (Array.isArray(v)) next.push(...(v as unknown[]));
          else next.push(v);
        }
      }
    }
    current = next;
  }
  return current;
}

export function matchesTmfFilters(item: unknown, filters: readonly TmfFilter[]): boolean {
  return filters.every((f) => {
    const found = valuesAt(item, f.path).map((v) => (v === null || v === undefined ? '' : String(v)));
    return found.some((v) => f.values.includes(v));
  });
}

/** Attribute selection: the chosen first-level attributes plus id, href and @type. */
export function selectTmfFields<T extends object>(item: T, fields: readonly string[] | null): Partial<T> {
  if (!fields) return item;
  const keep = new Set([...ALWAYS, ...fields]);
  return Object.fromEntries(Object.entries(item).filter(([k]) => keep.has(k))) as Partial<T>;
}

export type TmfPageSource<T> = (offset: number, limit: number) => Promise<{ items: T[]; total: number }>;

/** The page a TMF query asks for, filters applied (see the module comment for the scan). */
export async function tmfPage<T>(
  q: TmfQuery,
  source: TmfPageSource<T>,
): Promise<{ items: T[]; total: number }> {
  if (q.filters.length === 0) return source(q.offset, q.limit);
  const matched: T[] = [];
  for (let offset = 0; ; offset += SCAN_PAGE) {
    if (offset >= TMF_SCAN_CAP) throw new AppError('tmf.filter_too_broad', { max: TMF_SCAN_CAP });
    const page = await source(offset, SCAN_PAGE);
    for (const item of page.items) if (matchesTmfFilters(item, q.filters)) matched.push(item);
    if (page.items.length < SCAN_PAGE || offset + SCAN_PAGE >= page.total) break;
  }
  return { items: matched.slice(q.offset, q.offset + q.limit), total: matched.length };
}

/** Headers and status of a TMF list, and its body with the selected fields. */
export function sendTmfList<T extends object>(
  reply: FastifyReply,
  q: TmfQuery,
  page: { items: T[]; total: number },
): Partial<T>[] {
  reply.header('X-Total-Count', String(page.total));
  reply.header('X-Result-Count', String(page.items.length));
  reply.status(page.items.length < page.total ? 206 : 200);
  return page.items.map((i) => selectTmfFields(i, q.fields));
}

/**
 * Hands one single-valued filter to the source (an indexed SQL condition, exactly equivalent to
 * the in-memory match) and removes it from the query; undefined when the query has none.
 */
export function takeTmfFilter(q: TmfQuery, attribute: string): string | undefined {
  const i = q.filters.findIndex((f) => f.attribute === attribute && f.values.length === 1);
  if (i < 0) return undefined;
  const [f] = q.filters.splice(i, 1);
  return f?.values[0];
}

/** Everything of a list the source already holds in memory (small lists), paged. */
export function inMemorySource<T>(load: () => Promise<T[]>): TmfPageSource<T> {
  let all: Promise<T[]> | undefined;
  return async (offset, limit) => {
    all ??= load();
    const items = await all;
    return { items: items.slice(offset, offset + limit), total: items.length };
  };
}
