import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format.ts';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { TextField } from '../../kit/fields.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { useToast } from '../../kit/toast.tsx';
import { formatPhone } from '../accounts/phone.ts';
import { useInternetMutation, type InternetSubscription } from './internet-api.ts';
import { formatShekels } from './money.ts';

type Delivery = InternetSubscription['extenderDeliveries'][number];

/**
 * The equipment that travels (issue 11 §3): each extender's courier delivery with its window in
 * Israeli business days and its tracking number (NET-04), each replaced box due back with its
 * deadline and « Ancien boîtier rendu » (NET-10), and where boxes go back while one is due.
 */
export function EquipmentCard({ s }: { s: InternetSubscription }) {
  const { t } = useTranslation();
  if (s.extenderDeliveries.length === 0 && s.oldBoxes.length === 0 && s.returnPlaces.length === 0)
    return null;
  return (
    <Card title={t('internet.equipment.title')}>
      {s.extenderDeliveries.length > 0 ? <Deliveries s={s} /> : null}
      {s.oldBoxes.length > 0 ? <OldBoxes s={s} /> : null}
      {s.returnPlaces.length > 0 ? (
        <section aria-label={t('internet.equipment.places')}>
          <h3>{t('internet.equipment.places')}</h3>
          <ul>
            {s.returnPlaces.map((p) => (
              <li key={p.url}>
                <a href={p.url} target="_blank" rel="noreferrer">
                  {p.name}
                </a>
                {p.note ? ` — ${p.note}` : ''}
              </li>
            ))}
          </ul>
          <p>{t('internet.equipment.placesNote')}</p>
        </section>
      ) : null}
    </Card>
  );
}

function Deliveries({ s }: { s: InternetSubscription }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [editing, setEditing] = useState<Delivery | null>(null);
  return (
    <>
      <h3>{t('internet.equipment.deliveries')}</h3>
      <table className="k-table">
        <caption className="k-visually-hidden">{t('internet.equipment.deliveriesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('internet.equipment.orderedAt')}</th>
            <th scope="col">{t('internet.equipment.window')}</th>
            <th scope="col">{t('internet.equipment.courierPhone')}</th>
            <th scope="col">{t('internet.equipment.tracking')}</th>
          </tr>
        </thead>
        <tbody>
          {s.extenderDeliveries.map((d) => (
            <tr key={d.id}>
              <td>{fmt.date(d.orderedAt)}</td>
              <td>
                {t('internet.equipment.windowValue', {
                  from: fmt.date(d.deliveryFrom),
                  to: fmt.date(d.deliveryTo),
                })}
              </td>
              <td>{formatPhone(d.phone)}</td>
              <td>
                <span className="k-mono">{d.trackingNumber ?? t('internet.equipment.trackingNone')}</span>{' '}
                <Button size="sm" variant="secondary" onClick={() => setEditing(d)}>
                  {d.trackingNumber
                    ? t('internet.equipment.changeTracking')
                    : t('internet.equipment.recordTracking')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? <TrackingDialog s={s} d={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}

function TrackingDialog({ s, d, onClose }: { s: InternetSubscription; d: Delivery; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [trackingNumber, setTrackingNumber] = useState(d.trackingNumber ?? '');
  const [phone, setPhone] = useState(formatPhone(d.phone));
  const mutation = useInternetMutation<{ trackingNumber: string; phone: string }, InternetSubscription>(
    () => `/api/internet/subscriptions/${s.id}/extender-deliveries/${d.id}/tracking`,
  );
  return (
    <FormDialog
      id="internet-tracking"
      title={t('internet.equipment.recordTracking')}
      submitLabel={t('internet.actions.confirm')}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onSubmit={() =>
        mutation.mutate(
          { trackingNumber, phone },
          {
            onSuccess: () => {
              toast({ tone: 'success', title: t('internet.equipment.trackingDone') });
              onClose();
            },
          },
        )
      }
    >
      <TextField
        label={t('internet.equipment.trackingLabel')}
        value={trackingNumber}
        onChange={(e) => setTrackingNumber(e.target.value)}
      />
      <TextField
        label={t('internet.equipment.phoneLabel')}
        type="tel"
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
      />
    </FormDialog>
  );
}

function OldBoxes({ s }: { s: InternetSubscription }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const toast = useToast();
  const mutation = useInternetMutation<{ swapId: string }, InternetSubscription>(
    (b) => `/api/internet/subscriptions/${s.id}/box-swaps/${b.swapId}/return`,
  );
  const returned = (swapId: string) =>
    mutation.mutate(
      { swapId },
      { onSuccess: () => toast({ tone: 'success', title: t('internet.equipment.oldBoxDone') }) },
    );
  return (
    <>
      <h3>{t('internet.equipment.oldBoxes')}</h3>
      {mutation.error ? <ErrorBanner error={mutation.error} /> : null}
      <table className="k-table">
        <caption className="k-visually-hidden">{t('internet.equipment.oldBoxesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('internet.equipment.oldBox')}</th>
            <th scope="col">{t('internet.equipment.replacedBy')}</th>
            <th scope="col">{t('internet.equipment.deadline')}</th>
            <th scope="col">{t('internet.equipment.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {s.oldBoxes.map((b) => (
            <tr key={b.swapId}>
              <td>
                {b.name}
                {b.serial ? ` (${b.serial})` : ''}
              </td>
              <td>{b.replacedBy}</td>
              <td>{fmt.date(b.returnDeadline)}</td>
              <td>
                {b.returnedAt ? (
                  t('internet.equipment.returnedOn', { date: fmt.date(b.returnedAt) })
                ) : b.feeChargedAt ? (
                  t('internet.equipment.chargedOn', { date: fmt.date(b.feeChargedAt) })
                ) : (
                  <>
                    {t('internet.equipment.pending', { fee: formatShekels(b.fee, i18n.language) })}{' '}
                    <Button size="sm" loading={mutation.isPending} onClick={() => returned(b.swapId)}>
                      {t('internet.equipment.recordOldBox')}
                    </Button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
