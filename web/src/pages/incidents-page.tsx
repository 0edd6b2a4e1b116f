import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import {
  PRIORITIES,
  incidentServicesFor,
  STATES,
  useIncidents,
  useOperators,
  type Incident,
  type SlaState,
} from '../api/incidents.ts';
import { useSession } from '../api/session.ts';
import { useFormat } from '../app/format.ts';
import { useListState } from '../app/use-list-state.ts';
import { Badge, StatusPill, type Tone } from '../kit/badge.tsx';
import { Button } from '../kit/button.tsx';
import type { Column } from '../kit/data-table.tsx';
import { Select } from '../kit/fields.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { DeclareIncidentDialog } from './incidents/declare-incident-dialog.tsx';
import { ListFilters, ListTable } from '../app/list-view.tsx';

const FILTERS = ['state', 'priority', 'service', 'slaRisk', 'accountId', 'operator', 'unattached'] as const;

export const SLA_TONES: Record<SlaState, Tone> = {
  ok: 'neutral',
  met: 'success',
  at_risk: 'warning',
  breached: 'danger',
};

/** "Incidents": the desk's list, filtered by state, priority, service, SLA risk and customer. */
export function IncidentsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams] = useSearchParams();
  const list = useListState({ defaultSort: null, filters: FILTERS });
  const incidents = useIncidents(list.params, list.filters);
  const operators = useOperators();
  // Issue 11 §6: the filter offers the services the reseller's families offer.
  const services = incidentServicesFor(useSession().tenant.productFamilies);
  const [declaring, setDeclaring] = useState(searchParams.get('declare') !== null);
  const navigate = useNavigate();
  // Opened from a customer page ("Déclarer un incident"): closing the dialog without declaring
  // goes back there, where the agent was, rather than leaving them on the desk's list.
  const cameFrom = (useLocation().state as { returnTo?: string } | null)?.returnTo;
  const closeDeclare = () => {
    if (cameFrom) void navigate(-1);
    else setDeclaring(false);
  };

  const columns: Column<Incident>[] = [
    {
      id: 'reference',
      header: t('support.reference'),
      mono: true,
      nowrap: true,
      cell: (i) => (
        <Link to={`/incidents/${encodeURIComponent(i.id)}`} className="table-link">
          {i.reference}
        </Link>
      ),
    },
    { id: 'title', header: t('support.subject'), cell: (i) => i.title },
    {
      id: 'customer',
      header: t('support.customer'),
      cell: (i) =>
        i.accountId ? (
          <Link to={`/accounts/${encodeURIComponent(i.accountId)}`}>{i.accountName}</Link>
        ) : (
          // Issue 15: a TM Forum ticket sent without a customer.
          <StatusPill tone="warning">{t('support.unattached')}</StatusPill>
        ),
    },
    {
      id: 'service',
      header: t('support.service'),
      cell: (i) =>
        i.service ? (
          <Badge>{t(`support.services.${i.service}`)}</Badge>
        ) : (
          <span className="muted">{t('support.serviceUnknown')}</span>
        ),
    },
    { id: 'priority', header: t('support.priority'), cell: (i) => t(`support.priorities.${i.priority}`) },
    {
      id: 'state',
      header: t('support.state'),
      cell: (i) => (
        <>
          <StatusPill tone="info">{t(`support.states.${i.state}`)}</StatusPill>
          {i.overdue ? (
            // NET-05: an appointment past its slot without an outcome.
            <>
              {' '}
              <StatusPill tone="danger">{t('support.overdue')}</StatusPill>
            </>
          ) : null}
        </>
      ),
    },
    {
      id: 'sla',
      header: t('support.slaRisk'),
      cell: (i) => <StatusPill tone={SLA_TONES[i.sla.risk]}>{t(`support.sla.${i.sla.risk}`)}</StatusPill>,
    },
    { id: 'openedAt', header: t('support.openedAt'), nowrap: true, cell: (i) => format.dateTime(i.openedAt) },
  ];

  return (
    <div className="page">
      <PageHeader
        title={t('support.title')}
        subtitle={t('support.subtitle')}
        actions={
          <Button variant="primary" icon="plus" onClick={() => setDeclaring(true)}>
            {t('support.declare')}
          </Button>
        }
      />
      <ListFilters list={list}>
        <Select
          label={t('support.state')}
          value={list.filters.state}
          onChange={(e) => list.setFilter('state', e.target.value)}
          options={[
            { value: '', label: t('support.allStates') },
            ...STATES.map((s) => ({ value: s, label: t(`support.states.${s}`) })),
          ]}
        />
        <Select
          label={t('support.priority')}
          value={list.filters.priority}
          onChange={(e) => list.setFilter('priority', e.target.value)}
          options={[
            { value: '', label: t('support.allPriorities') },
            ...PRIORITIES.map((p) => ({ value: p, label: t(`support.priorities.${p}`) })),
          ]}
        />
        <Select
          label={t('support.service')}
          value={list.filters.service}
          onChange={(e) => list.setFilter('service', e.target.value)}
          options={[
            { value: '', label: t('support.allServices') },
            ...services.map((s) => ({ value: s, label: t(`support.services.${s}`) })),
          ]}
        />
        <Select
          label={t('support.slaRisk')}
          value={list.filters.slaRisk}
          onChange={(e) => list.setFilter('slaRisk', e.target.value)}
          options={[
            { value: '', label: t('support.allRisks') },
            { value: 'at_risk', label: t('support.sla.at_risk') },
            { value: 'breached', label: t('support.sla.breached') },
          ]}
        />
        <Select
          label={t('support.operator')}
          value={list.filters.operator}
          onChange={(e) => list.setFilter('operator', e.target.value)}
          options={[
            { value: '', label: t('support.allOperators') },
            ...(operators.data ?? []).map((o) => ({ value: o.code, label: o.name })),
          ]}
        />
        <Select
          label={t('support.unattachedFilter')}
          value={list.filters.unattached}
          onChange={(e) => list.setFilter('unattached', e.target.value)}
          options={[
            { value: '', label: t('support.unattachedAll') },
            { value: 'true', label: t('support.unattachedOnly') },
          ]}
        />
      </ListFilters>
      <ListTable
        list={list}
        query={incidents}
        sortable={false}
        caption={t('support.caption')}
        columns={columns}
        rowKey={(i) => i.id}
        empty={{ title: t('support.empty'), hint: list.hasFilters ? t('support.emptyHint') : undefined }}
      />
      {declaring ? (
        <DeclareIncidentDialog accountId={searchParams.get('declare') ?? undefined} onClose={closeDeclare} />
      ) : null}
    </div>
  );
}
