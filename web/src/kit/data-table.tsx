import { Fragment, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../i18n/intl-locale.ts';
import { Button } from './button.tsx';
import { ErrorBanner } from './banner.tsx';
import { cx } from './cx.ts';
import { Icon } from './icons.tsx';
import { Skeleton } from './spinner.tsx';

export interface Column<T> {
  id: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Field name sent in the `sort` query parameter; "-" is prepended for descending. */
  sortKey?: string;
  /** Direction of the first click: dates read best newest first. */
  firstSort?: 'asc' | 'desc';
  align?: 'start' | 'end' | 'center';
  width?: string;
  /** Hidden on narrow screens: secondary information on a phone. */
  secondary?: boolean;
  mono?: boolean;
  /** Keeps the cell on one line (dates, amounts). */
  nowrap?: boolean;
}

export interface Pagination {
  total: number;
  /** The server stopped counting at `total` (a lower bound): "sur plus de 10 000". */
  totalCapped?: boolean | undefined;
  limit: number;
  offset: number;
  onOffsetChange: (offset: number) => void;
  onLimitChange?: (limit: number) => void;
  pageSizes?: readonly number[];
}

export interface DataTableProps<T> {
  /** Names the table for assistive technology (visually hidden). */
  caption: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  /** First load: shows skeleton rows. */
  loading?: boolean;
  /** New data on the way while the old rows stay on screen. */
  refreshing?: boolean;
  error?: unknown;
  onRetry?: () => void;
  sort?: string;
  onSortChange?: (sort: string) => void;
  pagination?: Pagination;
  empty?: { title: string; hint?: ReactNode; action?: ReactNode };
  /** When given, each row can be expanded to show this below it. */
  renderExpanded?: (row: T) => ReactNode;
  /** Short name of a row, for the expand button's accessible name. */
  rowLabel?: (row: T) => string;
}

export function parseSort(sort: string | undefined): { key: string; direction: 'asc' | 'desc' } | null {
  if (!sort) return null;
  return sort.startsWith('-') ? { key: sort.slice(1), direction: 'desc' } : { key: sort, direction: 'asc' };
}

const SKELETON_ROWS = 6;
const DEFAULT_PAGE_SIZES = [25, 50, 100] as const;

export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  loading,
  refreshing,
  error,
  onRetry,
  sort,
  onSortChange,
  pagination,
  empty,
  renderExpanded,
  rowLabel,
}: DataTableProps<T>) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const current = parseSort(sort);
  const columnCount = columns.length + (renderExpanded ? 1 : 0);
  const detailIdBase = useId();

  const toggle = (key: string) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const sortBy = (column: Column<T>) => {
    if (!column.sortKey || !onSortChange) return;
    const direction =
      current?.key === column.sortKey
        ? current.direction === 'asc'
          ? 'desc'
          : 'asc'
        : (column.firstSort ?? 'asc');
    onSortChange(direction === 'desc' ? `-${column.sortKey}` : column.sortKey);
  };

  const showSkeleton = loading && !rows;
  const isEmpty = !showSkeleton && rows !== undefined && rows.length === 0;

  return (
    <div className="k-table-block">
      {error ? <ErrorBanner error={error} onRetry={onRetry} /> : null}
      {/* A table wider than a phone scrolls sideways: the region takes focus so a keyboard can
          scroll it too (WCAG 2.1.1), and is named by the table's caption. */}
      <div
        className={cx('k-table-scroll', refreshing && 'k-table-scroll--refreshing')}
        hidden={Boolean(error) && !rows && !loading}
        role="region"
        aria-label={caption}
        tabIndex={0}
      >
        <table className="k-table" aria-busy={loading || refreshing ? true : undefined}>
          <caption className="k-visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {renderExpanded ? (
                <th scope="col" className="k-table__expand-cell">
                  <span className="k-visually-hidden">{t('kit.expandRow')}</span>
                </th>
              ) : null}
              {columns.map((column) => {
                const sorted = column.sortKey && current?.key === column.sortKey ? current.direction : null;
                return (
                  <th
                    key={column.id}
                    scope="col"
                    style={column.width ? { width: column.width } : undefined}
                    className={cx(
                      column.align && `k-align-${column.align}`,
                      column.secondary && 'k-table__secondary',
                    )}
                    aria-sort={
                      column.sortKey && onSortChange
                        ? sorted === 'asc'
                          ? 'ascending'
                          : sorted === 'desc'
                            ? 'descending'
                            : 'none'
                        : undefined
                    }
                  >
                    {column.sortKey && onSortChange ? (
                      <button type="button" className="k-table__sort" onClick={() => sortBy(column)}>
                        {column.header}
                        <Icon
                          name={sorted === 'asc' ? 'arrowUp' : sorted === 'desc' ? 'arrowDown' : 'sortable'}
                          size={14}
                          className={cx('k-table__sort-icon', !sorted && 'k-table__sort-icon--idle')}
                        />
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {showSkeleton
              ? Array.from({ length: SKELETON_ROWS }, (_, index) => (
                  <tr key={`skeleton-${index}`} className="k-table__skeleton-row">
                    {Array.from({ length: columnCount }, (__, cell) => (
                      <td key={cell}>
                        <Skeleton width={`${50 + ((index * 7 + cell * 13) % 45)}%`} />
                      </td>
                    ))}
                  </tr>
                ))
              : null}
            {isEmpty ? (
              <tr>
                <td colSpan={columnCount} className="k-table__empty">
                  <p className="k-table__empty-title">{empty?.title ?? t('kit.emptyTitle')}</p>
                  {empty?.hint ? <p className="k-table__empty-hint">{empty.hint}</p> : null}
                  {empty?.action ? <div className="k-table__empty-action">{empty.action}</div> : null}
                </td>
              </tr>
            ) : null}
            {rows?.map((row) => {
              const key = rowKey(row);
              const isOpen = expanded.has(key);
              const detailId = `${detailIdBase}-${key}`;
              return (
                <Fragment key={key}>
                  <tr
                    className={cx(
                      renderExpanded && 'k-table__row--expandable',
                      isOpen && 'k-table__row--open',
                    )}
                    onClick={
                      renderExpanded
                        ? (event) => {
                            // A click on the row opens it too (the chevron is the keyboard way), but not
                            // one on a link, a button or a field inside it, nor a text selection.
                            const target = event.target as HTMLElement;
                            if (target.closest('a, button, input, select, textarea, label')) return;
                            if (window.getSelection()?.toString()) return;
                            toggle(key);
                          }
                        : undefined
                    }
                  >
                    {renderExpanded ? (
                      <td className="k-table__expand-cell">
                        <Button
                          variant="ghost"
                          size="sm"
                          icon={isOpen ? 'chevronDown' : 'chevronRight'}
                          aria-expanded={isOpen}
                          aria-controls={isOpen ? detailId : undefined}
                          aria-label={`${isOpen ? t('kit.collapseRow') : t('kit.expandRow')}${rowLabel ? ` : ${rowLabel(row)}` : ''}`}
                          onClick={() => toggle(key)}
                        />
                      </td>
                    ) : null}
                    {columns.map((column) => (
                      <td
                        key={column.id}
                        className={cx(
                          column.align && `k-align-${column.align}`,
                          column.secondary && 'k-table__secondary',
                          column.mono && 'k-mono',
                          column.nowrap && 'k-nowrap',
                        )}
                      >
                        {column.cell(row)}
                      </td>
                    ))}
                  </tr>
                  {renderExpanded && isOpen ? (
                    <tr className="k-table__detail-row" id={detailId}>
                      <td colSpan={columnCount}>{renderExpanded(row)}</td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {pagination ? <Pager {...pagination} /> : null}
    </div>
  );
}

function Pager({
  total,
  totalCapped,
  limit,
  offset,
  onOffsetChange,
  onLimitChange,
  pageSizes = DEFAULT_PAGE_SIZES,
}: Pagination) {
  const { t, i18n } = useTranslation();
  const sizeId = useId();
  const number = new Intl.NumberFormat(intlLocale(i18n.language));
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(offset + limit, total);
  const lastOffset = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;

  // A page emptied under our feet (rows deleted, filters narrowed): go to the last page that exists.
  useEffect(() => {
    if (offset > 0 && offset > lastOffset) onOffsetChange(lastOffset);
  }, [offset, lastOffset, onOffsetChange]);

  return (
    <div className="k-pager">
      {onLimitChange ? (
        <div className="k-pager__size">
          <label htmlFor={sizeId}>{t('kit.pageSize')}</label>
          <select
            id={sizeId}
            className="k-input k-select k-select--inline"
            value={limit}
            onChange={(event) => onLimitChange(Number(event.target.value))}
          >
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p className="k-pager__range" aria-live="polite">
        {total === 0
          ? t('kit.noRows')
          : t(totalCapped ? 'kit.pageRangeCapped' : 'kit.pageRange', {
              from: number.format(from),
              to: number.format(to),
              total: number.format(total),
            })}
      </p>
      <div className="k-pager__buttons">
        <Button
          variant="ghost"
          size="sm"
          icon="chevronLeft"
          aria-label={t('kit.previousPage')}
          disabled={offset <= 0}
          onClick={() => onOffsetChange(Math.max(0, offset - limit))}
        />
        <Button
          variant="ghost"
          size="sm"
          icon="chevronRight"
          aria-label={t('kit.nextPage')}
          disabled={offset + limit >= total}
          onClick={() => onOffsetChange(offset + limit)}
        />
      </div>
    </div>
  );
}
