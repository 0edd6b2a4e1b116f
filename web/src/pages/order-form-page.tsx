import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useAccount } from '../api/accounts.ts';
import { useOffers } from '../api/catalog.ts';
import {
  useCreateOrder,
  useFreeNumbers,
  useOrderOffer,
  type OrderLineInput,
  type SimType,
} from '../api/lines.ts';
import { ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { Card } from '../kit/card.tsx';
import { Checkbox, Select, TextField } from '../kit/fields.tsx';
import { Form, FormActions, FormGrid } from '../kit/form.tsx';
import { Icon } from '../kit/icons.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { useToast } from '../kit/toast.tsx';
import './lines/lines.css';

interface LineDraft {
  offer: string;
  roaming: Record<string, string>;
  userName: string;
  siteId: string;
  simType: SimType;
  portability: boolean;
  portNumber: string;
  rio: string;
  activationDate: string;
  number: string;
  esimContactEmail: string;
  esimContactMobile: string;
}

const emptyLine = (): LineDraft => ({
  offer: '',
  roaming: {},
  userName: '',
  siteId: '',
  simType: 'pin',
  portability: false,
  portNumber: '',
  rio: '',
  activationDate: '',
  number: '',
  esimContactEmail: '',
  esimContactMobile: '',
});

function toInput(d: LineDraft): OrderLineInput {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    offer: d.offer,
    options: Object.values(d.roaming).filter(Boolean),
    userName: d.userName.trim(),
    ...(d.siteId ? { siteId: d.siteId } : {}),
    simType: d.simType,
    portability: d.portability,
    ...(d.portability
      ? { portNumber: opt(d.portNumber), rio: opt(d.rio), activationDate: opt(d.activationDate) }
      : { number: opt(d.number) }),
    ...(d.simType === 'esim'
      ? { esimContactEmail: opt(d.esimContactEmail), esimContactMobile: opt(d.esimContactMobile) }
      : {}),
  } as OrderLineInput;
}

/** ORD-01: an order of one (unit) or several (multiple) lines for a customer. */
export function OrderFormPage() {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const account = useAccount(id);
  const create = useCreateOrder();
  const [configuration, setConfiguration] = useState<'unit' | 'multiple'>('unit');
  const [lines, setLines] = useState<LineDraft[]>([emptyLine()]);
  const sites = (account.data?.data.addresses ?? []).filter((a) => a.kind === 'site');
  const setLine = (i: number, patch: Partial<LineDraft>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  return (
    <div className="page">
      <PageHeader
        title={t('mobile.orders.formTitle')}
        subtitle={t('mobile.orders.formSubtitle', { customer: account.data?.data.displayName ?? '' })}
        back={
          <Link to={`/accounts/${id}`} className="back-link">
            <Icon name="chevronLeft" size={16} />
            {account.data?.data.displayName ?? ''}
          </Link>
        }
      />
      <Form
        aria-label={t('mobile.orders.formTitle')}
        onSubmit={() =>
          create.mutate(
            { accountId: id, configuration, lines: lines.map(toInput) },
            {
              onSuccess: (order) => {
                toast({ title: t('mobile.orders.created', { reference: order.reference }) });
                void navigate(`/orders/${order.id}`);
              },
            },
          )
        }
      >
        <Card>
          <Select
            label={t('mobile.orders.configuration')}
            value={configuration}
            onChange={(e) => {
              const c = e.target.value as 'unit' | 'multiple';
              setConfiguration(c);
              if (c === 'unit') setLines((ls) => ls.slice(0, 1));
            }}
            options={[
              { value: 'unit', label: t('mobile.orders.unit') },
              { value: 'multiple', label: t('mobile.orders.multiple') },
            ]}
          />
        </Card>
        {lines.map((line, i) => (
          <Card
            key={i}
            title={t('mobile.orders.line', { n: i + 1 })}
            actions={
              lines.length > 1 ? (
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
                >
                  {t('mobile.orders.removeLine')}
                </Button>
              ) : null
            }
          >
            <LineFields
              n={i + 1}
              line={line}
              sites={sites.map((s) => ({ value: s.id, label: s.label ?? `${s.line1}, ${s.city}` }))}
              onChange={(patch) => setLine(i, patch)}
            />
          </Card>
        ))}
        {create.error ? <ErrorBanner error={create.error} /> : null}
        <FormActions>
          {configuration === 'multiple' ? (
            <Button icon="plus" onClick={() => setLines((ls) => [...ls, emptyLine()])}>
              {t('mobile.orders.addLine')}
            </Button>
          ) : null}
          <Button type="submit" variant="primary" loading={create.isPending}>
            {t('mobile.orders.submit')}
          </Button>
        </FormActions>
      </Form>
    </div>
  );
}

function LineFields({
  n,
  line,
  sites,
  onChange,
}: {
  n: number;
  line: LineDraft;
  sites: { value: string; label: string }[];
  onChange: (patch: Partial<LineDraft>) => void;
}) {
  const { t } = useTranslation();
  const offers = useOffers({ limit: 200, offset: 0 }, {});
  const detail = useOrderOffer(line.offer);
  const offer = line.offer ? detail.data : undefined;
  const chooseNumber = offer?.numberAssignment === 'chosen_at_order' && !line.portability;
  const numbers = useFreeNumbers(chooseNumber && offer ? offer.network : null);
  // Labels carry the line number so that each field of a multiple order has its own name.
  const label = (text: string) => `${text} (${t('mobile.orders.line', { n })})`;
  return (
    <>
      <FormGrid>
        <Select
          label={label(t('mobile.orders.offer'))}
          value={line.offer}
          onChange={(e) => onChange({ offer: e.target.value, roaming: {}, simType: 'pin', number: '' })}
          options={[
            { value: '', label: t('mobile.orders.chooseOffer') },
            ...(offers.data?.items ?? []).map((o) => ({
              value: o.id,
              label: `${o.name}${o.priceToBeSet ? ' (prix à définir)' : ''}`,
              disabled: o.priceToBeSet,
            })),
          ]}
        />
        <TextField
          label={label(t('mobile.orders.userName'))}
          value={line.userName}
          onChange={(e) => onChange({ userName: e.target.value })}
        />
        <Select
          label={label(t('mobile.orders.simType'))}
          value={line.simType}
          onChange={(e) => onChange({ simType: e.target.value as SimType })}
          options={(['pin', 'no_pin', 'esim'] as const)
            .filter((s) => s !== 'esim' || offer?.esimAllowed === true)
            .map((s) => ({ value: s, label: t(`mobile.simTypes.${s}`) }))}
          hint={line.simType === 'esim' ? t('mobile.orders.esimFee') : undefined}
        />
        <Select
          label={label(t('mobile.orders.site'))}
          value={line.siteId}
          onChange={(e) => onChange({ siteId: e.target.value })}
          options={[{ value: '', label: t('mobile.orders.noSite') }, ...sites]}
        />
        {(offer?.roamingZonesAtOrder ?? []).map((zone) => (
          <Select
            key={zone}
            label={label(t('mobile.orders.roaming', { zone: t(`mobile.orders.roamingZones.${zone}`) }))}
            value={line.roaming[zone] ?? ''}
            onChange={(e) => onChange({ roaming: { ...line.roaming, [zone]: e.target.value } })}
            options={[
              { value: '', label: t('mobile.orders.chooseRoaming') },
              ...(offer?.allowedOptions ?? [])
                .filter((o) => o.zone === zone && (o.kind === 'roaming' || o.kind === 'cutoff'))
                .map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
        ))}
        {chooseNumber ? (
          <Select
            label={label(t('mobile.orders.number'))}
            value={line.number}
            onChange={(e) => onChange({ number: e.target.value })}
            options={[
              { value: '', label: t('mobile.orders.chooseNumber') },
              ...(numbers.data?.items ?? []).map((m) => ({ value: m, label: m })),
            ]}
          />
        ) : null}
      </FormGrid>
      <Checkbox
        label={label(t('mobile.orders.portability'))}
        checked={line.portability}
        onChange={(e) => onChange({ portability: e.target.checked })}
      />
      {line.portability ? (
        <FormGrid columns={3}>
          <TextField
            label={label(t('mobile.orders.portNumber'))}
            value={line.portNumber}
            onChange={(e) => onChange({ portNumber: e.target.value })}
          />
          <TextField
            label={label(t('mobile.orders.rio'))}
            hint={t('mobile.orders.rioHint')}
            value={line.rio}
            onChange={(e) => onChange({ rio: e.target.value })}
          />
          <TextField
            label={label(t('mobile.orders.activationDate'))}
            hint={t('mobile.orders.activationHint')}
            type="date"
            value={line.activationDate}
            onChange={(e) => onChange({ activationDate: e.target.value })}
          />
        </FormGrid>
      ) : null}
      {line.simType === 'esim' ? (
        <FormGrid>
          <TextField
            label={label(t('mobile.orders.esimContactEmail'))}
            type="email"
            value={line.esimContactEmail}
            onChange={(e) => onChange({ esimContactEmail: e.target.value })}
          />
          <TextField
            label={label(t('mobile.orders.esimContactMobile'))}
            hint={t('mobile.orders.esimContactHint')}
            value={line.esimContactMobile}
            onChange={(e) => onChange({ esimContactMobile: e.target.value })}
          />
        </FormGrid>
      ) : null}
    </>
  );
}
