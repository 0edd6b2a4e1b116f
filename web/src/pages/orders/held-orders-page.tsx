import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAccounts } from '../../api/accounts.ts';
import { useHeldOrders, useRejectHeldOrder, type HeldOrder } from '../../api/held-orders.ts';
import { HeldQueue } from '../../app/held-queue.tsx';
import { type Column } from '../../kit/data-table.tsx';
import { Select, TextField } from '../../kit/fields.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';

/**
 * Issue 15: « Commandes reçues à compléter », the TMF622 orders a client system sent without a
 * customer or an offer (held, never sent to an operator). An agent rejects one, or completes it:
 * the new-order form opens for the chosen customer, and the order created there releases it.
 */
export function HeldOrdersPage() {
  const { t } = useTranslation();
  const held = useHeldOrders();
  const reject = useRejectHeldOrder();
  const [completing, setCompleting] = useState<HeldOrder | null>(null);

  const columns: Column<HeldOrder>[] = [
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
  ];

  return (
    <HeldQueue words="mobile.held" columns={columns} query={held} reject={reject} onComplete={setCompleting}>
      {completing ? <CompleteDialog held={completing} onClose={() => setCompleting(null)} /> : null}
    </HeldQueue>
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
