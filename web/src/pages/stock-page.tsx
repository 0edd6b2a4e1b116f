import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccounts } from '../api/accounts.ts';
import {
  useAssignSims,
  useImportStock,
  useSims,
  useStockSummary,
  type Sim,
  type StockCount,
} from '../api/lines.ts';
import { SearchField } from '../kit/search-field.tsx';
import { ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { Card } from '../kit/card.tsx';
import { DataTable } from '../kit/data-table.tsx';
import { Select, TextField } from '../kit/fields.tsx';
import { Form, FormActions, FormGrid } from '../kit/form.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { useToast } from '../kit/toast.tsx';

/** SIM stock: counts per network and state, CSV imports (SIMs, numbers), SC-06 assign/release. */
export function StockPage() {
  const { t } = useTranslation();
  const summary = useStockSummary();
  return (
    <div className="page">
      <PageHeader title={t('mobile.stock.title')} subtitle={t('mobile.stock.subtitle')} />
      <Card title={t('mobile.stock.counts')} padded={false}>
        <DataTable<StockCount>
          caption={t('mobile.stock.counts')}
          rows={summary.data?.items}
          loading={summary.isLoading}
          error={summary.error}
          rowKey={(r) => `${r.network}-${r.kind}-${r.state}`}
          empty={{ title: t('mobile.stock.empty') }}
          columns={[
            {
              id: 'network',
              header: t('mobile.stock.network'),
              cell: (r) => t(`mobile.networks.${r.network}`),
            },
            { id: 'kind', header: t('mobile.stock.kind'), cell: (r) => t(`mobile.simTypes.${r.kind}`) },
            {
              id: 'state',
              header: t('mobile.stock.state'),
              cell: (r) => t(`mobile.simStates.${r.state as 'free'}`),
            },
            { id: 'count', header: t('mobile.stock.count'), cell: (r) => r.count, align: 'end' },
          ]}
        />
      </Card>
      <SimSearchCard />
      <div className="page__columns">
        <ImportCard kind="sims" />
        <ImportCard kind="numbers" />
      </div>
      <AssignCard />
    </div>
  );
}

/** A SIM by the digits an agent can read on it: the start or the end of its ICCID (issue 10). */
function SimSearchCard() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const sims = useSims(q ? { q } : {}, 10);
  return (
    <Card title={t('mobile.stock.searchTitle')}>
      <SearchField
        label={t('mobile.stock.searchSim')}
        hint={t('mobile.stock.searchSimHint')}
        value={q}
        inputMode="numeric"
        onCommit={(value) => setQ(value.replace(/\D+/g, ''))}
      />
      {q ? (
        <DataTable<Sim>
          caption={t('mobile.stock.searchTitle')}
          rows={sims.data?.items}
          loading={sims.isLoading}
          error={sims.error}
          rowKey={(sim) => sim.iccid}
          empty={{ title: t('mobile.stock.searchEmpty') }}
          columns={[
            { id: 'iccid', header: t('mobile.stock.iccid'), cell: (sim) => sim.iccid, mono: true },
            {
              id: 'network',
              header: t('mobile.stock.network'),
              cell: (sim) => t(`mobile.networks.${sim.network}`),
            },
            {
              id: 'kind',
              header: t('mobile.stock.kind'),
              cell: (sim) => t(`mobile.simTypes.${sim.simType}`),
            },
            {
              id: 'state',
              header: t('mobile.stock.state'),
              cell: (sim) => t(`mobile.simStates.${sim.state}`),
            },
            { id: 'account', header: t('mobile.stock.account'), cell: (sim) => sim.accountName ?? '—' },
          ]}
        />
      ) : null}
    </Card>
  );
}

function ImportCard({ kind }: { kind: 'sims' | 'numbers' }) {
  const { t } = useTranslation();
  const toast = useToast();
  const importer = useImportStock(kind);
  const [csv, setCsv] = useState<string | null>(null);
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    importer.reset();
    if (file) void file.text().then(setCsv);
    else setCsv(null);
  };
  const title = kind === 'sims' ? t('mobile.stock.importSims') : t('mobile.stock.importNumbers');
  return (
    <Card title={title}>
      <Form
        onSubmit={() => {
          if (csv === null) return;
          importer.mutate(csv, {
            onSuccess: (r) => toast({ title: t('mobile.stock.imported', { count: r.imported }) }),
          });
        }}
      >
        <TextField
          label={`${t('mobile.stock.file')} (${title})`}
          type="file"
          accept=".csv,text/csv"
          onChange={onFile}
          hint={
            kind === 'sims' ? (
              // The file's column names and type values are typed as they are: shown as code.
              <>
                {t('mobile.stock.importSimsFormat')} <code>iccid;reseau;type;puk;smdp;matching_id</code>{' '}
                {t('mobile.stock.importSimsTypes')} <code>avec_pin</code>, <code>sans_pin</code>,{' '}
                <code>esim</code>
              </>
            ) : (
              t('mobile.stock.importNumbersHint')
            )
          }
        />
        {importer.error ? <ErrorBanner error={importer.error} /> : null}
        <FormActions>
          <Button type="submit" variant="primary" disabled={csv === null} loading={importer.isPending}>
            {t('mobile.stock.import')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}

function AssignCard() {
  const { t } = useTranslation();
  const toast = useToast();
  const accounts = useAccounts({ limit: 200, offset: 0 }, { status: 'active' });
  const assign = useAssignSims('assign');
  const release = useAssignSims('release');
  const [accountId, setAccountId] = useState('');
  const [first, setFirst] = useState('');
  const [last, setLast] = useState('');
  const selection = last.trim() ? { first: first.trim(), last: last.trim() } : { iccid: first.trim() };
  const error = assign.error ?? release.error;
  return (
    <Card title={t('mobile.stock.assignTitle')}>
      <p className="muted">{t('mobile.stock.assignHint')}</p>
      <FormGrid columns={3}>
        <Select
          label={t('mobile.stock.account')}
          value={accountId}
          onChange={(e) => setAccountId(e.target.value)}
          options={[
            { value: '', label: t('mobile.stock.chooseAccount') },
            ...(accounts.data?.items ?? []).map((a) => ({
              value: a.id,
              label: `${a.displayName} (${a.reference})`,
            })),
          ]}
        />
        <TextField
          label={t('mobile.stock.firstIccid')}
          value={first}
          onChange={(e) => setFirst(e.target.value)}
        />
        <TextField
          label={t('mobile.stock.lastIccid')}
          value={last}
          onChange={(e) => setLast(e.target.value)}
        />
      </FormGrid>
      {error ? <ErrorBanner error={error} /> : null}
      <FormActions>
        <Button
          variant="primary"
          disabled={!accountId || !first.trim()}
          loading={assign.isPending}
          onClick={() => {
            release.reset();
            assign.mutate(
              { accountId, ...selection },
              {
                onSuccess: (r) =>
                  toast({
                    title: t('mobile.stock.assigned', { count: r.assigned, skipped: r.skipped }),
                  }),
              },
            );
          }}
        >
          {t('mobile.stock.assign')}
        </Button>
        <Button
          disabled={!first.trim()}
          loading={release.isPending}
          onClick={() => {
            assign.reset();
            release.mutate(selection, {
              onSuccess: (r) =>
                toast({ title: t('mobile.stock.released', { count: r.released, skipped: r.skipped }) }),
            });
          }}
        >
          {t('mobile.stock.release')}
        </Button>
      </FormActions>
    </Card>
  );
}
