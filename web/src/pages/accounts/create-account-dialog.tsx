import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../api/session.ts';
import { useCreateAccount, type AccountKind, type CreateAccountInput } from '../../api/accounts.ts';
import type { HeldCustomer } from '../../api/held-customers.ts';
import { serverFieldErrors, useFormState } from '../../app/use-form-state.ts';
import { Select, TextField } from '../../kit/fields.tsx';
import { FormGrid } from '../../kit/form.tsx';
import { useToast } from '../../kit/toast.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';

interface CreateAccountValues {
  kind: AccountKind;
  companyType: string;
  companyName: string;
  siret: string;
  nationalId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  billingDay: string;
}

const FORM_ID = 'create-account-form';
const EMPTY: CreateAccountValues = {
  kind: 'business',
  companyType: '',
  companyName: '',
  siret: '',
  nationalId: '',
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  billingDay: '1',
};

/** Issue 15: the form's fields as a customer received through TMF629 gave them. */
function valuesOf(held: HeldCustomer): CreateAccountValues {
  return {
    kind: held.kind,
    companyType: held.companyType ?? '',
    companyName: held.kind === 'business' ? held.name : '',
    siret: held.siret ?? '',
    nationalId: '',
    firstName: held.firstName ?? '',
    lastName: held.lastName ?? '',
    email: held.email ?? '',
    phone: held.phone ?? '',
    billingDay: String(held.billingDay),
  };
}

/** The received customer's complete addresses and its contacts, created with the account. */
function receivedParts(held: HeldCustomer): Pick<CreateAccountInput, 'addresses' | 'contacts'> {
  const addresses = held.addresses.flatMap((a) =>
    a.line1 && a.postalCode && a.city
      ? [
          {
            kind: a.kind,
            line1: a.line1,
            postalCode: a.postalCode,
            city: a.city,
            ...(a.line2 ? { line2: a.line2 } : {}),
            ...(a.country ? { country: a.country } : {}),
          },
        ]
      : [],
  );
  return { addresses, contacts: held.contacts.map((c) => ({ name: c.name, role: c.role })) };
}

/**
 * "Nouveau client": a private person or a business. The server checks the SIRET (ACC-01), the
 * phone (ACC-02) and the e-mail (ACC-05); its messages land under the fields they are about.
 * Given a customer received « à compléter » (issue 15), the form opens with what it was sent,
 * and the account created releases it.
 */
export function CreateAccountDialog({
  open,
  onClose,
  held,
}: {
  open: boolean;
  onClose: () => void;
  held?: HeldCustomer | undefined;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreateAccount(held?.id);
  const form = useFormState<CreateAccountValues>(held ? valuesOf(held) : EMPTY);
  const { values } = form;
  // Issue 11 §6: Israeli customers are identified by a ח.פ. or a ת.ז., not a SIRET; Israeli phones.
  const israeli = useSession().tenant.country === 'IL';

  const close = () => {
    create.reset();
    form.setValues(EMPTY);
    form.setErrors({});
    onClose();
  };

  const submit = () => {
    const errors: Partial<Record<keyof CreateAccountValues, string>> = {};
    if (!values.email.trim()) errors.email = t('errors.required');
    if (values.kind === 'business') {
      if (!values.companyName.trim()) errors.companyName = t('errors.required');
      if (!values.companyType.trim()) errors.companyType = t('errors.required');
    } else if (!values.lastName.trim()) errors.lastName = t('errors.required');
    form.setErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const optional = (key: keyof CreateAccountValues) =>
      values[key].trim() ? { [key]: values[key].trim() } : {};
    const input: CreateAccountInput = {
      kind: values.kind,
      email: values.email.trim(),
      billingDay: Number(values.billingDay),
      ...optional('phone'),
      ...(israeli ? optional('nationalId') : {}),
      ...(values.kind === 'business'
        ? { ...optional('companyType'), ...optional('companyName'), ...(israeli ? {} : optional('siret')) }
        : { ...optional('firstName'), ...optional('lastName') }),
      ...(held ? receivedParts(held) : {}),
    };
    const opened = (account: { id: string }, title: string) => {
      toast({ title });
      close();
      void navigate(`/accounts/${encodeURIComponent(account.id)}`);
    };
    create.mutate(input, {
      // Given a received customer, the same request released it with this account.
      onSuccess: (account) =>
        opened(
          account,
          held
            ? t('accounts.held.released', { reference: account.reference })
            : t('accounts.created', { name: account.displayName, reference: account.reference }),
        ),
      onError: (error) =>
        form.setErrors(
          serverFieldErrors<CreateAccountValues>(error, {
            'account.siret_taken': 'siret',
            'account.il_id_taken': 'nationalId',
          }),
        ),
    });
  };

  const days = Array.from({ length: 31 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));

  return (
    <FormDialog
      id={FORM_ID}
      open={open}
      title={held ? t('accounts.held.complete') : t('accounts.create')}
      submitLabel={t('accounts.submitCreate')}
      pending={create.isPending}
      error={create.error}
      onClose={close}
      onSubmit={submit}
      size="md"
    >
      {held ? <p className="muted">{t('accounts.held.completeHint')}</p> : null}
      <Select
        label={t('accounts.kind')}
        options={[
          { value: 'business', label: t('accounts.kinds.business') },
          { value: 'person', label: t('accounts.kinds.person') },
        ]}
        {...form.field('kind')}
      />
      {values.kind === 'business' ? (
        <>
          <TextField label={t('accounts.companyName')} autoComplete="off" {...form.field('companyName')} />
          <FormGrid>
            <TextField
              label={t('accounts.companyType')}
              hint={t('accounts.companyTypeHint')}
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
                inputMode="numeric"
                spellCheck={false}
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
      <TextField
        label={t('accounts.email')}
        hint={t('accounts.emailHint')}
        type="email"
        autoComplete="off"
        spellCheck={false}
        {...form.field('email')}
      />
      <FormGrid>
        <TextField
          label={t('accounts.phone')}
          hint={israeli ? t('market.nationalId.phoneHint') : t('accounts.phoneHint')}
          type="tel"
          autoComplete="off"
          {...form.field('phone')}
        />
        <Select
          label={t('accounts.billingDay')}
          hint={t('accounts.billingDayHint')}
          options={days}
          {...form.field('billingDay')}
        />
      </FormGrid>
    </FormDialog>
  );
}

/** The ח.פ. of an Israeli business or the ת.ז. of a person, with its check-digit hint (ACC-01). */
export function NationalIdField({
  kind,
  field,
}: {
  kind: 'il_company' | 'il_identity';
  field: ReturnType<ReturnType<typeof useFormState<{ nationalId: string }>>['field']>;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t(`market.nationalId.${kind}`)}
      hint={kind === 'il_company' ? t('market.nationalId.companyHint') : t('market.nationalId.identityHint')}
      autoComplete="off"
      inputMode="numeric"
      spellCheck={false}
      {...field}
    />
  );
}
