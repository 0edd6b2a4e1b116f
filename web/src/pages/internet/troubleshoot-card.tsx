import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import type { OkBody, Schema } from '../../api/contract.ts';
import { api } from '../../api/client.ts';
import { useFormat } from '../../app/format.ts';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { Checkbox, Select, TextField } from '../../kit/fields.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { useToast } from '../../kit/toast.tsx';
import { useInternetCatalog, useInternetMutation, type InternetSubscription } from './internet-api.ts';

type Verdict = Schema<'InternetTroubleshootVerdict'>;
type Result = Schema<'InternetTroubleshooting'>;
type Kind = Result['kind'];
type LedState = '' | 'on' | 'off' | 'blinking';

const KINDS: Kind[] = ['no_internet', 'slow', 'wifi_led_off', 'split_bands'];

/**
 * Issue 11 §4: « Pas d’internet », « Internet lent », the Wi-Fi LED and the 2.4/5 GHz split open a
 * guided flow on the subscription page. The server's rules give the diagnosis and the next step as
 * the agent fills it in (preview); recording it opens or updates the support incident and
 * escalates (HOT call sheet, Partner Hebrew e-mail).
 */
export function TroubleshootCard({ s }: { s: InternetSubscription }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const catalog = useInternetCatalog();
  const [kind, setKind] = useState<Kind | null>(null);
  const history = useQuery({
    queryKey: ['internet', 'troubleshooting', s.id],
    queryFn: ({ signal }) =>
      api.get<OkBody<'/api/internet/subscriptions/{id}/troubleshooting', 'get'>>(
        `/api/internet/subscriptions/${s.id}/troubleshooting`,
        undefined,
        signal,
      ),
  });
  if (!s.box) return <Card title={t('internetCare.card.title')}>{t('internetCare.card.noBox')}</Card>;
  const boxFacts = catalog.data?.items.find((i) => i.type === 'box' && i.code === s.box?.code)?.facts;
  const kinds = KINDS.filter((k) => k !== 'split_bands' || boxFacts?.splitsBands === true);
  return (
    <Card title={t('internetCare.card.title')}>
      <p>{t('internetCare.card.intro')}</p>
      <div className="internet-care__kinds">
        {kinds.map((k) => (
          <Button key={k} variant={k === 'no_internet' ? 'primary' : 'secondary'} onClick={() => setKind(k)}>
            {t(`internetCare.kinds.${k}`)}
          </Button>
        ))}
      </div>
      <h3 className="internet-care__subtitle">{t('internetCare.card.history')}</h3>
      {history.data?.items.length ? (
        <ul className="internet-list">
          {history.data.items.map((p) => (
            <li key={p.id}>
              {fmt.dateTime(p.createdAt)} — {t(`internetCare.kinds.${p.kind}`)} — {p.createdBy} —{' '}
              <Link to={`/incidents/${p.incidentId}`}>{t('internetCare.card.openIncident')}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('internetCare.card.none')}</p>
      )}
      {kind ? <FlowDialog s={s} kind={kind} onClose={() => setKind(null)} /> : null}
    </Card>
  );
}

function num(v: string): number | null {
  const n = Number(v.replace(',', '.'));
  return v.trim() === '' || Number.isNaN(n) ? null : n;
}

function FlowDialog({ s, kind, onClose }: { s: InternetSubscription; kind: Kind; onClose: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const toast = useToast();
  const box = s.box;
  const [leds, setLeds] = useState<Record<string, LedState>>({});
  const [conditions, setConditions] = useState(false);
  const [connection, setConnection] = useState<'wifi' | 'cable'>('wifi');
  const [distanceOk, setDistanceOk] = useState(true);
  const [repeaters, setRepeaters] = useState(false);
  const [powerCycled, setPowerCycled] = useState(false);
  const [wifiButtonHeld, setWifiButtonHeld] = useState(false);
  const [down, setDown] = useState('');
  const [up, setUp] = useState('');
  const [overWifi, setOverWifi] = useState(true);
  const [ont, setOnt] = useState('');
  const [attenuation, setAttenuation] = useState('');
  const [snr, setSnr] = useState('');
  const [solved, setSolved] = useState(false);
  const [phone, setPhone] = useState('');
  const [result, setResult] = useState<Result | null>(null);

  const downMbps = num(down);
  const lineTest = s.plan.fibre
    ? num(ont) === null
      ? null
      : { ontRxDbm: num(ont) }
    : num(attenuation) === null && num(snr) === null
      ? null
      : { attenuationDb: num(attenuation), snrDb: num(snr) };
  const body = {
    kind,
    leds: Object.fromEntries(Object.entries(leds).filter(([, v]) => v !== '')),
    powerCycled,
    wifiButtonHeld,
    solved,
    conditions: conditions ? { connection, distanceOk, repeaters } : null,
    speedTest: downMbps === null ? null : { downMbps, upMbps: num(up), overWifi },
    lineTest,
    contactPhone: phone.trim() || null,
  };
  const preview = useQuery({
    queryKey: ['internet', 'troubleshooting-preview', s.id, body],
    queryFn: ({ signal }) =>
      api.post<Verdict>(`/api/internet/subscriptions/${s.id}/troubleshooting/preview`, body, { signal }),
    placeholderData: (previous) => previous,
  });
  const record = useInternetMutation<typeof body, Result>(
    () => `/api/internet/subscriptions/${s.id}/troubleshooting`,
  );
  const v = preview.data;
  const ledName = (f: string) => t(`internet.page.ledFunctions.${f}` as 'internet.page.ledFunctions.power');
  const ledLabel = (l: { function: string; mark: string }) =>
    l.mark !== ledName(l.function) ? `${ledName(l.function)} (${l.mark})` : ledName(l.function);
  const stateOptions = (['', 'on', 'off', 'blinking'] as const).map((value) => ({
    value,
    label: t(`internetCare.flow.ledStates.${value}`),
  }));

  if (!box) return null;
  if (result) return <ResultDialog result={result} onClose={onClose} />;
  const submitLabel = t(`internetCare.flow.submit.${v?.escalation ?? 'none'}`);
  return (
    <FormDialog
      id="internet-troubleshoot"
      title={`${t(`internetCare.kinds.${kind}`)} — ${s.reference}`}
      submitLabel={submitLabel}
      pending={record.isPending}
      error={record.error}
      onClose={onClose}
      onSubmit={() =>
        record.mutate(body, {
          onSuccess: (r) => {
            toast({
              tone: 'success',
              title: t('internetCare.result.saved', { reference: r.incident.reference }),
            });
            setResult(r);
          },
        })
      }
      size="lg"
    >
      <fieldset className="internet-care__fieldset">
        <legend>{t('internetCare.flow.ledsTitle')}</legend>
        {box.code.startsWith('hot-box-5') ? <p>{t('internetCare.flow.ledsHint')}</p> : null}
        <figure className="internet-care__box" aria-label={t('internetCare.flow.picture', { box: box.name })}>
          {box.leds.map((l) => (
            <span key={l.function} className="internet-care__led">
              <span
                className={`internet-care__dot internet-care__dot--${leds[l.function] || 'unknown'}`}
                aria-hidden="true"
              />
              <span>{l.mark}</span>
            </span>
          ))}
        </figure>
        {box.leds.map((l) => (
          <div key={l.function} className="internet-care__led-row">
            <Select
              label={ledLabel(l)}
              options={stateOptions}
              value={leds[l.function] ?? ''}
              onChange={(e) => setLeds({ ...leds, [l.function]: e.target.value as LedState })}
              hint={l.meaning}
            />
          </div>
        ))}
      </fieldset>
      <fieldset className="internet-care__fieldset">
        <legend>{t('internetCare.flow.stepsTitle')}</legend>
        {kind === 'slow' ? (
          <>
            <Checkbox
              label={t('internetCare.flow.conditionsChecked')}
              checked={conditions}
              onChange={(e) => setConditions(e.target.checked)}
            />
            {conditions ? (
              <>
                <Select
                  label={t('internetCare.flow.connection')}
                  value={connection}
                  onChange={(e) => setConnection(e.target.value as 'wifi' | 'cable')}
                  options={(['wifi', 'cable'] as const).map((c) => ({
                    value: c,
                    label: t(`internetCare.flow.connections.${c}`),
                  }))}
                />
                <Checkbox
                  label={t('internetCare.flow.distanceOk')}
                  checked={distanceOk}
                  onChange={(e) => setDistanceOk(e.target.checked)}
                />
                <Checkbox
                  label={t('internetCare.flow.repeaters')}
                  checked={repeaters}
                  onChange={(e) => setRepeaters(e.target.checked)}
                />
              </>
            ) : null}
          </>
        ) : null}
        <Checkbox
          label={t('internetCare.flow.powerCycled')}
          checked={powerCycled}
          onChange={(e) => setPowerCycled(e.target.checked)}
        />
        {kind === 'wifi_led_off' || v?.diagnosis === 'wifi_disabled' ? (
          <Checkbox
            label={t('internetCare.flow.wifiButtonHeld')}
            checked={wifiButtonHeld}
            onChange={(e) => setWifiButtonHeld(e.target.checked)}
          />
        ) : null}
        {kind === 'slow' ? (
          <>
            <h4>{t('internetCare.flow.speedTitle')}</h4>
            <TextField
              label={t('internetCare.flow.downMbps')}
              inputMode="decimal"
              value={down}
              onChange={(e) => setDown(e.target.value)}
            />
            <TextField
              label={t('internetCare.flow.upMbps')}
              inputMode="decimal"
              value={up}
              onChange={(e) => setUp(e.target.value)}
            />
            <Checkbox
              label={t('internetCare.flow.overWifi')}
              checked={overWifi}
              onChange={(e) => setOverWifi(e.target.checked)}
            />
          </>
        ) : null}
        <Checkbox
          label={t('internetCare.flow.solved')}
          checked={solved}
          onChange={(e) => setSolved(e.target.checked)}
        />
      </fieldset>
      <fieldset className="internet-care__fieldset">
        <legend>{t('internetCare.flow.lineTitle')}</legend>
        {s.plan.fibre ? (
          <TextField
            label={t('internetCare.flow.ontRxDbm')}
            inputMode="decimal"
            value={ont}
            onChange={(e) => setOnt(e.target.value)}
          />
        ) : (
          <>
            <TextField
              label={t('internetCare.flow.attenuationDb')}
              inputMode="decimal"
              value={attenuation}
              onChange={(e) => setAttenuation(e.target.value)}
            />
            <TextField
              label={t('internetCare.flow.snrDb')}
              inputMode="decimal"
              value={snr}
              onChange={(e) => setSnr(e.target.value)}
            />
          </>
        )}
        {v && v.lineVerdict !== 'not_measured' ? (
          <p>{t(`internetCare.flow.lineVerdicts.${v.lineVerdict}`)}</p>
        ) : null}
      </fieldset>
      {v?.escalation ? (
        <TextField
          label={t('internetCare.flow.contactPhone')}
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
        />
      ) : null}
      {v ? (
        <div className="internet-care__verdict" role="status">
          <p>
            <strong>{t('internetCare.flow.verdict')} :</strong>{' '}
            {t(`internetCare.flow.diagnoses.${v.diagnosis}`)}
            {v.speedVerdict ? ` — ${t(`internetCare.flow.speedVerdicts.${v.speedVerdict}`)}` : ''}
          </p>
          <p>
            <strong>{t('internetCare.flow.next')} :</strong> {t(`internetCare.flow.steps.${v.nextStep}`)}
          </p>
          {v.outage ? (
            <p>
              {t('internetCare.flow.outageKnown', {
                operator: s.operatorName,
                area: v.outage.area,
                at: fmt.dateTime(v.outage.resolvedBy),
              })}
            </p>
          ) : v.nextStep === 'ask_outage_delay' ? (
            <OutageForm s={s} />
          ) : null}
        </div>
      ) : null}
    </FormDialog>
  );
}

/** SET-08: the operator gave the outage's resolution delay; recorded once for the area. */
function OutageForm({ s }: { s: InternetSubscription }) {
  const { t } = useTranslation();
  const toast = useToast();
  const town = s.address.split(',').at(-1)?.trim() ?? '';
  const [area, setArea] = useState(town);
  const [hours, setHours] = useState('');
  const record = useInternetMutation<
    { operator: string; area: string; delayHours: number },
    { linked: number }
  >(() => '/api/internet/outages');
  return (
    <div className="internet-care__outage" role="group" aria-label={t('internetCare.flow.outageTitle')}>
      <TextField label={t('internetCare.flow.area')} value={area} onChange={(e) => setArea(e.target.value)} />
      <TextField
        label={t('internetCare.flow.delayHours')}
        inputMode="numeric"
        value={hours}
        onChange={(e) => setHours(e.target.value)}
      />
      <Button
        loading={record.isPending}
        onClick={() =>
          record.mutate(
            { operator: s.operator, area, delayHours: Number(hours) },
            {
              onSuccess: (r) =>
                toast({ tone: 'success', title: t('internetCare.flow.outageRecorded', { count: r.linked }) }),
            },
          )
        }
      >
        {t('internetCare.flow.recordOutage')}
      </Button>
    </div>
  );
}

function ResultDialog({ result, onClose }: { result: Result; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDialog
      id="internet-troubleshoot-result"
      title={t('internetCare.result.incident', { reference: result.incident.reference })}
      submitLabel={t('common.close')}
      pending={false}
      error={null}
      onClose={onClose}
      onSubmit={onClose}
    >
      <p>
        <Link to={`/incidents/${result.incident.id}`}>
          {t('internetCare.result.incident', { reference: result.incident.reference })}
        </Link>
      </p>
      <p>
        {t('internetCare.flow.verdict')} : {t(`internetCare.flow.diagnoses.${result.diagnosis}`)} —{' '}
        {t(`internetCare.flow.steps.${result.nextStep}`)}
      </p>
      {result.email ? (
        <p role="status">
          {t('internetCare.result.emailSent', { to: result.email.to })} —{' '}
          <span dir="rtl" lang="he">
            {result.email.subject}
          </span>
        </p>
      ) : null}
      {result.callSheet ? (
        <section aria-label={t('internetCare.result.callSheet')}>
          <p>{t('internetCare.result.callHot')}</p>
          <ul>
            {result.callSheet.map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {result.upgrades.length ? (
        <section aria-label={t('internetCare.result.upgrades')}>
          <p>{t('internetCare.result.upgrades')}</p>
          <ul>
            {result.upgrades.map((u) => (
              <li key={u}>{t(`internetCare.result.upgradeNames.${u}`)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </FormDialog>
  );
}
