import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccountReferrals, useReferralPost, type Coupon, type Referral } from '../../api/referral.ts';
import { useFormat } from '../../app/format.ts';
import { StatusPill } from '../../kit/badge.tsx';
import { ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { ConfirmDialog } from '../../kit/dialog.tsx';
import { Checkbox, Select, TextArea, TextField } from '../../kit/fields.tsx';
import { FormDialog } from '../../kit/form-dialog.tsx';
import { useToast } from '../../kit/toast.tsx';
import { AddressFields, emptyAddress, type AddressValue } from './address-fields.tsx';
import './referral.css';

const CHANNELS = ['phone', 'email', 'shop', 'post', 'web_form'] as const;

/** REF-02..REF-04 on the customer page: consent, the referral, its installer and its deadlines. */
export function AccountReferralCard({
  accountId,
  defaultAddress,
}: {
  accountId: string;
  defaultAddress?: { postalCode: string } | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const data = useAccountReferrals(accountId);
  const [dialog, setDialog] = useState<'consent' | 'withdraw' | 'refer' | null>(null);
  const consent = data.data?.consentInForce ?? null;
  const referrals = data.data?.referrals ?? [];
  const open = referrals.some((r) => ['sent', 'contacted', 'visit_booked'].includes(r.status));
  const withdraw = useReferralPost<string>(
    (id) => `/api/referral/consents/${id}/withdrawal`,
    () => ({ channel: 'phone' }),
  );

  return (
    <Card
      title={t('referral.card.title')}
      actions={
        consent ? (
          <Button variant="primary" size="sm" disabled={open} onClick={() => setDialog('refer')}>
            {t('referral.card.refer')}
          </Button>
        ) : (
          <Button size="sm" onClick={() => setDialog('consent')}>
            {t('referral.card.recordConsent')}
          </Button>
        )
      }
    >
      {data.error ? <ErrorBanner error={data.error} /> : null}
      <h3 className="referral__subtitle">{t('referral.card.consent')}</h3>
      {consent ? (
        <p>
          {t('referral.card.consentGiven', {
            date: format.dateTime(consent.givenAt),
            channel: t(`referral.card.channels.${consent.channel as 'phone'}`),
            agent: consent.recordedBy,
          })}
          <br />
          <span className="muted">{t('referral.card.consentPurpose', { purpose: consent.purpose })}</span>
          <br />
          <Button size="sm" variant="ghost" onClick={() => setDialog('withdraw')}>
            {t('referral.card.withdraw')}
          </Button>
        </p>
      ) : (
        <p className="muted">{t('referral.card.noConsent')}</p>
      )}
      {referrals.length === 0 ? (
        <p className="muted">{t('referral.card.none')}</p>
      ) : (
        <ul className="plain-list">
          {referrals.map((r) => (
            <ReferralItem key={r.id} r={r} />
          ))}
        </ul>
      )}
      {dialog === 'consent' ? <ConsentDialog accountId={accountId} onClose={() => setDialog(null)} /> : null}
      {dialog === 'refer' ? (
        <ReferDialog
          accountId={accountId}
          postalCode={defaultAddress?.postalCode ?? ''}
          onClose={() => setDialog(null)}
          onDone={(company) => {
            setDialog(null);
            toast({ tone: 'success', title: t('referral.card.referred', { company }) });
          }}
        />
      ) : null}
      <ConfirmDialog
        open={dialog === 'withdraw' && consent !== null}
        onClose={() => setDialog(null)}
        title={t('referral.card.withdrawTitle')}
        description={t('referral.card.withdrawBody')}
        confirmLabel={t('referral.card.withdraw')}
        loading={withdraw.isPending}
        onConfirm={() =>
          consent &&
          withdraw.mutate(consent.id, {
            onSuccess: () => {
              setDialog(null);
              toast({ tone: 'success', title: t('referral.card.withdrawn') });
            },
          })
        }
      />
    </Card>
  );
}

function ReferralItem({ r }: { r: Referral }) {
  const { t } = useTranslation();
  const format = useFormat();
  const date = (d: string) => format.date(`${d}T12:00:00Z`);
  const live = ['sent', 'contacted', 'visit_booked'].includes(r.status);
  const late = live && (r.visitMissedAt !== null || r.contactMissedAt !== null);
  const toast = useToast();
  const reassign = useReferralPost<string>((id) => `/api/referral/referrals/${id}/reassign`);
  return (
    <li className="referral__item">
      <div>
        {t('referral.card.sentTo', {
          reference: r.reference,
          company: r.installerCompany,
          km: format.number(r.distanceKm),
          date: format.dateTime(r.sentAt),
        })}{' '}
        <StatusPill tone={r.status === 'completed' ? 'success' : live ? 'info' : 'neutral'}>
          {t(`referral.status.${r.status as 'sent'}`)}
        </StatusPill>{' '}
        {late ? <StatusPill tone="warning">{t('referral.card.late')}</StatusPill> : null}
      </div>
      {late ? (
        <div>
          {r.visitMissedAt !== null
            ? t('referral.card.visitMissed', { date: date(r.visitDate ?? r.visitTo) })
            : t('referral.card.contactMissed', { date: format.dateTime(r.contactBy) })}{' '}
          <Button
            size="sm"
            loading={reassign.isPending}
            onClick={() =>
              reassign.mutate(r.id, {
                onSuccess: () => toast({ tone: 'success', title: t('referral.card.reassignedDone') }),
              })
            }
          >
            {t('referral.card.reassign')}
          </Button>
          {reassign.error ? <ErrorBanner error={reassign.error} /> : null}
        </div>
      ) : null}
      {r.previousId ? <div className="muted">{t('referral.card.reassignedFrom')}</div> : null}
      {r.skipped.map((s) => (
        <div key={s.id} className="muted">
          {t('referral.card.skipped', {
            company: s.company,
            km: format.number(s.distanceKm),
            reason: t(`referral.card.reasons.${s.reason as 'unsigned'}`),
          })}
        </div>
      ))}
      <div className="muted">
        {r.contactedAt
          ? t('referral.card.contactedAt', { date: format.dateTime(r.contactedAt) })
          : t('referral.card.contactBy', { date: format.dateTime(r.contactBy) })}
        {' · '}
        {r.visitDate
          ? t('referral.card.visitDate', { date: date(r.visitDate) })
          : t('referral.card.visitWindow', { from: date(r.visitFrom), to: date(r.visitTo) })}
      </div>
      {r.safetyReason ? (
        <div className="muted">{t('referral.card.safety', { reason: r.safetyReason })}</div>
      ) : null}
      {r.quoteDecision ? <div className="muted">{t(`referral.card.quote.${r.quoteDecision}`)}</div> : null}
      {r.pretravelCheckedAt ? (
        <div className="muted">
          {t('referral.card.pretravelChecked', { date: format.dateTime(r.pretravelCheckedAt) })}
        </div>
      ) : null}
      {r.coupon ? <CouponLine coupon={r.coupon} /> : null}
    </li>
  );
}

function ConsentDialog({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState(() => t('referral.card.defaultPurpose'));
  const [channel, setChannel] = useState<string>('phone');
  const record = useReferralPost<{ purpose: string; channel: string }>(
    () => `/api/referral/accounts/${accountId}/consents`,
    (v) => v,
  );
  return (
    <FormDialog
      id="referral-consent"
      title={t('referral.card.consentDialog')}
      submitLabel={t('referral.card.recordConsent')}
      pending={record.isPending}
      error={record.error}
      onClose={onClose}
      onSubmit={() => record.mutate({ purpose, channel }, { onSuccess: onClose })}
    >
      <TextArea
        label={t('referral.card.purpose')}
        value={purpose}
        required
        onChange={(e) => setPurpose(e.target.value)}
      />
      <Select
        label={t('referral.card.channel')}
        value={channel}
        onChange={(e) => setChannel(e.target.value)}
        options={CHANNELS.map((c) => ({ value: c, label: t(`referral.card.channels.${c}`) }))}
      />
    </FormDialog>
  );
}

function ReferDialog({
  accountId,
  postalCode,
  onClose,
  onDone,
}: {
  accountId: string;
  postalCode: string;
  onClose: () => void;
  onDone: (company: string) => void;
}) {
  const { t } = useTranslation();
  const [address, setAddress] = useState<AddressValue>({ ...emptyAddress, postalCode });
  const [needs, setNeeds] = useState(true);
  const [adsl, setAdsl] = useState(false);
  const refer = useReferralPost<Record<string, unknown>>(
    () => `/api/referral/accounts/${accountId}/referrals`,
    (v) => v,
  );
  return (
    <FormDialog
      id="referral-refer"
      title={t('referral.card.referDialog')}
      submitLabel={t('referral.card.refer')}
      pending={refer.isPending}
      error={refer.error}
      onClose={onClose}
      onSubmit={() =>
        refer.mutate(
          {
            postalCode: address.postalCode,
            ...(address.communeCode ? { communeCode: address.communeCode } : {}),
            needsSatelliteAndInternet: needs,
            tvOverAdslEligible: adsl,
          },
          { onSuccess: (r) => onDone((r as Referral).installerCompany) },
        )
      }
    >
      <p className="muted">{t('referral.card.home')}</p>
      <AddressFields value={address} onChange={setAddress} />
      <Checkbox
        label={t('referral.card.needs')}
        checked={needs}
        onChange={(e) => setNeeds(e.target.checked)}
      />
      <Checkbox label={t('referral.card.adsl')} checked={adsl} onChange={(e) => setAdsl(e.target.checked)} />
    </FormDialog>
  );
}

const FILE_KINDS = ['coupon', 'internet_invoice', 'installation_invoice'] as const;

/** REF-06: the coupon on the customer's card; its return (with both invoices) credits the discount. */
function CouponLine({ coupon }: { coupon: Coupon }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  return (
    <div>
      {t('referral.card.coupon', { code: coupon.code, date: format.dateTime(coupon.issuedAt) })}{' '}
      {coupon.returnedAt ? (
        <>
          <StatusPill tone="success">
            {t('referral.card.couponReturned', { date: format.dateTime(coupon.returnedAt) })}
          </StatusPill>
          <ul className="plain-list">
            {coupon.files.map((f) => (
              <li key={f.id}>
                <a href={`/api/referral/coupons/${coupon.id}/files/${f.id}`}>
                  {t(`referral.card.files.${f.kind as 'coupon'}`)}
                </a>{' '}
                <span className="muted">({f.fileName})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Button size="sm" onClick={() => setOpen(true)}>
          {t('referral.card.recordReturn')}
        </Button>
      )}
      {open ? <CouponReturnDialog coupon={coupon} onClose={() => setOpen(false)} /> : null}
    </div>
  );
}

/** The file's bytes in base64, as the API takes them (JSON, no multipart). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function CouponReturnDialog({ coupon, onClose }: { coupon: Coupon; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [files, setFiles] = useState<Partial<Record<(typeof FILE_KINDS)[number], File>>>({});
  const record = useReferralPost<{ files: { kind: string; fileName: string; contentBase64: string }[] }>(
    () => `/api/referral/coupons/${coupon.id}/return`,
    (v) => v,
  );
  const submit = async () => {
    const chosen = await Promise.all(
      FILE_KINDS.filter((k) => files[k]).map(async (k) => ({
        kind: k,
        fileName: files[k]!.name,
        contentBase64: await readBase64(files[k]!),
      })),
    );
    record.mutate(
      { files: chosen },
      {
        onSuccess: () => {
          onClose();
          toast({ tone: 'success', title: t('referral.card.returnRecorded') });
        },
      },
    );
  };
  return (
    <FormDialog
      id="referral-coupon-return"
      title={t('referral.card.returnDialog', { code: coupon.code })}
      submitLabel={t('referral.card.recordReturn')}
      pending={record.isPending}
      error={record.error}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <p className="muted">{t('referral.card.returnHint')}</p>
      {FILE_KINDS.map((k) => (
        <TextField
          key={k}
          type="file"
          accept="application/pdf,image/png,image/jpeg"
          label={t(`referral.card.files.${k}`)}
          required
          onChange={(e) => setFiles({ ...files, [k]: e.target.files?.[0] })}
        />
      ))}
    </FormDialog>
  );
}
