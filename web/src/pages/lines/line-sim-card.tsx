import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useCancelLineAction,
  useCloseNetworkName,
  useLineSimActions,
  useRequestNetworkName,
  useSimSwap,
  type Line,
  type LineSimActions,
  type SimSwapInput,
  type SimSwapOption,
  type SimType,
} from '../../api/lines.ts';
import { useFormat } from '../../app/format.ts';
import { Badge, type Tone } from '../../kit/badge.tsx';
import { Banner, ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { DataTable } from '../../kit/data-table.tsx';
import { Dialog } from '../../kit/dialog.tsx';
import { Select, TextField } from '../../kit/fields.tsx';
import { Form } from '../../kit/form.tsx';
import { Skeleton } from '../../kit/spinner.tsx';

const SWAP_TONE: Record<LineSimActions['history'][number]['state'], Tone> = {
  scheduled: 'warning',
  done: 'success',
  failed: 'danger',
  cancelled: 'neutral',
};
const NAME_TONE: Record<LineSimActions['networkNames'][number]['state'], Tone> = {
  requested: 'info',
  done: 'success',
  cancelled: 'neutral',
};

/**
 * The line's SIM (ACT-07, ACT-09, CAT-11, ORD-03) and custom network name (ACT-08): "Changer de
 * SIM" with the swaps the rules allow (the refused ones disabled with their French reason), the
 * confirmation saying when it happens (now, or "à l'ouverture, lundi … 07:00"), the swap history
 * with "Annuler" while scheduled; the network name request with its delay and state.
 */
export function LineSimCard({ line }: { line: Line }) {
  const { t } = useTranslation();
  const query = useLineSimActions(line.id);
  const cancel = useCancelLineAction();
  const close = useCloseNetworkName(line.id);
  const format = useFormat();
  const [swapOpen, setSwapOpen] = useState(false);
  const [nameOpen, setNameOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const data = query.data;
  if (!data) {
    return (
      <Card title={t('mobile.sim.title')}>
        {query.error ? <ErrorBanner error={query.error} /> : <Skeleton width="40%" />}
      </Card>
    );
  }
  const allowed = data.swaps.filter((s) => s.allowed);
  const refused = data.swaps.find((s) => !s.allowed && s.reason)?.reason ?? null;
  const day = (d: string) => format.date(`${d}T12:00:00Z`);
  const typeLabel = (type: SimType) => t(`mobile.simTypes.${type}`);
  const name = data.networkName;

  return (
    <Card title={t('mobile.sim.title')}>
      {notice ? <Banner tone="success" title={notice} /> : null}
      <p className="muted">
        {t('mobile.sim.current', { type: typeLabel(data.simType), iccid: data.iccid ?? '—' })}
      </p>
      <div className="line-actions">
        <div className="line-action">
          <Button
            variant="secondary"
            disabled={allowed.length === 0}
            title={allowed.length === 0 ? refused?.detail : undefined}
            onClick={() => {
              setNotice(null);
              setSwapOpen(true);
            }}
          >
            {t('mobile.sim.swap')}
          </Button>
          {allowed.length === 0 && refused ? <span className="muted">{refused.title}</span> : null}
        </div>
      </div>
      <h3>{t('mobile.sim.options')}</h3>
      <ul className="line-actions__pending">
        {data.swaps.map((s) => (
          <li key={s.simType}>
            <span>
              {typeLabel(s.simType)} ·{' '}
              {s.allowed ? (
                s.immediate ? (
                  t('mobile.sim.optionNow')
                ) : (
                  t('mobile.sim.optionAt', { when: s.effectiveLabel ?? '' })
                )
              ) : (
                <span className="muted" title={s.reason?.detail}>
                  {s.reason?.title}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>

      <h3>{t('mobile.sim.history')}</h3>
      <DataTable
        caption={t('mobile.sim.history')}
        rows={data.history}
        rowKey={(h) => h.id}
        empty={{ title: t('mobile.sim.noHistory') }}
        columns={[
          {
            id: 'date',
            header: t('mobile.sim.date'),
            cell: (h) => format.dateTime(h.createdAt),
            nowrap: true,
          },
          {
            id: 'swap',
            header: t('mobile.sim.fromTo'),
            cell: (h) => `${typeLabel(h.fromSimType)} → ${typeLabel(h.toSimType)}`,
          },
          {
            id: 'iccid',
            header: t('mobile.sim.newIccid'),
            cell: (h) => h.toIccid ?? '—',
            mono: true,
            secondary: true,
          },
          { id: 'when', header: t('mobile.sim.when'), cell: (h) => h.effectiveLabel, secondary: true },
          {
            id: 'state',
            header: t('mobile.sim.state'),
            cell: (h) => (
              <span className="line-action">
                <Badge tone={SWAP_TONE[h.state]}>{t(`mobile.sim.states.${h.state}`)}</Badge>
                {h.state === 'scheduled' ? (
                  <Button
                    size="sm"
                    loading={cancel.isPending && cancel.variables === h.actionId}
                    aria-label={t('mobile.sim.cancelSwap')}
                    onClick={() => cancel.mutate(h.actionId, { onSuccess: () => setNotice(null) })}
                  >
                    {t('mobile.sim.cancel')}
                  </Button>
                ) : null}
              </span>
            ),
          },
        ]}
      />
      {cancel.error ? <ErrorBanner error={cancel.error} /> : null}

      <h3>{t('mobile.sim.networkName')}</h3>
      <p className="muted">{t('mobile.sim.networkNameHint')}</p>
      <div className="line-actions">
        <div className="line-action">
          <Button
            variant="secondary"
            disabled={!name.allowed}
            title={name.reason?.detail}
            onClick={() => {
              setNotice(null);
              setNameOpen(true);
            }}
          >
            {t('mobile.sim.networkNameRequest')}
          </Button>
          {name.allowed ? (
            <span className="muted">
              {t('mobile.sim.delay', { weeks: name.weeks, date: day(name.expectedOn) })}
            </span>
          ) : (
            <span className="muted">{name.reason?.title}</span>
          )}
        </div>
      </div>
      <DataTable
        caption={t('mobile.sim.names')}
        rows={data.networkNames}
        rowKey={(n) => n.id}
        empty={{ title: t('mobile.sim.noNames') }}
        columns={[
          { id: 'name', header: t('mobile.sim.name'), cell: (n) => n.name },
          { id: 'expected', header: t('mobile.sim.expected'), cell: (n) => day(n.expectedOn), nowrap: true },
          {
            id: 'state',
            header: t('mobile.sim.state'),
            cell: (n) => (
              <span className="line-action">
                <Badge tone={NAME_TONE[n.state]}>{t(`mobile.sim.nameStates.${n.state}`)}</Badge>
                {n.state === 'requested' ? (
                  <>
                    <Button
                      size="sm"
                      aria-label={t('mobile.sim.markDoneName', { name: n.name })}
                      loading={close.isPending && close.variables.requestId === n.id}
                      onClick={() => close.mutate({ requestId: n.id, state: 'done' })}
                    >
                      {t('mobile.sim.markDone')}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={t('mobile.sim.cancelName', { name: n.name })}
                      onClick={() => close.mutate({ requestId: n.id, state: 'cancelled' })}
                    >
                      {t('mobile.sim.cancel')}
                    </Button>
                  </>
                ) : null}
              </span>
            ),
          },
        ]}
      />
      {close.error ? <ErrorBanner error={close.error} /> : null}

      {swapOpen ? (
        <SwapDialog
          line={line}
          options={allowed}
          onClose={() => setSwapOpen(false)}
          onDone={(message) => {
            setSwapOpen(false);
            setNotice(message);
          }}
        />
      ) : null}
      {nameOpen ? (
        <NetworkNameDialog
          lineId={line.id}
          option={name}
          onClose={() => setNameOpen(false)}
          onDone={(message) => {
            setNameOpen(false);
            setNotice(message);
          }}
        />
      ) : null}
    </Card>
  );
}

function SwapDialog({
  line,
  options,
  onClose,
  onDone,
}: {
  line: Line;
  options: SimSwapOption[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const swap = useSimSwap(line.id);
  const [simType, setSimType] = useState<SimType>(options[0]?.simType ?? 'pin');
  const [iccid, setIccid] = useState('');
  const [email, setEmail] = useState(line.esim?.contactEmail ?? '');
  const [mobile, setMobile] = useState('');
  const option = options.find((o) => o.simType === simType);
  const amount = (value: string) =>
    new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
      style: 'currency',
      currency: 'EUR',
    }).format(Number(value));
  const submit = () => {
    if (!option) return;
    const input: SimSwapInput = { simType };
    if (option.needsIccid && iccid.trim()) input.iccid = iccid.trim();
    if (option.needsContacts) {
      if (email.trim()) input.contactEmail = email.trim();
      if (mobile.trim()) input.contactMobile = mobile.trim();
    }
    swap.mutate(input, {
      onSuccess: (res) => {
        if (!res.action.immediate) onDone(t('mobile.sim.scheduled', { when: res.swap.effectiveLabel }));
        else if (res.line.simType === 'esim')
          onDone(t('mobile.sim.doneEsim', { email: res.line.esim?.contactEmail ?? '' }));
        else onDone(t('mobile.sim.doneNow', { iccid: res.line.iccid ?? '' }));
      },
    });
  };
  const formId = 'line-sim-swap';
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('mobile.sim.swapTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('mobile.sim.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" loading={swap.isPending}>
            {t('mobile.sim.submit')}
          </Button>
        </>
      }
    >
      <Form id={formId} onSubmit={submit} aria-label={t('mobile.sim.swapTitle')}>
        {swap.error ? <ErrorBanner error={swap.error} /> : null}
        <Select
          label={t('mobile.sim.newType')}
          value={simType}
          onChange={(e) => setSimType(e.target.value as SimType)}
          options={options.map((o) => ({ value: o.simType, label: t(`mobile.simTypes.${o.simType}`) }))}
        />
        {option?.needsIccid ? (
          <TextField
            label={t('mobile.sim.iccid')}
            hint={t('mobile.sim.iccidHint')}
            inputMode="numeric"
            value={iccid}
            onChange={(e) => setIccid(e.target.value)}
          />
        ) : (
          <p className="muted">{t('mobile.sim.esimDrawn')}</p>
        )}
        {option?.needsContacts ? (
          <>
            <TextField
              label={t('mobile.sim.contactEmail')}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
            <TextField
              label={t('mobile.sim.contactMobile')}
              hint={t('mobile.sim.contactMobileHint')}
              type="tel"
              value={mobile}
              onChange={(e) => setMobile(e.target.value)}
            />
          </>
        ) : null}
        {option ? (
          <Banner tone={option.immediate ? 'info' : 'warning'}>
            {option.immediate
              ? t('mobile.sim.now')
              : t('mobile.sim.atOpening', { when: option.effectiveLabel ?? '' })}
            {option.fee ? ` ${t('mobile.sim.fee', { amount: amount(option.fee) })}` : ''}
          </Banner>
        ) : null}
      </Form>
    </Dialog>
  );
}

function NetworkNameDialog({
  lineId,
  option,
  onClose,
  onDone,
}: {
  lineId: string;
  option: LineSimActions['networkName'];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const request = useRequestNetworkName(lineId);
  const [name, setName] = useState('');
  const day = (d: string) => format.date(`${d}T12:00:00Z`);
  const formId = 'line-network-name';
  return (
    <Dialog
      open
      onClose={onClose}
      title={t('mobile.sim.networkNameTitle')}
      footer={
        <>
          <Button onClick={onClose}>{t('mobile.sim.cancel')}</Button>
          <Button type="submit" form={formId} variant="primary" loading={request.isPending}>
            {t('mobile.sim.nameSubmit')}
          </Button>
        </>
      }
    >
      <Form
        id={formId}
        aria-label={t('mobile.sim.networkNameTitle')}
        onSubmit={() =>
          request.mutate(name, {
            onSuccess: (r) =>
              onDone(t('mobile.sim.nameRequested', { name: r.name, date: day(r.expectedOn) })),
          })
        }
      >
        {request.error ? <ErrorBanner error={request.error} /> : null}
        <TextField
          label={t('mobile.sim.name')}
          hint={`${t('mobile.sim.nameHint')} ${t('mobile.sim.nameCount', { count: [...name].length })}`}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Banner tone="info">
          {t('mobile.sim.delay', { weeks: option.weeks, date: day(option.expectedOn) })}{' '}
          {option.restartNeeded ? t('mobile.sim.restart') : t('mobile.sim.noRestart')}
          {option.partner
            ? ` ${t('mobile.sim.partner', { partner: t(`mobile.sim.partners.${option.partner}`) })}`
            : ''}
        </Banner>
      </Form>
    </Dialog>
  );
}
