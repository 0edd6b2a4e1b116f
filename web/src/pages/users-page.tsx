import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../api/session.ts';
import type { User } from '../api/types.ts';
import { useUsers } from '../api/users.ts';
import { useFormat } from '../app/format.ts';
import { canManageUsers } from '../app/permissions.ts';
import { roleOptions } from '../app/role-options.ts';
import { useListState } from '../app/use-list-state.ts';
import { Badge, StatusPill } from '../kit/badge.tsx';
import { Button } from '../kit/button.tsx';
import type { Column } from '../kit/data-table.tsx';
import { Select } from '../kit/fields.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { SearchField } from '../kit/search-field.tsx';
import { CreateUserDialog } from './users/create-user-dialog.tsx';
import { ListFilters, ListTable } from '../app/list-view.tsx';

const FILTERS = ['q', 'role', 'active'] as const;

export function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const list = useListState({ defaultSort: 'displayName', filters: FILTERS });
  const users = useUsers(list.params, list.filters);
  const [creating, setCreating] = useState(false);
  const canManage = canManageUsers(session);

  const columns: Column<User>[] = [
    {
      id: 'displayName',
      header: t('users.name'),
      sortKey: 'displayName',
      cell: (user) => (
        <Link to={`/users/${encodeURIComponent(user.id)}`} className="table-link">
          {user.displayName}
        </Link>
      ),
    },
    {
      id: 'login',
      header: t('users.login'),
      cell: (user) => user.login,
      mono: true,
      secondary: true,
    },
    { id: 'email', header: t('users.email'), sortKey: 'email', cell: (user) => user.email },
    {
      id: 'role',
      header: t('users.role'),
      sortKey: 'role',
      cell: (user) => (
        <Badge tone={user.role === 'admin' ? 'info' : 'neutral'}>{t(`roles.${user.role}`)}</Badge>
      ),
    },
    {
      id: 'status',
      header: t('users.status'),
      cell: (user) => (
        <span className="cell-stack">
          <StatusPill tone={user.active ? 'success' : 'neutral'}>
            {user.active ? t('users.active') : t('users.inactive')}
          </StatusPill>
          {user.active && user.mustChangePassword ? (
            <Badge tone="warning">{t('security.userLinks.passwordNotChosen')}</Badge>
          ) : null}
        </span>
      ),
    },
    {
      id: 'lastLoginAt',
      header: t('users.lastLogin'),
      sortKey: 'lastLoginAt',
      firstSort: 'desc',
      nowrap: true,
      cell: (user) => (user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('common.never')),
      secondary: true,
    },
    {
      id: 'createdAt',
      header: t('users.createdAt'),
      sortKey: 'createdAt',
      firstSort: 'desc',
      nowrap: true,
      cell: (user) => format.dateTime(user.createdAt),
      secondary: true,
    },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        actions={
          canManage ? (
            <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
              {t('users.create')}
            </Button>
          ) : null
        }
      />
      <ListFilters list={list}>
        <SearchField
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          value={list.filters.q}
          onCommit={(value) => list.setFilter('q', value)}
          className="filter--wide"
        />
        <Select
          label={t('users.role')}
          value={list.filters.role}
          onChange={(event) => list.setFilter('role', event.target.value)}
          options={[{ value: '', label: t('users.allRoles') }, ...roleOptions(t)]}
        />
        <Select
          label={t('users.status')}
          value={list.filters.active}
          onChange={(event) => list.setFilter('active', event.target.value)}
          options={[
            { value: '', label: t('users.allStatuses') },
            { value: 'true', label: t('users.activeFilter') },
            { value: 'false', label: t('users.inactiveFilter') },
          ]}
        />
      </ListFilters>
      <ListTable
        list={list}
        query={users}
        caption={t('users.caption')}
        columns={columns}
        rowKey={(user) => user.id}
        empty={{ title: t('users.empty'), hint: list.hasFilters ? t('users.emptyHint') : undefined }}
      />
      <CreateUserDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  );
}
