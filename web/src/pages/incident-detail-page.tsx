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
  PlanDialog,
  QualifyDialog,
} from './incidents/incident-dialogs.tsx';
import { formatAmount } from './incidents/money.ts';
import './incidents/incidents.css';

type Dialogs =
  | { kind: 'checks' | 'information' | 'consent' | 'plan' | 'contact' }
  | { kind: 'qualify'; interventionId: string }
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
  const open = incident.state !== 'closed';
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
          </>
        }
        subtitle={
          <>
            <Link to={`/accounts/${encodeURIComponent(incident.accountId)}`}>{incident.accountName}</Link> ·{' '}
            {t(`support.services.${incident.service}`)} · {t(`support.channels.${incident.channel}`)} ·{' '}
            {t(`support.priorities.${incident.priority}`)}
          </>
        }
      />
      {action.error ? <ErrorBanner error={action.error} /> : null}
      <ActionsCard incident={incident} onDialog={setDialog} />
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

      {dialog?.kind === 'checks' ? <ChecksDialog incident={incident} onClose={close} /> : null}
      {dialog?.kind === 'information' ? <InformationDialog versioned={query.data} onClose={close} /> : null}
      {dialog?.kind === 'consent' ? <ConsentDialog incident={incident} onClose={close} /> : null}
      {dialog?.kind === 'plan' ? <PlanDialog incident={incident} onClose={close} /> : null}
      {dialog?.kind === 'contact' ? <ContactDialog incident={incident} onClose={close} /> : null}
      {dialog?.kind === 'qualify' ? (
        <QualifyDialog incident={incident} interventionId={dialog.interventionId} onClose={close} />
      ) : null}
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
                  · {v.qualification === 'fault_fixed' ? t('support.faultFixed') : v.qualification}
                </span>
              ) : null}
              <p className="muted">
                {t('support.callsFirst')} {t('support.callSupport')}
              </p>
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

function ChargesCard({ incident, onDialog }: { incident: IncidentDetail; onDialog: (d: Dialogs) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
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

function TimelineCard({ incident }: { incident: IncidentDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Card title={t('support.timeline')}>
      <ol className="plain-list">
        {incident.timeline.map((e, i) => (
          <li key={`${e.at}-${i}`}>
            {format.dateTime(e.at)} · <strong>{t(`support.timelineKinds.${e.kind as 'contact'}`)}</strong>
            {e.channel ? ` (${t(`support.channels.${e.channel}`)})` : ''} — {e.detail}
            {e.by ? ` · ${e.by}` : ''}
          </li>
        ))}
      </ol>
    </Card>
  );
}
