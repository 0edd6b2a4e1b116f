import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session.ts';
import { useCreateToken, useRevokeToken, useTokens, type CreateTokenResult } from '../api/tokens.ts';
import type { ApiToken, Role } from '../api/types.ts';
import { useFormat } from '../app/format.ts';
import { canManageTokens } from '../app/permissions.ts';
import { roleOptions } from '../app/role-options.ts';
import { serverFieldErrors, useFormState } from '../app/use-form-state.ts';
import { useListState } from '../app/use-list-state.ts';
import { todayInZone, zonedDateTimeToInstant } from '../kit/zoned-time.ts';
import { Badge, StatusPill, type Tone } from '../kit/badge.tsx';
import { Banner, ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { CopyField } from '../kit/copy-field.tsx';
import type { Column } from '../kit/data-table.tsx';
import { ConfirmDialog, Dialog } from '../kit/dialog.tsx';
import { Select, TextField } from '../kit/fields.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { useToast } from '../kit/toast.tsx';
import { ListTable } from '../app/list-view.tsx';
import { FormDialog } from '../kit/form-dialog.tsx';

const NO_FILTERS = [] as const;

type TokenState = 'active' | 'revoked' | 'expired';

function tokenState(token: ApiToken, now: number): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

const STATE_TONES: Record<TokenState, Tone> = { active: 'success', revoked: 'neutral', expired: 'warning' };

export function TokensPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const session = useSession();
  const list = useListState({ defaultSort: '-createdAt', filters: NO_FILTERS });
  const tokens = useTokens(list.params);
  const revoke = useRevokeToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreateTokenResult | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [now] = useState(() => Date.now());
  const canManage = canManageTokens(session);

  const stateLabel: Record<TokenState, string> = {
    active: t('tokens.active'),
    revoked: t('tokens.revokedStatus'),
    expired: t('tokens.expired'),
  };

  const columns: Column<ApiToken>[] = [
    { id: 'name', header: t('tokens.name'), sortKey: 'name', cell: (token) => <strong>{token.name}</strong> },
    { id: 'prefix', header: t('tokens.prefix'), cell: (token) => `${token.prefix}…`, mono: true },
    {
      id: 'role',
      header: t('tokens.role'),
      cell: (token) => <Badge>{t(`roles.${token.role}`)}</Badge>,
    },
    {
      id: 'status',
      header: t('tokens.status'),
      cell: (token) => {
        const state = tokenState(token, now);
        return <StatusPill tone={STATE_TONES[state]}>{stateLabel[state]}</StatusPill>;
      },
    },
    {
      id: 'createdAt',
      header: t('tokens.createdAt'),
      sortKey: 'createdAt',
      firstSort: 'desc',
      nowrap: true,
      cell: (token) => format.dateTime(token.createdAt),
      secondary: true,
    },
    {
      id: 'lastUsedAt',
      header: t('tokens.lastUsedAt'),
      sortKey: 'lastUsedAt',
      firstSort: 'desc',
      nowrap: true,
      cell: (token) => (token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('common.never')),
    },
    {
      id: 'expiresAt',
      header: t('tokens.expiresAtShort'),
      nowrap: true,
      cell: (token) => (token.expiresAt ? format.date(token.expiresAt) : t('tokens.noExpiry')),
      secondary: true,
    },
    ...(canManage
      ? [
          {
            id: 'actions',
            header: <span className="k-visually-hidden">{t('common.actions')}</span>,
            align: 'end' as const,
            cell: (token: ApiToken) =>
              tokenState(token, now) === 'revoked' ? null : (
                <Button
                  size="sm"
                  variant="ghost"
                  className="k-btn--danger-text"
                  aria-label={`${t('tokens.revoke')} ${token.name}`}
                  onClick={() => setRevoking(token)}
                >
                  {t('tokens.revoke')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        toast({ title: t('tokens.revoked') });
        setRevoking(null);
      },
    });
  };

  return (
    <div className="page">
      <PageHeader
        title={t('tokens.title')}
        subtitle={t('tokens.subtitle')}
        actions={
          canManage ? (
            <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
              {t('tokens.create')}
            </Button>
          ) : null
        }
      />
      <ListTable
        list={list}
        query={tokens}
        caption={t('tokens.caption')}
        columns={columns}
        rowKey={(token) => token.id}
        empty={{ title: t('tokens.empty'), hint: t('tokens.emptyHint') }}
      />
      {creating ? (
        <CreateTokenDialog
          onClose={() => setCreating(false)}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
          }}
        />
      ) : null}
      <Dialog
        open={created !== null}
        onClose={() => setCreated(null)}
        title={t('tokens.createdTitle')}
        footer={
          <Button variant="primary" onClick={() => setCreated(null)}>
            {t('tokens.secretCopied')}
          </Button>
        }
      >
        <Banner tone="warning">{t('tokens.secretWarning')}</Banner>
        <CopyField label={t('tokens.secret')} value={created?.secret ?? ''} hint={t('tokens.secretUsage')} />
      </Dialog>
      <ConfirmDialog
        open={revoking !== null}
        onClose={() => {
          revoke.reset();
          setRevoking(null);
        }}
        onConfirm={confirmRevoke}
        title={t('tokens.revokeTitle', { name: revoking?.name ?? '' })}
        description={t('tokens.revokeBody')}
        confirmLabel={t('tokens.revokeConfirm')}
        loading={revoke.isPending}
      >
        {revoke.error ? <ErrorBanner error={revoke.error} /> : null}
      </ConfirmDialog>
    </div>
  );
}

interface TokenValues {
  name: string;
  role: Role;
  expiresAt: string;
}

const FORM_ID = 'create-token-form';

function CreateTokenDialog({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (result: CreateTokenResult) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const create = useCreateToken();
  const form = useFormState<TokenValues>({ name: '', role: 'agent', expiresAt: '' });
  const today = todayInZone(format.timeZone);

  const submit = () => {
    const { values } = form;
    const errors: Partial<Record<keyof TokenValues, string>> = {};
    if (!values.name.trim()) errors.name = t('errors.required');
    let expiresAt: string | undefined;
    if (values.expiresAt) {
      // The token works until the end of the chosen day, in the tenant's time zone.
      expiresAt = zonedDateTimeToInstant(values.expiresAt, '23:59:59', format.timeZone) ?? undefined;
      if (!expiresAt || values.expiresAt < today) errors.expiresAt = t('tokens.expiresInPast');
    }
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate(
      { name: values.name.trim(), role: values.role, ...(expiresAt ? { expiresAt } : {}) },
      {
        onSuccess: onCreated,
        onError: (error) => form.setErrors(serverFieldErrors<TokenValues>(error)),
      },
    );
  };

  return (
    <FormDialog
      id={FORM_ID}
      title={t('tokens.create')}
      submitLabel={t('tokens.submit')}
      pending={create.isPending}
      error={create.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextField
        label={t('tokens.name')}
        hint={t('tokens.nameHint')}
        autoComplete="off"
        {...form.field('name')}
      />
      <Select
        label={t('tokens.role')}
        hint={t('tokens.roleHint')}
        options={roleOptions(t)}
        {...form.field('role')}
      />
      <TextField
        label={t('tokens.expiresAt')}
        hint={t('tokens.expiresAtHint')}
        type="date"
        min={today}
        {...form.field('expiresAt')}
      />
    </FormDialog>
  );
}
