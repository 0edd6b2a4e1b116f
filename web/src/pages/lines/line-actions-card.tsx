import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCancelLineAction,
  useLineAction,
  useLineActions,
  type Line,
  type LineActionInput,
  type LineActionItem,
} from '../../api/lines.ts';
import { Badge } from '../../kit/badge.tsx';
import { Banner, ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { DataTable } from '../../kit/data-table.tsx';
import { ConfirmDialog } from '../../kit/dialog.tsx';
import { TextField } from '../../kit/fields.tsx';
import { Skeleton } from '../../kit/spinner.tsx';

/** What the confirmation is about: the action as listed by GET /api/lines/{id}/actions. */
type Pending = { item: LineActionItem; input: LineActionInput };

/**
 * Every action on the line (ACT-01..ACT-05), the refused ones disabled with their reason in the
 * user's language (the options' own actions, ACT-02/05/06/10, are in line-options-card.tsx); each confirmation says what happens and when (ACT-01: billing continues; CAL-05:
 * "le 1er … à 00:00"); scheduled actions with "Annuler".
 */
export function LineActionsCard({ line }: { line: Line }) {
  const { t } = useTranslation();
  const query = useLineActions(line.id);
  const run = useLineAction(line.id);
  const cancel = useCancelLineAction();
  const [confirm, setConfirm] = useState<Pending | null>(null);
  const [date, setDate] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const data = query.data;
  if (!data) {
    return (
      <Card title={t('mobile.actions.title')}>
        {query.error ? <ErrorBanner error={query.error} /> : <Skeleton width="40%" />}
      </Card>
    );
  }
  const one = (type: LineActionItem['type']) => data.items.find((i) => i.type === type);
  const planChanges = data.items.filter((i) => i.type === 'plan_change');
  const allowedChanges = planChanges.filter((i) => i.allowed);
  const refusedChanges = planChanges.filter((i) => !i.allowed);
  const open = (item: LineActionItem | undefined) => {
    if (!item || !item.allowed || item.type === 'option_suspension') return;
    setDate('');
    run.reset();
    setConfirm({ item, input: { type: item.type, target: item.target } });
  };
  const reason = (item: LineActionItem | undefined) =>
    item && !item.allowed && item.reason ? <span className="muted">{item.reason.title}</span> : null;
  const lineButton = (type: 'suspend' | 'reactivate' | 'termination', label: string) => {
    const item = one(type);
    return (
      <div className="line-action" key={type}>
        <Button
          variant={type === 'termination' ? 'danger' : 'secondary'}
          disabled={!item?.allowed}
          title={item?.reason?.detail}
          onClick={() => open(item)}
        >
          {label}
        </Button>
        {reason(item)}
      </div>
    );
  };

  const describe = (p: Pending): { title: string; description: string } => {
    const when = p.item.effectiveLabel ?? '';
    switch (p.item.type) {
      case 'suspend':
        return {
          title: t('mobile.actions.confirm.suspendTitle'),
          description: t('mobile.actions.confirm.suspend'),
        };
      case 'reactivate':
        return {
          title: t('mobile.actions.confirm.reactivateTitle'),
          description: t('mobile.actions.confirm.reactivate'),
        };
      case 'plan_change':
        return {
          title: t('mobile.actions.confirm.planChangeTitle', { offer: p.item.targetLabel ?? '' }),
          description: t('mobile.actions.confirm.planChange', { date: when }),
        };
      case 'option_termination':
        return {
          title: t('mobile.actions.confirm.optionTitle', { option: p.item.targetLabel ?? '' }),
          description: p.item.immediate
            ? t('mobile.actions.confirm.optionNow')
            : t('mobile.actions.confirm.optionLater', { date: when }),
        };
      default:
        return {
          title: t('mobile.actions.confirm.terminateTitle'),
          description: t('mobile.actions.confirm.terminate'),
        };
    }
  };
  const dialog = confirm ? describe(confirm) : null;

  return (
    <Card title={t('mobile.actions.title')}>
      {notice ? <Banner tone="success" title={notice} /> : null}
      <div className="line-actions">
        {lineButton('suspend', t('mobile.actions.suspend'))}
        {lineButton('reactivate', t('mobile.actions.reactivate'))}
        {lineButton('termination', t('mobile.actions.terminate'))}
      </div>

      <h3>{t('mobile.actions.pending')}</h3>
      {data.pending.length === 0 ? (
        <p className="muted">{t('mobile.actions.noPending')}</p>
      ) : (
        <ul className="line-actions__pending">
          {data.pending.map((p) => {
            const label = `${t(`mobile.actions.types.${p.type}`)}${p.targetLabel ? ` — ${p.targetLabel}` : ''}`;
            return (
              <li key={p.id}>
                <span>
                  {label} · {p.effectiveLabel}
                </span>
                <Button
                  size="sm"
                  loading={cancel.isPending && cancel.variables === p.id}
                  aria-label={t('mobile.actions.cancelAction', { action: label })}
                  onClick={() => cancel.mutate(p.id, { onSuccess: () => setNotice(null) })}
                >
                  {t('mobile.actions.cancel')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {cancel.error ? <ErrorBanner error={cancel.error} /> : null}

      <h3>{t('mobile.actions.planChanges')}</h3>
      {/* The allowed changes only; the refused ones (often most of the catalog) fold away with
          their reason, so the line page stays short (issue 10: 50 disabled rows, 4,000 px). */}
      {allowedChanges.length === 0 ? (
        <p className="muted">{t('mobile.actions.noAllowedChanges')}</p>
      ) : (
        <DataTable
          caption={t('mobile.actions.planChanges')}
          rows={allowedChanges}
          rowKey={(i) => String(i.target)}
          columns={[
            { id: 'offer', header: t('mobile.actions.newOffer'), cell: (i) => i.targetLabel ?? i.target },
            {
              id: 'kind',
              header: t('mobile.actions.kind'),
              cell: (i) =>
                i.change ? <Badge tone="info">{t(`mobile.actions.changes.${i.change}`)}</Badge> : '—',
            },
            { id: 'when', header: t('mobile.actions.when'), cell: (i) => i.effectiveLabel },
            {
              id: 'go',
              header: t('mobile.actions.action'),
              cell: (i) => (
                <Button
                  size="sm"
                  aria-label={t('mobile.actions.changeTo', { offer: i.targetLabel ?? '' })}
                  onClick={() => open(i)}
                >
                  {t('mobile.actions.change')}
                </Button>
              ),
            },
          ]}
        />
      )}
      {refusedChanges.length > 0 ? (
        <details className="line-actions__refused">
          <summary>{t('mobile.actions.showRefused', { count: refusedChanges.length })}</summary>
          <DataTable
            caption={t('mobile.actions.refusedCaption')}
            rows={refusedChanges}
            rowKey={(i) => String(i.target)}
            columns={[
              { id: 'offer', header: t('mobile.actions.newOffer'), cell: (i) => i.targetLabel ?? i.target },
              { id: 'why', header: t('mobile.actions.refusedWhy'), cell: (i) => reason(i) },
            ]}
          />
        </details>
      ) : null}

      <ConfirmDialog
        open={confirm !== null}
        onClose={() => setConfirm(null)}
        title={dialog?.title ?? ''}
        description={dialog?.description ?? ''}
        confirmLabel={t('mobile.actions.confirm.confirm')}
        tone={confirm?.item.type === 'termination' ? 'danger' : 'default'}
        loading={run.isPending}
        onConfirm={() => {
          if (!confirm) return;
          const input =
            confirm.item.type === 'termination' && date ? { ...confirm.input, date } : confirm.input;
          run.mutate(input, {
            onSuccess: (res) => {
              setConfirm(null);
              setNotice(t('mobile.actions.done', { when: res.action.effectiveLabel }));
            },
          });
        }}
      >
        {confirm?.item.type === 'termination' ? (
          <TextField
            label={t('mobile.actions.confirm.terminateDate')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        ) : null}
        {run.error ? <ErrorBanner error={run.error} /> : null}
      </ConfirmDialog>
    </Card>
  );
}
