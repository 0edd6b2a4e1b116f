import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ListParams } from '../api/list-params.ts';

export const PAGE_SIZES = [25, 50, 100] as const;

/**
 * A list's paging, sort and filters live in the page URL (?sort=-createdAt&offset=25&role=agent):
 * a filtered view can be bookmarked, shared, and survives a reload. Changing a filter or the sort
 * goes back to the first page.
 */
export function useListState<F extends string>(options: {
  /** null: the server keeps this list in a fixed order and accepts no `sort`. */
  defaultSort: string | null;
  filters: readonly F[];
  defaultLimit?: number;
}) {
  const { defaultSort, filters: filterKeys, defaultLimit = PAGE_SIZES[0] } = options;
  const [searchParams, setSearchParams] = useSearchParams();

  const limitParam = Number(searchParams.get('limit'));
  const limit = (PAGE_SIZES as readonly number[]).includes(limitParam) ? limitParam : defaultLimit;
  const offsetParam = Number(searchParams.get('offset'));
  const offset = Number.isInteger(offsetParam) && offsetParam > 0 ? offsetParam : 0;
  const sort = defaultSort === null ? undefined : searchParams.get('sort') || defaultSort;

  const params: ListParams = useMemo(() => ({ limit, offset, sort }), [limit, offset, sort]);

  const filterSignature = filterKeys.map((key) => `${key}=${searchParams.get(key) ?? ''}`).join('&');
  const filters = useMemo(() => {
    const values = {} as Record<F, string>;
    for (const entry of filterSignature.split('&')) {
      const [key = '', ...rest] = entry.split('=');
      if (key) values[key as F] = rest.join('=');
    }
    return values;
    // The signature is the content of the filters; a new object is made only when it changes.
  }, [filterSignature]);

  const update = useCallback(
    (patch: Record<string, string | number | null>, keepOffset = false) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(patch)) {
            if (value === null || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (!keepOffset) next.delete('offset');
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  const setSort = useCallback(
    (value: string) => update({ sort: value === defaultSort ? null : value }),
    [update, defaultSort],
  );
  const setOffset = useCallback(
    (value: number) => update({ offset: value > 0 ? value : null }, true),
    [update],
  );
  const setLimit = useCallback(
    (value: number) => update({ limit: value === defaultLimit ? null : value }),
    [update, defaultLimit],
  );
  const setFilter = useCallback((key: F, value: string) => update({ [key]: value }), [update]);
  const clearFilters = useCallback(
    () => update(Object.fromEntries(filterKeys.map((key) => [key, null]))),
    // filterKeys is a constant list given by the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [update],
  );
  const hasFilters = filterKeys.some((key) => filters[key] !== '');

  return { params, filters, setSort, setOffset, setLimit, setFilter, clearFilters, hasFilters, update };
}
