import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useOffers, type CatalogOffer, type Network, type Range } from '../api/catalog.ts';
import { useListState } from '../app/use-list-state.ts';
import { Badge, StatusPill } from '../kit/badge.tsx';
import type { Column } from '../kit/data-table.tsx';
import { Select } from '../kit/fields.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { SearchField } from '../kit/search-field.tsx';
import { useCatalogFormat } from './catalog/catalog-format.ts';
import { ListFilters, ListTable } from '../app/list-view.tsx';

const FILTERS = ['q', 'network', 'range', 'blocked'] as const;
const NETWORKS: Network[] = ['orange', 'bouygues'];
const RANGES: Range[] = ['unlimited', 'travel', 'data_only', 'payg', 'data_payg', 'm2m'];

/** The mobile catalog: every offer per network and range, with its price in effect (€ HT). */
export function CatalogPage() {
  const { t } = useTranslation();
  const fmt = useCatalogFormat();
  const list = useListState({ defaultSort: 'position', filters: FILTERS, defaultLimit: 50 });
  const offers = useOffers(list.params, {
    q: list.filters.q || undefined,
    network: list.filters.network || undefined,
    range: list.filters.range || undefined,
    blocked: list.filters.blocked || undefined,
  });

  const columns: Column<CatalogOffer>[] = [
    {
      id: 'name',
      header: t('catalog.offer'),
      sortKey: 'name',
      cell: (offer) => (
        <Link to={`/catalog/${encodeURIComponent(offer.id)}`} className="table-link">
          {offer.name}
        </Link>
      ),
    },
    {
      id: 'network',
      header: t('catalog.network'),
      sortKey: 'network',
      cell: (offer) => (
        <Badge tone={offer.network === 'orange' ? 'warning' : 'info'}>
          {t(`catalog.networks.${offer.network}`)}
        </Badge>
      ),
    },
    {
      id: 'range',
      header: t('catalog.range'),
      sortKey: 'range',
      cell: (offer) => t(`catalog.ranges.${offer.range}`),
    },
    {
      id: 'envelope',
      header: t('catalog.data'),
      sortKey: 'envelopeMb',
      align: 'end',
      nowrap: true,
      cell: (offer) => fmt.envelope(offer.envelopeMb),
    },
    {
      id: 'blocked',
      header: t('catalog.blocking'),
      secondary: true,
      cell: (offer) =>
        offer.blocked === null
          ? t('common.none')
          : offer.blocked
            ? t('catalog.blocked')
            : t('catalog.unblocked'),
    },
    {
      id: 'fiveG',
      header: t('catalog.fiveG'),
      secondary: true,
      cell: (offer) => (offer.fiveG ? t('catalog.yes') : t('catalog.no')),
    },
    {
      id: 'price',
      header: t('catalog.price'),
      align: 'end',
      nowrap: true,
      cell: (offer) => {
        const main = offer.prices[0];
        if (offer.priceToBeSet)
          return (
            <span title={t('catalog.toBeSetHint')}>
              <StatusPill tone="warning">{t('catalog.toBeSet')}</StatusPill>
            </span>
          );
        return main ? fmt.price(main) : t('common.none');
      },
    },
  ];

  return (
    <div className="page">
      <PageHeader title={t('catalog.title')} subtitle={t('catalog.subtitle')} />
      <ListFilters list={list}>
        <SearchField
          label={t('catalog.search')}
          placeholder={t('catalog.searchPlaceholder')}
          value={list.filters.q}
          onCommit={(value) => list.setFilter('q', value)}
          className="filter--wide"
        />
        <Select
          label={t('catalog.network')}
          value={list.filters.network}
          onChange={(event) => list.setFilter('network', event.target.value)}
          options={[
            { value: '', label: t('catalog.allNetworks') },
            ...NETWORKS.map((n) => ({ value: n, label: t(`catalog.networks.${n}`) })),
          ]}
        />
        <Select
          label={t('catalog.range')}
          value={list.filters.range}
          onChange={(event) => list.setFilter('range', event.target.value)}
          options={[
            { value: '', label: t('catalog.allRanges') },
            ...RANGES.map((r) => ({ value: r, label: t(`catalog.ranges.${r}`) })),
          ]}
        />
        <Select
          label={t('catalog.blocking')}
          value={list.filters.blocked}
          onChange={(event) => list.setFilter('blocked', event.target.value)}
          options={[
            { value: '', label: t('catalog.allBlocking') },
            { value: 'true', label: t('catalog.blocked') },
            { value: 'false', label: t('catalog.unblocked') },
          ]}
        />
      </ListFilters>
      <ListTable
        list={list}
        query={offers}
        caption={t('catalog.caption')}
        columns={columns}
        rowKey={(offer) => offer.id}
        empty={{ title: t('catalog.empty'), hint: t('catalog.emptyHint') }}
      />
    </div>
  );
}
