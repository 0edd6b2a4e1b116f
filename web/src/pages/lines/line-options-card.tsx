import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useLineAction,
  useLineActions,
  type ChargePreview,
  type Line,
  type LineActionItem,
  type LineOptionDetail,
  type RoamingEnvelope,
} from '../../api/lines.ts';
import { useFormat } from '../../app/format.ts';
import { Badge } from '../../kit/badge.tsx';
import { Banner, ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { DataTable } from '../../kit/data-table.tsx';
import { DescriptionList } from '../../kit/description-list.tsx';
import { ConfirmDialog } from '../../kit/dialog.tsx';
import { Select } from '../../kit/fields.tsx';
import { Skeleton } from '../../kit/spinner.tsx';

/** What the confirmation is about. */
type Confirm =
  | { kind: 'add'; item: LineActionItem }
  | { kind: 'change'; option: LineOptionDetail }
  | { kind: 'terminate'; item: LineActionItem; option: LineOptionDetail };

/**
 * The line's options (issue 3 §5): each with its status and dates (ACT-10); terminate (ACT-05, never
 * suspend: ACT-02); "Changer" on a zone's roaming choice (ACT-06: both options billed this month, the
 * envelope becomes the new one's); "Ajouter une option" among those the rules allow, the refused
 * ones listed with their reason. Every confirmation says when it takes effect and exactly what is
 * billed (the server's own computation of the charges).
 */
export function LineOptionsCard({ line }: { line: Line }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const query = useLineActions(line.id);
  const run = useLineAction(line.id);
  const [addCode, setAddCode] = useState('');
  const [changeCode, setChangeCode] = useState('');
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const data = query.data;
  if (!data) {
    return (
      <Card title={t('mobile.lineOptions.title')}>
        {query.error ? <ErrorBanner error={query.error} /> : <Skeleton width="40%" />}
      </Card>
    );
  }

  const money = (value: string, currency: string) =>
    new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { style: 'currency', currency }).format(
      Number(value),
    );
  const day = (d: string | null) => (d ? d.split('-').reverse().join('/') : '');
  const volume = (mb: number) =>
    mb >= 1024
      ? `${mb / 1024} ${i18n.language === 'en' ? 'GB' : 'Go'}`
      : `${mb} ${i18n.language === 'en' ? 'MB' : 'Mo'}`;
  const labelOf = (code: string) =>
    data.items.find((i) => (i.type === 'option_add' || i.type === 'option_change') && i.target === code)
      ?.targetLabel ??
    data.options.find((o) => o.code === code)?.label ??
    code;

  const adds = data.items.filter((i) => i.type === 'option_add');
  const addable = adds.filter((i) => i.allowed);
  // An option already on the line is in the table; another choice of a zone's group is offered
  // through "Changer" (ACT-06): neither needs repeating among the unavailable ones.
  const refused = adds.filter(
    (i) =>
      !i.allowed &&
      i.reason?.code !== 'line.option_already_active' &&
      !(
        i.reason?.code === 'line.option_group_taken' &&
        data.items.some((c) => c.type === 'option_change' && c.target === i.target)
      ),
  );
  const changesOf = (optionId: string) =>
    data.items.filter((i) => i.type === 'option_change' && i.replaces === optionId);
  const itemOf = (type: LineActionItem['type'], optionId: string) =>
    data.items.find((i) => i.type === type && i.target === optionId);

  const envelope = (r: RoamingEnvelope) => {
    if (r.cutoffEuros !== null)
      return t('mobile.lineOptions.roamingCutoffEuros', {
        option: r.label,
        amount: money(String(r.cutoffEuros), 'EUR'),
      });
    if (r.volumeMb === null) return r.label;
    return t(
      r.kind === 'roaming' ? 'mobile.lineOptions.roamingEnvelope' : 'mobile.lineOptions.roamingCutoffVolume',
      {
        option: r.label,
        volume: volume(r.volumeMb),
      },
    );
  };

  const Charges = ({ charges }: { charges: ChargePreview[] | undefined }) =>
    !charges || charges.length === 0 ? (
      <p>{t('mobile.lineOptions.nothingBilled')}</p>
    ) : (
      <div>
        <p>{t('mobile.lineOptions.billed')}</p>
        <ul>
          {charges.map((c) => (
            <li key={`${c.kind}-${c.itemCode}`}>
              {t('mobile.lineOptions.charge', {
                amount: money(c.amount, c.currency),
                item: labelOf(c.itemCode),
                kind: t(`mobile.lineOptions.chargeKinds.${c.kind}`, {
                  from: day(c.periodStart),
                  to: day(c.periodEnd),
                }),
              })}
            </li>
          ))}
        </ul>
      </div>
    );

  const selectedChange =
    confirm?.kind === 'change'
      ? changesOf(confirm.option.id).find((i) => i.target === changeCode)
      : undefined;
  const dialog = (() => {
    if (!confirm) return null;
    switch (confirm.kind) {
      case 'add':
        return {
          title: t('mobile.lineOptions.addTitle', { option: confirm.item.targetLabel ?? '' }),
          description: t('mobile.lineOptions.addNow', { date: confirm.item.effectiveLabel ?? '' }),
          body: <Charges charges={confirm.item.charges} />,
          ready: true,
        };
      case 'change': {
        const options = changesOf(confirm.option.id).filter((i) => i.allowed);
        return {
          title: t('mobile.lineOptions.changeTitle', { option: confirm.option.label }),
          description: t('mobile.lineOptions.changeNow', {
            date: selectedChange?.effectiveLabel ?? options[0]?.effectiveLabel ?? '',
          }),
          body: (
            <>
              {options.length === 0 ? (
                <p className="muted">{t('mobile.lineOptions.changeNone')}</p>
              ) : (
                <Select
                  label={t('mobile.lineOptions.changeSelect')}
                  value={changeCode}
                  onChange={(e) => setChangeCode(e.target.value)}
                  options={[
                    { value: '', label: '—' },
                    ...options.map((i) => ({
                      value: i.target ?? '',
                      label: i.targetLabel ?? i.target ?? '',
                    })),
                  ]}
                />
              )}
              {/* ACT-06: both options are billed; the envelopes do not add up. */}
              <p>{t('mobile.lineOptions.changeBilling')}</p>
              {selectedChange ? <Charges charges={selectedChange.charges} /> : null}
            </>
          ),
          ready: selectedChange !== undefined,
        };
      }
      case 'terminate':
        return {
          title: t('mobile.actions.confirm.optionTitle', { option: confirm.option.label }),
          description: confirm.item.immediate
            ? t('mobile.actions.confirm.optionNow')
            : t('mobile.actions.confirm.optionLater', { date: confirm.item.effectiveLabel ?? '' }),
          body: null,
          ready: true,
        };
    }
  })();

  const submit = () => {
    if (!confirm) return;
    const input =
      confirm.kind === 'add'
        ? { type: 'option_add' as const, target: confirm.item.target }
        : confirm.kind === 'change'
          ? { type: 'option_change' as const, target: changeCode, replaces: confirm.option.id }
          : { type: 'option_termination' as const, target: confirm.option.id };
    const label =
      confirm.kind === 'add'
        ? (confirm.item.targetLabel ?? '')
        : confirm.kind === 'change'
          ? (selectedChange?.targetLabel ?? changeCode)
          : confirm.option.label;
    run.mutate(input, {
      onSuccess: (res) => {
        setConfirm(null);
        setAddCode('');
        setChangeCode('');
        setNotice(
          confirm.kind === 'add'
            ? t('mobile.lineOptions.done', { option: label })
            : confirm.kind === 'change'
              ? t('mobile.lineOptions.changed', { option: label })
              : t('mobile.actions.done', { when: res.action.effectiveLabel }),
        );
      },
    });
  };

  return (
    <Card title={t('mobile.lineOptions.title')}>
      {notice ? <Banner tone="success" title={notice} /> : null}

      {data.roaming.length > 0 ? (
        <>
          <h3>{t('mobile.lineOptions.roamingTitle')}</h3>
          <DescriptionList
            items={data.roaming.map((r) => ({
              term: t(`mobile.orders.roamingZones.${r.zone}`, { defaultValue: r.zone }),
              description: envelope(r),
            }))}
          />
        </>
      ) : null}

      {data.items.some((i) => i.type === 'option_suspension') ? (
        <p className="muted">{t('mobile.lineOptions.notSuspendable')}</p>
      ) : null}
      <DataTable
        caption={t('mobile.lineOptions.title')}
        rows={data.options}
        rowKey={(o) => o.id}
        empty={{ title: t('mobile.lineOptions.none') }}
        columns={[
          { id: 'option', header: t('mobile.lineOptions.option'), cell: (o) => o.label },
          {
            id: 'status',
            header: t('mobile.lineOptions.status'),
            cell: (o) => (
              <Badge
                tone={o.status === 'active' ? 'success' : o.status === 'terminated' ? 'neutral' : 'info'}
              >
                {t(`mobile.lineOptions.statuses.${o.status}`)}
              </Badge>
            ),
          },
          {
            id: 'created',
            header: t('mobile.lineOptions.createdAt'),
            cell: (o) => format.dateTime(o.createdAt),
            nowrap: true,
          },
          {
            id: 'activated',
            header: t('mobile.lineOptions.activatedAt'),
            cell: (o) => format.dateTime(o.activatedAt),
            nowrap: true,
          },
          {
            id: 'ended',
            header: t('mobile.lineOptions.endedAt'),
            cell: (o) => format.dateTime(o.endedAt),
            nowrap: true,
          },
          {
            id: 'actions',
            header: t('mobile.lineOptions.actions'),
            cell: (o) => {
              if (o.status === 'terminated') return null;
              const suspend = itemOf('option_suspension', o.id);
              const end = itemOf('option_termination', o.id);
              const changes = changesOf(o.id);
              return (
                <div>
                  <div className="line-action">
                    {changes.length > 0 ? (
                      <Button
                        size="sm"
                        disabled={!changes.some((i) => i.allowed)}
                        title={changes.find((i) => !i.allowed)?.reason?.detail}
                        aria-label={t('mobile.lineOptions.changeOption', { option: o.label })}
                        onClick={() => {
                          run.reset();
                          setChangeCode('');
                          setConfirm({ kind: 'change', option: o });
                        }}
                      >
                        {t('mobile.lineOptions.change')}
                      </Button>
                    ) : null}
                    {/* ACT-02: shown, disabled, with its reason (the note above the table). */}
                    <Button
                      size="sm"
                      disabled
                      title={suspend?.reason?.detail}
                      aria-label={t('mobile.actions.suspendOption', { option: o.label })}
                    >
                      {t('mobile.lineOptions.suspend')}
                    </Button>
                    <Button
                      size="sm"
                      disabled={!end?.allowed}
                      title={end?.reason?.detail}
                      aria-label={t('mobile.actions.terminateOption', { option: o.label })}
                      onClick={() => {
                        if (!end?.allowed) return;
                        run.reset();
                        setConfirm({ kind: 'terminate', item: end, option: o });
                      }}
                    >
                      {t('mobile.lineOptions.terminate')}
                    </Button>
                  </div>
                  <small className="muted">
                    {end?.allowed
                      ? t('mobile.lineOptions.endsOn', { date: end.effectiveLabel ?? '' })
                      : end?.reason?.title}
                  </small>
                </div>
              );
            },
          },
        ]}
      />

      <h3>{t('mobile.lineOptions.add')}</h3>
      {addable.length === 0 ? (
        <p className="muted">{t('mobile.lineOptions.addNone')}</p>
      ) : (
        <div className="line-action">
          <Select
            label={t('mobile.lineOptions.addSelect')}
            value={addCode}
            onChange={(e) => setAddCode(e.target.value)}
            options={[
              { value: '', label: '—' },
              ...addable.map((i) => ({ value: i.target ?? '', label: i.targetLabel ?? i.target ?? '' })),
            ]}
          />
          <Button
            disabled={addCode === ''}
            onClick={() => {
              const item = addable.find((i) => i.target === addCode);
              if (!item) return;
              run.reset();
              setConfirm({ kind: 'add', item });
            }}
          >
            {t('mobile.lineOptions.add')}
          </Button>
        </div>
      )}
      {refused.length > 0 ? (
        <details>
          <summary>{t('mobile.lineOptions.unavailable', { count: refused.length })}</summary>
          <ul>
            {refused.map((i) => (
              <li key={i.target}>
                {i.targetLabel} — <span className="muted">{i.reason?.title}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <ConfirmDialog
        open={confirm !== null}
        onClose={() => setConfirm(null)}
        title={dialog?.title ?? ''}
        description={dialog?.description ?? ''}
        confirmLabel={t('mobile.actions.confirm.confirm')}
        tone={confirm?.kind === 'terminate' ? 'danger' : 'default'}
        loading={run.isPending}
        onConfirm={() => {
          if (dialog?.ready) submit();
        }}
      >
        {dialog?.body}
        {run.error ? <ErrorBanner error={run.error} /> : null}
      </ConfirmDialog>
    </Card>
  );
}
