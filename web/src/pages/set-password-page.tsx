import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client.ts';
import { usePasswordLink, useSetPasswordWithLink } from '../api/password-links.ts';
import { AuthLayout } from '../app/auth-layout.tsx';
import { formatDateTime } from '../app/format.ts';
import type { LoginLocationState } from '../app/guards.tsx';
import { serverFieldErrors, useFormState } from '../app/use-form-state.ts';
import { FullPageLoading } from '../app/status-screens.tsx';
import { Banner, ErrorBanner } from '../kit/banner.tsx';
import { Button, LinkButton } from '../kit/button.tsx';
import { TextField } from '../kit/fields.tsx';
import { Form, FormActions } from '../kit/form.tsx';

interface Values {
  newPassword: string;
  confirmPassword: string;
}

/**
 * The page an e-mailed link opens (issue 8): `/set-password#<token>`. The token sits in the
 * fragment, which the browser never sends; it is read once and wiped from the address bar so it
 * stays out of the history and off a shared screen.
 *
 * Reading has no side effect: React may render this page, drop that render (a lazy chunk or
 * translation suspends it) and render it again. Wiping the fragment during the first render left
 * the second one without a token ("this link is incomplete"), so the wipe waits for the commit.
 */
function readToken(): string {
  return decodeURIComponent(window.location.hash.replace(/^#/, ''));
}

function useWipeFragment(token: string): void {
  useEffect(() => {
    if (token && window.location.hash) {
      window.history.replaceState(window.history.state, '', window.location.pathname);
    }
  }, [token]);
}

export function SetPasswordPage() {
  const { t, i18n } = useTranslation();
  const [token] = useState(readToken);
  useWipeFragment(token);
  const link = usePasswordLink(token);
  const use = useSetPasswordWithLink();
  const form = useFormState<Values>({ newPassword: '', confirmPassword: '' });

  if (!token) {
    return (
      <AuthLayout title={t('security.setPassword.title')}>
        <Banner tone="danger" title={t('security.setPassword.invalidTitle')}>
          <p>{t('security.setPassword.missingBody')}</p>
        </Banner>
      </AuthLayout>
    );
  }
  if (link.isPending) return <FullPageLoading />;
  const gone =
    (isApiError(link.error) && link.error.code === 'password_link.invalid') ||
    (isApiError(use.error) && use.error.code === 'password_link.invalid');
  if (gone || !link.data) {
    return (
      <AuthLayout title={t('security.setPassword.title')}>
        {gone ? (
          <Banner tone="danger" title={t('security.setPassword.invalidTitle')}>
            <p>{t('security.setPassword.invalidBody')}</p>
          </Banner>
        ) : (
          <ErrorBanner error={link.error} onRetry={() => void link.refetch()} />
        )}
      </AuthLayout>
    );
  }

  const info = link.data;
  const signInState: LoginLocationState = { login: info.login };
  if (use.isSuccess) {
    return (
      <AuthLayout title={t('security.setPassword.doneTitle')}>
        <Banner tone="success">
          <p>{t('security.setPassword.doneBody', { login: info.login })}</p>
        </Banner>
        <FormActions>
          <LinkButton to="/login" state={signInState} variant="primary">
            {t('security.setPassword.signIn')}
          </LinkButton>
        </FormActions>
      </AuthLayout>
    );
  }

  const submit = () => {
    const { values } = form;
    const errors: Partial<Record<keyof Values, string>> = {};
    // The server's rule (12 to 256 characters, not the login) decides; this only saves a round trip.
    if (values.newPassword.length < 12) errors.newPassword = t('security.setPassword.tooShort');
    else if (values.confirmPassword !== values.newPassword)
      errors.confirmPassword = t('security.setPassword.mismatch');
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    use.mutate(
      { token, newPassword: values.newPassword },
      {
        onError: (error) =>
          form.setErrors(serverFieldErrors<Values>(error, { 'auth.password_too_weak': 'newPassword' })),
      },
    );
  };

  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return (
    <AuthLayout title={t('security.setPassword.title')}>
      <p className="auth-card__intro">
        {t(info.purpose === 'welcome' ? 'security.setPassword.welcome' : 'security.setPassword.reset', {
          name: info.displayName,
        })}
      </p>
      <p className="auth-card__intro">
        {t('security.setPassword.intro', { tenant: info.tenantName, login: info.login })}
      </p>
      <p className="cell-muted">
        {t('security.setPassword.expires', {
          date: formatDateTime(info.expiresAt, browserZone, i18n.language),
        })}
      </p>
      <Form onSubmit={submit} aria-label={t('security.setPassword.title')}>
        {use.error && !(isApiError(use.error) && use.error.code === 'auth.password_too_weak') ? (
          <ErrorBanner error={use.error} />
        ) : null}
        {/* Lets a password manager file the new password under the right login. */}
        <input type="text" name="username" autoComplete="username" value={info.login} readOnly hidden />
        <TextField
          label={t('security.setPassword.new')}
          type="password"
          autoComplete="new-password"
          hint={t('security.setPassword.newHint')}
          autoFocus
          {...form.field('newPassword')}
        />
        <TextField
          label={t('security.setPassword.confirm')}
          type="password"
          autoComplete="new-password"
          {...form.field('confirmPassword')}
        />
        <FormActions>
          <Button type="submit" variant="primary" loading={use.isPending} className="auth-card__submit">
            {t('security.setPassword.submit')}
          </Button>
        </FormActions>
      </Form>
    </AuthLayout>
  );
}
