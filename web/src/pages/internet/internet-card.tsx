import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useFormat } from '../../app/format.ts';
import { StatusPill } from '../../kit/badge.tsx';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { Checkbox, Select, TextField } from '../../kit/fields.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { FormGrid } from '../../kit/form.tsx';
import { useToast } from '../../kit/toast.tsx';
import {
  useAccountSubscriptions,
  useInternetCatalog,
  useInternetMutation,
  type EligibilityCheck,
  type InternetSubscription,
  type Operator,
} from './internet-api.ts';
import { formatShekels } from './money.ts';
import { stateTone } from './state-tone.ts';
import './internet.css';

/** The customer page's internet subscriptions (issue 11): each with its state, and a new order. */
export function AccountInternetCard({ accountId, active }: { accountId: string; active: boolean }) {
  const { t } = useTranslation();
  const { data, error } = useAccountSubscriptions(accountId);
  // Issue 11 §6: an internet-only reseller's new-order entry points open the order here.
  const [params] = useSearchParams();
  const [ordering, setOrdering] = useState(active && params.get('order') === 'internet');
  const items = data?.items ?? [];
  return (
    <Card
      title={t('internet.card.title')}
      actions={
        active ? (
          <Button size="sm" onClick={() => setOrdering(true)}>
            {t('internet.card.order')}
          </Button>
        ) : null
      }
    >
      {error ? <ErrorBanner error={error} /> : null}
      {data && items.length === 0 ? <p className="k-muted">{t('internet.card.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="internet-list">
          {items.map((s) => (
            <li key={s.id}>
              <Link to={`/internet/${s.id}`} aria-label={t('internet.card.open', { reference: s.reference })}>
                {s.operatorName} — {s.plan.name}
              </Link>{' '}
              <StatusPill tone={stateTone(s.state)}>
                {t(`internet.states.${s.state}` as 'internet.states.active')}
              </StatusPill>
              <div className="k-muted">
                {s.reference} · {s.address}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {ordering ? <OrderDialog accountId={accountId} onClose={() => setOrdering(false)} /> : null}
    </Card>
  );
}

function OrderDialog({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const toast = useToast();
  const catalog = useInternetCatalog();
  const [operator, setOperator] = useState<Operator>('hot');
  const [address, setAddress] = useState('');
  const [flats, setFlats] = useState('');
  const [plan, setPlan] = useState('');
  const [masap, setMasap] = useState('');
  const [check, setCheck] = useState<EligibilityCheck | null>(null);
  const [manualEligible, setManualEligible] = useState(true);
  const [manualReference, setManualReference] = useState('');
  const plans = (catalog.data?.items ?? []).filter((i) => i.type === 'plan' && i.operator === operator);
  const chosen = plans.find((p) => p.code === plan) ?? plans[0];
  const fibre = chosen?.facts.fibre === true;
  const needsCheck = operator === 'partner' || fibre;
  const checkHolds = check && check.operator === operator && check.address === address.trim();
  const smallFee = (catalog.data?.items ?? []).find(
    (i) => i.code === 'partner-installation-small-building',
  )?.amount;
  const flatsNumber = flats === '' ? null : Number(flats);
  const fee = operator === 'partner' && flatsNumber !== null && flatsNumber < 4 && smallFee ? smallFee : null;

  const checkOperator = useInternetMutation<
    { accountId: string; operator: Operator; address: string },
    EligibilityCheck
  >(() => '/api/internet/eligibility-checks');
  const checkManual = useInternetMutation<Record<string, unknown>, EligibilityCheck>(
    () => '/api/internet/eligibility-checks/manual',
  );
  const order = useInternetMutation<Record<string, unknown>, InternetSubscription>(
    () => '/api/internet/subscriptions',
  );

  const submit = () =>
    order.mutate(
      {
        accountId,
        operator,
        masap,
        address,
        planCode: chosen?.code ?? '',
        buildingFlats: flatsNumber,
        eligibilityCheckId: checkHolds ? check.id : null,
      },
      {
        onSuccess: (s) => {
          toast({ tone: 'success', title: t('internet.order.ordered') });
          onClose();
          void navigate(`/internet/${s.id}`);
        },
      },
    );

  return (
    <FormDialog
      id="internet-order"
      title={t('internet.order.title')}
      submitLabel={t('internet.order.submit')}
      pending={order.isPending}
      error={order.error}
      onClose={onClose}
      onSubmit={submit}
      size="lg"
    >
      <FormGrid>
        <Select
          label={t('internet.order.operator')}
          value={operator}
          onChange={(e) => {
            setOperator(e.target.value as Operator);
            setPlan('');
          }}
          options={[
            { value: 'hot', label: 'HOT' },
            { value: 'partner', label: 'Partner' },
          ]}
        />
        <Select
          label={t('internet.order.plan')}
          value={chosen?.code ?? ''}
          onChange={(e) => setPlan(e.target.value)}
          options={plans.map((p) => ({
            value: p.code,
            label: `${p.name} — ${p.amount ? formatShekels(p.amount, i18n.language) : t('internet.order.priceToSet')}`,
          }))}
        />
      </FormGrid>
      <TextField
        label={t('internet.order.address')}
        value={address}
        onChange={(e) => setAddress(e.target.value)}
      />
      <FormGrid>
        <TextField
          label={t('internet.order.flats')}
          hint={t('internet.order.flatsHint')}
          type="number"
          min={1}
          value={flats}
          onChange={(e) => setFlats(e.target.value)}
        />
        <TextField
          label={t('internet.order.masap')}
          hint={t('internet.order.masapHint')}
          value={masap}
          onChange={(e) => setMasap(e.target.value)}
        />
      </FormGrid>
      <p role="status">
        {fee
          ? t('internet.order.fee', { amount: formatShekels(fee, i18n.language) })
          : t('internet.order.free')}
      </p>
      <fieldset className="internet-eligibility">
        <legend>{t('internet.order.eligibility')}</legend>
        {needsCheck ? <p className="k-muted">{t('internet.order.eligibilityNeeded')}</p> : null}
        {checkHolds ? (
          <p role="status">
            {check.fibreEligible
              ? t('internet.order.eligible', {
                  date: fmt.dateTime(check.checkedAt),
                  who: check.checkedBy,
                  reference: check.reference ?? '—',
                })
              : t('internet.order.notEligible', {
                  date: fmt.dateTime(check.checkedAt),
                  reference: check.reference ?? '—',
                })}
          </p>
        ) : null}
        {checkOperator.error ? <ErrorBanner error={checkOperator.error} /> : null}
        <Button
          disabled={address.trim() === ''}
          loading={checkOperator.isPending}
          onClick={() => checkOperator.mutate({ accountId, operator, address }, { onSuccess: setCheck })}
        >
          {t('internet.order.checkOperator')}
        </Button>
        <p>{t('internet.order.manualTitle')}</p>
        <FormGrid>
          <Checkbox
            label={t('internet.order.manualEligible')}
            checked={manualEligible}
            onChange={(e) => setManualEligible(e.target.checked)}
          />
          <TextField
            label={t('internet.order.manualReference')}
            value={manualReference}
            onChange={(e) => setManualReference(e.target.value)}
          />
        </FormGrid>
        {checkManual.error ? <ErrorBanner error={checkManual.error} /> : null}
        <Button
          disabled={address.trim() === '' || manualReference.trim() === ''}
          loading={checkManual.isPending}
          onClick={() =>
            checkManual.mutate(
              {
                accountId,
                operator,
                address,
                fibreEligible: manualEligible,
                checkedAt: new Date().toISOString(),
                reference: manualReference,
              },
              { onSuccess: setCheck },
            )
          }
        >
          {t('internet.order.manualRecord')}
        </Button>
      </fieldset>
    </FormDialog>
  );
}
