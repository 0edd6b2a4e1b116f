import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { chargesCsvUrl, useAccountPendingActions, useChargeTotals } from '../../api/billing.ts';
import { useCharges, useLines, useOrders } from '../../api/lines.ts';
import { useCancelPendingAction } from '../../api/pending-actions.ts';
import { useSession } from '../../api/session.ts';
import type { PendingAction } from '../../api/types.ts';
import { useActionKindLabel } from '../../app/action-kinds.ts';
import { useFormat } from '../../app/format.ts';
import { canCancelActions } from '../../app/permissions.ts';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Button, LinkButton } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { DataTable } from '../../kit/data-table.tsx';
import { ConfirmDialog } from '../../kit/dialog.tsx';
import { Icon } from '../../kit/icons.tsx';
import { useToast } from '../../kit/toast.tsx';
import './account-cards.css';
import { formatMsisdn, OrderStatePill, useLineColumns } from './line-views.tsx';

/** The customer page's "Lignes" section. */
export function AccountLinesCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const lines = useLines({ accountId }, 50, 0);
  const columns = useLineColumns(false);
  return (
    <Card title={t('accounts.lines')} padded={false}>
      <DataTable
        caption={t('accounts.lines')}
        columns={columns.filter((c) => !['iccid', 'sim', 'activation'].includes(c.id))}
        rows={lines.data?.items}
        loading={lines.isLoading}
        error={lines.error}
        rowKey={(l) => l.id}
        empty={{ title: t('mobile.lines.noneForAccount') }}
      />
    </Card>
  );
}

/** The customer page's "Commandes" section, with the way to a new order. */
export function AccountOrdersCard({ accountId, active }: { accountId: string; active: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const orders = useOrders({ accountId }, 20, 0);
  return (
    <Card
      title={t('accounts.orders')}
      padded={false}
      actions={
        active ? (
          <LinkButton to={`/accounts/${accountId}/orders/new`} icon="plus" size="sm">
            {t('mobile.orders.newOrder')}
          </LinkButton>
        ) : null
      }
    >
      <DataTable
        caption={t('accounts.orders')}
        rows={orders.data?.items}
        loading={orders.isLoading}
        error={orders.error}
        rowKey={(o) => o.id}
        empty={{ title: t('mobile.orders.none') }}
        columns={[
          {
            id: 'reference',
            header: t('mobile.orders.reference'),
            cell: (o) => <Link to={`/orders/${o.id}`}>{o.reference}</Link>,
          },
          { id: 'lines', header: t('mobile.orders.lines'), cell: (o) => o.lines.length, align: 'end' },
          { id: 'state', header: t('mobile.orders.state'), cell: (o) => <OrderStatePill state={o.state} /> },
          {
            id: 'created',
            header: t('mobile.orders.createdAt'),
            cell: (o) => format.dateTime(o.createdAt),
            nowrap: true,
          },
        ]}
      />
    </Card>
  );
}

/** "7.00" in EUR → "7,00 €" (fr) or "€7.00" (en). */
function useAmount() {
  const { i18n } = useTranslation();
  return (value: string, currency: string) =>
    new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { style: 'currency', currency }).format(
      Number(value),
    );
}

/**
 * The customer page's "Frais" section: the charges ledger (one-off fees, first month pro rata,
 * monthly charges: CAT-01, CAT-11, Reading 7), its total from the server, and the CSV export.
 */
export function AccountChargesCard({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const charges = useCharges(accountId);
  const totals = useChargeTotals(accountId);
  const amount = useAmount();
  const day = (d: string) => d.split('-').reverse().join('/');
  return (
    <Card
      title={t('billing.charges.title')}
      padded={false}
      actions={
        // A plain link: the browser downloads the file with the session cookie.
        <a
          className="k-btn k-btn--secondary k-btn--sm"
          href={chargesCsvUrl(accountId, i18n.language)}
          download
        >
          <Icon name="arrowDown" size={16} />
          <span className="k-btn__label">{t('billing.charges.export')}</span>
        </a>
      }
    >
      <DataTable
        caption={t('billing.charges.title')}
        rows={charges.data?.items}
        loading={charges.isLoading}
        error={charges.error}
        rowKey={(c) => c.id}
        empty={{ title: t('mobile.charges.none') }}
        columns={[
          { id: 'line', header: t('mobile.charges.line'), cell: (c) => formatMsisdn(c.msisdn), nowrap: true },
          { id: 'kind', header: t('mobile.charges.kind'), cell: (c) => t(`mobile.charges.kinds.${c.kind}`) },
          {
            id: 'item',
            header: t('mobile.charges.item'),
            cell: (c) => <span title={c.itemCode}>{c.itemName}</span>,
          },
          {
            id: 'period',
            header: t('mobile.charges.period'),
            cell: (c) => (c.periodStart && c.periodEnd ? `${day(c.periodStart)} – ${day(c.periodEnd)}` : '—'),
            nowrap: true,
            secondary: true,
          },
          {
            id: 'amount',
            header: t('mobile.charges.amount'),
            cell: (c) => amount(c.amount, c.currency),
            align: 'end',
            nowrap: true,
          },
        ]}
      />
      {totals.data?.items.map((x) => (
        <p key={`${x.currency}-${String(x.vatIncluded)}`} className="account-charges__total">
          <span>
            {t('billing.charges.total')} · {t('billing.charges.lines', { count: x.count })}
          </span>
          <strong>
            {t('billing.charges.totalValue', {
              amount: amount(x.total, x.currency),
              tax: x.vatIncluded ? t('billing.charges.taxIncluded') : t('billing.charges.taxExcluded'),
            })}
          </strong>
        </p>
      ))}
    </Card>
  );
}

/**
 * "1er décembre 2026 à 00:00" / "1 December 2026 at 00:00" in the tenant's zone: the words the
 * line page and the e-mails use for an effective instant.
 */
export function effectiveLabel(iso: string, timeZone: string, language: string): string {
  const en = language === 'en';
  const parts: Record<string, string> = {};
  for (const p of new Intl.DateTimeFormat(en ? 'en-GB' : 'fr-FR', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso)))
    parts[p.type] = p.value;
  const day = !en && parts.day === '1' ? '1er' : (parts.day ?? '');
  return `${day} ${parts.month ?? ''} ${parts.year ?? ''} ${en ? 'at' : 'à'} ${parts.hour ?? ''}:${parts.minute ?? ''}`;
}

/**
 * The customer page's "Actions planifiées" section: every action scheduled on the account's
 * lines, what and when, each with "Annuler" behind a confirmation.
 */
export function AccountPendingActionsCard({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const kindLabel = useActionKindLabel();
  const toast = useToast();
  const session = useSession();
  const actions = useAccountPendingActions(accountId);
  const lines = useLines({ accountId }, 50, 0);
  const cancel = useCancelPendingAction();
  const [cancelling, setCancelling] = useState<PendingAction | null>(null);
  const msisdnOf = (id: string) => formatMsisdn(lines.data?.items.find((l) => l.id === id)?.msisdn ?? null);
  const what = (a: PendingAction) => {
    const label = kindLabel(a.kind);
    const payload = a.payload;
    const detail =
      payload && typeof payload === 'object' && !Array.isArray(payload) && typeof payload.detail === 'string'
        ? payload.detail
        : '';
    return detail ? `${label} : ${detail}` : label;
  };
  const when = (a: PendingAction) => effectiveLabel(a.effectiveAt, format.timeZone, i18n.language);
  return (
    <Card title={t('billing.pending.title')} padded={false}>
      {cancel.error && !cancelling ? <ErrorBanner error={cancel.error} /> : null}
      <DataTable
        caption={t('billing.pending.caption')}
        rows={actions.data?.items}
        loading={actions.isLoading}
        error={actions.error}
        rowKey={(a) => a.id}
        empty={{ title: t('billing.pending.none') }}
        columns={[
          { id: 'what', header: t('billing.pending.what'), cell: what },
          { id: 'line', header: t('billing.pending.line'), cell: (a) => msisdnOf(a.entityId), nowrap: true },
          {
            id: 'when',
            header: t('billing.pending.when'),
            cell: (a) => t('billing.pending.whenValue', { date: when(a) }),
          },
          {
            id: 'cancel',
            header: '',
            align: 'end',
            cell: (a) =>
              canCancelActions(session) ? (
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={t('billing.pending.cancelLabel', {
                    action: what(a),
                    line: msisdnOf(a.entityId),
                  })}
                  onClick={() => {
                    cancel.reset();
                    setCancelling(a);
                  }}
                >
                  {t('billing.pending.cancel')}
                </Button>
              ) : null,
          },
        ]}
      />
      <ConfirmDialog
        open={cancelling !== null}
        onClose={() => setCancelling(null)}
        onConfirm={() => {
          if (!cancelling) return;
          cancel.mutate(cancelling.id, {
            onSuccess: () => {
              setCancelling(null);
              toast({ title: t('billing.pending.cancelled') });
            },
          });
        }}
        title={t('billing.pending.confirmTitle')}
        description={
          cancelling
            ? t('billing.pending.confirmBody', {
                action: what(cancelling),
                line: msisdnOf(cancelling.entityId),
                date: when(cancelling),
              })
            : ''
        }
        confirmLabel={t('billing.pending.confirm')}
        cancelLabel={t('billing.pending.keep')}
        loading={cancel.isPending}
      >
        {cancel.error ? <ErrorBanner error={cancel.error} /> : null}
      </ConfirmDialog>
    </Card>
  );
}
