import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstallerPortal, useReferralPost, type Referral } from '../../api/referral.ts';
import { useFormat } from '../../app/format.ts';
import { StatusPill } from '../../kit/badge.tsx';
import { Banner, ErrorBanner } from '../../kit/banner.tsx';
import { Button } from '../../kit/button.tsx';
import { Card } from '../../kit/card.tsx';
import { Checkbox, Select, TextField } from '../../kit/fields.tsx';
import { Form, FormActions } from '../../kit/form.tsx';
import { PageHeader } from '../../kit/page-header.tsx';
import { useToast } from '../../kit/toast.tsx';
import { CouponSheet } from './coupon-sheet.tsx';
import './referral.css';

const ITEMS = [
  'box',
  'wifiAdapter',
  'key3g',
  'internetComputers',
  'mailbox',
  'tvDecoder',
  'powerline',
  'firstLesson',
] as const;
const OPTIONAL = new Set<string>(['wifiAdapter', 'key3g', 'powerline']);

/**
 * The installer portal (REF-04..REF-06, REF-09): its referrals, deadlines, contact, the customer's
 * answer to the quote, visit, pre-travel check, checklist and the discount coupon.
 */
export function InstallerPortalPage() {
  const { t } = useTranslation();
  const portal = useInstallerPortal();
  return (
    <div className="page">
      <PageHeader
        title={t('referral.portal.title')}
        subtitle={
          portal.data ? t('referral.portal.subtitle', { company: portal.data.installer.company }) : undefined
        }
      />
      {portal.error ? <ErrorBanner error={portal.error} /> : null}
      <Banner tone="info">{t('referral.portal.advice')}</Banner>
      {portal.data && portal.data.items.length === 0 ? (
        <p className="muted">{t('referral.portal.empty')}</p>
      ) : null}
      {portal.data?.items.map((r) => (
        <PortalReferral key={r.id} r={r} resellerName={portal.data.resellerName} />
      ))}
    </div>
  );
}

function PortalReferral({ r, resellerName }: { r: Referral; resellerName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const date = (d: string) => format.date(`${d}T12:00:00Z`);
  const [visitDate, setVisitDate] = useState(r.visitDate ?? '');
  const [safety, setSafety] = useState('');
  const [items, setItems] = useState<Record<string, string>>(() =>
    Object.fromEntries(ITEMS.map((k) => [k, OPTIONAL.has(k) ? 'not_needed' : 'done'])),
  );
  const contact = useReferralPost<string>((id) => `/api/referral/portal/referrals/${id}/contact`);
  const visit = useReferralPost<{ visitDate: string; safetyReason?: string }>(
    () => `/api/referral/portal/referrals/${r.id}/visit`,
    (v) => v,
  );
  const quote = useReferralPost<'accepted' | 'refused'>(
    () => `/api/referral/portal/referrals/${r.id}/quote`,
    (decision) => ({ decision }),
  );
  const [equipment, setEquipment] = useState(false);
  const [credentials, setCredentials] = useState(false);
  const pretravel = useReferralPost<{ equipmentReceived: boolean; credentialsReceived: boolean }>(
    () => `/api/referral/portal/referrals/${r.id}/pretravel-check`,
    (v) => v,
  );
  const coupon = useReferralPost<'printed' | 'paper'>(
    () => `/api/referral/portal/referrals/${r.id}/coupon`,
    (medium) => ({ medium }),
  );
  const checklist = useReferralPost<Record<string, string>>(
    () => `/api/referral/portal/referrals/${r.id}/checklist`,
    (v) => ({ items: v }),
  );
  return (
    <Card
      title={`${r.reference} · ${r.accountName}`}
      actions={<StatusPill tone="info">{t(`referral.status.${r.status as 'sent'}`)}</StatusPill>}
    >
      <p>
        {r.postalCode} {r.communeName} ·{' '}
        {r.contactedAt
          ? t('referral.card.contactedAt', { date: format.dateTime(r.contactedAt) })
          : t('referral.card.contactBy', { date: format.dateTime(r.contactBy) })}
        <br />
        {r.visitDate
          ? t('referral.card.visitDate', { date: date(r.visitDate) })
          : t('referral.card.visitWindow', { from: date(r.visitFrom), to: date(r.visitTo) })}
      </p>
      {r.status === 'sent' ? (
        <>
          {contact.error ? <ErrorBanner error={contact.error} /> : null}
          <Button
            variant="primary"
            loading={contact.isPending}
            onClick={() =>
              contact.mutate(r.id, {
                onSuccess: () => toast({ tone: 'success', title: t('referral.portal.contactRecorded') }),
              })
            }
          >
            {t('referral.portal.recordContact')}
          </Button>
        </>
      ) : null}
      {r.status === 'contacted' && r.quoteDecision === null ? (
        <div role="group" aria-label={t('referral.portal.quote')}>
          <h3 className="referral__subtitle">{t('referral.portal.quote')}</h3>
          {quote.error ? <ErrorBanner error={quote.error} /> : null}
          <Button variant="primary" loading={quote.isPending} onClick={() => quote.mutate('accepted')}>
            {t('referral.portal.quoteAccepted')}
          </Button>{' '}
          <Button loading={quote.isPending} onClick={() => quote.mutate('refused')}>
            {t('referral.portal.quoteRefused')}
          </Button>
        </div>
      ) : null}
      {(r.status === 'contacted' && r.quoteDecision === 'accepted') || r.status === 'visit_booked' ? (
        <Form
          aria-label={t('referral.portal.bookVisit')}
          onSubmit={() =>
            visit.mutate(
              { visitDate, ...(safety.trim() ? { safetyReason: safety } : {}) },
              { onSuccess: () => toast({ tone: 'success', title: t('referral.portal.visitBooked') }) },
            )
          }
        >
          {visit.error ? <ErrorBanner error={visit.error} /> : null}
          <TextField
            type="date"
            label={t('referral.portal.visitDate')}
            value={visitDate}
            required
            onChange={(e) => setVisitDate(e.target.value)}
          />
          <TextField
            label={t('referral.portal.safetyReason')}
            hint={t('referral.portal.safetyHint')}
            value={safety}
            onChange={(e) => setSafety(e.target.value)}
          />
          <FormActions>
            <Button type="submit" loading={visit.isPending}>
              {t('referral.portal.bookVisit')}
            </Button>
          </FormActions>
        </Form>
      ) : null}
      {r.status === 'visit_booked' && !r.pretravelCheckedAt ? (
        <Form
          aria-label={t('referral.portal.pretravel')}
          onSubmit={() =>
            pretravel.mutate(
              { equipmentReceived: equipment, credentialsReceived: credentials },
              { onSuccess: () => toast({ tone: 'success', title: t('referral.portal.pretravelDone') }) },
            )
          }
        >
          <h3 className="referral__subtitle">{t('referral.portal.pretravel')}</h3>
          {pretravel.error ? <ErrorBanner error={pretravel.error} /> : null}
          <Checkbox
            label={t('referral.portal.equipmentReceived')}
            checked={equipment}
            onChange={(e) => setEquipment(e.target.checked)}
          />
          <Checkbox
            label={t('referral.portal.credentialsReceived')}
            checked={credentials}
            onChange={(e) => setCredentials(e.target.checked)}
          />
          <FormActions>
            <Button type="submit" loading={pretravel.isPending}>
              {t('referral.portal.savePretravel')}
            </Button>
          </FormActions>
        </Form>
      ) : null}
      {r.status === 'completed' && !r.coupon ? (
        <div role="group" aria-label={t('referral.portal.coupon')}>
          <h3 className="referral__subtitle">{t('referral.portal.coupon')}</h3>
          <p className="muted">{t('referral.portal.couponHint', { reseller: resellerName })}</p>
          {coupon.error ? <ErrorBanner error={coupon.error} /> : null}
          <Button variant="primary" loading={coupon.isPending} onClick={() => coupon.mutate('printed')}>
            {t('referral.portal.issuePrinted')}
          </Button>{' '}
          <Button loading={coupon.isPending} onClick={() => coupon.mutate('paper')}>
            {t('referral.portal.issuePaper')}
          </Button>
        </div>
      ) : null}
      {r.coupon ? <CouponSheet coupon={r.coupon} referral={r} resellerName={resellerName} /> : null}
      {r.status === 'visit_booked' && r.pretravelCheckedAt ? (
        <Form
          aria-label={t('referral.portal.checklist')}
          onSubmit={() =>
            checklist.mutate(items, {
              onSuccess: () => toast({ tone: 'success', title: t('referral.portal.checklistDone') }),
            })
          }
        >
          <h3 className="referral__subtitle">{t('referral.portal.checklist')}</h3>
          {checklist.error ? <ErrorBanner error={checklist.error} /> : null}
          {ITEMS.map((k) => (
            <Select
              key={k}
              label={t(`referral.portal.items.${k}`)}
              value={items[k]}
              onChange={(e) => setItems({ ...items, [k]: e.target.value })}
              options={(OPTIONAL.has(k) ? ['done', 'not_needed', 'not_done'] : ['done', 'not_done']).map(
                (v) => ({
                  value: v,
                  label: t(`referral.portal.values.${v as 'done'}`),
                }),
              )}
            />
          ))}
          <FormActions>
            <Button type="submit" variant="primary" loading={checklist.isPending}>
              {t('referral.portal.saveChecklist')}
            </Button>
          </FormActions>
        </Form>
      ) : null}
    </Card>
  );
}
