import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAccounts } from '../../api/accounts.ts';
import { useHeldOrders, useRejectHeldOrder, type HeldOrder } from '../../api/held-orders.ts';
import { useFormat } from '../../app/format.ts';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { DataTable, type Column } from '../../kit/data-table.tsx';
import { ConfirmDialog } from '../../kit/dialog.tsx';
import { Select, TextField } from '../../kit/fields.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { PageHeader } from '../../kit/page-header.tsx';
import { useToast } from '../../kit/toast.tsx';

/**
 * Issue 15: « Commandes reçues à compléter », the TMF622 orders a client system sent without a
 * customer or an offer (held, never sent to an operator). An agent rejects one, or completes it:
 * the new-order form opens for the chosen customer, and the order created there releases it.
 */
export function HeldOrdersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const held = useHeldOrders();
  const reject = useRejectHeldOrder();
  const [rejecting, setRejecting] = useState<HeldOrder | null>(null);
  const [completing, setCompleting] = useState<HeldOrder | null>(null);

  const columns: Column<HeldOrder>[] = [
    {
      id: 'receivedAt',
      header: t('mobile.held.receivedAt'),
      nowrap: true,
      cell: (h) => format.dateTime(h.receivedAt),
    },
    { id: 'receivedBy', header: t('mobile.held.receivedBy'), cell: (h) => h.receivedBy },
    {
      id: 'items',
      header: t('mobile.held.items'),
      cell: (h) => (
        <>
          {h.items.map((i, n) => (
            <div key={n}>
              {t('mobile.held.item', {
                offer: i.offerName ?? t('mobile.held.offerUnknown'),
                quantity: i.quantity,
              })}
            </div>
          ))}
        </>
      ),
    },
    {
      id: 'actions',
      header: <span className="k-visually-hidden">{t('common.actions')}</span>,
      align: 'end',
      cell: (h) => (
        <>
          <Button size="sm" variant="ghost" onClick={() => setCompleting(h)}>
            {t('mobile.held.complete')}
          </Button>
          <Button size="sm" variant="ghost" className="k-btn--danger-text" onClick={() => setRejecting(h)}>
            {t('mobile.held.reject')}
          </Button>
        </>
      ),
    },
  ];

  const confirmReject = () => {
    if (!rejecting) return;
    reject.mutate(rejecting.id, {
      onSuccess: () => {
        toast({ title: t('mobile.held.rejected') });
        setRejecting(null);
      },
    });
  };

  return (
    <div className="page">
      <PageHeader title={t('mobile.held.title')} subtitle={t('mobile.held.subtitle')} />
      <DataTable
        caption={t('mobile.held.title')}
        columns={columns}
        rows={held.data?.items}
        rowKey={(h) => h.id}
        loading={held.isLoading}
        error={held.error}
        onRetry={() => void held.refetch()}
        empty={{ title: t('mobile.held.empty'), hint: t('mobile.held.emptyHint') }}
      />
      <ConfirmDialog
        open={rejecting !== null}
        onClose={() => {
          reject.reset();
          setRejecting(null);
        }}
        onConfirm={confirmReject}
        title={t('mobile.held.rejectTitle')}
        description={t('mobile.held.rejectBody')}
        confirmLabel={t('mobile.held.reject')}
        loading={reject.isPending}
      >
        {reject.error ? <ErrorBanner error={reject.error} /> : null}
      </ConfirmDialog>
      {completing ? <CompleteDialog held={completing} onClose={() => setCompleting(null)} /> : null}
    </div>
  );
}

/** Chooses the customer; the new-order form opens with as many lines as the received order asked. */
function CompleteDialog({ held, onClose }: { held: HeldOrder; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [accountId, setAccountId] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const accounts = useAccounts(
    { limit: 20, offset: 0, sort: 'displayName' },
    search.trim() ? { q: search.trim() } : {},
  );
  const found = accounts.data?.items ?? [];
  const lines = Math.min(
    100,
    held.items.reduce((n, i) => n + i.quantity, 0),
  );
  return (
    <FormDialog
      id="complete-held-order-form"
      title={t('mobile.held.complete')}
      submitLabel={t('mobile.held.completeSubmit')}
      pending={false}
      error={null}
      onClose={onClose}
      onSubmit={() => {
        if (!accountId) return setError(t('errors.required'));
        void navigate(
          `/accounts/${encodeURIComponent(accountId)}/orders/new?held=${encodeURIComponent(held.id)}&lines=${lines}`,
        );
      }}
    >
      <p className="muted">{t('mobile.held.completeHint')}</p>
      <TextField
        label={t('support.attachSearch')}
        hint={t('support.attachSearchHint')}
        type="search"
        autoComplete="off"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <Select
        label={t('support.customer')}
        value={accountId}
        error={error}
        onChange={(e) => {
          setAccountId(e.target.value);
          setError(undefined);
        }}
        hint={found.length === 0 && !accounts.isFetching ? t('support.attachNoMatch') : undefined}
        options={[
          { value: '', label: t('support.chooseCustomer') },
          ...found.map((a) => ({ value: a.id, label: `${a.displayName} (${a.reference})` })),
        ]}
      />
    </FormDialog>
  );
}
