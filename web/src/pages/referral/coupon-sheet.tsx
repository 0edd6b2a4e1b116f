import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Coupon, Referral } from '../../api/referral.ts';
import { useFormat } from '../../app/format.ts';
import { Button } from '../../kit/button.tsx';

/**
 * REF-06: the printable discount coupon. Printing shows this sheet alone (referral.css, @media
 * print): the page marks it while the browser's print dialog is open. On paper, the customer fills
 * it in and sends it back with copies of the internet and installation invoices.
 */
export function CouponSheet({
  coupon,
  referral,
  resellerName,
}: {
  coupon: Coupon;
  referral: Referral;
  resellerName: string;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const amount = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
    style: 'currency',
    currency: coupon.currency,
  }).format(coupon.amountMinor / 100);
  const [printing, setPrinting] = useState(false);
  const print = () => {
    // The sheet must be marked before the (blocking) print dialog opens.
    flushSync(() => setPrinting(true));
    document.body.dataset.printing = 'coupon';
    window.addEventListener(
      'afterprint',
      () => {
        delete document.body.dataset.printing;
        setPrinting(false);
      },
      { once: true },
    );
    window.print();
  };
  return (
    <section
      className={printing ? 'coupon-sheet coupon-sheet--printing' : 'coupon-sheet'}
      aria-label={t('referral.coupon.title')}
    >
      <h3 className="referral__subtitle">{t('referral.coupon.title')}</h3>
      <p>
        {t('referral.coupon.value', {
          amount,
          reseller: resellerName,
        })}
      </p>
      <p>
        {t('referral.coupon.code')} <strong className="coupon-sheet__code">{coupon.code}</strong>
      </p>
      <p className="muted">
        {t('referral.coupon.issued', {
          date: format.dateTime(coupon.issuedAt),
          medium: t(`referral.coupon.media.${coupon.medium}`),
          reference: referral.reference,
        })}
      </p>
      <div className="coupon-sheet__fill">
        <p>{t('referral.coupon.fillName')} ____________________________</p>
        <p>{t('referral.coupon.fillAddress')} ____________________________</p>
        <p>{t('referral.coupon.fillSignature')} ____________________________</p>
      </div>
      <p>{t('referral.coupon.returnWith')}</p>
      <p className="muted">{t('referral.coupon.installationInvoice')}</p>
      {coupon.returnedAt ? (
        <p>{t('referral.coupon.returned', { date: format.dateTime(coupon.returnedAt) })}</p>
      ) : null}
      <Button size="sm" className="coupon-sheet__print" onClick={print}>
        {t('referral.coupon.print')}
      </Button>
    </section>
  );
}
