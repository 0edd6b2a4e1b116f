import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAccounts, type Account } from '../api/accounts.ts';
import { useFormat } from '../app/format.ts';
import { useListState } from '../app/use-list-state.ts';
import { Badge, StatusPill } from '../kit/badge.tsx';
import { Button } from '../kit/button.tsx';
import type { Column } from '../kit/data-table.tsx';
import { Select } from '../kit/fields.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { SearchField } from '../kit/search-field.tsx';
import { CreateAccountDialog } from './accounts/create-account-dialog.tsx';
import { formatPhone } from './accounts/phone.ts';
import { ListFilters, ListTable } from '../app/list-view.tsx';
import './accounts/accounts.css';

const FILTERS = ['q', 'kind', 'status'] as const;

/** "Clients": search by name, SIRET, phone in any form, e-mail or number; filter; create. */
export function AccountsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useListState({ defaultSort: 'displayName', filters: FILTERS });
  const accounts = useAccounts(list.params, list.filters);
  const [creating, setCreating] = useState(false);

  const columns: Column<Account>[] = [
    {
      id: 'displayName',
      header: t('accounts.name'),
      sortKey: 'displayName',
      cell: (account) => (
        <Link to={`/accounts/${encodeURIComponent(account.id)}`} className="table-link">
          {account.displayName}
        </Link>
      ),
    },
    {
      id: 'reference',
      header: t('accounts.reference'),
      sortKey: 'reference',
      mono: true,
      nowrap: true,
      cell: (account) => account.reference,
    },
    // Kind with the SIRET under it, e-mail with the phone under it: the table fits at 1440 px
    // without a horizontal scroll (issue 10), and a phone still hides the contact column.
    {
      id: 'kind',
      header: t('accounts.kind'),
      cell: (account) => (
        <span className="cell-stack">
          <span>
            <Badge tone={account.kind === 'business' ? 'info' : 'neutral'}>
              {t(`accounts.kinds.${account.kind}`)}
            </Badge>
          </span>
          {account.siret ? (
            <span className="cell-muted k-mono">
              <span className="k-visually-hidden">{t('accounts.siret')} </span>
              {account.siret}
            </span>
          ) : null}
        </span>
      ),
    },
    {
      id: 'contact',
      header: t('readable.contact'),
      secondary: true,
      cell: (account) => (
        <span className="cell-stack accounts-contact">
          <span>{account.email}</span>
          {account.phone ? <span className="cell-muted k-nowrap">{formatPhone(account.phone)}</span> : null}
        </span>
      ),
    },
    {
      id: 'billingDay',
      header: t('accounts.billingDay'),
      sortKey: 'billingDay',
      cell: (account) => account.billingDay,
    },
    {
      id: 'status',
      header: t('accounts.status'),
      cell: (account) => (
        <StatusPill tone={account.status === 'active' ? 'success' : 'neutral'}>
          {t(`accounts.statuses.${account.status}`)}
        </StatusPill>
      ),
    },
    {
      id: 'createdAt',
      header: t('accounts.createdAt'),
      sortKey: 'createdAt',
      firstSort: 'desc',
      nowrap: true,
      cell: (account) => format.date(account.createdAt),
      secondary: true,
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('accounts.title')}
        subtitle={t('accounts.subtitle')}
        actions={
          <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
            {t('accounts.create')}
          </Button>
        }
      />
      <ListFilters list={list}>
        <SearchField
          label={t('accounts.search')}
          placeholder={t('accounts.searchPlaceholder')}
          value={list.filters.q}
          onCommit={(value) => list.setFilter('q', value)}
          className="filter--wide"
        />
        <Select
          label={t('accounts.kind')}
          value={list.filters.kind}
          onChange={(event) => list.setFilter('kind', event.target.value)}
          options={[
            { value: '', label: t('accounts.allKinds') },
            { value: 'business', label: t('accounts.kinds.business') },
            { value: 'person', label: t('accounts.kinds.person') },
          ]}
        />
        <Select
          label={t('accounts.status')}
          value={list.filters.status}
          onChange={(event) => list.setFilter('status', event.target.value)}
          options={[
            { value: '', label: t('accounts.allStatuses') },
            { value: 'active', label: t('accounts.statuses.active') },
            { value: 'closed', label: t('accounts.statuses.closed') },
          ]}
        />
      </ListFilters>
      <ListTable
        list={list}
        query={accounts}
        caption={t('accounts.caption')}
        columns={columns}
        rowKey={(account) => account.id}
        empty={{ title: t('accounts.empty'), hint: list.hasFilters ? t('accounts.emptyHint') : undefined }}
      />
      <CreateAccountDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
