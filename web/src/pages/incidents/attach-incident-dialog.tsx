import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts } from '../../api/accounts.ts';
import { SERVICES, useIncidentAction, type IncidentDetail } from '../../api/incidents.ts';
import { serverFieldErrors, useFormState } from '../../app/use-form-state.ts';
import { Select, TextField } from '../../kit/fields.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { useToast } from '../../kit/toast.tsx';

interface Values {
  accountId: string;
  service: string;
}

/**
 * Issue 15: « Rattacher à un client » for an incident « à rattacher » (a TM Forum ticket sent
 * without a customer): the agent searches the customer, and chooses the service when the ticket
 * named none. Once attached, the incident never changes customer.
 */
export function AttachIncidentDialog({
  incident,
  onClose,
}: {
  incident: IncidentDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const action = useIncidentAction(incident.id);
  const [search, setSearch] = useState('');
  const accounts = useAccounts(
    { limit: 20, offset: 0, sort: 'displayName' },
    search.trim() ? { q: search.trim() } : {},
  );
  const form = useFormState<Values>({ accountId: '', service: incident.service ?? '' });
  const found = accounts.data?.items ?? [];
  const submit = () => {
    const v = form.values;
    const errors: Partial<Record<keyof Values, string>> = {};
    if (!v.accountId) errors.accountId = t('errors.required');
    if (!incident.service && !v.service) errors.service = t('errors.required');
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      return;
    }
    action.mutate(
      {
        path: '/attach',
        body: { accountId: v.accountId, ...(incident.service ? {} : { service: v.service }) },
      },
      {
        onSuccess: () => {
          toast({ title: t('support.attached') });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors<Values>(error)),
      },
    );
  };
  return (
    <FormDialog
      id="attach-incident-form"
      title={t('support.attach')}
      submitLabel={t('support.attachSubmit')}
      pending={action.isPending}
      error={action.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <p className="muted">{t('support.attachHint')}</p>
      <TextField
        label={t('support.attachSearch')}
        hint={t('support.attachSearchHint')}
        type="search"
        autoComplete="off"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <Select
        label={t('support.customer')}
        {...form.field('accountId')}
        hint={found.length === 0 && !accounts.isFetching ? t('support.attachNoMatch') : undefined}
        options={[
          { value: '', label: t('support.chooseCustomer') },
          ...found.map((a) => ({ value: a.id, label: `${a.displayName} (${a.reference})` })),
        ]}
      />
      {incident.service ? null : (
        <Select
          label={t('support.service')}
          {...form.field('service')}
          options={[
            { value: '', label: t('support.serviceUnknown') },
            ...SERVICES.map((s) => ({ value: s, label: t(`support.services.${s}`) })),
          ]}
        />
      )}
    </FormDialog>
  );
}
