import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelPendingAction, usePendingActions } from '../api/pending-actions.ts';
import { useSession } from '../api/session.ts';
import {
  PENDING_ACTION_STATUSES,
  type JsonValue,
  type PendingAction,
  type PendingActionStatus,
} from '../api/types.ts';
import { useFormat } from '../app/format.ts';
import { canCancelActions } from '../app/permissions.ts';
import { useListState } from '../app/use-list-state.ts';
import { Badge, StatusPill, type Tone } from '../kit/badge.tsx';
import { ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import type { Column } from '../kit/data-table.tsx';
import { DescriptionList } from '../kit/description-list.tsx';
import { ConfirmDialog } from '../kit/dialog.tsx';
import { Select } from '../kit/fields.tsx';
import { FilterBar } from '../kit/form.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { useToast } from '../kit/toast.tsx';
import { ListTable } from '../app/list-view.tsx';
import { useActionKindLabel } from '../app/action-kinds.ts';
import { useReadable } from '../app/readable.ts';
import { Link } from 'react-router-dom';

const FILTERS = ['status'] as const;
const STATUS_TONES: Record<PendingActionStatus, Tone> = {
  scheduled: 'info',
  done: 'success',
  cancelled: 'neutral',
  failed: 'danger',
};

function isStatus(value: string): value is PendingActionStatus {
  return (PENDING_ACTION_STATUSES as readonly string[]).includes(value);
}

/**
 * What the action will do, in words: line actions carry the sentence the server wrote in the
 * requester's language (`detail`). The rest of the payload is for the worker (ids, locale, codes):
 * not shown, a reader cannot use it.
 */
function Payload({ payload }: { payload: JsonValue }) {
  const { t } = useTranslation();
  const detail =
    payload && typeof payload === 'object' && !Array.isArray(payload) && typeof payload.detail === 'string'
      ? payload.detail
      : null;
  if (!detail) return <p className="cell-muted">{t('actions.noDetails')}</p>;
  return <DescriptionList columns={1} items={[{ term: t('actions.details'), description: detail }]} />;
}

/** Where an action's object lives in the app, when it has a page. */
function entityPath(action: PendingAction): string | null {
  if (action.entityType === 'line') return `/lines/${action.entityId}`;
  if (action.entityType === 'incident') return `/incidents/${action.entityId}`;
  if (action.entityType === 'account') return `/accounts/${action.entityId}`;
  if (action.entityType === 'order') return `/orders/${action.entityId}`;
  return null;
}

export function ActionsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const session = useSession();
  // Listed in the order they take effect, a fixed order: no sort parameter.
  const list = useListState({ defaultSort: null, filters: FILTERS });
  const status: PendingActionStatus = isStatus(list.filters.status) ? list.filters.status : 'scheduled';
  const actions = usePendingActions(list.params, { status });
  const cancel = useCancelPendingAction();
  const [cancelling, setCancelling] = useState<PendingAction | null>(null);
  const canCancel = canCancelActions(session);

  const kindLabel = useActionKindLabel();
  const readable = useReadable();
  const statusLabel = (value: string) => (isStatus(value) ? t(`actions.statuses.${value}`) : value);

  const columns: Column<PendingAction>[] = [
    {
      id: 'effectiveAt',
      header: t('actions.effectiveAt'),
      nowrap: true,
      cell: (action) => <strong>{format.dateTime(action.effectiveAt)}</strong>,
    },
    {
      id: 'kind',
      header: t('actions.kind'),
      cell: (action) => <Badge tone="info">{kindLabel(action.kind)}</Badge>,
    },
    {
      id: 'entity',
      header: t('actions.entity'),
      cell: (action) => {
        const path = entityPath(action);
        const name = action.entityName ?? (path ? t('readable.open') : null);
        return (
          <span className="cell-stack">
            <span>{readable.entityType(action.entityType)}</span>
            {name && path ? (
              <Link className="table-link" to={path}>
                {name}
              </Link>
            ) : name ? (
              <span className="cell-muted">{name}</span>
            ) : null}
          </span>
        );
      },
    },
    {
      id: 'status',
      header: t('actions.status'),
      cell: (action) => (
        <StatusPill tone={isStatus(action.status) ? STATUS_TONES[action.status] : 'neutral'}>
          {statusLabel(action.status)}
        </StatusPill>
      ),
    },
    {
      id: 'createdBy',
      header: t('actions.createdBy'),
      cell: (action) => readable.author(action.createdByName),
      secondary: true,
    },
    {
      id: 'createdAt',
      header: t('actions.createdAt'),
      nowrap: true,
      cell: (action) => format.dateTime(action.createdAt),
      secondary: true,
    },
  ];
  if (status === 'done') {
    columns.push({
      id: 'doneAt',
      header: t('actions.doneAt'),
      nowrap: true,
      cell: (action) => format.dateTime(action.doneAt),
    });
  }
  if (status === 'cancelled') {
    columns.push({
      id: 'cancelledAt',
      header: t('actions.cancelledAt'),
      nowrap: true,
      cell: (action) => format.dateTime(action.cancelledAt),
    });
  }
  if (status === 'scheduled' && canCancel) {
    columns.push({
      id: 'cancel',
      header: <span className="k-visually-hidden">{t('common.actions')}</span>,
      align: 'end',
      cell: (action) => (
        <Button
          size="sm"
          variant="ghost"
          className="k-btn--danger-text"
          onClick={() => setCancelling(action)}
        >
          {t('actions.cancel')}
        </Button>
      ),
    });
  }

  const confirmCancel = () => {
    if (!cancelling) return;
    cancel.mutate(cancelling.id, {
      onSuccess: () => {
        toast({ title: t('actions.cancelled') });
        setCancelling(null);
      },
    });
  };

  return (
    <div className="page">
      <PageHeader title={t('actions.title')} subtitle={t('actions.subtitle')} />
      <FilterBar label={t('common.filters')}>
        <Select
          label={t('actions.status')}
          value={status}
          onChange={(event) =>
            list.update({
              status: event.target.value === 'scheduled' ? null : event.target.value,
            })
          }
          options={PENDING_ACTION_STATUSES.map((value) => ({ value, label: t(`actions.filters.${value}`) }))}
        />
      </FilterBar>
      <ListTable
        list={list}
        query={actions}
        sortable={false}
        caption={t('actions.caption')}
        columns={columns}
        rowKey={(action) => action.id}
        empty={{ title: t('actions.empty'), hint: t('actions.emptyHint') }}
        renderExpanded={(action) => <Payload payload={action.payload} />}
        rowLabel={(action) => `${kindLabel(action.kind)} ${format.dateTime(action.effectiveAt)}`}
      />
      <ConfirmDialog
        open={cancelling !== null}
        onClose={() => {
          cancel.reset();
          setCancelling(null);
        }}
        onConfirm={confirmCancel}
        title={t('actions.cancelTitle')}
        description={t('actions.cancelBody', {
          kind: cancelling ? kindLabel(cancelling.kind) : '',
          date: cancelling ? format.dateTime(cancelling.effectiveAt) : '',
        })}
        confirmLabel={t('actions.cancel')}
        cancelLabel={t('actions.keep')}
        loading={cancel.isPending}
      >
        {cancel.error ? <ErrorBanner error={cancel.error} /> : null}
      </ConfirmDialog>
    </div>
  );
}
