import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportCdr, useUsageImport, useUsageImports, type UsageImport } from '../../api/usage.ts';
import { useFormat } from '../../app/format.ts';
import { Banner, ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { Icon } from '../../kit/icons.tsx';
import { DataTable } from '../../kit/data-table.tsx';
import { TextField } from '../../kit/fields.tsx';
import { Form, FormActions } from '../../kit/form.tsx';
import { PageHeader } from '../../kit/page-header.tsx';
import { Skeleton } from '../../kit/spinner.tsx';
import './usage.css';

function Rejects({ item }: { item: UsageImport }) {
  const { t, i18n } = useTranslation();
  const rejects = item.rejects ?? [];
  if (rejects.length === 0) return <p className="muted">{t('usage.imports.noRejects')}</p>;
  return (
    <>
      {/* A plain link: the browser downloads every reject (not only those shown) with the session cookie. */}
      <a
        className="k-btn k-btn--secondary k-btn--sm"
        href={`/api/usage/imports/${item.id}/rejects.csv?lang=${i18n.language === 'en' ? 'en' : 'fr'}`}
        download
      >
        <Icon name="arrowDown" size={16} />
        <span className="k-btn__label">{t('usage.imports.downloadRejects')}</span>
      </a>
      <DataTable
        caption={t('usage.imports.rejects')}
        columns={[
          {
            id: 'line',
            header: t('usage.imports.rejectLine'),
            cell: (r) => r.line,
            align: 'end',
            width: '6rem',
          },
          { id: 'reason', header: t('usage.imports.rejectReason'), cell: (r) => r.message },
          {
            id: 'raw',
            header: t('usage.imports.rejectRaw'),
            cell: (r) => <code>{r.raw}</code>,
            secondary: true,
          },
        ]}
        rows={rejects}
        rowKey={(r) => String(r.line)}
      />
    </>
  );
}

/** An import's state in words; a running one with how much of its file is read, when known. */
function ImportState({ item }: { item: UsageImport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = t(`usage.imports.states.${item.state}`);
  if (item.state !== 'running' || !item.bytesTotal) return <>{label}</>;
  const share = format.number(Math.min(99, Math.floor((100 * item.bytesRead) / item.bytesTotal)));
  return <>{t('usage.imports.runningShare', { label, share })}</>;
}

/** One past import's rejects, fetched when its row is expanded. */
function ImportDetail({ id }: { id: string }) {
  const query = useUsageImport(id);
  if (!query.data) return query.error ? <ErrorBanner error={query.error} /> : <Skeleton width="30%" />;
  return <Rejects item={query.data} />;
}

/**
 * The CDR imports page (issue 12 §1): upload an operator's CSV file, read its figures (read, new,
 * duplicates, rejected, unknown lines, alerts) and its rejects by line number; past imports below.
 */
export function UsageImportsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const importer = useImportCdr();
  const [offset, setOffset] = useState(0);
  const list = useUsageImports(offset, importer.isPending);
  const [file, setFile] = useState<{ filename: string; file: Blob } | null>(null);
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    importer.reset();
    setFile(f ? { filename: f.name, file: f } : null);
  };
  const result = importer.data;
  return (
    <div className="page">
      <PageHeader title={t('usage.imports.title')} subtitle={t('usage.imports.subtitle')} />
      <Card title={t('usage.imports.upload')}>
        <Form
          onSubmit={() => {
            if (file) importer.mutate(file);
          }}
        >
          <TextField
            label={t('usage.imports.file')}
            type="file"
            accept=".csv,text/csv"
            onChange={onFile}
            hint={t('usage.imports.fileHint')}
          />
          {importer.error ? <ErrorBanner error={importer.error} /> : null}
          <FormActions>
            <Button type="submit" variant="primary" disabled={file === null} loading={importer.isPending}>
              {t('usage.imports.submit')}
            </Button>
          </FormActions>
        </Form>
        {result ? (
          <>
            <Banner
              tone={result.rejected + result.unknownLines > 0 ? 'warning' : 'success'}
              title={t('usage.imports.result', {
                read: result.read,
                new: result.new,
                duplicates: result.duplicates,
                rejected: result.rejected,
                unknown: result.unknownLines,
                alerts: result.alerts,
              })}
            />
            <h3 className="usage-section-title">{t('usage.imports.rejects')}</h3>
            <Rejects item={result} />
          </>
        ) : null}
      </Card>
      <Card title={t('usage.imports.history')} padded={false}>
        <DataTable
          caption={t('usage.imports.history')}
          columns={[
            { id: 'date', header: t('usage.imports.date'), cell: (r) => format.dateTime(r.createdAt) },
            { id: 'filename', header: t('usage.imports.filename'), cell: (r) => r.filename ?? '—' },
            { id: 'state', header: t('usage.imports.state'), cell: (r) => <ImportState item={r} /> },
            { id: 'read', header: t('usage.imports.read'), cell: (r) => r.read, align: 'end' },
            { id: 'new', header: t('usage.imports.new'), cell: (r) => r.new, align: 'end' },
            {
              id: 'duplicates',
              header: t('usage.imports.duplicates'),
              cell: (r) => r.duplicates,
              align: 'end',
            },
            { id: 'rejected', header: t('usage.imports.rejected'), cell: (r) => r.rejected, align: 'end' },
            { id: 'unknown', header: t('usage.imports.unknown'), cell: (r) => r.unknownLines, align: 'end' },
            { id: 'alerts', header: t('usage.imports.alerts'), cell: (r) => r.alerts, align: 'end' },
            { id: 'by', header: t('usage.imports.by'), cell: (r) => r.createdBy, secondary: true },
          ]}
          rows={list.data?.items}
          rowKey={(r) => r.id}
          loading={list.isLoading}
          refreshing={list.isFetching && !list.isLoading}
          error={list.error}
          onRetry={() => void list.refetch()}
          empty={{ title: t('usage.imports.empty') }}
          renderExpanded={(r) => <ImportDetail id={r.id} />}
          rowLabel={(r) => `${t('usage.imports.details')} ${r.filename ?? format.dateTime(r.createdAt)}`}
          {...(list.data
            ? {
                pagination: {
                  total: list.data.total,
                  limit: list.data.limit,
                  offset: list.data.offset,
                  onOffsetChange: setOffset,
                },
              }
            : {})}
        />
      </Card>
    </div>
  );
}
