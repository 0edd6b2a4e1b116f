import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import {
  useCompleteHeldAppointment,
  useHeldAppointments,
  useRejectHeldAppointment,
  type HeldAppointment,
} from '../../api/held-appointments.ts';
import { useIncidents } from '../../api/incidents.ts';
import { useFormat } from '../../app/format.ts';
import { useFormState } from '../../app/use-form-state.ts';
import { HeldQueue } from '../../app/held-queue.tsx';
import { type Column } from '../../kit/data-table.tsx';
import { Select } from '../../kit/fields.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { useToast } from '../../kit/toast.tsx';
import { instantToZonedLocal } from '../../kit/zoned-time.ts';
import { PlanFields, interventionKinds, planBody, planErrors, type PlanValues } from './incident-dialogs.tsx';

/**
 * Issue 15: « Rendez-vous à compléter », the TMF646 appointments a client system sent without
 * their incident, place or phone (no technician booked). An agent rejects one, or completes it:
 * chooses the incident and plans the intervention there, with what the client sent prefilled.
 */
export function HeldAppointmentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const held = useHeldAppointments();
  const reject = useRejectHeldAppointment();
  const [completing, setCompleting] = useState<HeldAppointment | null>(null);

  const columns: Column<HeldAppointment>[] = [
    {
      id: 'slot',
      header: t('support.held.slot'),
      cell: (h) =>
        t('support.held.slotRange', { start: format.dateTime(h.slotStart), end: format.dateTime(h.slotEnd) }),
    },
    {
      id: 'details',
      header: t('support.held.details'),
      cell: (h) => {
        const given = [
          h.ticket ? t('support.held.ticket', { reference: h.ticket.reference }) : null,
          h.kind ? t(`support.kinds.${h.kind}`) : null,
          h.address,
          h.phones.join(', ') || null,
          h.description,
        ].filter((x): x is string => Boolean(x));
        return given.length > 0 ? given.map((g) => <div key={g}>{g}</div>) : t('support.held.notGiven');
      },
    },
  ];

  return (
    <HeldQueue words="support.held" columns={columns} query={held} reject={reject} onComplete={setCompleting}>
      {completing ? <CompleteDialog held={completing} onClose={() => setCompleting(null)} /> : null}
    </HeldQueue>
  );
}

/**
 * The incident (one with the operator; the one the client named, when it is), then the
 * intervention's fields as on the incident page, prefilled with what the client sent.
 */
function CompleteDialog({ held, onClose }: { held: HeldAppointment; onClose: () => void }) {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  const toast = useToast();
  const navigate = useNavigate();
  const complete = useCompleteHeldAppointment();
  const incidents = useIncidents({ limit: 200, offset: 0 }, {});
  // SUP-03: an intervention is planned once the incident is with the operator (mobile takes none).
  const open = (incidents.data?.items ?? []).filter(
    (i) =>
      i.accountId !== null &&
      i.service !== 'mobile' &&
      (i.state === 'with_operator' || i.state === 'intervention_planned'),
  );
  const [incidentId, setIncidentId] = useState(held.ticket?.id ?? '');
  const [incidentError, setIncidentError] = useState<string | undefined>(undefined);
  const form = useFormState<PlanValues>({
    kind: held.kind ?? 'on_site',
    slotStart: instantToZonedLocal(held.slotStart, timeZone),
    slotEnd: instantToZonedLocal(held.slotEnd, timeZone),
    address: held.address ?? '',
    phones: held.phones.join(', '),
    referent: '',
  });
  const chosen = open.find((i) => i.id === incidentId);
  const kinds = interventionKinds(chosen?.service ?? null);
  const submit = () => {
    if (!incidentId) return setIncidentError(t('errors.required'));
    // The kind the client asked for, when the chosen incident's service takes it (SUP-06, SUP-08).
    const kind = kinds.find((k) => k === form.values.kind) ?? 'on_site';
    complete.mutate(
      { id: held.id, body: { incidentId, ...planBody({ ...form.values, kind }, timeZone) } },
      {
        onSuccess: () => {
          toast({ title: t('support.held.completed') });
          void navigate(`/incidents/${encodeURIComponent(incidentId)}`);
        },
        onError: (e) => {
          const errors = planErrors(e);
          setIncidentError((errors as Record<string, string | undefined>).incidentId);
          form.setErrors(errors);
        },
      },
    );
  };
  return (
    <FormDialog
      id="complete-held-appointment-form"
      title={t('support.held.complete')}
      submitLabel={t('support.held.completeSubmit')}
      pending={complete.isPending}
      error={complete.error}
      onClose={onClose}
      onSubmit={submit}
    >
      <p className="muted">{t('support.held.completeHint')}</p>
      <Select
        label={t('support.held.incident')}
        name="incidentId"
        value={incidentId}
        error={incidentError}
        onChange={(e) => {
          setIncidentId(e.target.value);
          setIncidentError(undefined);
        }}
        hint={open.length === 0 && !incidents.isFetching ? t('support.held.noIncident') : undefined}
        options={[
          { value: '', label: t('support.held.chooseIncident') },
          ...open.map((i) => ({
            value: i.id,
            label: t('support.held.incidentOption', {
              reference: i.reference,
              customer: i.accountName ?? '',
              title: i.title,
            }),
          })),
        ]}
      />
      <PlanFields form={form} kinds={kinds} />
    </FormDialog>
  );
}
