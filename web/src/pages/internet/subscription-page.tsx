import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionTable } from './action-table.tsx';
import { Link, useParams } from 'react-router-dom';
import { useFormat } from '../../app/format.ts';
import { StatusPill } from '../../kit/badge.tsx';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { DateTimeField } from '../../kit/date-time-field.tsx';
import { DescriptionList } from '../../kit/description-list.tsx';
import { Checkbox, Select, TextField } from '../../kit/fields.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { PageHeader } from '../../kit/page-header.tsx';
import { Skeleton } from '../../kit/spinner.tsx';
import { useToast } from '../../kit/toast.tsx';
import { zonedLocalToInstant } from '../../kit/zoned-time.ts';
import {
  useInternetCatalog,
  useInternetMutation,
  useSubscription,
  type InternetAction,
  type InternetSubscription,
} from './internet-api.ts';
import { EquipmentCard } from './equipment-card.tsx';
import { LifecycleCard } from './lifecycle-card.tsx';
import {
  HandbookDialogBody,
  useHandbookRows,
  useHandbookWhen,
  useInstallationText,
} from './handbook-parts.tsx';
import { formatShekels } from './money.ts';
import { stateTone } from './state-tone.ts';
import { TroubleshootCard } from './troubleshoot-card.tsx';
import './internet.css';

/**
 * One internet subscription (issue 11): its state, its box and LEDs (NET-01), and every action with
 * its date and fee; a refused action is disabled with its reason in French.
 */
export function InternetSubscriptionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { data: s, error } = useSubscription(id);
  if (error) return <ErrorBanner error={error} />;
  if (!s) return <Skeleton />;
  return (
    <div className="page">
      <PageHeader
        title={t('internet.page.title', { operator: s.operatorName, reference: s.reference })}
        back={<Link to={`/accounts/${s.accountId}`}>{t('internet.page.back')}</Link>}
        status={
          <StatusPill tone={stateTone(s.state)}>
            {t(`internet.states.${s.state}` as 'internet.states.active')}
          </StatusPill>
        }
      />
      <div className="page__columns">
        <DetailsCard s={s} />
        <LedsCard s={s} />
      </div>
      <ActionsCard s={s} />
      <EquipmentCard s={s} />
      <LifecycleCard s={s} />
      <TroubleshootCard s={s} />
    </div>
  );
}

function DetailsCard({ s }: { s: InternetSubscription }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [wifi, setWifi] = useState<{ ssid: string | null; password: string | null } | null>(null);
  const reveal = useInternetMutation<
    { subscriptionId: string },
    { ssid: string | null; password: string | null }
  >((b) => `/api/internet/subscriptions/${b.subscriptionId}/wifi/reveal`);
  const money = (a: string) => formatShekels(a, i18n.language);
  const installation = useInstallationText(s);
  const handbookRows = useHandbookRows(s);
  return (
    <Card title={t('internet.page.details')}>
      <DescriptionList
        items={[
          {
            term: t('internet.page.state'),
            description: t(`internet.states.${s.state}` as 'internet.states.active'),
          },
          { term: t('internet.page.operator'), description: s.operatorName },
          { term: t('internet.page.masap'), description: s.masap, mono: true },
          { term: t('internet.page.address'), description: s.address },
          { term: t('internet.page.flats'), description: s.buildingFlats ?? '—' },
          {
            term: t('internet.page.plan'),
            description: `${s.plan.name} — ${s.plan.monthly ? money(s.plan.monthly) : t('internet.order.priceToSet')}${s.plan.priceNote ? ` (${s.plan.priceNote})` : ''}`,
          },
          { term: t('internet.page.box'), description: s.box?.name ?? '—' },
          { term: t('internet.page.serial'), description: s.box?.serial ?? '—', mono: true },
          { term: t('internet.page.extenders'), description: String(s.extenders) },
          {
            term: t('internet.page.services'),
            description:
              s.services
                .map(
                  (x) =>
                    `${x.name}${x.monthly ? ` (${t('internet.actions.feeMonthly', { amount: money(x.monthly) })})` : ''}`,
                )
                .join(', ') || '—',
          },
          {
            term: t('internet.page.billingDay'),
            description: t('internet.page.billingDayValue', { day: s.billingDay }),
          },
          { term: t('internet.page.installationFee'), description: money(s.installationFee) },
          {
            term: t('internet.page.installation'),
            description: installation,
          },
          ...handbookRows,
          {
            term: t('internet.page.eligibility'),
            description: s.eligibility
              ? `${s.eligibility.fibreEligible ? t('internet.order.eligible', { date: fmt.dateTime(s.eligibility.checkedAt), who: s.eligibility.checkedBy, reference: s.eligibility.reference ?? '—' }) : t('internet.order.notEligible', { date: fmt.dateTime(s.eligibility.checkedAt), reference: s.eligibility.reference ?? '—' })} — ${s.eligibility.method === 'manual' ? t('internet.page.eligibilityManual') : t('internet.page.eligibilityOperator')}`
              : '—',
          },
          {
            term: t('internet.page.termination'),
            description: s.termination
              ? `${t('internet.page.terminationValue', { date: fmt.date(s.termination.effectiveAt), deadline: fmt.date(s.termination.boxReturnDeadline) })}${s.termination.boxReturnedAt ? ` — ${t('internet.page.boxReturned', { date: fmt.date(s.termination.boxReturnedAt) })}` : ''}`
              : '—',
          },
          {
            term: t('internet.page.wifi'),
            description: wifi ? (
              t('internet.page.wifiValue', { ssid: wifi.ssid ?? '—', password: wifi.password ?? '—' })
            ) : s.wifiSet ? (
              <>
                {t('internet.page.wifiSet')}{' '}
                <Button
                  size="sm"
                  loading={reveal.isPending}
                  onClick={() => reveal.mutate({ subscriptionId: s.id }, { onSuccess: setWifi })}
                >
                  {t('internet.page.wifiReveal')}
                </Button>
              </>
            ) : (
              t('internet.page.wifiNone')
            ),
          },
        ]}
      />
    </Card>
  );
}

function LedsCard({ s }: { s: InternetSubscription }) {
  const { t } = useTranslation();
  const ledName = (f: string) => t(`internet.page.ledFunctions.${f}` as 'internet.page.ledFunctions.power');
  if (!s.box) return null;
  return (
    <Card title={`${t('internet.page.leds')} — ${s.box.name}`}>
      {s.box.note ? <p>{s.box.note}</p> : null}
      <table className="k-table">
        <thead>
          <tr>
            <th scope="col">{t('internet.page.ledMark')}</th>
            <th scope="col">{t('internet.page.ledMeaning')}</th>
          </tr>
        </thead>
        <tbody>
          {s.box.leds.map((led) => (
            <tr key={led.function}>
              <td>
                {ledName(led.function)}
                {led.mark !== ledName(led.function) ? ` (${led.mark})` : ''}
              </td>
              <td>{led.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** NET-09 / NET-12: the follow-ups of a wait (for Bezeq, for HOT) are listed only while it lasts. */
const FOLLOW_UPS = new Set<InternetAction['type']>(['reschedule_installation', 'confirm_wifi']);
const shown = (a: InternetAction) => a.allowed || !FOLLOW_UPS.has(a.type);

function ActionsCard({ s }: { s: InternetSubscription }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<InternetAction['type'] | null>(null);
  const money = (a: string) => formatShekels(a, i18n.language);
  const feeOf = (a: InternetAction) => {
    const parts: string[] = [];
    if (a.fee !== '0.00') parts.push(money(a.fee));
    if (a.monthly) parts.push(t('internet.actions.feeMonthly', { amount: money(a.monthly) }));
    if (a.conditionalFee)
      parts.push(t('internet.actions.feeConditional', { amount: money(a.conditionalFee) }));
    return parts.join(' ; ') || t('internet.actions.none');
  };
  return (
    <Card title={t('internet.actions.title')}>
      <ActionTable caption={t('internet.actions.caption')}>
        {s.actions.filter(shown).map((a) => {
          const label = t(`internet.actions.types.${a.type}`);
          return (
            <tr key={a.type}>
              <td>
                <Button size="sm" disabled={!a.allowed} onClick={() => setOpen(a.type)}>
                  {label}
                </Button>
                {a.reason ? (
                  <p className="internet-refusal">
                    {t('internet.actions.refused', {
                      reason:
                        a.reason.code === 'internet.wrong_state' || a.reason.code === 'internet.not_active'
                          ? `${a.reason.title} (${a.reason.detail})`
                          : a.reason.title,
                    })}
                  </p>
                ) : null}
                {a.offer === 'box_swap' ? (
                  <Button size="sm" variant="secondary" onClick={() => setOpen('swap_box')}>
                    {t('internet.actions.boxSwapOffer')}
                  </Button>
                ) : null}
              </td>
              <td>
                <When a={a} />
              </td>
              <td>{feeOf(a)}</td>
            </tr>
          );
        })}
      </ActionTable>
      {open ? <ActionDialog s={s} type={open} onClose={() => setOpen(null)} /> : null}
    </Card>
  );
}

function When({ a }: { a: InternetAction }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const handbook = useHandbookWhen(a);
  if (handbook) return <>{handbook}</>;
  return (
    <>
      {a.effectiveAt
        ? a.type === 'add_extender'
          ? t('internet.actions.deliveryBy', { date: fmt.date(a.effectiveAt) })
          : t('internet.actions.whenValue', { date: fmt.date(a.effectiveAt) })
        : '—'}
    </>
  );
}

function ActionDialog({
  s,
  type,
  onClose,
}: {
  s: InternetSubscription;
  type: InternetAction['type'];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const toast = useToast();
  const catalog = useInternetCatalog();
  const action = s.actions.find((a) => a.type === type);
  const [slot, setSlot] = useState('');
  const [noExisting, setNoExisting] = useState(false);
  const boxes = (catalog.data?.items ?? []).filter((i) => i.type === 'box' && i.operator === s.operator);
  const [boxModel, setBoxModel] = useState('');
  const [boxSerial, setBoxSerial] = useState('');
  const [phone, setPhone] = useState('');
  const [reason, setReason] = useState('price');
  const [ssid, setSsid] = useState('');
  const [password, setPassword] = useState('');
  const paths: Record<InternetAction['type'], string> = {
    book_installation: 'installation',
    confirm_installation: 'activation',
    add_extender: 'extenders',
    swap_box: 'box-swap',
    terminate: 'termination',
    record_box_return: 'box-return',
    set_wifi: 'wifi',
    report_bezeq: 'bezeq-report',
    reschedule_installation: 'installation/reschedule',
    confirm_wifi: 'wifi/confirmation',
  };
  const mutation = useInternetMutation<Record<string, unknown>, InternetSubscription>(
    () => `/api/internet/subscriptions/${s.id}/${paths[type]}`,
    type === 'set_wifi' ? 'PUT' : 'POST',
  );
  const model = boxModel || boxes[0]?.code || '';
  const body = (): Record<string, unknown> => {
    switch (type) {
      case 'book_installation':
        return {
          slot: noExisting ? null : zonedLocalToInstant(slot, fmt.timeZone),
          noExistingInstallation: noExisting,
        };
      case 'confirm_installation':
      case 'swap_box':
        return { boxModel: model, boxSerial };
      case 'add_extender':
        return { phone };
      case 'terminate':
        return { reason };
      case 'set_wifi':
        return { ssid, password };
      case 'reschedule_installation':
        return { slot: zonedLocalToInstant(slot, fmt.timeZone) };
      default:
        return {};
    }
  };
  const submit = () =>
    mutation.mutate(body(), {
      onSuccess: (r) => {
        toast({
          tone: 'success',
          title: r.delivery
            ? t('internet.actions.extenderAdded', { date: fmt.date(r.delivery.to) })
            : r.wifiChange && type === 'set_wifi'
              ? t('internet.handbook.handed')
              : t('internet.actions.done'),
        });
        onClose();
      },
    });
  const title = t(`internet.actions.types.${type}`);
  return (
    <FormDialog
      id="internet-action"
      title={title}
      submitLabel={t('internet.actions.confirm')}
      pending={mutation.isPending}
      error={mutation.error}
      onClose={onClose}
      onSubmit={submit}
    >
      {action ? <HandbookDialogBody s={s} action={action} slot={slot} setSlot={setSlot} /> : null}
      {type === 'book_installation' ? (
        <>
          <p>{t('internet.actions.presence')}</p>
          <DateTimeField
            label={t('internet.actions.slot')}
            timeZone={fmt.timeZone}
            value={slot}
            onChange={setSlot}
          />
          <Checkbox
            label={t('internet.actions.noExisting')}
            checked={noExisting}
            onChange={(e) => setNoExisting(e.target.checked)}
          />
          {noExisting ? <p role="note">{t('internet.handbook.noDueDateNote')}</p> : null}
        </>
      ) : null}
      {type === 'confirm_installation' || type === 'swap_box' ? (
        <>
          {type === 'confirm_installation' && s.installationFee !== '0.00' ? (
            <p>{t('internet.order.fee', { amount: formatShekels(s.installationFee, i18n.language) })}</p>
          ) : null}
          <Select
            label={t('internet.actions.boxModel')}
            value={model}
            onChange={(e) => setBoxModel(e.target.value)}
            options={boxes.map((b) => ({ value: b.code, label: b.name }))}
          />
          <TextField
            label={t('internet.actions.boxSerial')}
            value={boxSerial}
            onChange={(e) => setBoxSerial(e.target.value)}
          />
        </>
      ) : null}
      {type === 'add_extender' ? (
        <>
          <p>{t('internet.actions.extenderGuide')}</p>
          <TextField
            label={t('internet.actions.phone')}
            type="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
        </>
      ) : null}
      {type === 'terminate' ? (
        <>
          <p>{t('internet.actions.terminationFromEmail')}</p>
          <Select
            label={t('internet.actions.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            options={(['price', 'quality', 'moving', 'other'] as const).map((r) => ({
              value: r,
              label: t(`internet.actions.reasons.${r}`),
            }))}
          />
          {reason === 'price' || reason === 'quality' ? (
            <p role="note">{t('internet.actions.retention')}</p>
          ) : null}
          <p>
            {t('internet.actions.terminationNotice', {
              date: fmt.date(action?.effectiveAt),
              fee: formatShekels(action?.conditionalFee ?? '250.00', i18n.language),
            })}
          </p>
        </>
      ) : null}
      {type === 'set_wifi' ? (
        <>
          <TextField
            label={t('internet.actions.ssid')}
            value={ssid}
            onChange={(e) => setSsid(e.target.value)}
          />
          <TextField
            label={t('internet.actions.password')}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </>
      ) : null}
    </FormDialog>
  );
}
