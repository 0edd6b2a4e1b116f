export {
  addMoney,
  compareMoney,
  CURRENCY_DIGITS,
  divideRoundHalfUp,
  money,
  multiplyMoney,
  parseMoney,
  prorate,
  prorateFirstMonth,
  subtractMoney,
  sumMoney,
  toDecimal,
  zero,
  type Currency,
  type Money,
} from './money.ts';
export {
  splitVat,
  toVatExcluded,
  toVatIncluded,
  VAT_RATES,
  vatRateOn,
  type BasisPoints,
  type VatRate,
} from './vat.ts';
export { formatMoney } from './format.ts';
