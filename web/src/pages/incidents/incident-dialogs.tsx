import { useTranslation } from 'react-i18next';
import {
  CHANNELS,
  INFO_FIELDS,
  useIncidentAction,
  useTariff,
  useUpdateIncident,
  type IncidentDetail,
  type InfoField,
  type Intervention,
} from '../../api/incidents.ts';
import type { Versioned } from '../../api/client.ts';
import { serverFieldErrors, useFormState } from '../../app/use-form-state.ts';
import { useFormat } from '../../app/format.ts';
import { DateTimeField } from '../../kit/date-time-field.tsx';
import { instantToZonedLocal, zonedLocalToInstant } from '../../kit/zoned-time.ts';
import { Checkbox, Select, TextArea, TextField } from '../../kit/fields.tsx';
import { FormGrid } from '../../kit/form.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { useToast } from '../../kit/toast.tsx';
import { formatAmount } from './money.ts';

/** CS-01 channels as select options (the hook's `t` is typed by key, so a component builds them). */
function useChannelOptions() {
  const { t } = useTranslation();
  return CHANNELS.map((c) => ({ value: c, label: t(`support.channels.${c}`) }));
}

interface WrittenValues {
  by: string;
  channel: string;
  text: string;
}

/** SUP-02: the customer's written confirmations, one per check, with who, channel and text. */
export function ChecksDialog({ incident, onClose }: { incident: IncidentDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const channels = useChannelOptions();
  const toast = useToast();
  const action = useIncidentAction(incident.id);
  const form = useFormState<WrittenValues & { selected: string[] }>({
    by: incident.accountName ?? '',
    channel: 'email',
    text: '',
    selected: incident.missingChecks,
  });
  const submit = async () => {
    if (!form.values.by.trim() || !form.values.text.trim()) {
      form.setErrors({
        ...(form.values.by.trim() ? {} : { by: t('errors.required') }),
        ...(form.values.text.trim() ? {} : { text: t('errors.required') }),
      });
      return;
    }
    for (const check of form.values.selected) {
      await action.mutateAsync({
        path: '/checks',
        body: {
          check,
          by: form.values.by.trim(),
          channel: form.values.channel,
          text: form.values.text.trim(),
        },
      });
    }
    toast({ title: t('support.saved') });
    onClose();
  };
  return (
    <FormDialog
      id="checks-form"
      title={t('support.checksDialog')}
      submitLabel={t('support.recordChecks')}
      pending={action.isPending}
      error={action.error}
      onClose={onClose}
      onSubmit={() => void submit().catch(() => undefined)}
    >
      {incident.missingChecks.map((check) => (
        <Checkbox
          key={check}
          label={t(`support.checks.${check}`, { defaultValue: check })}
          checked={form.values.selected.includes(check)}
          onChange={(e) =>
            form.set(
              'selected',
              e.target.checked
                ? [...form.values.selected, check]
                : form.values.selected.filter((c) => c !== check),
            )
          }
        />
      ))}
      <FormGrid>
        <TextField label={t('support.confirmedBy')} autoComplete="off" {...form.field('by')} />
        <Select label={t('support.writtenChannel')} {...form.field('channel')} options={channels} />
      </FormGrid>
      <TextArea label={t('support.confirmationText')} rows={3} {...form.field('text')} />
    </FormDialog>
  );
}

/** SUP-02: the required information (site contact, equipment, LEDs), with If-Match. */
export function InformationDialog({
  versioned,
  onClose,
}: {
  versioned: Versioned<IncidentDetail>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateIncident(versioned.data.id);
  const form = useFormState<Record<InfoField, string>>(
    () =>
      Object.fromEntries(INFO_FIELDS.map((f) => [f, versioned.data.information[f] ?? ''])) as Record<
        InfoField,
        string
      >,
  );
  const submit = () =>
    update.mutate(
      {
        patch: Object.fromEntries(INFO_FIELDS.map((f) => [f, form.values[f].trim() || null])),
        etag: versioned.etag,
      },
      {
        onSuccess: () => {
          toast({ title: t('support.saved') });
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors<Record<InfoField, string>>(error)),
      },
    );
  return (
    <FormDialog
      id="information-form"
      title={t('support.information')}
      submitLabel={t('common.save')}
      pending={update.isPending}
      error={update.error}
      onClose={onClose}
      onSubmit={submit}
    >
      {INFO_FIELDS.map((f) => (
        <TextField key={f} label={t(`support.info.${f}`)} autoComplete="off" {...form.field(f)} />
      ))}
    </FormDialog>
  );
}

/** SUP-03: the written consent, recorded once and never edited. */
export function ConsentDialog({ incident, onClose }: { incident: IncidentDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const channels = useChannelOptions();
  const action = useIncidentAction(incident.id);
  const form = useFormState<WrittenValues>({ by: incident.accountName ?? '', channel: 'email', text: '' });
  const submit = () => {
    if (!form.values.text.trim() || !form.values.by.trim()) {
      form.setErrors({ text: t('errors.required') });
      return;
    }
    action.mutate(
      {
        path: '/consents',
        body: { by: form.values.by.trim(), channel: form.values.channel, text: form.values.text.trim() },
      },
      { onSuccess: onClose, onError: (e) => form.setErrors(serverFieldErrors<WrittenValues>(e)) },
    );
  };
  return (
    <FormDialog
      id="consent-form"
      title={t('support.consent')}
      submitLabel={t('support.recordConsent')}
      pending={action.isPending}
      error={action.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <FormGrid>
        <TextField label={t('support.consentGivenBy')} autoComplete="off" {...form.field('by')} />
        <Select label={t('support.writtenChannel')} {...form.field('channel')} options={channels} />
      </FormGrid>
      <TextArea label={t('support.consentText')} rows={3} {...form.field('text')} />
    </FormDialog>
  );
}

export interface PlanValues {
  kind: string;
  slotStart: string;
  slotEnd: string;
  address: string;
  phones: string;
  referent: string;
}

type PlanForm = ReturnType<typeof useFormState<PlanValues>>;

/** The kinds of intervention a service takes (SUP-06, SUP-08: expertise and SAV+ are ADSL's). */
export function interventionKinds(service: IncidentDetail['service']): Intervention['kind'][] {
  return service === 'adsl' ? ['on_site', 'expertise', 'sav_plus'] : ['on_site'];
}

/** What POST …/interventions takes (issue 10: the slot typed in the tenant's time zone). */
export function planBody(v: PlanValues, timeZone: string) {
  const iso = (local: string) => zonedLocalToInstant(local, timeZone) ?? '';
  return {
    kind: v.kind,
    slotStart: iso(v.slotStart),
    slotEnd: iso(v.slotEnd),
    address: v.address.trim(),
    reachablePhones: v.phones
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    ...(v.referent.trim() ? { referent: v.referent.trim() } : {}),
  };
}

/** A refused plan's field errors (a bad phone names the phones field). */
export const planErrors = (e: unknown) =>
  serverFieldErrors<PlanValues>(e, { 'support.phone_invalid': 'phones' });

/** SUP-03, NET-05: the appointment's kind, slot, address and reachable numbers. */
export function PlanFields({ form, kinds }: { form: PlanForm; kinds: Intervention['kind'][] }) {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  return (
    <>
      <Select
        label={t('support.interventionKind')}
        {...form.field('kind')}
        options={kinds.map((k) => ({ value: k, label: t(`support.kinds.${k}`) }))}
      />
      <FormGrid>
        <DateTimeField
          label={t('support.slotStart')}
          timeZone={timeZone}
          {...form.field('slotStart')}
          onChange={(value) => form.set('slotStart', value)}
        />
        <DateTimeField
          label={t('support.slotEnd')}
          timeZone={timeZone}
          {...form.field('slotEnd')}
          onChange={(value) => form.set('slotEnd', value)}
        />
      </FormGrid>
      <TextField label={t('support.address')} autoComplete="off" {...form.field('address')} />
      <TextField
        label={t('support.reachablePhones')}
        hint={t('support.phonesHint')}
        autoComplete="off"
        {...form.field('phones')}
      />
      {form.values.kind === 'expertise' ? (
        <TextField label={t('support.referent')} autoComplete="off" {...form.field('referent')} />
      ) : null}
      <p className="muted">{t('support.callSupport')}</p>
    </>
  );
}

/** SUP-03, NET-05: an appointment with date, slot, address and reachable numbers. */
export function PlanDialog({ incident, onClose }: { incident: IncidentDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  const action = useIncidentAction(incident.id);
  const form = useFormState<PlanValues>({
    kind: 'on_site',
    slotStart: '',
    slotEnd: '',
    address: '',
    phones: incident.information.siteContactPhone ?? '',
    referent: '',
  });
  const submit = () => {
    action.mutate(
      { path: '/interventions', body: planBody(form.values, timeZone) },
      { onSuccess: onClose, onError: (e) => form.setErrors(planErrors(e)) },
    );
  };
  return (
    <FormDialog
      id="plan-form"
      title={t('support.planIntervention')}
      submitLabel={t('support.planIntervention')}
      pending={action.isPending}
      error={action.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <PlanFields form={form} kinds={interventionKinds(incident.service)} />
    </FormDialog>
  );
}

/** SUP-04: the outcome, from the tenant's tariff ("fault found and fixed" charges nothing). */
export function QualifyDialog({
  incident,
  interventionId,
  onClose,
}: {
  incident: IncidentDetail;
  interventionId: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const action = useIncidentAction(incident.id);
  const tariff = useTariff();
  const intervention = incident.interventions.find((v) => v.id === interventionId);
  const form = useFormState<{ qualification: string; quote: string }>({
    qualification: 'fault_fixed',
    quote: '',
  });
  const lines = (tariff.data ?? []).filter(
    (l) =>
      l.kind === 'qualification' &&
      incident.service !== null &&
      l.services.includes(incident.service) &&
      (l.code === 'adsl_no_fault_at_expertise') === (intervention?.kind === 'expertise'),
  );
  const selected = lines.find((l) => l.code === form.values.qualification);
  const submit = () => {
    const quote = Math.round(Number(form.values.quote.replace(',', '.')) * 100);
    action.mutate(
      {
        path: `/interventions/${encodeURIComponent(interventionId)}/qualification`,
        body: {
          qualification: form.values.qualification,
          ...(selected?.onQuote && quote > 0 ? { quoteAmountCents: quote } : {}),
        },
      },
      { onSuccess: onClose },
    );
  };
  return (
    <FormDialog
      id="qualify-form"
      title={t('support.qualifyTitle')}
      submitLabel={t('support.qualify')}
      pending={action.isPending}
      error={action.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <Select
        label={t('support.qualification')}
        {...form.field('qualification')}
        options={[
          { value: 'fault_fixed', label: t('support.faultFixed') },
          ...lines.map((l) => ({
            value: l.code,
            label: `${i18n.language === 'en' ? l.labelEn : l.labelFr}${l.amount ? ` — ${formatAmount(l.amount, i18n.language)} HT` : ''}`,
          })),
        ]}
      />
      {selected?.onQuote ? (
        <TextField label={t('support.quoteAmount')} inputMode="decimal" {...form.field('quote')} />
      ) : null}
    </FormDialog>
  );
}

/** SUP-07: a contest inside the window. */
export function ContestDialog({
  incident,
  chargeId,
  onClose,
}: {
  incident: IncidentDetail;
  chargeId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const action = useIncidentAction(incident.id);
  const form = useFormState<{ text: string }>({ text: '' });
  const submit = () => {
    if (!form.values.text.trim()) {
      form.setErrors({ text: t('errors.required') });
      return;
    }
    action.mutate(
      { path: `/charges/${encodeURIComponent(chargeId)}/contest`, body: { text: form.values.text.trim() } },
      { onSuccess: onClose },
    );
  };
  return (
    <FormDialog
      id="contest-form"
      title={t('support.contestTitle')}
      submitLabel={t('support.contest')}
      pending={action.isPending}
      error={action.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <TextArea label={t('support.contestText')} rows={3} {...form.field('text')} />
    </FormDialog>
  );
}

/** CS-01: a contact on any channel. */
export function ContactDialog({ incident, onClose }: { incident: IncidentDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const channels = useChannelOptions();
  const action = useIncidentAction(incident.id);
  const form = useFormState<{ channel: string; direction: string; summary: string }>({
    channel: 'phone',
    direction: 'outbound',
    summary: '',
  });
  const submit = () => {
    if (!form.values.summary.trim()) {
      form.setErrors({ summary: t('errors.required') });
      return;
    }
    action.mutate(
      { path: '/contacts', body: { ...form.values, summary: form.values.summary.trim() } },
      { onSuccess: onClose },
    );
  };
  return (
    <FormDialog
      id="contact-form"
      title={t('support.addContact')}
      submitLabel={t('support.addContact')}
      pending={action.isPending}
      error={action.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <FormGrid>
        <Select label={t('support.channel')} {...form.field('channel')} options={channels} />
        <Select
          label={t('support.direction')}
          {...form.field('direction')}
          options={[
            { value: 'inbound', label: t('support.directions.inbound') },
            { value: 'outbound', label: t('support.directions.outbound') },
          ]}
        />
      </FormGrid>
      <TextArea label={t('support.contactSummary')} rows={3} {...form.field('summary')} />
    </FormDialog>
  );
}

/** SUP-08: the next point of a SAV+ follow-up, with the speed measured there. */
export function SavPlusStepDialog({
  incident,
  intervention,
  onClose,
}: {
  incident: IncidentDetail;
  intervention: Intervention;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const action = useIncidentAction(incident.id);
  const step = intervention.nextSavPlusStep ?? 'site_tests';
  const form = useFormState<{ down: string; up: string; unit: string; note: string; fault: boolean }>({
    down: '',
    up: '',
    unit: 'Mbit/s',
    note: '',
    fault: false,
  });
  const submit = () => {
    const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.replace(',', '.')));
    const down = num(form.values.down);
    const up = num(form.values.up);
    const errors: Partial<Record<'down' | 'up', string>> = {};
    if (!(down >= 0)) errors.down = t('errors.required');
    if (!(up >= 0)) errors.up = t('errors.required');
    if (errors.down || errors.up) {
      form.setErrors(errors);
      return;
    }
    action.mutate(
      {
        path: `/interventions/${encodeURIComponent(intervention.id)}/sav-plus-steps`,
        body: {
          step,
          faultShown: form.values.fault,
          speed: { down, up, unit: form.values.unit },
          ...(form.values.note.trim() ? { note: form.values.note.trim() } : {}),
        },
      },
      { onSuccess: onClose },
    );
  };
  return (
    <FormDialog
      id="sav-plus-form"
      title={t('support.savPlus.recordTitle', { step: t(`support.savPlus.steps.${step}`) })}
      submitLabel={t('support.savPlus.record')}
      pending={action.isPending}
      error={action.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <FormGrid>
        <TextField label={t('support.savPlus.down')} inputMode="decimal" {...form.field('down')} />
        <TextField label={t('support.savPlus.up')} inputMode="decimal" {...form.field('up')} />
      </FormGrid>
      <Select
        label={t('support.savPlus.unit')}
        {...form.field('unit')}
        options={['Mbit/s', 'kbit/s'].map((u) => ({ value: u, label: u }))}
      />
      <Checkbox
        label={t('support.savPlus.faultShown')}
        checked={form.values.fault}
        onChange={(e) => form.set('fault', e.target.checked)}
      />
      <TextArea label={t('support.savPlus.note')} rows={2} {...form.field('note')} />
    </FormDialog>
  );
}

/** NET-05: moving an appointment (never a SAV+ one, SUP-09: the server refuses it too). */
export function MoveDialog({
  incident,
  interventionId,
  onClose,
}: {
  incident: IncidentDetail;
  interventionId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  const action = useIncidentAction(incident.id);
  // The current slot, shown in the tenant's time zone: moving starts from it.
  const current = incident.interventions.find((i) => i.id === interventionId);
  const form = useFormState<{ slotStart: string; slotEnd: string }>({
    slotStart: instantToZonedLocal(current?.slotStart, timeZone),
    slotEnd: instantToZonedLocal(current?.slotEnd, timeZone),
  });
  const submit = () => {
    const iso = (local: string) => zonedLocalToInstant(local, timeZone) ?? '';
    if (!form.values.slotStart || !form.values.slotEnd) {
      form.setErrors({
        ...(form.values.slotStart ? {} : { slotStart: t('errors.required') }),
        ...(form.values.slotEnd ? {} : { slotEnd: t('errors.required') }),
      });
      return;
    }
    action.mutate(
      {
        path: `/interventions/${encodeURIComponent(interventionId)}/reschedule`,
        body: { slotStart: iso(form.values.slotStart), slotEnd: iso(form.values.slotEnd) },
      },
      {
        onSuccess: onClose,
        onError: (e) => form.setErrors(serverFieldErrors<{ slotStart: string; slotEnd: string }>(e)),
      },
    );
  };
  return (
    <FormDialog
      id="move-form"
      title={t('support.moveTitle')}
      submitLabel={t('support.move')}
      pending={action.isPending}
      error={action.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <FormGrid>
        <DateTimeField
          label={t('support.slotStart')}
          timeZone={timeZone}
          {...form.field('slotStart')}
          onChange={(value) => form.set('slotStart', value)}
        />
        <DateTimeField
          label={t('support.slotEnd')}
          timeZone={timeZone}
          {...form.field('slotEnd')}
          onChange={(value) => form.set('slotEnd', value)}
        />
      </FormGrid>
    </FormDialog>
  );
}
