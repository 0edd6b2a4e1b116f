import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import {
  useOffer,
  type CatalogOfferDetail,
  type CatalogOption,
  type CatalogPrice,
  type OpeningWindow,
  type PriceComponent,
} from '../api/catalog.ts';
import { useSession } from '../api/session.ts';
import { useFormat } from '../app/format.ts';
import { Badge, StatusPill } from '../kit/badge.tsx';
import { Banner, ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { Card } from '../kit/card.tsx';
import { DataTable, type Column } from '../kit/data-table.tsx';
import { DescriptionList } from '../kit/description-list.tsx';
import { Icon } from '../kit/icons.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { Skeleton } from '../kit/spinner.tsx';
import { canManageCatalog, useCatalogFormat } from './catalog/catalog-format.ts';
import { SetPriceDialog } from './catalog/set-price-dialog.tsx';

interface PriceTarget {
  itemType: 'offer' | 'option';
  itemId: string;
  name: string;
  component: PriceComponent;
}

/** One offer: its facts (5G, recharges, number, eSIM…), its prices and the options it allows. */
export function CatalogOfferPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const query = useOffer(id);
  const [target, setTarget] = useState<PriceTarget | null>(null);
  const canManage = canManageCatalog(session);

  const back = (
    <Link to="/catalog" className="back-link">
      <Icon name="chevronLeft" size={16} />
      {t('catalog.backToList')}
    </Link>
  );

  if (!query.data) {
    return (
      <div className="page">
        <PageHeader title={t('catalog.title')} back={back} />
        {query.error ? (
          <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Card>
            <Skeleton width="40%" />
            <Skeleton width="60%" />
          </Card>
        )}
      </div>
    );
  }

  const offer = query.data;
  return (
    <div className="page">
      <PageHeader
        title={offer.name}
        subtitle={`${t(`catalog.networks.${offer.network}`)} · ${t(`catalog.ranges.${offer.range}`)}`}
        back={back}
      />
      {offer.priceToBeSet ? <Banner tone="warning">{t('catalog.toBeSetHint')}</Banner> : null}
      <Card title={t('catalog.prices')}>
        <PriceTable
          prices={offer.prices}
          upcoming={offer.upcomingPrices}
          name={offer.name}
          canManage={canManage}
          onSet={(component) =>
            setTarget({ itemType: 'offer', itemId: offer.id, name: offer.name, component })
          }
        />
      </Card>
      <Card title={t('catalog.facts')}>
        <Facts offer={offer} />
      </Card>
      <OperatorTerms offer={offer} />
      <Card title={t('catalog.options')} padded={false}>
        <OptionsTable
          options={offer.allowedOptions}
          canManage={canManage}
          onSet={(option, component) =>
            setTarget({ itemType: 'option', itemId: option.id, name: option.name, component })
          }
        />
      </Card>
      {target ? <SetPriceDialog target={target} onClose={() => setTarget(null)} /> : null}
    </div>
  );
}

function PriceTable({
  prices,
  upcoming,
  name,
  canManage,
  onSet,
}: {
  prices: CatalogPrice[];
  upcoming: CatalogPrice[];
  name: string;
  canManage: boolean;
  onSet: (component: PriceComponent) => void;
}) {
  const { t } = useTranslation();
  const fmt = useCatalogFormat();
  const format = useFormat();
  return (
    <div className="k-table-scroll">
      <table className="k-table">
        <thead>
          <tr>
            <th scope="col">{t('catalog.component')}</th>
            <th scope="col">{t('catalog.price')}</th>
            <th scope="col">{t('catalog.since')}</th>
            <th scope="col">{t('catalog.origin')}</th>
            {canManage ? (
              <th scope="col">
                <span className="k-visually-hidden">{t('common.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {prices.map((p) => {
            const next = upcoming.filter((u) => u.component === p.component);
            return (
              <tr key={p.component}>
                <td>{t(`catalog.components.${p.component}`)}</td>
                <td>
                  {p.toBeSet ? <StatusPill tone="warning">{t('catalog.toBeSet')}</StatusPill> : fmt.price(p)}
                  {next.map((u) => (
                    <div key={u.effectiveFrom} className="k-field__hint">
                      {t('catalog.upcoming', { amount: fmt.price(u), date: format.date(u.effectiveFrom) })}
                    </div>
                  ))}
                </td>
                <td>{format.date(p.effectiveFrom)}</td>
                <td>{p.origin === 'tenant' ? t('catalog.originTenant') : t('catalog.originCatalog')}</td>
                {canManage ? (
                  <td>
                    {p.component === 'per_mb_tiers' ? (
                      <span className="k-field__hint">{t('catalog.tiersByApi')}</span>
                    ) : (
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`${t('catalog.setPriceFor', { name })} — ${t(`catalog.components.${p.component}`)}`}
                        onClick={() => onSet(p.component)}
                      >
                        {t('catalog.setPrice')}
                      </Button>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** ORD-03 windows as people read them: "lun.–sam. 07:00–22:00, jours fériés compris". */
function useWindowText() {
  const { t } = useTranslation();
  return (w: OpeningWindow | null): string => {
    if (!w) return t('catalog.notAvailable');
    if (w.days.length === 7 && w.from === '00:00' && w.to === '24:00') return t('catalog.alwaysOpen');
    const first = w.days[0] ?? 1;
    const last = w.days[w.days.length - 1] ?? 7;
    const days = `${t(`catalog.days.${first}`)}–${t(`catalog.days.${last}`)}`;
    return `${days} ${w.from}–${w.to}${w.holidaysOpen ? `, ${t('catalog.holidaysOpen')}` : ''}`;
  };
}

function Facts({ offer }: { offer: CatalogOfferDetail }) {
  const { t } = useTranslation();
  const fmt = useCatalogFormat();
  const windowText = useWindowText();
  const numberKey =
    offer.numberAssignment === 'random_from_stock'
      ? 'catalog.numberRandom'
      : offer.numberAssignment === 'chosen_at_order'
        ? 'catalog.numberChosen'
        : 'catalog.numberOperator';
  return (
    <DescriptionList
      columns={2}
      items={[
        { term: t('catalog.network'), description: t(`catalog.networks.${offer.network}`) },
        { term: t('catalog.range'), description: t(`catalog.ranges.${offer.range}`) },
        { term: t('catalog.data'), description: fmt.envelope(offer.envelopeMb) },
        {
          term: t('catalog.blocking'),
          description:
            offer.blocked === null
              ? t('common.none')
              : offer.blocked
                ? t('catalog.blocked')
                : t('catalog.unblocked'),
        },
        {
          term: t('catalog.fiveG'),
          description: offer.fiveG ? t('catalog.included') : t('catalog.fiveGNotIncluded'),
        },
        {
          term: t('catalog.usages'),
          description: offer.voice ? t('catalog.voiceSms') : t('catalog.dataOnlyUsage'),
        },
        {
          term: t('catalog.recharges'),
          description:
            offer.recharge === 'any'
              ? t('catalog.rechargeAny')
              : offer.recharge === 'same_volume'
                ? t('catalog.rechargeSame')
                : t('catalog.rechargeNone'),
        },
        { term: t('catalog.number'), description: t(numberKey, { digits: offer.numberLength }) },
        {
          term: t('catalog.sessions'),
          description:
            offer.sessionLimit === null
              ? t('catalog.sessionsUnlimited')
              : t('catalog.sessionsLimit', { count: offer.sessionLimit }),
        },
        {
          term: t('catalog.esim'),
          description: offer.esimAllowed ? t('catalog.esimYes') : t('catalog.esimNo'),
        },
        {
          term: t('catalog.roamingZones'),
          description:
            offer.roamingZonesAtOrder.length === 0
              ? t('catalog.noRoaming')
              : offer.roamingZonesAtOrder.map((z) => t(`catalog.zones.${z}`)).join(', '),
        },
        { term: t('catalog.openingHours'), description: windowText(offer.openingHours.creation) },
        { term: t('catalog.openingEsim'), description: windowText(offer.openingHours.esim_creation) },
        { term: t('catalog.catalogVersion'), description: offer.catalogVersion, mono: true },
      ]}
    />
  );
}

function OptionsTable({
  options,
  canManage,
  onSet,
}: {
  options: CatalogOption[];
  canManage: boolean;
  onSet: (option: CatalogOption, component: PriceComponent) => void;
}) {
  const { t } = useTranslation();
  const fmt = useCatalogFormat();
  const columns: Column<CatalogOption>[] = [
    { id: 'name', header: t('catalog.option'), cell: (o) => o.name },
    { id: 'kind', header: t('catalog.kind'), cell: (o) => <Badge>{t(`catalog.kinds.${o.kind}`)}</Badge> },
    {
      id: 'price',
      header: t('catalog.price'),
      align: 'end',
      nowrap: true,
      cell: (o) =>
        o.prices.map((p) => (
          <div key={p.component}>
            {p.toBeSet ? <StatusPill tone="warning">{t('catalog.toBeSet')}</StatusPill> : fmt.price(p)}
            {p.component !== 'monthly' ? ` · ${t(`catalog.components.${p.component}`)}` : ''}
          </div>
        )),
    },
    ...(canManage
      ? [
          {
            id: 'actions',
            header: <span className="k-visually-hidden">{t('common.actions')}</span>,
            align: 'end' as const,
            cell: (o: CatalogOption) =>
              o.prices
                .filter((p) => p.component !== 'per_mb_tiers')
                .map((p) => (
                  <Button
                    key={p.component}
                    size="sm"
                    variant="ghost"
                    aria-label={`${t('catalog.setPriceFor', { name: o.name })} — ${t(`catalog.components.${p.component}`)}`}
                    onClick={() => onSet(o, p.component)}
                  >
                    {t('catalog.setPrice')}
                  </Button>
                )),
          },
        ]
      : []),
  ];
  return (
    <DataTable
      caption={t('catalog.optionsCaption')}
      columns={columns}
      rows={options}
      rowKey={(o) => o.id}
      empty={{ title: t('catalog.noOptions') }}
    />
  );
}

/**
 * The operator's terms the offer comes with: CAT-05 fair use (CAT-22: Orange's hourly SMS limit is
 * best effort) and CAT-19 what the network can block, answered by the server's blockingCapability.
 */
function OperatorTerms({ offer }: { offer: CatalogOfferDetail }) {
  const { t } = useTranslation();
  const optionName = (code: string) => offer.allowedOptions.find((o) => o.id === code)?.name ?? code;
  const answerText = (a: CatalogOfferDetail['blocking']['answers'][number]) => {
    if (!a.canBlock)
      return a.reason === 'no_such_usage'
        ? t('catalog.terms.noSuchUsage')
        : t('catalog.terms.cannotNetwork', { network: t(`catalog.networks.${offer.network}`) });
    const options = a.options.map(optionName).join(', ');
    return a.atOrder
      ? t('catalog.terms.atOrderAndOptions', { options })
      : t('catalog.terms.byOptions', { options });
  };
  const fairUse = offer.fairUse;
  const lift = offer.blocking.liftRiskyDestinationsOption;
  return (
    <div className="page__columns">
      <Card title={t('catalog.terms.fairUseTitle')}>
        {fairUse ? (
          <ul>
            <li>{t('catalog.terms.callees', { count: fairUse.distinctCalleesPerMonth })}</li>
            <li>{t('catalog.terms.recipients', { count: fairUse.distinctSmsMmsRecipientsPerMonth })}</li>
            <li>{t('catalog.terms.callDuration', { hours: fairUse.maxCallSeconds / 3600 })}</li>
            <li>{t('catalog.terms.beyond')}</li>
            {fairUse.smsPerHour ? (
              <li>
                {t('catalog.terms.smsPerHour', {
                  max: fairUse.smsPerHour.max,
                  days: fairUse.smsPerHour.suspensionDays,
                })}
              </li>
            ) : null}
            {fairUse.permanentCallForwarding ? null : <li>{t('catalog.terms.noForwarding')}</li>}
          </ul>
        ) : (
          <p className="muted">{t('catalog.terms.noFairUse')}</p>
        )}
      </Card>
      <Card title={t('catalog.terms.blockingTitle')}>
        <div className="k-table-scroll">
          <table className="k-table">
            <caption className="k-visually-hidden">{t('catalog.terms.blockingCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('catalog.terms.what')}</th>
                <th scope="col">{t('catalog.terms.answer')}</th>
              </tr>
            </thead>
            <tbody>
              {offer.blocking.answers.map((a) => (
                <tr key={a.what}>
                  <th scope="row">{t(`catalog.terms.blockable.${a.what}`)}</th>
                  <td>{answerText(a)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">
          {offer.blocking.riskyRoamingDestinationsBarred && lift
            ? t('catalog.terms.riskyBarred', { option: optionName(lift) })
            : t('catalog.terms.riskyNotBarred')}
        </p>
      </Card>
    </div>
  );
}
