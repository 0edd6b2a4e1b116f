import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  INFO_FIELDS,
  incidentPath,
  useIncident,
  useIncidentAction,
  type IncidentDetail,
} from '../api/incidents.ts';
import { useFormat } from '../app/format.ts';
import { StatusPill } from '../kit/badge.tsx';
import { ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { Card } from '../kit/card.tsx';
import { DescriptionList } from '../kit/description-list.tsx';
import { Icon } from '../kit/icons.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { Skeleton } from '../kit/spinner.tsx';
import { SLA_TONES } from './incidents-page.tsx';
import {
  ChecksDialog,
  ConsentDialog,
  ContactDialog,
  ContestDialog,
  InformationDialog,
  MoveDialog,
  PlanDialog,
  QualifyDialog,
  SavPlusStepDialog,
} from './incidents/incident-dialogs.tsx';
import { formatAmount } from './incidents/money.ts';
import { AttachIncidentDialog } from './incidents/attach-incident-dialog.tsx';
import { Banner } from '../kit/banner.tsx';
import './incidents/incidents.css';

type Dialogs =
  | { kind: 'checks' | 'information' | 'consent' | 'plan' | 'contact' | 'attach' }
  | { kind: 'qualify' | 'move' | 'savPlus'; interventionId: string }
  | { kind: 'contest'; chargeId: string }
  | null;

/**
 * An incident: the SUP-01 checks, the SUP-02 information, consent (SUP-03), interventions,
 * charges and contests (SUP-04..SUP-09), e-mails and the timeline; every action the rules allow
 * now, the others disabled with the server's reason in French.
 */
export function IncidentDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useIncident(id);
  const action = useIncidentAction(id);
  const [dialog, setDialog] = useState<Dialogs>(null);

  const back = (
    <Link to="/incidents" className="back-link">
      <Icon name="chevronLeft" size={16} />
      {t('support.backToList')}
    </Link>
  );
  if (!query.data) {
    return (
      <div className="page">
        <PageHeader title={t('support.title')} back={back} />
        {query.error ? (
          <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Card>
            <Skeleton width="40%" />
          </Card>
        )}
      </div>
    );
  }
  const incident = query.data.data;
  // « À rattacher »: nothing is recorded on it before it has a customer.
  const open = incident.state !== 'closed' && incident.accountId !== null;
  const close = () => setDialog(null);

  return (
    <div className="page">
      <PageHeader
        title={`${incident.reference} — ${incident.title}`}
        back={back}
        status={
          <>
            <StatusPill tone="info">{t(`support.states.${incident.state}`)}</StatusPill>{' '}
            <StatusPill tone={SLA_TONES[incident.sla.risk]}>
              {t(`support.sla.${incident.sla.risk}`)}
            </StatusPill>
            {incident.overdue ? (
              <>
                {' '}
                <StatusPill tone="danger">{t('support.overdue')}</StatusPill>
              </>
            ) : null}
          </>
        }
        subtitle={
          <>
            {incident.accountId ? (
              <Link to={`/accounts/${encodeURIComponent(incident.accountId)}`}>{incident.accountName}</Link>
            ) : (
              <StatusPill tone="warning">{t('support.unattached')}</StatusPill>
            )}{' '}
            · {incident.service ? t(`support.services.${incident.service}`) : t('support.serviceUnknown')} ·{' '}
            {t(`support.channels.${incident.channel}`)} · {t(`support.priorities.${incident.priority}`)}
            {incident.operatorName ? ` · ${t('support.operator')} : ${incident.operatorName}` : ''}
          </>
        }
      />
      {action.error ? <ErrorBanner error={action.error} /> : null}
      {incident.accountId === null ? (
        // Issue 15: nothing is done on it until an agent attaches it to a customer.
        <Banner
          tone="warning"
          title={t('support.unattached')}
          actions={
            <Button variant="primary" onClick={() => setDialog({ kind: 'attach' })}>
              {t('support.attach')}
            </Button>
          }
        >
          {t('support.unattachedNotice')}
        </Banner>
      ) : (
        <ActionsCard incident={incident} onDialog={setDialog} />
      )}
      <div className="page__columns">
        <ChecksCard incident={incident} onRecord={open ? () => setDialog({ kind: 'checks' }) : undefined} />
        <InformationCard
          incident={incident}
          onEdit={open ? () => setDialog({ kind: 'information' }) : undefined}
        />
      </div>
      <div className="page__columns">
        <ConsentCard incident={incident} />
        <InterventionsCard incident={incident} onDialog={setDialog} />
      </div>
      <div className="page__columns">
        <ChargesCard incident={incident} onDialog={setDialog} />
        <EmailsCard incident={incident} />
      </div>
      <TimelineCard incident={incident} />

      {dialog?.kind === 'attach' ? <AttachIncidentDialog incident={incident} onClose={close} /> : null}
      {dialog?.kind === 'checks' ? <ChecksDialog incident={incident} onClose={close} /> : null}
      {dialog?.kind === 'information' ? <InformationDialog versioned={query.data} onClose={close} /> : null}
      {dialog?.kind === 'consent' ? <ConsentDialog incident={incident} onClose={close} /> : null}
      {dialog?.kind === 'plan' ? <PlanDialog incident={incident} onClose={close} /> : null}
      {dialog?.kind === 'contact' ? <ContactDialog incident={incident} onClose={close} /> : null}
      {dialog?.kind === 'qualify' ? (
        <QualifyDialog incident={incident} interventionId={dialog.interventionId} onClose={close} />
      ) : null}
      {dialog?.kind === 'move' ? (
        <MoveDialog incident={incident} interventionId={dialog.interventionId} onClose={close} />
      ) : null}
      {dialog?.kind === 'savPlus'
        ? (() => {
            const v = incident.interventions.find((x) => x.id === dialog.interventionId);
            return v ? <SavPlusStepDialog incident={incident} intervention={v} onClose={close} /> : null;
          })()
        : null}
      {dialog?.kind === 'contest' ? (
        <ContestDialog incident={incident} chargeId={dialog.chargeId} onClose={close} />
      ) : null}
    </div>
  );
}

function ActionsCard({ incident, onDialog }: { incident: IncidentDetail; onDialog: (d: Dialogs) => void }) {
  const { t } = useTranslation();
  const action = useIncidentAction(incident.id);
  const open = incident.state !== 'closed';
  const label = (name: string) =>
    name === 'plan_intervention'
      ? t('support.planIntervention')
      : t(`support.transitions.${name.replace('transition:', '') as 'diagnosis'}`);
  return (
    <Card title={t('support.actionsTitle')}>
      <ul className="incident-actions">
        {incident.actions.map((a) => (
          <li key={a.action}>
            <Button
              variant={a.allowed ? 'primary' : 'secondary'}
              disabled={!a.allowed || action.isPending}
              title={a.reason ?? undefined}
              onClick={() =>
                a.action === 'plan_intervention'
                  ? onDialog({ kind: 'plan' })
                  : action.mutate({ path: '/transitions', body: { to: a.action.replace('transition:', '') } })
              }
            >
              {label(a.action)}
            </Button>
            {a.reason ? <p className="muted">{a.reason}</p> : null}
          </li>
        ))}
        {open ? (
          <>
            <li>
              <Button onClick={() => onDialog({ kind: 'consent' })}>{t('support.recordConsent')}</Button>
            </li>
            <li>
              <Button onClick={() => onDialog({ kind: 'contact' })}>{t('support.addContact')}</Button>
            </li>
          </>
        ) : null}
      </ul>
    </Card>
  );
}

function ChecksCard({
  incident,
  onRecord,
}: {
  incident: IncidentDetail;
  onRecord: (() => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const confirmed = new Set(incident.checks.map((c) => c.check));
  return (
    <Card
      title={t('support.noticeTitle')}
      actions={
        onRecord && incident.missingChecks.length > 0 ? (
          <Button size="sm" onClick={onRecord}>
            {t('support.recordChecks')}
          </Button>
        ) : null
      }
    >
      {incident.notice.minimum ? (
        <p>
          <strong>
            {t('support.minimum', { amount: formatAmount(incident.notice.minimum, i18n.language) })}
          </strong>
        </p>
      ) : null}
      <ul className="plain-list">
        {incident.notice.checks.map((c) => (
          <li key={c}>
            {t(`support.checks.${c as 'restart'}`)} —{' '}
            <StatusPill tone={confirmed.has(c) ? 'success' : 'warning'}>
              {confirmed.has(c) ? t('support.confirmed') : t('support.notConfirmed')}
            </StatusPill>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function InformationCard({
  incident,
  onEdit,
}: {
  incident: IncidentDetail;
  onEdit: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('support.information')}
      actions={
        onEdit ? (
          <Button size="sm" onClick={onEdit}>
            {t('support.editInformation')}
          </Button>
        ) : null
      }
    >
      <DescriptionList
        columns={1}
        items={INFO_FIELDS.map((f) => ({
          term: t(`support.info.${f}`),
          description: incident.information[f] ?? t('common.none'),
        }))}
      />
    </Card>
  );
}

function ConsentCard({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card title={t('support.consent')}>
      {incident.consents.length === 0 ? (
        <p className="muted">{t('support.noConsent')}</p>
      ) : (
        <ul className="plain-list">
          {incident.consents.map((c) => (
            <li key={c.id}>
              <strong>{c.by}</strong> · {format.dateTime(c.at)} · {t(`support.channels.${c.channel}`)} — «{' '}
              {c.text} » <StatusPill tone="success">{t('support.consentImmutable')}</StatusPill>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function InterventionsCard({
  incident,
  onDialog,
}: {
  incident: IncidentDetail;
  onDialog: (d: Dialogs) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const action = useIncidentAction(incident.id);
  return (
    <Card title={t('support.interventions')}>
      {incident.interventions.length === 0 ? (
        <p className="muted">{t('support.noInterventions')}</p>
      ) : (
        <ul className="plain-list">
          {incident.interventions.map((v) => (
            <li key={v.id}>
              <strong>{t(`support.kinds.${v.kind}`)}</strong> — {format.dateTime(v.slotStart)} →{' '}
              {format.dateTime(v.slotEnd)} · {v.address} · {v.reachablePhones.join(', ')}{' '}
              <StatusPill tone={v.status === 'planned' ? 'info' : 'neutral'}>
                {t(`support.interventionStatuses.${v.status}`)}
              </StatusPill>
              {v.qualification ? (
                <span>
                  {' '}
                  ·{' '}
                  {v.qualification === 'fault_fixed'
                    ? t('support.faultFixed')
                    : (v.qualificationLabel ?? v.qualification)}
                </span>
              ) : null}
              <p className="muted">
                {t('support.callsFirst')} {t('support.callSupport')}
              </p>
              {v.overdue ? (
                <p>
                  <StatusPill tone="danger">{t('support.overdue')}</StatusPill> {t('support.overdueHint')}{' '}
                  <Button
                    size="sm"
                    variant="primary"
                    disabled={action.isPending}
                    onClick={() =>
                      action.mutate({
                        path: `/interventions/${encodeURIComponent(v.id)}/operator-reminder`,
                        body: {},
                      })
                    }
                  >
                    {t('support.remindOperator')}
                  </Button>
                </p>
              ) : null}
              {v.freeCancellationUntil ? (
                <p className="muted">
                  {new Date(v.freeCancellationUntil).getTime() >= Date.now()
                    ? t('support.freeCancellationUntil', { when: format.dateTime(v.freeCancellationUntil) })
                    : t('support.freeCancellationOver')}
                </p>
              ) : null}
              {v.kind === 'sav_plus' ? <SavPlusSteps intervention={v} /> : null}
              <div className="incident-row-actions">
                {v.status === 'planned' ? (
                  <>
                    <Button
                      size="sm"
                      variant="primary"
                      onClick={() => onDialog({ kind: 'qualify', interventionId: v.id })}
                    >
                      {t('support.qualify')}
                    </Button>
                    {v.kind !== 'sav_plus' ? (
                      // SUP-09: a SAV+ appointment is never moved, only cancelled.
                      <Button size="sm" onClick={() => onDialog({ kind: 'move', interventionId: v.id })}>
                        {t('support.move')}
                      </Button>
                    ) : null}
                    {v.nextSavPlusStep ? (
                      <Button size="sm" onClick={() => onDialog({ kind: 'savPlus', interventionId: v.id })}>
                        {t('support.savPlus.record')}
                      </Button>
                    ) : null}
                    <Button
                      size="sm"
                      onClick={() =>
                        action.mutate({
                          path: `/interventions/${encodeURIComponent(v.id)}/cancellation`,
                          body: {},
                        })
                      }
                    >
                      {t('support.cancelIntervention')}
                    </Button>
                  </>
                ) : null}
                <a
                  href={`${incidentPath(incident.id)}/interventions/${encodeURIComponent(v.id)}/calendar.ics`}
                  download
                >
                  {t('support.calendar')}
                </a>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** SUP-08: the points of the line measured so far, with their speeds. */
function SavPlusSteps({ intervention }: { intervention: IncidentDetail['interventions'][number] }) {
  const { t } = useTranslation();
  return (
    <div className="sav-plus-steps">
      <h4>{t('support.savPlus.title')}</h4>
      {intervention.savPlusSteps.length > 0 ? (
        <ol className="plain-list">
          {intervention.savPlusSteps.map((s) => (
            <li key={s.id}>
              <strong>{t(`support.savPlus.steps.${s.step}`)}</strong> —{' '}
              {t('support.savPlus.speed', { down: s.downKbps, up: s.upKbps })} —{' '}
              {s.faultShown ? t('support.savPlus.fault') : t('support.savPlus.noFault')}
              {s.note ? ` · ${s.note}` : ''}
            </li>
          ))}
        </ol>
      ) : null}
      {intervention.nextSavPlusStep === null && intervention.savPlusSteps.length > 0 ? (
        <p className="muted">{t('support.savPlus.over')}</p>
      ) : null}
    </div>
  );
}

function ChargesCard({ incident, onDialog }: { incident: IncidentDetail; onDialog: (d: Dialogs) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const action = useIncidentAction(incident.id);
  const money = (m: IncidentDetail['costs']['due']) => `${formatAmount(m, i18n.language)} HT`;
  return (
    <Card title={t('support.charges')}>
      {incident.charges.length === 0 ? (
        <p className="muted">{t('support.noCharges')}</p>
      ) : (
        <ul className="plain-list">
          {incident.charges.map((c) => (
            <li key={c.id}>
              {c.label} — <strong>{money(c.amount)}</strong>{' '}
              <StatusPill tone={c.status === 'waived' ? 'success' : c.status === 'due' ? 'warning' : 'info'}>
                {t(`support.chargeStatuses.${c.status}`)}
              </StatusPill>
              {c.status === 'awaiting_acceptance' ? (
                // SUP-04: a quote-based line becomes due once the customer accepts the quote.
                <Button
                  size="sm"
                  variant="primary"
                  disabled={action.isPending}
                  onClick={() =>
                    action.mutate({ path: `/charges/${encodeURIComponent(c.id)}/acceptance`, body: {} })
                  }
                >
                  {t('support.acceptQuote')}
                </Button>
              ) : null}
              {c.status === 'due' || c.status === 'awaiting_acceptance' ? (
                c.contestable ? (
                  <p className="muted">
                    {t('support.contestUntil', { date: format.dateTime(c.contestDeadline) })}{' '}
                    <Button size="sm" onClick={() => onDialog({ kind: 'contest', chargeId: c.id })}>
                      {t('support.contest')}
                    </Button>
                  </p>
                ) : (
                  <p className="muted">
                    {t('support.contestClosed', { email: incident.customerServiceEmail })}
                  </p>
                )
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('support.costs')}</h3>
      <DescriptionList
        columns={2}
        items={[
          { term: t('support.totalDue'), description: money(incident.costs.due) },
          { term: t('support.totalWaived'), description: money(incident.costs.waived) },
        ]}
      />
    </Card>
  );
}

function EmailsCard({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card title={t('support.emails')}>
      {incident.emails.length === 0 ? (
        <p className="muted">{t('support.noEmails')}</p>
      ) : (
        <ul className="plain-list">
          {incident.emails.map((m) => (
            <li key={m.id}>
              {format.dateTime(m.createdAt)} · {m.to} — {m.subject}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Entries whose title says more than their kind (the check, the intervention, the charge…). */
const TITLED = new Set(['check', 'intervention', 'charge', 'contest', 'email']);

function TimelineCard({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card title={t('support.timeline')}>
      <ol className="plain-list">
        {incident.timeline.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            {format.dateTime(e.at)} · <strong>{t(`support.timelineKinds.${e.kind as 'contact'}`)}</strong>
            {TITLED.has(e.kind) ? ` : ${e.title}` : ''}
            {e.channel ? ` (${t(`support.channels.${e.channel}`)})` : ''} — {e.detail}
            {e.by ? ` · ${e.by}` : ''}
          </li>
        ))}
      </ol>
    </Card>
  );
}
