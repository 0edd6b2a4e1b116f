import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session.ts';
import { useTenant, useUpdateTenant, type UpdateTenantInput } from '../api/tenant.ts';
import type { OperatorPartnerships, Tenant } from '../api/types.ts';
import { canEditTenant } from '../app/permissions.ts';
import { serverFieldErrors, useFormState } from '../app/use-form-state.ts';
import { Banner, ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { Card } from '../kit/card.tsx';
import { cx } from '../kit/cx.ts';
import { DescriptionList } from '../kit/description-list.tsx';
import { Select, TextField } from '../kit/fields.tsx';
import { Form, FormActions, FormGrid } from '../kit/form.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { Skeleton } from '../kit/spinner.tsx';
import { useToast } from '../kit/toast.tsx';
import { OperatorContactsCard } from './internet/operator-contacts-card.tsx';
import { ProductFamiliesCard } from './settings/product-families-card.tsx';
import { MissedVisitSettingCard } from './referral/missed-visit-setting-card.tsx';
import { can } from '../app/permissions.ts';

/** TEN-LOGO: PNG, JPEG or SVG up to 100 kB, stored as a data URL (selfcare letters print it at 120×60 px). */
export const LOGO_MAX_BYTES = 100_000;
const LOGO_TYPES: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/svg+xml': 'svg',
};
const LOGO_EXTENSIONS = /\.(png|jpe?g|svg)$/i;

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable'));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

export function SettingsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const tenant = useTenant();
  const [revision, setRevision] = useState(0);
  const editable = canEditTenant(session);

  const reload = async () => {
    await tenant.refetch();
    setRevision((value) => value + 1);
  };

  return (
    <div className="page page--narrow">
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      {tenant.error && !tenant.data ? (
        <ErrorBanner error={tenant.error} onRetry={() => void tenant.refetch()} />
      ) : null}
      {tenant.isPending ? (
        <Card>
          <Skeleton width="60%" />
          <Skeleton width="40%" />
          <Skeleton width="50%" />
        </Card>
      ) : null}
      {tenant.data ? (
        <>
          <Card title={t('settings.identity')}>
            <DescriptionList
              items={[
                { term: t('settings.slug'), description: tenant.data.data.slug, mono: true },
                {
                  term: t('settings.country'),
                  description: t(`settings.countries.${tenant.data.data.country}`),
                },
              ]}
            />
          </Card>
          <ProductFamiliesCard
            key={`families-${revision}`}
            tenant={tenant.data.data}
            etag={tenant.data.etag}
            editable={editable}
            onSaved={() => setRevision((value) => value + 1)}
          />
          <PartnershipsCard
            key={`partnerships-${revision}`}
            tenant={tenant.data.data}
            etag={tenant.data.etag}
            editable={editable}
            onSaved={() => setRevision((value) => value + 1)}
          />
          {/* Issue 11 §4: the internet operators' contacts, for the Israeli resellers. */}
          {tenant.data.data.country === 'IL' ? <OperatorContactsCard editable={editable} /> : null}
          {/* Issue 13, REF-04: what a missed visit window does (admins). */}
          {can(session, 'referral.settings') ? <MissedVisitSettingCard /> : null}
          {editable ? (
            <TenantForm
              key={revision}
              tenant={tenant.data.data}
              etag={tenant.data.etag}
              onSaved={() => setRevision((value) => value + 1)}
              onReload={() => void reload()}
            />
          ) : (
            <Card title={t('settings.regional')}>
              <Banner tone="info">{t('settings.readOnly')}</Banner>
              <DescriptionList
                items={[
                  { term: t('settings.legalName'), description: tenant.data.data.legalName },
                  { term: t('settings.timeZone'), description: tenant.data.data.timeZone },
                  {
                    term: t('settings.currency'),
                    description: t(`settings.currencies.${tenant.data.data.currency}`),
                  },
                  {
                    term: t('settings.logo'),
                    description: tenant.data.data.logoDataUrl ? (
                      <img
                        className="logo-preview__image"
                        src={tenant.data.data.logoDataUrl}
                        alt={t('settings.logoPreview')}
                      />
                    ) : (
                      t('settings.logoNone')
                    ),
                  },
                ]}
              />
            </Card>
          )}
        </>
      ) : null}
    </div>
  );
}

interface TenantValues {
  legalName: string;
  timeZone: string;
  currency: Tenant['currency'];
  logoDataUrl: string | null;
}

/** Edits one version of the tenant: the ETag read with it goes back in If-Match. */
function TenantForm({
  tenant,
  etag,
  onSaved,
  onReload,
}: {
  tenant: Tenant;
  etag: string | null;
  onSaved: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateTenant();
  const logoId = useId();
  const form = useFormState<TenantValues>({
    legalName: tenant.legalName,
    timeZone: tenant.timeZone,
    currency: tenant.currency,
    logoDataUrl: tenant.logoDataUrl,
  });
  const [zones] = useState(() => timeZones(tenant.timeZone));

  const chooseLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const typeOk = file.type ? file.type in LOGO_TYPES : LOGO_EXTENSIONS.test(file.name);
    if (!typeOk) {
      form.setErrors({ ...form.errors, logoDataUrl: t('settings.logoTypeInvalid') });
      input.value = '';
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      form.setErrors({
        ...form.errors,
        logoDataUrl: t('settings.logoTooLarge', { size: Math.ceil(file.size / 1000) }),
      });
      input.value = '';
      return;
    }
    try {
      form.set('logoDataUrl', await readAsDataUrl(file));
    } catch {
      form.setErrors({ ...form.errors, logoDataUrl: t('settings.logoUnreadable') });
    }
    input.value = '';
  };

  const submit = () => {
    const { values } = form;
    if (!values.legalName.trim()) {
      form.setErrors({ legalName: t('errors.required') });
      return;
    }
    const patch: UpdateTenantInput = {};
    if (values.legalName.trim() !== tenant.legalName) patch.legalName = values.legalName.trim();
    if (values.timeZone !== tenant.timeZone) patch.timeZone = values.timeZone;
    if (values.currency !== tenant.currency) patch.currency = values.currency;
    if (values.logoDataUrl !== tenant.logoDataUrl) patch.logoDataUrl = values.logoDataUrl;
    if (Object.keys(patch).length === 0) {
      toast({ tone: 'info', title: t('common.noChanges') });
      return;
    }
    update.mutate(
      { patch, etag },
      {
        onSuccess: () => {
          toast({ title: t('settings.saved') });
          onSaved();
        },
        onError: (error) =>
          form.setErrors(
            serverFieldErrors<TenantValues>(error, {
              'tenant.logo_invalid': 'logoDataUrl',
              'tenant.time_zone_invalid': 'timeZone',
            }),
          ),
      },
    );
  };

  const logoError = form.errors.logoDataUrl;
  return (
    <Card title={t('settings.regional')}>
      <Form onSubmit={submit} aria-label={t('settings.title')}>
        {update.error ? <ErrorBanner error={update.error} onReload={onReload} /> : null}
        <TextField label={t('settings.legalName')} autoComplete="organization" {...form.field('legalName')} />
        <FormGrid>
          <Select
            label={t('settings.timeZone')}
            hint={t('settings.timeZoneHint')}
            options={zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))}
            {...form.field('timeZone')}
          />
          <Select
            label={t('settings.currency')}
            options={[
              { value: 'EUR', label: t('settings.currencies.EUR') },
              { value: 'ILS', label: t('settings.currencies.ILS') },
            ]}
            {...form.field('currency')}
          />
        </FormGrid>
        <div className={cx('k-field', logoError && 'k-field--invalid')}>
          <label className="k-field__label" htmlFor={logoId}>
            {t('settings.logo')}
          </label>
          <div className="logo-field">
            <div className="logo-preview">
              {form.values.logoDataUrl ? (
                <img
                  className="logo-preview__image"
                  src={form.values.logoDataUrl}
                  alt={t('settings.logoPreview')}
                />
              ) : (
                <span className="logo-preview__none">{t('settings.logoNone')}</span>
              )}
            </div>
            <div className="logo-field__controls">
              <input
                id={logoId}
                type="file"
                className="k-file"
                accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
                aria-describedby={`${logoId}-hint${logoError ? ` ${logoId}-error` : ''}`}
                aria-invalid={logoError ? true : undefined}
                onChange={(event) => void chooseLogo(event)}
              />
              {form.values.logoDataUrl ? (
                <Button size="sm" variant="ghost" icon="close" onClick={() => form.set('logoDataUrl', null)}>
                  {t('settings.logoRemove')}
                </Button>
              ) : null}
            </div>
          </div>
          <p className="k-field__hint" id={`${logoId}-hint`}>
            {t('settings.logoHint')}
          </p>
          {logoError ? (
            <p className="k-field__error" id={`${logoId}-error`}>
              {logoError}
            </p>
          ) : null}
        </div>
        <FormActions>
          <Button type="submit" variant="primary" loading={update.isPending}>
            {t('settings.save')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}

/**
 * ACT-08: who the reseller is a partner of, per network (custom network names are for partners
 * only: Init Sys or Rezocean at Orange, Init Sys at Bouygues Telecom). Admins edit it.
 */
function PartnershipsCard({
  tenant,
  etag,
  editable,
  onSaved,
}: {
  tenant: Tenant;
  etag: string | null;
  editable: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateTenant();
  const current = tenant.operatorPartnerships;
  const [orange, setOrange] = useState<string>(current.orange ?? '');
  const [bouygues, setBouygues] = useState<string>(current.bouygues ?? '');
  const none = t('mobile.partnerships.none');
  const label = (p: string | null) => (p ? t(`mobile.sim.partners.${p as 'init_sys' | 'rezocean'}`) : none);
  if (!editable)
    return (
      <Card title={t('mobile.partnerships.title')}>
        <p className="muted">{t('mobile.partnerships.hint')}</p>
        <DescriptionList
          items={[
            { term: t('mobile.partnerships.orange'), description: label(current.orange) },
            { term: t('mobile.partnerships.bouygues'), description: label(current.bouygues) },
          ]}
        />
      </Card>
    );
  const submit = () => {
    const operatorPartnerships: OperatorPartnerships = {
      orange: orange === 'init_sys' || orange === 'rezocean' ? orange : null,
      bouygues: bouygues === 'init_sys' ? bouygues : null,
    };
    update.mutate(
      { patch: { operatorPartnerships }, etag },
      {
        onSuccess: () => {
          toast({ title: t('mobile.partnerships.saved') });
          onSaved();
        },
      },
    );
  };
  return (
    <Card title={t('mobile.partnerships.title')}>
      <Form onSubmit={submit} aria-label={t('mobile.partnerships.title')}>
        {update.error ? <ErrorBanner error={update.error} /> : null}
        <p className="muted">{t('mobile.partnerships.hint')}</p>
        <FormGrid>
          <Select
            label={t('mobile.partnerships.orange')}
            value={orange}
            onChange={(e) => setOrange(e.target.value)}
            options={[
              { value: '', label: none },
              { value: 'init_sys', label: t('mobile.sim.partners.init_sys') },
              { value: 'rezocean', label: t('mobile.sim.partners.rezocean') },
            ]}
          />
          <Select
            label={t('mobile.partnerships.bouygues')}
            value={bouygues}
            onChange={(e) => setBouygues(e.target.value)}
            options={[
              { value: '', label: none },
              { value: 'init_sys', label: t('mobile.sim.partners.init_sys') },
            ]}
          />
        </FormGrid>
        <FormActions>
          <Button type="submit" variant="primary" loading={update.isPending}>
            {t('mobile.partnerships.save')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
