import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Versioned } from '../api/client.ts';
import { useSession } from '../api/session.ts';
import type { Locale, Role, User } from '../api/types.ts';
import {
  useResetUserPassword,
  useUpdateUser,
  useUser,
  type PasswordLinkSent,
  type UpdateUserInput,
} from '../api/users.ts';
import { useFormat } from '../app/format.ts';
import { canManageUsers } from '../app/permissions.ts';
import { localeOptions, roleOptions } from '../app/role-options.ts';
import { serverFieldErrors, useFormState } from '../app/use-form-state.ts';
import { Badge, StatusPill } from '../kit/badge.tsx';
import { Banner, ErrorBanner } from '../kit/banner.tsx';
import { Button, LinkButton } from '../kit/button.tsx';
import { Card } from '../kit/card.tsx';
import { DescriptionList } from '../kit/description-list.tsx';
import { ConfirmDialog, Dialog } from '../kit/dialog.tsx';
import { Select, TextField } from '../kit/fields.tsx';
import { Form, FormActions, FormGrid } from '../kit/form.tsx';
import { Icon } from '../kit/icons.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { Skeleton } from '../kit/spinner.tsx';
import { useToast } from '../kit/toast.tsx';

type Dialogs = 'deactivate' | 'reset' | null;

export function UserDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const format = useFormat();
  const toast = useToast();
  const session = useSession();
  const query = useUser(id);
  const update = useUpdateUser(id);
  const reset = useResetUserPassword(id);
  const [revision, setRevision] = useState(0);
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [linkSent, setLinkSent] = useState<PasswordLinkSent | null>(null);
  const canManage = canManageUsers(session);

  const back = (
    <Link to="/users" className="back-link">
      <Icon name="chevronLeft" size={16} />
      {t('users.backToList')}
    </Link>
  );

  const reload = async () => {
    update.reset();
    await query.refetch();
    setRevision((value) => value + 1);
  };

  if (!query.data) {
    return (
      <div className="page">
        <PageHeader title={t('users.title')} back={back} />
        {query.error ? (
          <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Card>
            <Skeleton width="40%" />
            <Skeleton width="60%" />
            <Skeleton width="30%" />
          </Card>
        )}
      </div>
    );
  }

  const { data: user, etag } = query.data;

  const setActive = (active: boolean) =>
    update.mutate(
      { patch: { active }, etag },
      {
        onSuccess: () => {
          setDialog(null);
          setRevision((value) => value + 1);
          toast({ title: active ? t('users.reactivated') : t('users.deactivated') });
        },
      },
    );

  const resetPassword = () =>
    reset.mutate(
      { userId: user.id },
      {
        onSuccess: (result) => {
          setDialog(null);
          setLinkSent(result);
        },
      },
    );

  return (
    <div className="page">
      <PageHeader
        title={user.displayName}
        back={back}
        status={
          <StatusPill tone={user.active ? 'success' : 'neutral'}>
            {user.active ? t('users.active') : t('users.inactive')}
          </StatusPill>
        }
        subtitle={
          <>
            {user.email} · {t(`roles.${user.role}`)}
          </>
        }
        actions={
          <>
            <LinkButton
              to={`/audit?entityType=user&entityId=${encodeURIComponent(user.id)}`}
              variant="ghost"
              icon="history"
            >
              {t('users.history')}
            </LinkButton>
            {canManage ? (
              <>
                <Button icon="key" onClick={() => setDialog('reset')} disabled={!user.active}>
                  {t('users.resetPassword')}
                </Button>
                {user.active ? (
                  <Button variant="danger" onClick={() => setDialog('deactivate')}>
                    {t('users.deactivate')}
                  </Button>
                ) : (
                  <Button
                    variant="primary"
                    loading={update.isPending && dialog === null}
                    onClick={() => setActive(true)}
                  >
                    {t('users.reactivate')}
                  </Button>
                )}
              </>
            ) : null}
          </>
        }
      />
      {update.error && dialog === null ? (
        <ErrorBanner
          error={update.error}
          onReload={() => void reload()}
          reloadLabel={t('users.staleReload')}
        />
      ) : null}
      <div className="page__columns">
        <Card title={t('users.profile')}>
          <DescriptionList
            columns={1}
            items={[
              { term: t('users.login'), description: user.login, mono: true },
              { term: t('users.email'), description: user.email },
              { term: t('users.role'), description: <Badge>{t(`roles.${user.role}`)}</Badge> },
              { term: t('users.locale'), description: t(`locales.${user.locale}`) },
              {
                term: t('users.lastLogin'),
                description: user.lastLoginAt ? format.dateTime(user.lastLoginAt) : t('common.never'),
              },
              { term: t('users.createdAt'), description: format.dateTime(user.createdAt) },
              { term: t('users.updatedAt'), description: format.dateTime(user.updatedAt) },
              ...(user.mustChangePassword
                ? [
                    {
                      term: t('users.status'),
                      description: <Badge tone="warning">{t('security.userLinks.passwordNotChosen')}</Badge>,
                    },
                  ]
                : []),
            ]}
          />
        </Card>
        {canManage ? (
          <UserEditForm
            key={revision}
            versioned={query.data}
            onSaved={() => setRevision((value) => value + 1)}
            onReload={() => void reload()}
          />
        ) : (
          <Banner tone="info">{t('users.readOnly')}</Banner>
        )}
      </div>

      <ConfirmDialog
        open={dialog === 'deactivate'}
        onClose={() => {
          update.reset();
          setDialog(null);
        }}
        onConfirm={() => setActive(false)}
        title={t('users.deactivateTitle', { name: user.displayName })}
        description={t('users.deactivateBody', { name: user.displayName })}
        confirmLabel={t('users.deactivateConfirm')}
        loading={update.isPending}
      >
        {update.error ? <ErrorBanner error={update.error} onReload={() => void reload()} /> : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'reset'}
        onClose={() => {
          reset.reset();
          setDialog(null);
        }}
        onConfirm={resetPassword}
        title={t('users.resetTitle', { name: user.displayName })}
        description={t('security.userLinks.resetBody', { name: user.displayName })}
        confirmLabel={t('users.resetConfirm')}
        loading={reset.isPending}
        tone="default"
      >
        {reset.error ? <ErrorBanner error={reset.error} /> : null}
      </ConfirmDialog>
      <Dialog
        open={linkSent !== null}
        onClose={() => setLinkSent(null)}
        title={t('security.userLinks.resetDoneTitle')}
        footer={
          <Button variant="primary" onClick={() => setLinkSent(null)}>
            {t('security.userLinks.linkSentOk')}
          </Button>
        }
      >
        <p>{t('security.userLinks.resetDoneIntro', { email: linkSent?.sentTo ?? user.email })}</p>
        <Banner tone="info">
          {t('security.userLinks.linkExpires', { date: format.dateTime(linkSent?.expiresAt) })}
        </Banner>
      </Dialog>
    </div>
  );
}

interface UserEditValues {
  displayName: string;
  role: Role;
  locale: Locale;
}

/** Edits the version that was read: its ETag goes back in If-Match, so a concurrent change gets a 412. */
function UserEditForm({
  versioned,
  onSaved,
  onReload,
}: {
  versioned: Versioned<User>;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: user, etag } = versioned;
  const update = useUpdateUser(user.id);
  const form = useFormState<UserEditValues>({
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
  });

  const submit = () => {
    const { values } = form;
    if (!values.displayName.trim()) {
      form.setErrors({ displayName: t('errors.required') });
      return;
    }
    const patch: UpdateUserInput = {};
    if (values.displayName.trim() !== user.displayName) patch.displayName = values.displayName.trim();
    if (values.role !== user.role) patch.role = values.role;
    if (values.locale !== user.locale) patch.locale = values.locale;
    if (Object.keys(patch).length === 0) {
      toast({ tone: 'info', title: t('common.noChanges') });
      return;
    }
    update.mutate(
      { patch, etag },
      {
        onSuccess: () => {
          toast({ title: t('users.saved') });
          onSaved();
        },
        onError: (error) =>
          form.setErrors(
            serverFieldErrors<UserEditValues>(error, { 'user.cannot_demote_last_admin': 'role' }),
          ),
      },
    );
  };

  return (
    <Card title={t('users.edit')}>
      <Form onSubmit={submit} aria-label={t('users.edit')}>
        {update.error ? (
          <ErrorBanner error={update.error} onReload={onReload} reloadLabel={t('users.staleReload')} />
        ) : null}
        <TextField
          label={t('users.displayName')}
          hint={t('users.displayNameHint')}
          {...form.field('displayName')}
        />
        <FormGrid>
          <Select label={t('users.role')} options={roleOptions(t)} {...form.field('role')} />
          <Select
            label={t('users.locale')}
            hint={t('users.localeHint')}
            options={localeOptions(t)}
            {...form.field('locale')}
          />
        </FormGrid>
        <FormActions>
          <Button type="submit" variant="primary" loading={update.isPending}>
            {t('users.saveChanges')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
