import { useTranslation } from 'react-i18next';
import type { Versioned } from '../../api/client.ts';
import {
  useAddAddress,
  useAddContact,
  useUpdateAccount,
  type AccountDetail,
  type UpdateAccountInput,
} from '../../api/accounts.ts';
import { serverFieldErrors, useFormState } from '../../app/use-form-state.ts';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Dialog } from '../../kit/dialog.tsx';
import { Select, TextField } from '../../kit/fields.tsx';
import { Form, FormGrid } from '../../kit/form.tsx';
import { useToast } from '../../kit/toast.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { useSession } from '../../api/session.ts';
import { NationalIdField } from './create-account-dialog.tsx';

const trimmed = (value: string) => (value.trim() ? value.trim() : undefined);

interface ContactValues {
  name: string;
  role: string;
  email: string;
  phone: string;
  mobile: string;
}

/** A contact: phones typed in any form are stored in E.164 by the server (ACC-02). */
export function AddContactDialog({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useAddContact(accountId);
  const form = useFormState<ContactValues>({ name: '', role: '', email: '', phone: '', mobile: '' });
  const submit = () => {
    const { values } = form;
    if (!values.name.trim()) {
      form.setErrors({ name: t('errors.required') });
      return;
    }
    const input = {
      name: values.name.trim(),
      ...(trimmed(values.role) ? { role: values.role.trim() } : {}),
      ...(trimmed(values.email) ? { email: values.email.trim() } : {}),
      ...(trimmed(values.phone) ? { phone: values.phone.trim() } : {}),
      ...(trimmed(values.mobile) ? { mobile: values.mobile.trim() } : {}),
    };
    add.mutate(input, {
      onSuccess: () => {
        toast({ title: t('accounts.contactAdded') });
        onClose();
      },
      onError: (error) => form.setErrors(serverFieldErrors<ContactValues>(error)),
    });
  };
  return (
    <FormDialog
      id="add-contact-form"
      title={t('accounts.addContact')}
      submitLabel={t('accounts.addContact')}
      pending={add.isPending}
      error={add.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <FormGrid>
        <TextField label={t('accounts.contactName')} autoComplete="off" {...form.field('name')} />
        <TextField label={t('accounts.contactRole')} autoComplete="off" {...form.field('role')} />
      </FormGrid>
      <TextField
        label={t('accounts.contactEmail')}
        type="email"
        autoComplete="off"
        {...form.field('email')}
      />
      <FormGrid>
        <TextField label={t('accounts.phone')} type="tel" autoComplete="off" {...form.field('phone')} />
        <TextField label={t('accounts.mobile')} type="tel" autoComplete="off" {...form.field('mobile')} />
      </FormGrid>
    </FormDialog>
  );
}

interface AddressValues {
  kind: 'billing' | 'site';
  label: string;
  line1: string;
  line2: string;
  postalCode: string;
  city: string;
}

export function AddAddressDialog({
  accountId,
  hasBilling,
  onClose,
}: {
  accountId: string;
  hasBilling: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const add = useAddAddress(accountId);
  const form = useFormState<AddressValues>({
    kind: hasBilling ? 'site' : 'billing',
    label: '',
    line1: '',
    line2: '',
    postalCode: '',
    city: '',
  });
  const submit = () => {
    const { values } = form;
    const errors: Partial<Record<keyof AddressValues, string>> = {};
    if (!values.line1.trim()) errors.line1 = t('errors.required');
    if (!values.postalCode.trim()) errors.postalCode = t('errors.required');
    if (!values.city.trim()) errors.city = t('errors.required');
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    add.mutate(
      {
        kind: values.kind,
        line1: values.line1.trim(),
        postalCode: values.postalCode.trim(),
        city: values.city.trim(),
        ...(trimmed(values.label) ? { label: values.label.trim() } : {}),
        ...(trimmed(values.line2) ? { line2: values.line2.trim() } : {}),
      },
      {
        onSuccess: () => {
          toast({ title: t('accounts.addressAdded') });
          onClose();
        },
        onError: (error) =>
          form.setErrors(
            serverFieldErrors<AddressValues>(error, { 'account.billing_address_exists': 'kind' }),
          ),
      },
    );
  };
  return (
    <FormDialog
      id="add-address-form"
      title={t('accounts.addAddress')}
      submitLabel={t('accounts.addAddress')}
      pending={add.isPending}
      error={add.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <FormGrid>
        <Select
          label={t('accounts.addressKind')}
          options={[
            { value: 'billing', label: t('accounts.addressKinds.billing') },
            { value: 'site', label: t('accounts.addressKinds.site') },
          ]}
          {...form.field('kind')}
        />
        <TextField label={t('accounts.label')} autoComplete="off" {...form.field('label')} />
      </FormGrid>
      <TextField label={t('accounts.line1')} autoComplete="off" {...form.field('line1')} />
      <TextField label={t('accounts.line2')} autoComplete="off" {...form.field('line2')} />
      <FormGrid>
        <TextField label={t('accounts.postalCode')} autoComplete="off" {...form.field('postalCode')} />
        <TextField label={t('accounts.city')} autoComplete="off" {...form.field('city')} />
      </FormGrid>
    </FormDialog>
  );
}

interface EditValues {
  companyType: string;
  companyName: string;
  siret: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  billingDay: string;
  nationalId: string;
}

/** Edits the version that was read (If-Match): a concurrent change gets a 412 and a reload. */
export function EditAccountDialog({
  versioned,
  onClose,
  onReload,
}: {
  versioned: Versioned<AccountDetail>;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const { data: account, etag } = versioned;
  const update = useUpdateAccount(account.id);
  // Issue 11 §6: an Israeli customer's ח.פ. / ת.ז. (check digit checked by the server) instead of the SIRET.
  const israeli = useSession().tenant.country === 'IL';
  const form = useFormState<EditValues>({
    nationalId: account.nationalId ?? '',
    companyType: account.companyType ?? '',
    companyName: account.companyName ?? '',
    siret: account.siret ?? '',
    firstName: account.firstName ?? '',
    lastName: account.lastName ?? '',
    email: account.email,
    phone: account.phone ?? '',
    billingDay: String(account.billingDay),
  });
  const submit = () => {
    const { values } = form;
    const nullable = (value: string) => (value.trim() ? value.trim() : null);
    const patch: UpdateAccountInput = {
      email: values.email.trim(),
      phone: nullable(values.phone),
      billingDay: Number(values.billingDay),
      ...(israeli ? { nationalId: nullable(values.nationalId) } : {}),
      ...(account.kind === 'business'
        ? {
            companyType: nullable(values.companyType),
            companyName: nullable(values.companyName),
            ...(israeli ? {} : { siret: nullable(values.siret) }),
          }
        : { firstName: nullable(values.firstName), lastName: nullable(values.lastName) }),
    };
    update.mutate(
      { patch, etag },
      {
        onSuccess: () => {
          toast({ title: t('accounts.saved') });
          onClose();
        },
        onError: (error) =>
          form.setErrors(
            serverFieldErrors<EditValues>(error, {
              'account.siret_taken': 'siret',
              'account.il_id_taken': 'nationalId',
            }),
          ),
      },
    );
  };
  const days = Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('accounts.edit')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form="edit-account-form" variant="primary" loading={update.isPending}>
            {t('accounts.saveChanges')}
          </Button>
        </>
      }
    >
      <Form onSubmit={submit} id="edit-account-form" aria-label={t('accounts.edit')}>
        {update.error ? (
          <ErrorBanner error={update.error} onReload={onReload} reloadLabel={t('accounts.staleReload')} />
        ) : null}
        {account.kind === 'business' ? (
          <>
            <TextField label={t('accounts.companyName')} autoComplete="off" {...form.field('companyName')} />
            <FormGrid>
              <TextField
                label={t('accounts.companyType')}
                autoComplete="off"
                {...form.field('companyType')}
              />
              {israeli ? (
                <NationalIdField kind="il_company" field={form.field('nationalId')} />
              ) : (
                <TextField
                  label={t('accounts.siret')}
                  hint={t('accounts.siretHint')}
                  autoComplete="off"
                  {...form.field('siret')}
                />
              )}
            </FormGrid>
          </>
        ) : (
          <>
            <FormGrid>
              <TextField label={t('accounts.firstName')} autoComplete="off" {...form.field('firstName')} />
              <TextField label={t('accounts.lastName')} autoComplete="off" {...form.field('lastName')} />
            </FormGrid>
            {israeli ? <NationalIdField kind="il_identity" field={form.field('nationalId')} /> : null}
          </>
        )}
        <TextField label={t('accounts.email')} type="email" autoComplete="off" {...form.field('email')} />
        <FormGrid>
          <TextField label={t('accounts.phone')} type="tel" autoComplete="off" {...form.field('phone')} />
          <Select
            label={t('accounts.billingDay')}
            hint={t('accounts.billingDayHint')}
            options={days}
            {...form.field('billingDay')}
          />
        </FormGrid>
      </Form>
    </Dialog>
  );
}
