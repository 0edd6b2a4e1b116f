import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCharges, useLines, useOrders } from '../../api/lines.ts';
import { useFormat } from '../../app/format.ts';
import { LinkButton } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { DataTable } from '../../kit/data-table.tsx';
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

/** The customer page's "Frais" section: the charges ledger (one-off fees, first month pro rata). */
export function AccountChargesCard({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation();
  const charges = useCharges(accountId);
  const amount = (value: string, currency: string) =>
    new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', { style: 'currency', currency }).format(
      Number(value),
    );
  const day = (d: string) => d.split('-').reverse().join('/');
  return (
    <Card title={t('accounts.charges')} padded={false}>
      <DataTable
        caption={t('accounts.charges')}
        rows={charges.data?.items}
        loading={charges.isLoading}
        error={charges.error}
        rowKey={(c) => c.id}
        empty={{ title: t('mobile.charges.none') }}
        columns={[
          { id: 'line', header: t('mobile.charges.line'), cell: (c) => formatMsisdn(c.msisdn), nowrap: true },
          { id: 'item', header: t('mobile.charges.item'), cell: (c) => c.itemCode },
          { id: 'kind', header: t('mobile.charges.kind'), cell: (c) => t(`mobile.charges.kinds.${c.kind}`) },
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
    </Card>
  );
}
