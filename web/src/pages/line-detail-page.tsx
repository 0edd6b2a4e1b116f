import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useLine, useRevealSecrets } from '../api/lines.ts';
import { useFormat } from '../app/format.ts';
import { Banner, ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { Card } from '../kit/card.tsx';
import { DescriptionList } from '../kit/description-list.tsx';
import { Icon } from '../kit/icons.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { Skeleton } from '../kit/spinner.tsx';
import { EsimActivation, LineStatePill, formatMsisdn } from './lines/line-views.tsx';
import { LineActionsCard } from './lines/line-actions-card.tsx';
import { LineOptionsCard } from './lines/line-options-card.tsx';
import { LineSimCard } from './lines/line-sim-card.tsx';
import { LineFixedIp } from './lines/line-fixed-ip.tsx';
import { LineTechnicalInfo } from './lines/line-technical-info.tsx';
import './lines/lines.css';

// Usage (issue 12) is its own chunk, fetched when a line page opens.
const LineUsageCard = lazy(async () => ({
  default: (await import('./usage/line-usage-card.tsx')).LineUsageCard,
}));
const LineLimitsCard = lazy(async () => ({
  default: (await import('./usage/line-limits-card.tsx')).LineLimitsCard,
}));

/** One line: number, SIM, offer, options (ACT-10), user; the eSIM QR code; PUK on request (ORD-08). */
export function LineDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const query = useLine(id);
  const reveal = useRevealSecrets(id);
  const back = (
    <Link to="/lines" className="back-link">
      <Icon name="chevronLeft" size={16} />
      {t('mobile.lines.title')}
    </Link>
  );
  const line = query.data;
  if (!line) {
    return (
      <div className="page">
        <PageHeader title={t('mobile.lines.title')} back={back} />
        {query.error ? <ErrorBanner error={query.error} /> : <Skeleton width="40%" />}
      </div>
    );
  }
  return (
    <div className="page">
      <PageHeader
        title={line.msisdn ? formatMsisdn(line.msisdn) : t('mobile.lines.pending')}
        back={back}
        status={<LineStatePill state={line.state} />}
        subtitle={
          <>
            <Link to={`/accounts/${line.accountId}`}>{line.accountName}</Link> · {line.userName}
          </>
        }
      />
      <div className="page__columns">
        <Card title={t('mobile.lines.title')}>
          <DescriptionList
            items={[
              { term: t('mobile.lines.offer'), description: line.offerName },
              { term: t('mobile.lines.simType'), description: t(`mobile.simTypes.${line.simType}`) },
              { term: t('mobile.lines.iccid'), description: line.iccid ?? '—' },
              { term: t('mobile.stock.network'), description: t(`mobile.networks.${line.network}`) },
              {
                term: t('mobile.lines.order'),
                description: <Link to={`/orders/${line.orderId}`}>{line.orderReference}</Link>,
              },
              {
                term: t('mobile.lines.portability'),
                description: line.portability
                  ? `${t('mobile.lines.yes')} (${line.rio ?? ''})`
                  : t('mobile.lines.no'),
              },
              { term: t('mobile.lines.activationDue'), description: format.dateTime(line.activationAt) },
              { term: t('mobile.lines.activatedAt'), description: format.dateTime(line.activatedAt) },
            ]}
          />
        </Card>
        <Card title={t('mobile.lines.secrets')}>
          <p className="muted">{t('mobile.lines.revealHint')}</p>
          {reveal.data ? (
            <DescriptionList
              columns={1}
              items={[
                { term: t('mobile.lines.puk'), description: reveal.data.puk ?? '—' },
                ...(line.simType === 'esim'
                  ? [
                      {
                        term: t('mobile.lines.confirmationCode'),
                        description: reveal.data.esimConfirmationCode ?? '—',
                      },
                    ]
                  : []),
              ]}
            />
          ) : (
            <Button icon="lock" loading={reveal.isPending} onClick={() => reveal.mutate()}>
              {t('mobile.lines.reveal')}
            </Button>
          )}
          {reveal.error ? <ErrorBanner error={reveal.error} /> : null}
        </Card>
      </div>
      <Suspense fallback={<Skeleton width="40%" />}>
        <LineUsageCard lineId={line.id} />
      </Suspense>
      <Suspense fallback={<Skeleton width="40%" />}>
        <LineLimitsCard lineId={line.id} />
      </Suspense>
      <LineActionsCard line={line} />
      <LineSimCard line={line} />
      <LineFixedIp line={line} />
      <LineTechnicalInfo line={line} />
      {line.simType === 'esim' ? (
        <Card title={t('mobile.lines.esim')}>
          {line.esim?.locked ? <Banner tone="danger" title={t('mobile.lines.esimLocked')} /> : null}
          <p className="muted">{t('mobile.lines.esimHint')}</p>
          {/* Keyed by the ICCID: a swap to a new eSIM (CAT-21) loads its own QR code. */}
          <EsimActivation key={line.iccid ?? ''} line={line} />
        </Card>
      ) : null}
      <LineOptionsCard line={line} />
    </div>
  );
}
