/**
 * The catalog's use cases, one per file: browse-catalog.ts (offers, options, an offer's detail
 * and its fixed-IP access), set-price.ts (an admin's price version), tmf.ts (TMF620), with the
 * views they share in views.ts. Other modules read the catalog through lookup.ts.
 */
export {
  fixedIpAccess,
  getOffer,
  listOffers,
  listOptions,
  type FixedIpAccessView,
} from './browse-catalog.ts';
export { setPrice, type PriceVersionView, type SetPriceInput } from './set-price.ts';
export {
  getProductOffering,
  listProductOfferings,
  TMF620_BASE,
  TMF620_FILTERS,
  type TmfProductOffering,
} from './tmf.ts';
export type { BlockingAnswerView, OfferDetail, OfferView, OptionView, PriceView } from './views.ts';
