import { useTranslation } from 'react-i18next';
import type { CatalogPrice } from '../../api/catalog.ts';
import type { Session } from '../../api/types.ts';
import { can } from '../../app/permissions.ts';
import { intlLocale } from '../../i18n/intl-locale.ts';

/** Setting prices needs the policy catalog.manage, as the session lists it. */
export function canManageCatalog(session: Pick<Session, 'permissions'>): boolean {
  return can(session, 'catalog.manage');
}

const GB = 1024;

/** How the catalog's prices and volumes read: "7,50 € HT", "50 Go", "1 To". */
export function useCatalogFormat() {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const fr = i18n.language !== 'en';
  const money = (amount: string, currency: string) =>
    new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(amount as Intl.StringNumericLiteral);
  const price = (p: CatalogPrice): string => {
    if (p.toBeSet) return t('catalog.toBeSet');
    if (p.tiers)
      return p.tiers.map((tier) => `≥ ${volume(tier.fromMb)} : ${money(tier.perMb, p.currency)}`).join(' · ');
    return `${money(p.amount ?? '0', p.currency)} ${fr ? 'HT' : 'excl. VAT'}`;
  };
  const volume = (mb: number): string => {
    const n = new Intl.NumberFormat(locale);
    if (mb >= GB * GB) return `${n.format(mb / (GB * GB))} ${fr ? 'To' : 'TB'}`;
    if (mb >= GB) return `${n.format(mb / GB)} ${fr ? 'Go' : 'GB'}`;
    return `${n.format(mb)} ${fr ? 'Mo' : 'MB'}`;
  };
  const envelope = (mb: number | null): string =>
    mb === null ? t('catalog.payPerUse') : mb === 0 ? t('catalog.noData') : volume(mb);
  return { money, price, volume, envelope };
}
