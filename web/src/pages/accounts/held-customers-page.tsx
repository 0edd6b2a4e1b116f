import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHeldCustomers, useRejectHeldCustomer, type HeldCustomer } from '../../api/held-customers.ts';
import { HeldQueue } from '../../app/held-queue.tsx';
import { type Column } from '../../kit/data-table.tsx';
import { CreateAccountDialog } from './create-account-dialog.tsx';

/**
 * Issue 15: « Clients à compléter », the TMF629 customers a client system sent without what an
 * account needs (e-mail…): no account opened. An agent rejects one, or completes it: the
 * new-customer form opens with what was sent, and the account created there releases it.
 */
export function HeldCustomersPage() {
  const { t } = useTranslation();
  const held = useHeldCustomers();
  const reject = useRejectHeldCustomer();
  const [completing, setCompleting] = useState<HeldCustomer | null>(null);

  const columns: Column<HeldCustomer>[] = [
    {
      id: 'customer',
      header: t('accounts.held.customer'),
      cell: (h) => (
        <>
          <div>{h.name}</div>
          <div className="muted">{t(`accounts.kinds.${h.kind}`)}</div>
        </>
      ),
    },
    {
      id: 'details',
      header: t('accounts.held.details'),
      cell: (h) => {
        const given = [
          h.email,
          h.phone,
          ...h.addresses.map((a) => [a.line1, a.postalCode, a.city].filter(Boolean).join(' ')),
          ...h.contacts.map((c) => c.name),
        ].filter((x): x is string => Boolean(x));
        return given.length > 0 ? given.map((g) => <div key={g}>{g}</div>) : t('accounts.held.notGiven');
      },
    },
  ];

  return (
    <HeldQueue
      words="accounts.held"
      columns={columns}
      query={held}
      reject={reject}
      onComplete={setCompleting}
    >
      {completing ? <CreateAccountDialog open held={completing} onClose={() => setCompleting(null)} /> : null}
    </HeldQueue>
  );
}
