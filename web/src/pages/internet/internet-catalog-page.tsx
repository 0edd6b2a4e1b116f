import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { OkBody } from '../../api/contract.ts';
import { useFormat } from '../../app/format.ts';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Card } from '../../kit/card.tsx';
import { PageHeader } from '../../kit/page-header.tsx';
import { Skeleton } from '../../kit/spinner.tsx';
import { formatShekels } from './money.ts';
import './internet.css';

type Catalog = OkBody<'/api/internet/catalog', 'get'>;
type Item = Catalog['items'][number];
const OPERATORS = ['hot', 'partner'] as const;

function useCatalog() {
  return useQuery({
    queryKey: ['internet', 'catalog', 'page'],
    queryFn: ({ signal }) => api.get<Catalog>('/api/internet/catalog', undefined, signal),
    staleTime: 60_000,
  });
}

/**
 * The internet catalog (issue 11 §1): the HOT and Partner plans with their price or « à définir »,
 * the box models with their LED tables (NET-01), services and fees, in shekels, with the version.
 */
export function InternetCatalogPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data, error } = useCatalog();
  if (error) return <ErrorBanner error={error} />;
  if (!data) return <Skeleton />;
  return (
    <div className="page">
      <PageHeader
        title={t('market.catalog.title')}
        subtitle={t('market.catalog.subtitle', { version: data.version, date: fmt.date(data.effectiveFrom) })}
      />
      {OPERATORS.map((op) => (
        <PlansCard
          key={op}
          operator={op}
          plans={data.items.filter((i) => i.type === 'plan' && i.operator === op)}
        />
      ))}
      <BoxesCard catalog={data} />
      <PricedCard
        title={t('market.catalog.services')}
        nameHeader={t('market.catalog.service')}
        items={data.items.filter((i) => i.type === 'service')}
      />
      <PricedCard
        title={t('market.catalog.fees')}
        nameHeader={t('market.catalog.fee')}
        items={data.items.filter((i) => i.type === 'fee')}
      />
    </div>
  );
}

function usePrice() {
  const { t, i18n } = useTranslation();
  return (item: Item) => {
    if (item.amount === null) return t('market.catalog.toBeSet');
    const amount = formatShekels(item.amount, i18n.language);
    return item.component === 'one_off'
      ? t('market.catalog.once', { amount })
      : t('market.catalog.perMonth', { amount });
  };
}

function PlansCard({ operator, plans }: { operator: 'hot' | 'partner'; plans: Item[] }) {
  const { t, i18n } = useTranslation();
  const price = usePrice();
  const note = (p: Item) => p.facts[i18n.language === 'en' ? 'priceNoteEn' : 'priceNoteFr'];
  return (
    <Card title={t('market.catalog.plans', { operator: t(`internet.operators.${operator}`) })} padded={false}>
      <table className="k-table">
        <thead>
          <tr>
            <th scope="col">{t('market.catalog.plan')}</th>
            <th scope="col">{t('market.catalog.speed')}</th>
            <th scope="col">{t('market.catalog.fibre')}</th>
            <th scope="col">{t('market.catalog.monthly')}</th>
            <th scope="col">{t('market.catalog.extenders')}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.code}>
              <th scope="row">{p.name}</th>
              <td>{t('market.catalog.speedValue', { speed: p.facts.speedMb })}</td>
              <td>{p.facts.fibre ? t('market.catalog.yes') : t('market.catalog.no')}</td>
              <td>
                {price(p)}
                {typeof note(p) === 'string' ? <div className="k-hint">{String(note(p))}</div> : null}
              </td>
              <td>
                {typeof p.facts.maxExtenders === 'number'
                  ? t('market.catalog.extendersMax', { count: p.facts.maxExtenders })
                  : t('market.catalog.extendersAny')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

interface Led {
  function: string;
  markFr: string;
  markEn: string;
}

function BoxesCard({ catalog }: { catalog: Catalog }) {
  const { t, i18n } = useTranslation();
  const ledName = (f: string) => t(`internet.page.ledFunctions.${f}` as 'internet.page.ledFunctions.power');
  const boxes = catalog.items.filter((i) => i.type === 'box');
  return (
    <section aria-label={t('market.catalog.boxes')} className="page__columns">
      {boxes.map((box) => (
        <Card key={box.code} title={t('market.catalog.boxLeds', { name: box.name })} padded={false}>
          <table className="k-table">
            <thead>
              <tr>
                <th scope="col">{t('market.catalog.led')}</th>
                <th scope="col">{t('market.catalog.mark')}</th>
                <th scope="col">{t('market.catalog.meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {((box.facts.leds ?? []) as Led[]).map((led) => (
                <tr key={led.function}>
                  <th scope="row">{ledName(led.function)}</th>
                  <td>{i18n.language === 'en' ? led.markEn : led.markFr}</td>
                  <td>{catalog.ledMeanings[led.function] ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ))}
    </section>
  );
}

function PricedCard({ title, nameHeader, items }: { title: string; nameHeader: string; items: Item[] }) {
  const { t } = useTranslation();
  const price = usePrice();
  return (
    <Card title={title} padded={false}>
      <table className="k-table">
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col">{t('market.catalog.operator')}</th>
            <th scope="col">{t('market.catalog.price')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={`${i.operator ?? ''}-${i.code}`}>
              <th scope="row">{i.name}</th>
              <td>{i.operator ? t(`internet.operators.${i.operator}`) : t('market.catalog.anyOperator')}</td>
              <td>{price(i)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
