import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAuditEvents, type AuditFilters } from '../api/audit.ts';
import type { AuditEvent } from '../api/types.ts';
import { useFormat } from '../app/format.ts';
import { useListState } from '../app/use-list-state.ts';
import { zonedDateTimeToInstant } from '../kit/zoned-time.ts';
import { Badge } from '../kit/badge.tsx';
import type { Column } from '../kit/data-table.tsx';
import { TextField } from '../kit/fields.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { SearchField } from '../kit/search-field.tsx';
import { AuditDiff } from './audit/audit-diff.tsx';
import { fr } from '../i18n/fr.ts';
import { ListFilters, ListTable } from '../app/list-view.tsx';
import { useReadable } from '../app/readable.ts';
import { Select } from '../kit/fields.tsx';

/** Every event a reader can filter on, as the server records it (`area.verb`). */
const KNOWN_EVENTS: readonly string[] = Object.entries(fr.readable.events).flatMap(([area, verbs]) =>
  Object.keys(verbs).map((verb) => `${area}.${verb}`),
);

const FILTERS = ['entityType', 'entityId', 'action', 'from', 'to'] as const;
const KNOWN_ENTITY_TYPES = Object.keys(fr.audit.entityTypes) as (keyof typeof fr.audit.entityTypes)[];
/** A readable name for the object, taken from its state: an id alone tells a reader nothing. */
const NAME_FIELDS = ['email', 'displayName', 'name', 'legalName', 'recipient', 'login', 'slug'] as const;

function entityName(event: AuditEvent): string | null {
  if (event.entityLabel) return event.entityLabel;
  for (const state of [event.after, event.before]) {
    if (!state || typeof state !== 'object' || Array.isArray(state)) continue;
    for (const field of NAME_FIELDS) {
      const value = state[field];
      if (typeof value === 'string' && value) return value;
    }
  }
  return null;
}

const KNOWN_ACTOR_TYPES = Object.keys(fr.audit.actorTypes) as (keyof typeof fr.audit.actorTypes)[];

export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const readable = useReadable();
  const list = useListState({ defaultSort: '-at', filters: FILTERS });
  const { entityType, entityId, action, from, to } = list.filters;

  // The dates typed are days in the tenant's time zone: from its first second to its last.
  const apiFilters: AuditFilters = {
    entityType: entityType || undefined,
    entityId: entityId || undefined,
    action: action || undefined,
    from: from ? (zonedDateTimeToInstant(from, '00:00:00', format.timeZone) ?? undefined) : undefined,
    to: to ? (zonedDateTimeToInstant(to, '23:59:59', format.timeZone) ?? undefined) : undefined,
  };
  const events = useAuditEvents(list.params, apiFilters);

  const entityLabel = (type: string) =>
    (KNOWN_ENTITY_TYPES as string[]).includes(type)
      ? t(`audit.entityTypes.${type as (typeof KNOWN_ENTITY_TYPES)[number]}`)
      : readable.entityType(type);
  const actorLabel = (type: string) =>
    (KNOWN_ACTOR_TYPES as string[]).includes(type)
      ? t(`audit.actorTypes.${type as (typeof KNOWN_ACTOR_TYPES)[number]}`)
      : t('readable.otherObject');

  const columns: Column<AuditEvent>[] = [
    {
      id: 'at',
      header: t('audit.at'),
      sortKey: 'at',
      firstSort: 'desc',
      nowrap: true,
      cell: (event) => format.dateTime(event.at),
    },
    {
      id: 'actor',
      header: t('audit.actor'),
      cell: (event) => (
        <span className="cell-stack">
          <span>{event.actorLabel ?? event.actorId ?? t('common.none')}</span>
          <span className="cell-muted">{actorLabel(event.actorType)}</span>
        </span>
      ),
    },
    {
      id: 'entity',
      header: t('audit.entity'),
      cell: (event) => (
        <span className="cell-stack">
          <span>
            {entityLabel(event.entityType)}
            {entityName(event) ? <strong className="audit-entity-name"> {entityName(event)}</strong> : null}
          </span>
          <Link
            className="cell-muted"
            to={`/audit?entityType=${encodeURIComponent(event.entityType)}&entityId=${encodeURIComponent(event.entityId)}`}
          >
            {t('readable.historyOf')}
          </Link>
        </span>
      ),
    },
    {
      id: 'action',
      header: t('audit.action'),
      cell: (event) => <Badge>{readable.event(event.action)}</Badge>,
    },
  ];

  return (
    <div className="page">
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <ListFilters list={list}>
        <SearchField
          label={t('audit.entityType')}
          value={entityType}
          list="audit-entity-types"
          onCommit={(value) => list.setFilter('entityType', value)}
        />
        <datalist id="audit-entity-types">
          {KNOWN_ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {entityLabel(type)}
            </option>
          ))}
        </datalist>
        <SearchField
          label={t('audit.entityId')}
          value={entityId}
          onCommit={(value) => list.setFilter('entityId', value)}
          spellCheck={false}
        />
        <Select
          label={t('audit.action')}
          value={action}
          onChange={(event) => list.setFilter('action', event.target.value)}
          options={[
            { value: '', label: t('common.all') },
            ...KNOWN_EVENTS.map((code) => ({ value: code, label: readable.event(code) })).sort((a, b) =>
              a.label.localeCompare(b.label),
            ),
            // A filter from a link on an event no label names yet still shows as selected.
            ...(action && !KNOWN_EVENTS.includes(action)
              ? [{ value: action, label: readable.event(action) }]
              : []),
          ]}
        />
        <TextField
          label={t('audit.from')}
          type="date"
          value={from}
          max={to || undefined}
          onChange={(event) => list.setFilter('from', event.target.value)}
        />
        <TextField
          label={t('audit.to')}
          type="date"
          value={to}
          min={from || undefined}
          onChange={(event) => list.setFilter('to', event.target.value)}
        />
      </ListFilters>
      <ListTable
        list={list}
        query={events}
        caption={t('audit.caption')}
        columns={columns}
        rowKey={(event) => event.id}
        empty={{ title: t('audit.empty'), hint: list.hasFilters ? t('audit.emptyHint') : undefined }}
        renderExpanded={(event) => <AuditDiff event={event} />}
        rowLabel={(event) => `${readable.event(event.action)} ${format.dateTime(event.at)}`}
      />
    </div>
  );
}
