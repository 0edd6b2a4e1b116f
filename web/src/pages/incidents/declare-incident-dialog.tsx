import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLines } from '../../api/lines.ts';
import { useNavigate } from 'react-router-dom';
import { useAccounts } from '../../api/accounts.ts';
import {
  CHANNELS,
  PRIORITIES,
  SERVICES,
  useCreateIncident,
  useOperators,
  type Channel,
  type Priority,
  type Service,
} from '../../api/incidents.ts';
import { serverFieldErrors, useFormState } from '../../app/use-form-state.ts';
import { Select, TextArea, TextField } from '../../kit/fields.tsx';
import { FormGrid } from '../../kit/form.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';

interface Values {
  accountId: string;
  service: string;
  channel: string;
  priority: string;
  title: string;
  description: string;
  operatorCode: string;
}

/** "Déclarer un incident" (CS-01 channel); the incident page then shows the SUP-01 checks. */
export function DeclareIncidentDialog({ accountId, onClose }: { accountId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateIncident();
  const accounts = useAccounts({ limit: 200, offset: 0, sort: 'displayName' }, {});
  const form = useFormState<Values>({
    accountId: accountId ?? '',
    service: 'adsl',
    channel: 'phone',
    priority: 'normal',
    title: '',
    description: '',
    operatorCode: '',
  });
  const operators = useOperators();
  // The service follows the customer: one with mobile lines declares a mobile incident (no modem
  // questions); the agent can still choose another, and then the choice stays.
  const [serviceChosen, setServiceChosen] = useState(false);
  const customerLines = useLines({ accountId: form.values.accountId || undefined }, 1);
  const hasLines = form.values.accountId ? (customerLines.data?.total ?? 0) > 0 : null;
  const { set } = form;
  useEffect(() => {
    if (serviceChosen || hasLines === null || customerLines.isPlaceholderData) return;
    set('service', hasLines ? 'mobile' : 'adsl');
  }, [hasLines, serviceChosen, customerLines.isPlaceholderData, set]);
  const submit = () => {
    const v = form.values;
    const errors: Partial<Record<keyof Values, string>> = {};
    if (!v.accountId) errors.accountId = t('errors.required');
    if (!v.title.trim()) errors.title = t('errors.required');
    if (Object.keys(errors).length > 0) {
      form.setErrors(errors);
      return;
    }
    create.mutate(
      {
        accountId: v.accountId,
        service: v.service as Service,
        channel: v.channel as Channel,
        priority: v.priority as Priority,
        title: v.title.trim(),
        ...(v.description.trim() ? { description: v.description.trim() } : {}),
        ...(v.operatorCode ? { operatorCode: v.operatorCode } : {}),
      },
      {
        onSuccess: (incident) => void navigate(`/incidents/${encodeURIComponent(incident.id)}`),
        onError: (error) => form.setErrors(serverFieldErrors<Values>(error)),
      },
    );
  };
  return (
    <FormDialog
      id="declare-incident-form"
      title={t('support.declare')}
      submitLabel={t('support.declareSubmit')}
      pending={create.isPending}
      error={create.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Select
        label={t('support.customer')}
        {...form.field('accountId')}
        options={[
          { value: '', label: t('support.chooseCustomer') },
          ...(accounts.data?.items ?? []).map((a) => ({
            value: a.id,
            label: `${a.displayName} (${a.reference})`,
          })),
        ]}
      />
      <FormGrid>
        <Select
          label={t('support.service')}
          {...form.field('service')}
          onChange={(event) => {
            setServiceChosen(true);
            form.set('service', event.target.value);
          }}
          options={SERVICES.map((s) => ({ value: s, label: t(`support.services.${s}`) }))}
        />
        <Select
          label={t('support.channel')}
          {...form.field('channel')}
          options={CHANNELS.map((c) => ({ value: c, label: t(`support.channels.${c}`) }))}
        />
      </FormGrid>
      <Select
        label={t('support.priority')}
        {...form.field('priority')}
        options={PRIORITIES.map((p) => ({ value: p, label: t(`support.priorities.${p}`) }))}
      />
      <Select
        label={t('support.operator')}
        {...form.field('operatorCode')}
        options={[
          { value: '', label: t('support.operatorByService') },
          ...(operators.data ?? []).map((o) => ({ value: o.code, label: o.name })),
        ]}
      />
      <TextField label={t('support.subject')} autoComplete="off" {...form.field('title')} />
      <TextArea label={t('support.description')} rows={3} {...form.field('description')} />
    </FormDialog>
  );
}
