import { useState, type ReactNode } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { DataTable, type Column } from '../kit/data-table.tsx';
import { ConfirmDialog } from '../kit/dialog.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { useToast } from '../kit/toast.tsx';
import { useFormat } from './format.ts';

/** The words of one queue, from its block of the i18n files (lines-*.ts, support-*.ts, fr.ts/en.ts accounts). */
const TEXT_KEYS = [
  'title',
  'subtitle',
  'receivedAt',
  'receivedBy',
  'complete',
  'reject',
  'rejectTitle',
  'rejectBody',
  'rejected',
  'empty',
  'emptyHint',
] as const;
export type HeldQueueWords = 'mobile.held' | 'support.held' | 'accounts.held';

/**
 * Issue 15: a queue of requests a client system sent through the TM Forum APIs with the
 * mandatory attributes only (orders, appointments, customers), « à compléter »: when and from whom each
 * came, what it holds (`columns`), and for each « Compléter » (the caller's dialog) or « Rejeter »
 * (confirmed, final).
 */
export function HeldQueue<T extends { id: string; receivedAt: string; receivedBy: string }, R>({
  words,
  columns,
  query,
  reject,
  onComplete,
  children,
}: {
  /** The i18n block of the queue's words. */
  words: HeldQueueWords;
  columns: Column<T>[];
  query: { data: { items: T[] } | undefined; isLoading: boolean; error: unknown; refetch: () => unknown };
  reject: UseMutationResult<R, Error, string>;
  onComplete: (row: T) => void;
  /** The completion dialog, when open. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const [rejecting, setRejecting] = useState<T | null>(null);
  const texts = Object.fromEntries(TEXT_KEYS.map((k) => [k, t(`${words}.${k}`)])) as Record<
    (typeof TEXT_KEYS)[number],
    string
  >;

  const all: Column<T>[] = [
    { id: 'receivedAt', header: texts.receivedAt, nowrap: true, cell: (h) => format.dateTime(h.receivedAt) },
    { id: 'receivedBy', header: texts.receivedBy, cell: (h) => h.receivedBy },
    ...columns,
    {
      id: 'actions',
      header: <span className="k-visually-hidden">{t('common.actions')}</span>,
      align: 'end',
      cell: (h) => (
        <>
          <Button size="sm" variant="ghost" onClick={() => onComplete(h)}>
            {texts.complete}
          </Button>
          <Button size="sm" variant="ghost" className="k-btn--danger-text" onClick={() => setRejecting(h)}>
            {texts.reject}
          </Button>
        </>
      ),
    },
  ];

  const confirmReject = () => {
    if (!rejecting) return;
    reject.mutate(rejecting.id, {
      onSuccess: () => {
        toast({ title: texts.rejected });
        setRejecting(null);
      },
    });
  };

  return (
    <div className="page">
      <PageHeader title={texts.title} subtitle={texts.subtitle} />
      <DataTable
        caption={texts.title}
        columns={all}
        rows={query.data?.items}
        rowKey={(h) => h.id}
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={{ title: texts.empty, hint: texts.emptyHint }}
      />
      <ConfirmDialog
        open={rejecting !== null}
        onClose={() => {
          reject.reset();
          setRejecting(null);
        }}
        onConfirm={confirmReject}
        title={texts.rejectTitle}
        description={texts.rejectBody}
        confirmLabel={texts.reject}
        loading={reject.isPending}
      >
        {reject.error ? <ErrorBanner error={reject.error} /> : null}
      </ConfirmDialog>
      {children}
    </div>
  );
}
