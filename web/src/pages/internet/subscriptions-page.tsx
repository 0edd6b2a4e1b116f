import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { OkBody } from '../../api/contract.ts';
import { StatusPill } from '../../kit/badge.tsx';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Card } from '../../kit/card.tsx';
import { PageHeader } from '../../kit/page-header.tsx';
import { SearchField } from '../../kit/search-field.tsx';
import { Skeleton } from '../../kit/spinner.tsx';
import { useInternetCatalog } from './internet-api.ts';
import { stateTone } from './state-tone.ts';

type SubscriptionPage = OkBody<'/api/internet/subscription-list', 'get'>;

/** Issue 11 §6: the tenant's internet subscriptions, newest first, searchable; each opens its page. */
export function InternetSubscriptionsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const list = useQuery({
    queryKey: ['internet', 'list', q],
    queryFn: ({ signal }) =>
      api.get<SubscriptionPage>('/api/internet/subscription-list', { q: q || undefined, limit: 100 }, signal),
    placeholderData: keepPreviousData,
  });
  // Plans are shown by their catalog name, never by their code.
  const catalog = useInternetCatalog();
  const planName = (code: string) =>
    catalog.data?.items.find((i) => i.type === 'plan' && i.code === code)?.name ?? '';
  return (
    <div className="page">
      <PageHeader title={t('market.list.title')} subtitle={t('market.list.subtitle')} />
      <Card padded={false}>
        <div className="k-card__toolbar">
          <SearchField label={t('market.list.search')} value={q} onCommit={setQ} />
        </div>
        {list.error ? <ErrorBanner error={list.error} /> : null}
        {!list.data ? (
          <Skeleton />
        ) : list.data.items.length === 0 ? (
          <p className="k-empty">{q ? t('market.list.noMatch', { q }) : t('market.list.none')}</p>
        ) : (
          <table className="k-table">
            <caption className="k-hint">{t('market.list.count', { count: list.data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('market.list.reference')}</th>
                <th scope="col">{t('market.list.customer')}</th>
                <th scope="col">{t('market.list.operator')}</th>
                <th scope="col">{t('market.list.plan')}</th>
                <th scope="col">{t('market.list.address')}</th>
                <th scope="col">{t('market.list.state')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/internet/${s.id}`}>{s.reference}</Link>
                  </th>
                  <td>
                    <Link to={`/accounts/${s.accountId}`}>{s.accountName}</Link>
                  </td>
                  <td>{t(`internet.operators.${s.operator}`)}</td>
                  <td>{planName(s.planCode)}</td>
                  <td>{s.address}</td>
                  <td>
                    <StatusPill tone={stateTone(s.state)}>
                      {t(`internet.states.${s.state}` as 'internet.states.active')}
                    </StatusPill>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </div>
  );
}
