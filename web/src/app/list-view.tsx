import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListResponse } from '../api/types.ts';
import { Button } from '../kit/button.tsx';
import { DataTable, type DataTableProps } from '../kit/data-table.tsx';
import { FilterBar } from '../kit/form.tsx';
import type { useListState } from './use-list-state.ts';

/**
 * The two halves every list page shares: the filter bar with its "clear filters" button, and the
 * table wired to the page's URL state (sort, page, page size) and to its query's loading, refresh
 * and error states. A page declares its columns and filters; the plumbing lives here once.
 */

type ListState = ReturnType<typeof useListState<string>>;

/** What a list page's query gives (TanStack Query's result, narrowed to what the table reads). */
export interface ListQuery<T> {
  data: ListResponse<T> | undefined;
  isPending: boolean;
  isPlaceholderData: boolean;
  error: unknown;
  refetch: () => unknown;
}

export function ListFilters({
  list,
  children,
}: {
  list: Pick<ListState, 'hasFilters' | 'clearFilters'>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <FilterBar label={t('common.filters')}>
      {children}
      {list.hasFilters ? (
        <Button
          variant="ghost"
          size="sm"
          icon="close"
          onClick={list.clearFilters}
          className="filter-bar__clear"
        >
          {t('common.clearFilters')}
        </Button>
      ) : null}
    </FilterBar>
  );
}

type Plumbing =
  'rows' | 'loading' | 'refreshing' | 'error' | 'onRetry' | 'sort' | 'onSortChange' | 'pagination';

export function ListTable<T>({
  list,
  query,
  sortable = true,
  ...table
}: Omit<DataTableProps<T>, Plumbing> & {
  list: Pick<ListState, 'params' | 'setSort' | 'setOffset' | 'setLimit'>;
  query: ListQuery<T>;
  /** false for lists the server keeps in a fixed order. */
  sortable?: boolean;
}) {
  const { data } = query;
  return (
    <DataTable
      {...table}
      rows={data?.items}
      loading={query.isPending}
      refreshing={query.isPlaceholderData}
      error={query.error}
      onRetry={() => void query.refetch()}
      {...(sortable ? { sort: list.params.sort, onSortChange: list.setSort } : {})}
      pagination={
        data
          ? {
              total: data.total,
              totalCapped: data.totalCapped,
              limit: list.params.limit,
              offset: list.params.offset,
              onOffsetChange: list.setOffset,
              onLimitChange: list.setLimit,
            }
          : undefined
      }
    />
  );
}
