import { useTranslation } from 'react-i18next';
import { useOffers } from '../api/catalog.ts';
import { useFleet } from '../api/lines.ts';
import { ListFilters, ListTable } from '../app/list-view.tsx';
import { useListState } from '../app/use-list-state.ts';
import { Card } from '../kit/card.tsx';
import { Select } from '../kit/fields.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { SearchField } from '../kit/search-field.tsx';
import { useLineColumns } from './lines/line-views.tsx';

const FILTERS = ['q', 'state', 'network', 'offer'] as const;
const STATES = ['in_progress', 'active', 'suspended', 'terminated', 'cancelled'] as const;
const NETWORKS = ['orange', 'bouygues'] as const;

/**
 * The fleet: every mobile line of the reseller, newest first; search by number, ICCID or user,
 * filter by state, network and offer, sort by column. Filters live in the URL (bookmarkable). Past
 * 10,000 matches (1,000 for a search by user name) the server stops counting and the pager says
 * "plus de 10 000" ("plus de 1 000").
 */
export function LinesPage() {
  const { t } = useTranslation();
  const list = useListState({ defaultSort: '-createdAt', filters: FILTERS });
  const lines = useFleet(list.params, list.filters);
  const offers = useOffers(
    { limit: 200, offset: 0, sort: 'name' },
    list.filters.network ? { network: list.filters.network } : {},
  );
  const columns = useLineColumns(true);
  return (
    <div className="page">
      <PageHeader title={t('mobile.lines.title')} subtitle={t('mobile.lines.subtitle')} />
      <Card padded={false}>
        <ListFilters list={list}>
          <SearchField
            label={t('mobile.lines.search')}
            placeholder={t('mobile.lines.search')}
            value={list.filters.q}
            onCommit={(v) => list.setFilter('q', v)}
            className="filter--wide"
          />
          <Select
            label={t('mobile.lines.state')}
            value={list.filters.state}
            onChange={(e) => list.setFilter('state', e.target.value)}
            options={[
              { value: '', label: t('mobile.lines.allStates') },
              ...STATES.map((s) => ({ value: s, label: t(`mobile.lineStates.${s}`) })),
            ]}
          />
          <Select
            label={t('catalog.network')}
            value={list.filters.network}
            onChange={(e) => list.update({ network: e.target.value, offer: null })}
            options={[
              { value: '', label: t('catalog.allNetworks') },
              ...NETWORKS.map((n) => ({ value: n, label: t(`catalog.networks.${n}`) })),
            ]}
          />
          <Select
            label={t('mobile.lines.offer')}
            value={list.filters.offer}
            onChange={(e) => list.setFilter('offer', e.target.value)}
            options={[
              { value: '', label: t('mobile.lines.allOffers') },
              ...(offers.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        </ListFilters>
        <ListTable
          list={list}
          query={lines}
          caption={t('mobile.lines.title')}
          columns={columns}
          rowKey={(l) => l.id}
          empty={{ title: t('mobile.lines.none') }}
        />
      </Card>
    </div>
  );
}
