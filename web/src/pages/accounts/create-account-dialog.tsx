import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useSession } from '../../api/session.ts';
import { useCreateAccount, type AccountKind, type CreateAccountInput } from '../../api/accounts.ts';
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

/**
 * "Nouveau client": a private person or a business. The server checks the SIRET (ACC-01), the
 * phone (ACC-02) and the e-mail (ACC-05); its messages land under the fields they are about.
 */
export function CreateAccountDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const create = useCreateAccount();
  const form = useFormState<CreateAccountValues>(EMPTY);
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
    };
    create.mutate(input, {
      onSuccess: (account) => {
        toast({ title: t('accounts.created', { name: account.displayName, reference: account.reference }) });
        close();
        void navigate(`/accounts/${encodeURIComponent(account.id)}`);
      },
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
      title={t('accounts.create')}
      submitLabel={t('accounts.submitCreate')}
      pending={create.isPending}
      error={create.error}
      onClose={close}
      onSubmit={submit}
      size="md"
    >
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
