import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useOrder } from '../api/lines.ts';
import { useFormat } from '../app/format.ts';
import { Banner, ErrorBanner } from '../kit/banner.tsx';
import { Card } from '../kit/card.tsx';
import { DataTable } from '../kit/data-table.tsx';
import { DescriptionList } from '../kit/description-list.tsx';
import { Icon } from '../kit/icons.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { Skeleton } from '../kit/spinner.tsx';
import { EsimActivation, OrderStatePill, useLineColumns } from './lines/line-views.tsx';
import './lines/lines.css';

/** One order: its state (ORD-03: when it reaches the operator), its lines, the eSIM QR codes (ORD-05). */
export function OrderPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const query = useOrder(id);
  const columns = useLineColumns(false);
  const order = query.data;
  const back = order ? (
    <Link to={`/accounts/${order.accountId}`} className="back-link">
      <Icon name="chevronLeft" size={16} />
      {order.accountName}
    </Link>
  ) : null;
  if (!order) {
    return (
      <div className="page">
        <PageHeader title={t('mobile.orders.list')} />
        {query.error ? <ErrorBanner error={query.error} /> : <Skeleton width="40%" />}
      </div>
    );
  }
  return (
    <div className="page">
      <PageHeader
        title={t('mobile.orders.title', { reference: order.reference })}
        back={back}
        status={<OrderStatePill state={order.state} />}
        subtitle={order.accountName}
      />
      {order.queued && order.state === 'queued' ? (
        <Banner
          tone="warning"
          title={t('mobile.orders.queuedUntil', { date: format.dateTime(order.submitAt) })}
        />
      ) : null}
      {order.failure ? (
        <Banner tone="danger" title={`${t('mobile.orders.failure')} : ${order.failure}`} />
      ) : null}
      <Card>
        <DescriptionList
          items={[
            {
              term: t('mobile.orders.configuration'),
              description: t(`mobile.orders.${order.configuration}`),
            },
            { term: t('mobile.stock.network'), description: t(`mobile.networks.${order.network}`) },
            { term: t('mobile.orders.createdAt'), description: format.dateTime(order.createdAt) },
            { term: t('mobile.orders.submitAt'), description: format.dateTime(order.submitAt) },
            ...(order.description
              ? [{ term: t('mobile.orders.clientDescription'), description: order.description }]
              : []),
            ...(order.priority
              ? [
                  {
                    term: t('mobile.orders.clientPriority'),
                    description: t(`mobile.orders.priorities.${order.priority}`),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title={t('mobile.orders.lines')} padded={false}>
        <DataTable
          caption={t('mobile.orders.lines')}
          columns={columns}
          rows={order.lines}
          rowKey={(l) => l.id}
        />
      </Card>
      {order.lines
        .filter((l) => l.simType === 'esim')
        .map((l) => (
          <Card key={l.id} title={`${t('mobile.lines.esim')} · ${l.userName}`}>
            <p className="muted">{t('mobile.lines.esimHint')}</p>
            <EsimActivation line={l} />
          </Card>
        ))}
    </div>
  );
}
