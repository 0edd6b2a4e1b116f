import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLines } from '../../api/lines.ts';
import { useNavigate } from 'react-router-dom';
import { useAccounts } from '../../api/accounts.ts';
import { useSession } from '../../api/session.ts';
import { useAccountSubscriptions } from '../internet/internet-api.ts';
import {
  CHANNELS,
  PRIORITIES,
  incidentServicesFor,
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
  subscriptionId: string;
}

/** "Déclarer un incident" (CS-01 channel); the incident page then shows the SUP-01 checks. */
export function DeclareIncidentDialog({ accountId, onClose }: { accountId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateIncident();
  const accounts = useAccounts({ limit: 200, offset: 0, sort: 'displayName' }, {});
  // Issue 11 §6: the services follow the product families the reseller sells.
  const { tenant } = useSession();
  const services = incidentServicesFor(tenant.productFamilies);
  const internetOnly = !tenant.productFamilies.includes('mobile');
  const form = useFormState<Values>({
    accountId: accountId ?? '',
    subscriptionId: '',
    service: internetOnly ? 'fibre' : 'adsl',
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
  // An internet-only reseller's customer: the incident is about one of their subscriptions.
  const subscriptions = useAccountSubscriptions(form.values.accountId, internetOnly).data?.items ?? [];
  const chosenSubscription = subscriptions.find((s) => s.id === form.values.subscriptionId);
  const { set } = form;
  useEffect(() => {
    if (internetOnly || serviceChosen || hasLines === null || customerLines.isPlaceholderData) return;
    set('service', hasLines ? 'mobile' : 'adsl');
  }, [internetOnly, hasLines, serviceChosen, customerLines.isPlaceholderData, set]);
  const firstSubscription = subscriptions[0];
  useEffect(() => {
    if (!internetOnly || serviceChosen || !firstSubscription) return;
    set('subscriptionId', firstSubscription.id);
    set('service', firstSubscription.plan.fibre ? 'fibre' : 'cable');
  }, [internetOnly, serviceChosen, firstSubscription, set]);
  const submit = () => {
    const v = form.values;
    // The subscription concerned opens the description (the operator, its plan, its reference).
    const about = chosenSubscription
      ? t('support.aboutSubscription', {
          reference: chosenSubscription.reference,
          operator: chosenSubscription.operatorName,
          plan: chosenSubscription.plan.name,
        })
      : '';
    const description = [about, v.description.trim()].filter(Boolean).join('\n');
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
        ...(description ? { description } : {}),
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
      {internetOnly && subscriptions.length > 0 ? (
        <Select
          label={t('support.subscription')}
          {...form.field('subscriptionId')}
          onChange={(event) => {
            const chosen = subscriptions.find((s) => s.id === event.target.value);
            setServiceChosen(true);
            form.set('subscriptionId', event.target.value);
            if (chosen) form.set('service', chosen.plan.fibre ? 'fibre' : 'cable');
          }}
          options={[
            { value: '', label: t('support.noSubscription') },
            ...subscriptions.map((s) => ({
              value: s.id,
              label: `${s.operatorName} — ${s.plan.name} (${s.reference})`,
            })),
          ]}
        />
      ) : null}
      <FormGrid>
        <Select
          label={t('support.service')}
          {...form.field('service')}
          onChange={(event) => {
            setServiceChosen(true);
            form.set('service', event.target.value);
          }}
          options={services.map((s) => ({ value: s, label: t(`support.services.${s}`) }))}
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
