import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useAccount } from '../api/accounts.ts';
import { useOffers, type CatalogOfferDetail } from '../api/catalog.ts';
import { api, isApiError } from '../api/client.ts';
import {
  useCreateOrder,
  useFreeNumbers,
  useOrderOffer,
  type OrderLineInput,
  type SimType,
} from '../api/lines.ts';
import { useSession } from '../api/session.ts';
import type { OperatorPartnerships, ProblemFieldIssue } from '../api/types.ts';
import { Banner, ErrorBanner } from '../kit/banner.tsx';
import { Button } from '../kit/button.tsx';
import { Card } from '../kit/card.tsx';
import { Checkbox, Select, TextField } from '../kit/fields.tsx';
import { groupedOffers } from './orders/offer-groups.ts';
import { Form, FormActions, FormGrid } from '../kit/form.tsx';
import { Icon } from '../kit/icons.tsx';
import { PageHeader } from '../kit/page-header.tsx';
import { useToast } from '../kit/toast.tsx';
import { keepOptions, OrderOptionsPicker, pickerOptions } from './orders/order-options-picker.tsx';
import './lines/lines.css';

interface LineDraft {
  offer: string;
  roaming: Record<string, string>;
  /** The other options (issue 3 §4): fixed IP (CAT-12/20), services (CAT-14). */
  options: string[];
  /** Names of the options the last change of offer dropped, to say so. */
  droppedOptions: string[];
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
  options: [],
  droppedOptions: [],
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

type LinePatch = Partial<LineDraft> | ((line: LineDraft) => Partial<LineDraft>);

/** A line's server refusals by field (`/body/lines/<i>/<field>`), with their codes. */
type LineIssues = Record<string, { code: string; detail: string }[]>;

function issuesOfLine(issues: readonly ProblemFieldIssue[], index: number): LineIssues {
  const out: LineIssues = {};
  const prefix = `/body/lines/${index}/`;
  for (const issue of issues) {
    if (!issue.pointer.startsWith(prefix)) continue;
    const field = issue.pointer.slice(prefix.length).split('/')[0] ?? '';
    (out[field] ??= []).push({ code: issue.code, detail: issue.detail });
  }
  return out;
}

function toInput(d: LineDraft): OrderLineInput {
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    offer: d.offer,
    options: [...Object.values(d.roaming).filter(Boolean), ...d.options],
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

/**
 * A customer's new order. Issue 11 §6: a reseller that sells no mobile line orders internet
 * subscriptions: its new-order entry points open the customer page's internet order.
 */
export function OrderFormPage() {
  const { id = '' } = useParams();
  const { productFamilies } = useSession().tenant;
  if (!productFamilies.includes('mobile'))
    return <Navigate to={`/accounts/${encodeURIComponent(id)}?order=internet`} replace />;
  return <MobileOrderForm />;
}

/** ORD-01: an order of one (unit) or several (multiple) lines for a customer. */
function MobileOrderForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const account = useAccount(id);
  // Issue 15: completing a received order (held-orders-page.tsx): its number of lines, and the
  // order is created and the received one released with it by the same request.
  const [params] = useSearchParams();
  const heldId = params.get('held');
  const create = useCreateOrder(heldId);
  const heldLines = Math.min(100, Math.max(1, Number(params.get('lines')) || 1));
  const [configuration, setConfiguration] = useState<'unit' | 'multiple'>(
    heldId && heldLines > 1 ? 'multiple' : 'unit',
  );
  const [lines, setLines] = useState<LineDraft[]>(() =>
    Array.from({ length: heldId ? heldLines : 1 }, emptyLine),
  );
  // The server's field errors, shown next to their fields; editing a line clears its own.
  const [issues, setIssues] = useState<ProblemFieldIssue[]>([]);
  const partnerships = useSession().tenant.operatorPartnerships;
  const sites = (account.data?.data.addresses ?? []).filter((a) => a.kind === 'site');
  const setLine = (i: number, patch: LinePatch) => {
    setLines((ls) =>
      ls.map((l, j) => (j === i ? { ...l, ...(typeof patch === 'function' ? patch(l) : patch) } : l)),
    );
    setIssues((list) => list.filter((issue) => !issue.pointer.startsWith(`/body/lines/${i}/`)));
  };

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
      {heldId ? <Banner tone="info">{t('mobile.held.banner')}</Banner> : null}
      <Form
        aria-label={t('mobile.orders.formTitle')}
        onSubmit={() => {
          setIssues([]);
          create.mutate(
            { accountId: id, configuration, lines: lines.map(toInput) },
            {
              onSuccess: (order) => {
                toast({ title: t('mobile.orders.created', { reference: order.reference }) });
                if (heldId) toast({ title: t('mobile.held.released') });
                void navigate(`/orders/${order.id}`);
              },
              onError: (error) => setIssues(isApiError(error) ? error.errors : []),
            },
          );
        }}
      >
        <Card>
          <Select
            label={t('mobile.orders.configuration')}
            value={configuration}
            onChange={(e) => {
              const c = e.target.value as 'unit' | 'multiple';
              setConfiguration(c);
              if (c === 'unit') setLines((ls) => ls.slice(0, 1));
              setIssues([]);
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
                  onClick={() => {
                    setLines((ls) => ls.filter((_, j) => j !== i));
                    setIssues([]);
                  }}
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
              partnerships={partnerships}
              issues={issuesOfLine(issues, i)}
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
  partnerships,
  issues,
  onChange,
}: {
  n: number;
  line: LineDraft;
  sites: { value: string; label: string }[];
  partnerships: OperatorPartnerships;
  issues: LineIssues;
  onChange: (patch: LinePatch) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const offers = useOffers({ limit: 200, offset: 0 }, {});
  const [offerSearch, setOfferSearch] = useState('');
  const offerOptions = groupedOffers(offers.data?.items ?? [], offerSearch, line.offer, {
    group: (o) => `${t(`catalog.networks.${o.network}`)} — ${t(`catalog.ranges.${o.range}`)}`,
    label: (o) => `${o.name}${o.priceToBeSet ? ` (${t('mobile.orders.priceToBeSet')})` : ''}`,
  });
  const detail = useOrderOffer(line.offer);
  const offer = line.offer ? detail.data : undefined;
  const chooseNumber = offer?.numberAssignment === 'chosen_at_order' && !line.portability;
  const numbers = useFreeNumbers(chooseNumber && offer ? offer.network : null);
  // Labels carry the line number so that each field of a multiple order has its own name.
  const label = (text: string) => `${text} (${t('mobile.orders.line', { n })})`;
  const errorOf = (field: string) => issues[field]?.map((i) => i.detail).join(' ') || undefined;
  // ORD-09: a zone left without a choice is said at its own select, the other refusals of the
  // line's options (catalog rules) under the options picker.
  const roamingError = issues.options?.find((i) => i.code === 'catalog.roaming_choice_required')?.detail;
  // The server names the first zone without a choice, in the offer's order (the selects' order).
  const firstEmptyZone = (offer?.roamingZonesAtOrder ?? []).find((z) => !line.roaming[z]);
  const optionsError =
    issues.options
      ?.filter((i) => i.code !== 'catalog.roaming_choice_required')
      .map((i) => i.detail)
      .join(' ') || undefined;

  /**
   * A new offer: the roaming choices start again (its zones differ), and the chosen options the new
   * offer does not allow are dropped, by name, once its detail is known.
   */
  const changeOffer = (next: string) => {
    const names = new Map(pickerOptions(offer).map((o) => [o.id, o.name]));
    const nameOf = (code: string) => names.get(code) ?? code;
    onChange({ offer: next, roaming: {}, simType: 'pin', number: '', droppedOptions: [] });
    if (line.options.length === 0) return;
    if (!next) {
      onChange({ options: [], droppedOptions: line.options.map(nameOf) });
      return;
    }
    const sameOffer = (l: LineDraft) => l.offer === next;
    queryClient
      .fetchQuery({
        queryKey: ['catalog', 'offer', next],
        queryFn: ({ signal }) =>
          api.get<CatalogOfferDetail>(`/api/catalog/offers/${encodeURIComponent(next)}`, undefined, signal),
      })
      .then(
        (detail) =>
          onChange((l) => {
            if (!sameOffer(l)) return {};
            const { kept, dropped } = keepOptions(l.options, detail, partnerships);
            return { options: kept, droppedOptions: dropped.map(nameOf) };
          }),
        () => onChange((l) => (sameOffer(l) ? { options: [], droppedOptions: l.options.map(nameOf) } : {})),
      );
  };
  return (
    <>
      <FormGrid>
        <div className="offer-picker">
          {/* About 90 offers: a filter by words (network, range, volume) above a list grouped by
              network and range, in volume order (issue 10). The list stays a native select:
              keyboard and screen readers work as everywhere else. */}
          <TextField
            label={label(t('mobile.orders.offerSearch'))}
            type="search"
            value={offerSearch}
            autoComplete="off"
            hint={t('mobile.orders.offerSearchHint', { count: offerOptions.length })}
            onChange={(e) => setOfferSearch(e.target.value)}
          />
          <Select
            label={label(t('mobile.orders.offer'))}
            value={line.offer}
            error={errorOf('offer')}
            onChange={(e) => changeOffer(e.target.value)}
            options={[{ value: '', label: t('mobile.orders.chooseOffer') }, ...offerOptions]}
          />
        </div>
        <TextField
          label={label(t('mobile.orders.userName'))}
          value={line.userName}
          error={errorOf('userName')}
          onChange={(e) => onChange({ userName: e.target.value })}
        />
        <Select
          label={label(t('mobile.orders.simType'))}
          value={line.simType}
          error={errorOf('simType')}
          onChange={(e) => onChange({ simType: e.target.value as SimType })}
          options={(['pin', 'no_pin', 'esim'] as const)
            .filter((s) => s !== 'esim' || offer?.esimAllowed === true)
            .map((s) => ({ value: s, label: t(`mobile.simTypes.${s}`) }))}
          hint={line.simType === 'esim' ? t('mobile.orders.esimFee') : undefined}
        />
        <Select
          label={label(t('mobile.orders.site'))}
          value={line.siteId}
          error={errorOf('siteId')}
          onChange={(e) => onChange({ siteId: e.target.value })}
          options={[{ value: '', label: t('mobile.orders.noSite') }, ...sites]}
        />
        {(offer?.roamingZonesAtOrder ?? []).map((zone) => (
          <Select
            key={zone}
            label={label(t('mobile.orders.roaming', { zone: t(`mobile.orders.roamingZones.${zone}`) }))}
            value={line.roaming[zone] ?? ''}
            error={zone === firstEmptyZone ? roamingError : undefined}
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
            error={errorOf('number')}
            onChange={(e) => onChange({ number: e.target.value })}
            options={[
              { value: '', label: t('mobile.orders.chooseNumber') },
              ...(numbers.data?.items ?? []).map((m) => ({ value: m, label: m })),
            ]}
          />
        ) : null}
      </FormGrid>
      <OrderOptionsPicker
        legend={label(t('mobile.orders.options.title'))}
        offer={offer}
        offerChosen={line.offer !== ''}
        selected={line.options}
        partnerships={partnerships}
        dropped={line.droppedOptions}
        error={optionsError}
        onChange={(options) => onChange({ options, droppedOptions: [] })}
      />
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
            error={errorOf('portNumber')}
            onChange={(e) => onChange({ portNumber: e.target.value })}
          />
          <TextField
            label={label(t('mobile.orders.rio'))}
            hint={t('mobile.orders.rioHint')}
            value={line.rio}
            error={errorOf('rio')}
            onChange={(e) => onChange({ rio: e.target.value })}
          />
          <TextField
            label={label(t('mobile.orders.activationDate'))}
            hint={t('mobile.orders.activationHint')}
            type="date"
            value={line.activationDate}
            error={errorOf('activationDate')}
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
            error={errorOf('esimContactEmail')}
            onChange={(e) => onChange({ esimContactEmail: e.target.value })}
          />
          <TextField
            label={label(t('mobile.orders.esimContactMobile'))}
            hint={t('mobile.orders.esimContactHint')}
            value={line.esimContactMobile}
            error={errorOf('esimContactMobile')}
            onChange={(e) => onChange({ esimContactMobile: e.target.value })}
          />
        </FormGrid>
      ) : null}
    </>
  );
}
