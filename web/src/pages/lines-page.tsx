import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLines } from '../api/lines.ts';
import { Card } from '../kit/card.tsx';
import { DataTable } from '../kit/data-table.tsx';
import { FilterBar } from '../kit/form.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { SearchField } from '../kit/search-field.tsx';
import { useLineColumns } from './lines/line-views.tsx';

/** Every mobile line of the reseller, newest first; search by number, ICCID or user. */
export function LinesPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const lines = useLines(q ? { q } : {}, 25, offset);
  const columns = useLineColumns(true);
  return (
    <div className="page">
      <PageHeader title={t('mobile.lines.title')} subtitle={t('mobile.lines.subtitle')} />
      <Card padded={false}>
        <FilterBar label={t('mobile.lines.search')}>
          <SearchField
            label={t('mobile.lines.search')}
            hideLabel
            placeholder={t('mobile.lines.search')}
            value={q}
            onCommit={(v) => {
              setQ(v);
              setOffset(0);
            }}
          />
        </FilterBar>
        <DataTable
          caption={t('mobile.lines.title')}
          columns={columns}
          rows={lines.data?.items}
          loading={lines.isLoading}
          error={lines.error}
          rowKey={(l) => l.id}
          empty={{ title: t('mobile.lines.none') }}
          pagination={
            lines.data ? { total: lines.data.total, limit: 25, offset, onOffsetChange: setOffset } : undefined
          }
        />
      </Card>
    </div>
  );
}
