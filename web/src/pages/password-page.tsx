import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useChangePassword, useLogout, useSession } from '../api/session.ts';
import { AuthLayout } from '../app/auth-layout.tsx';
import { serverFieldErrors, useFormState } from '../app/use-form-state.ts';
import { ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { Card } from '../kit/card.tsx';
import { TextField } from '../kit/fields.tsx';
import { Form, FormActions } from '../kit/form.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { useToast } from '../kit/toast.tsx';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

function PasswordForm({ forced }: { forced: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const change = useChangePassword();
  const form = useFormState<PasswordValues>({ currentPassword: '', newPassword: '', confirmPassword: '' });

  const submit = () => {
    const { values } = form;
    const errors: Partial<Record<keyof PasswordValues, string>> = {};
    if (!values.currentPassword) errors.currentPassword = t('errors.required');
    if (!values.newPassword) errors.newPassword = t('errors.required');
    else if (values.newPassword === values.currentPassword) errors.newPassword = t('password.sameAsCurrent');
    if (values.newPassword && values.confirmPassword !== values.newPassword)
      errors.confirmPassword = t('password.mismatch');
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          toast({ title: t('password.changed') });
          navigate('/', { replace: true });
        },
        onError: (error) =>
          form.setErrors(
            serverFieldErrors<PasswordValues>(error, {
              'auth.current_password_wrong': 'currentPassword',
              'auth.password_too_weak': 'newPassword',
              'auth.password_reused': 'newPassword',
            }),
          ),
      },
    );
  };

  return (
    <Form onSubmit={submit} aria-label={t('password.title')}>
      {change.error ? <ErrorBanner error={change.error} /> : null}
      <TextField
        label={t('password.current')}
        type="password"
        autoComplete="current-password"
        hint={forced ? t('password.currentForcedHint') : undefined}
        autoFocus
        {...form.field('currentPassword')}
      />
      <TextField
        label={t('password.new')}
        type="password"
        autoComplete="new-password"
        hint={t('password.newHint')}
        {...form.field('newPassword')}
      />
      <TextField
        label={t('password.confirm')}
        type="password"
        autoComplete="new-password"
        {...form.field('confirmPassword')}
      />
      <FormActions>
        <Button type="submit" variant="primary" loading={change.isPending}>
          {t('password.submit')}
        </Button>
      </FormActions>
    </Form>
  );
}

/** Shown instead of anything else while the account must change its password. */
export function ForcedPasswordPage() {
  const { t } = useTranslation();
  const logout = useLogout();
  const { user } = useSession();
  return (
    <AuthLayout
      title={t('password.title')}
      footer={
        <Button variant="ghost" icon="logout" loading={logout.isPending} onClick={() => logout.mutate()}>
          {t('password.logoutInstead')}
        </Button>
      }
    >
      <p className="auth-card__intro">
        <strong>{user.displayName}</strong> · {t('password.forcedIntro')}
      </p>
      <PasswordForm forced />
    </AuthLayout>
  );
}

/** The same change, chosen from the navigation. */
export function PasswordPage() {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <PageHeader title={t('password.title')} subtitle={t('password.intro')} />
      <Card>
        <PasswordForm forced={false} />
      </Card>
    </div>
  );
}
