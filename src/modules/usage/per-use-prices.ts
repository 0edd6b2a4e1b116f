import { parseMoney } from '../../platform/money/index.ts';
import type { OfferDetail } from '../catalog/service.ts';
import type { PerUsePrices } from './rules.ts';

/** The offer's per-use prices (minor units) from the catalog, null where "à définir". */
export function perUsePrices(offer: OfferDetail): PerUsePrices {
  const minor = (component: string) => {
    const p = offer.prices.find((x) => x.component === component);
    if (!p || p.amount === null) return null;
    return parseMoney(p.amount, p.currency as 'EUR', false).amount;
  };
  return {
    perMinute: minor('per_minute'),
    perSms: minor('per_sms'),
    perMms: minor('per_mms'),
    perMb: minor('per_mb'),
  };
}
