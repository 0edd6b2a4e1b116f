import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteTmfListener, useTmfListeners, type TmfHubListener } from '../api/tmf-hub.ts';
import { useFormat } from '../app/format.ts';
import { ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { DataTable, type Column } from '../kit/data-table.tsx';
import { ConfirmDialog } from '../kit/dialog.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { useToast } from '../kit/toast.tsx';

const APIS = ['TMF620', 'TMF621', 'TMF622', 'TMF629', 'TMF635', 'TMF637', 'TMF646', 'TMF681'] as const;
type Api = (typeof APIS)[number];
const isApi = (api: string): api is Api => (APIS as readonly string[]).includes(api);

/**
 * Issue 15: the systems listening to the reseller's TM Forum events, per API, with what was
 * delivered to them and what failed (the failed ones are retried from « Messages »). Admins and
 * supervisors see every listener and delete one; agents register through the API only.
 */
export function TmfHubPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const listeners = useTmfListeners();
  const remove = useDeleteTmfListener();
  const [deleting, setDeleting] = useState<TmfHubListener | null>(null);
  const apiName = (api: string) => (isApi(api) ? t(`tmfHub.apis.${api}`) : api);

  const columns: Column<TmfHubListener>[] = [
    { id: 'api', header: t('tmfHub.api'), cell: (l) => <strong>{apiName(l.api)}</strong> },
    { id: 'callback', header: t('tmfHub.callback'), mono: true, cell: (l) => l.callback },
    {
      id: 'query',
      header: t('tmfHub.query'),
      secondary: true,
      cell: (l) => l.query ?? t('tmfHub.allEvents'),
    },
    {
      id: 'createdAt',
      header: t('tmfHub.createdAt'),
      nowrap: true,
      cell: (l) => format.dateTime(l.createdAt),
    },
    { id: 'sent', header: t('tmfHub.sent'), align: 'end', cell: (l) => format.number(l.sent) },
    { id: 'failed', header: t('tmfHub.failed'), align: 'end', cell: (l) => format.number(l.failed) },
    { id: 'pending', header: t('tmfHub.pending'), align: 'end', cell: (l) => format.number(l.pending) },
    {
      id: 'actions',
      header: <span className="k-visually-hidden">{t('common.actions')}</span>,
      align: 'end',
      cell: (l) => (
        <Button
          size="sm"
          variant="ghost"
          className="k-btn--danger-text"
          aria-label={`${t('tmfHub.delete')} ${l.callback}`}
          onClick={() => setDeleting(l)}
        >
          {t('tmfHub.delete')}
        </Button>
      ),
    },
  ];

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting, {
      onSuccess: () => {
        toast({ title: t('tmfHub.deleted') });
        setDeleting(null);
      },
    });
  };

  return (
    <div className="page">
      <PageHeader title={t('tmfHub.title')} subtitle={t('tmfHub.subtitle')} />
      <DataTable
        caption={t('tmfHub.caption')}
        columns={columns}
        rows={listeners.data?.items}
        rowKey={(l) => l.id}
        loading={listeners.isLoading}
        error={listeners.error}
        onRetry={() => void listeners.refetch()}
        empty={{ title: t('tmfHub.empty'), hint: t('tmfHub.emptyHint') }}
      />
      <ConfirmDialog
        open={deleting !== null}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
        onConfirm={confirmDelete}
        title={t('tmfHub.deleteTitle', { callback: deleting?.callback ?? '' })}
        description={t('tmfHub.deleteBody')}
        confirmLabel={t('tmfHub.deleteConfirm')}
        loading={remove.isPending}
      >
        {remove.error ? <ErrorBanner error={remove.error} /> : null}
      </ConfirmDialog>
    </div>
  );
}
