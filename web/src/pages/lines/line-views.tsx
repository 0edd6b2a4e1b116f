import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useEsimActivation, type Line, type LineState, type OrderState } from '../../api/lines.ts';
import { useFormat } from '../../app/format.ts';
import { StatusPill, type Tone } from '../../kit/badge.tsx';
import { CopyField } from '../../kit/copy-field.tsx';
import type { Column } from '../../kit/data-table.tsx';

const LINE_TONE: Record<LineState, Tone> = {
  in_progress: 'info',
  active: 'success',
  suspended: 'warning',
  terminated: 'neutral',
  cancelled: 'danger',
};
const ORDER_TONE: Record<OrderState, Tone> = {
  queued: 'warning',
  in_progress: 'info',
  completed: 'success',
  failed: 'danger',
  cancelled: 'neutral',
};

export function LineStatePill({ state }: { state: LineState }) {
  const { t } = useTranslation();
  return <StatusPill tone={LINE_TONE[state]}>{t(`mobile.lineStates.${state}`)}</StatusPill>;
}

export function OrderStatePill({ state }: { state: OrderState }) {
  const { t } = useTranslation();
  return <StatusPill tone={ORDER_TONE[state]}>{t(`mobile.orderStates.${state}`)}</StatusPill>;
}

/** "0612345678" → "06 12 34 56 78"; 14-digit numbers (CAT-07/10) as they are. */
export function formatMsisdn(msisdn: string | null): string {
  if (!msisdn) return '—';
  return msisdn.length === 10 ? msisdn.replace(/(\d{2})(?=\d)/g, '$1 ') : msisdn;
}

export function useLineColumns(withCustomer: boolean): Column<Line>[] {
  const { t } = useTranslation();
  const format = useFormat();
  return [
    {
      id: 'msisdn',
      header: t('mobile.lines.msisdn'),
      cell: (l) => (
        <Link to={`/lines/${l.id}`}>{l.msisdn ? formatMsisdn(l.msisdn) : t('mobile.lines.pending')}</Link>
      ),
      nowrap: true,
      sortKey: 'msisdn',
    },
    { id: 'user', header: t('mobile.lines.user'), cell: (l) => l.userName, sortKey: 'userName' },
    ...(withCustomer
      ? [
          {
            id: 'customer',
            header: t('mobile.lines.customer'),
            cell: (l: Line) => <Link to={`/accounts/${l.accountId}`}>{l.accountName}</Link>,
            sortKey: 'customer',
          },
        ]
      : []),
    {
      id: 'offer',
      header: t('mobile.lines.offer'),
      cell: (l) => l.offerName,
      secondary: true,
      sortKey: 'offer',
    },
    {
      id: 'sim',
      header: t('mobile.lines.simType'),
      cell: (l) => t(`mobile.simTypes.${l.simType}`),
      secondary: true,
    },
    {
      id: 'iccid',
      header: t('mobile.lines.iccid'),
      cell: (l) => l.iccid ?? '—',
      mono: true,
      secondary: true,
    },
    {
      id: 'state',
      header: t('mobile.lines.state'),
      cell: (l) => <LineStatePill state={l.state} />,
      sortKey: 'state',
    },
    {
      id: 'activation',
      header: t('mobile.lines.activation'),
      cell: (l) => format.dateTime(l.activatedAt ?? l.activationAt),
      nowrap: true,
      secondary: true,
      sortKey: 'activatedAt',
      firstSort: 'desc',
    },
  ];
}

/** ORD-05: the QR code and the activation code, whole (Android) and in parts (iOS). */
export function EsimActivation({ line }: { line: Line }) {
  const { t } = useTranslation();
  const activation = useEsimActivation(line.id, line.simType === 'esim' && line.iccid !== null);
  if (line.simType !== 'esim' || !line.iccid) return null;
  return (
    <div className="esim-activation">
      <img
        src={`/api/lines/${encodeURIComponent(line.id)}/esim/qr.png`}
        width={200}
        height={200}
        alt={t('mobile.lines.qrAlt', { line: line.msisdn ?? line.iccid })}
      />
      {activation.data ? (
        <div>
          <CopyField label={t('mobile.lines.activationCode')} value={activation.data.activationCode} />
          <CopyField label={t('mobile.lines.smdp')} value={activation.data.smdpAddress} />
          <CopyField label={t('mobile.lines.matchingId')} value={activation.data.matchingId} />
        </div>
      ) : null}
    </div>
  );
}
