import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Role } from '../../api/types.ts';
import { useCreateUser, type CreateUserResult } from '../../api/users.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { useFormat } from '../../app/format.ts';
import { localeOptions, roleOptions } from '../../app/role-options.ts';
import { looksLikeEmail, serverFieldErrors, useFormState } from '../../app/use-form-state.ts';
import { Banner } from '../../kit/banner.tsx';
import { Button, LinkButton } from '../../kit/button.tsx';
import { Dialog } from '../../kit/dialog.tsx';
import { Select, TextField } from '../../kit/fields.tsx';
import { FormGrid } from '../../kit/form.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';

interface CreateUserValues {
  email: string;
  displayName: string;
  role: Role;
  login: string;
  locale: Locale;
}

const FORM_ID = 'create-user-form';

/** "Nouvel utilisateur", then where the set-password link went (no password exists yet). */
export function CreateUserDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [created, setCreated] = useState<CreateUserResult | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  if (created) return <LinkSentDialog result={created} onClose={close} />;
  return <CreateUserFormDialog open={open} onClose={close} onCreated={setCreated} />;
}

function CreateUserFormDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (result: CreateUserResult) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const form = useFormState<CreateUserValues>(() => ({
    email: '',
    displayName: '',
    role: 'agent',
    login: '',
    locale: currentLanguage(),
  }));

  const close = () => {
    create.reset();
    form.setValues({ email: '', displayName: '', role: 'agent', login: '', locale: currentLanguage() });
    form.setErrors({});
    onClose();
  };

  const submit = () => {
    const { values } = form;
    const errors: Partial<Record<keyof CreateUserValues, string>> = {};
    if (!values.email.trim()) errors.email = t('errors.required');
    else if (!looksLikeEmail(values.email)) errors.email = t('errors.emailInvalid');
    if (!values.displayName.trim()) errors.displayName = t('errors.required');
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate(
      {
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        role: values.role,
        locale: values.locale,
        ...(values.login.trim() ? { login: values.login.trim() } : {}),
      },
      {
        onSuccess: (result) => {
          form.setValues({ email: '', displayName: '', role: 'agent', login: '', locale: currentLanguage() });
          create.reset();
          onCreated(result);
        },
        onError: (error) =>
          form.setErrors(
            serverFieldErrors<CreateUserValues>(error, {
              'user.email_taken': 'email',
              'user.login_taken': 'login',
            }),
          ),
      },
    );
  };

  return (
    <FormDialog
      id={FORM_ID}
      open={open}
      title={t('users.create')}
      submitLabel={t('users.submitCreate')}
      pending={create.isPending}
      error={create.error}
      onClose={close}
      onSubmit={submit}
    >
      <TextField
        label={t('users.email')}
        hint={t('security.userLinks.emailHint')}
        type="email"
        autoComplete="off"
        spellCheck={false}
        {...form.field('email')}
      />
      <TextField
        label={t('users.displayName')}
        hint={t('users.displayNameHint')}
        autoComplete="off"
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
      <TextField
        label={t('users.login')}
        hint={t('users.loginHint')}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        {...form.field('login')}
      />
    </FormDialog>
  );
}

function LinkSentDialog({ result, onClose }: { result: CreateUserResult; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('users.createdTitle')}
      footer={
        <>
          <LinkButton to={`/users/${encodeURIComponent(result.user.id)}`} onClick={onClose}>
            {t('users.openUser')}
          </LinkButton>
          <Button variant="primary" onClick={onClose}>
            {t('security.userLinks.linkSentOk')}
          </Button>
        </>
      }
    >
      <p>
        {t('security.userLinks.createdIntro', {
          name: result.user.displayName,
          email: result.passwordLink.sentTo,
        })}
      </p>
      <Banner tone="info">
        {t('security.userLinks.linkExpires', { date: format.dateTime(result.passwordLink.expiresAt) })}
      </Banner>
    </Dialog>
  );
}
