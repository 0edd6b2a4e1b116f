import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { isApiError } from '../api/client.ts';
import { useLogin, useSessionQuery } from '../api/session.ts';
import { AuthLayout } from '../app/auth-layout.tsx';
import type { LoginLocationState } from '../app/guards.tsx';
import { useFormState } from '../app/use-form-state.ts';
import { changeLanguage, hasChosenLanguage } from '../i18n/i18n.ts';
import { Banner, ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { TextField } from '../kit/fields.tsx';
import { Form, FormActions } from '../kit/form.tsx';
import { FullPageLoading } from '../app/status-screens.tsx';

interface LoginValues {
  login: string;
  password: string;
  tenant: string;
}

/** Only same-site paths are followed after sign-in, never another origin. */
function safeNext(from: string | undefined): string {
  return from && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginLocationState;
  const { data: session, isPending } = useSessionQuery();
  const login = useLogin();
  const form = useFormState<LoginValues>({ login: state.login ?? '', password: '', tenant: '' });
  const [tenantNeeded, setTenantNeeded] = useState(false);
  const tenantRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (isPending) return <FullPageLoading />;
  if (session) return <Navigate to={safeNext(state.from)} replace />;

  const submit = () => {
    const { values } = form;
    const errors: Partial<Record<keyof LoginValues, string>> = {};
    if (!values.login.trim()) errors.login = t('login.loginRequired');
    if (!values.password) errors.password = t('login.passwordRequired');
    if (tenantNeeded && !values.tenant.trim()) errors.tenant = t('login.tenantRequired');
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    login.mutate(
      {
        login: values.login.trim(),
        password: values.password,
        ...(tenantNeeded ? { tenant: values.tenant.trim() } : {}),
      },
      {
        onSuccess: (result) => {
          // The account's language applies until someone picks one on this browser.
          if (!hasChosenLanguage() && result.user.locale) void changeLanguage(result.user.locale, false);
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'auth.tenant_required') {
            setTenantNeeded(true);
            window.setTimeout(() => tenantRef.current?.focus(), 0);
            return;
          }
          if (isApiError(error) && error.code === 'auth.invalid_credentials') {
            form.set('password', '');
            window.setTimeout(() => passwordRef.current?.focus(), 0);
          }
          if (isApiError(error)) form.setErrors(error.fieldErrors());
        },
      },
    );
  };

  const error = login.error;
  const tenantRequired = isApiError(error) && error.code === 'auth.tenant_required';
  const rateLimited = isApiError(error) && error.code === 'auth.rate_limited';
  const minutes =
    rateLimited && error.retryAfterSeconds !== undefined
      ? Math.max(1, Math.ceil(error.retryAfterSeconds / 60))
      : undefined;

  return (
    <AuthLayout title={t('login.title')} footer={<p>{t('login.forgotPassword')}</p>}>
      <p className="auth-card__intro">{t('login.intro')}</p>
      {state.reason === 'expired' && !error ? <Banner tone="info">{t('login.sessionExpired')}</Banner> : null}
      {state.reason === 'logout' && !error ? <Banner tone="success">{t('login.loggedOut')}</Banner> : null}
      {tenantRequired ? (
        <Banner tone="warning" title={t('login.tenantNeededTitle')}>
          <p>{error.detail}</p>
        </Banner>
      ) : rateLimited ? (
        <Banner tone="danger" title={t('login.rateLimitedTitle')}>
          <p>{minutes !== undefined ? t('login.rateLimited', { count: minutes }) : error.detail}</p>
        </Banner>
      ) : error ? (
        <ErrorBanner error={error} />
      ) : null}
      <Form onSubmit={submit} aria-label={t('login.title')}>
        <TextField
          label={t('login.login')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          {...form.field('login')}
        />
        <TextField
          ref={passwordRef}
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          {...form.field('password')}
        />
        {tenantNeeded ? (
          <TextField
            ref={tenantRef}
            label={t('login.tenant')}
            hint={t('login.tenantHint')}
            autoCapitalize="none"
            spellCheck={false}
            {...form.field('tenant')}
          />
        ) : null}
        <FormActions>
          <Button type="submit" variant="primary" loading={login.isPending} className="auth-card__submit">
            {t('login.submit')}
          </Button>
        </FormActions>
      </Form>
    </AuthLayout>
  );
}
