import { describe, expect, it } from 'vitest';
import { optionAllowed, rechargeAllowed } from './rules.ts';
import { catalogOffer, catalogOption } from '../../../test/support/catalog.ts';

/** Options and recharges an offer takes. */

const offer = catalogOffer;
const option = catalogOption;

describe('options allowed on an offer', () => {
  it.each([
    // CAT-11: eSIM is Orange only.
    ['CAT-11 eSIM on Orange unlimited', 'orange-unlimited-10gb-blocked', 'orange-esim', null],
    ['CAT-11 eSIM on Orange data-only', 'orange-data-only-10gb-unblocked', 'orange-esim', null],
    [
      'CAT-11 no eSIM on Bouygues',
      'bouygues-unlimited-10gb-blocked',
      'orange-esim',
      'catalog.option_wrong_network',
    ],
    // CAT-12 + Reading 12: Orange fixed IP on blocked data plans and pay-as-you-go only.
    [
      'CAT-12 fixed IP on Orange blocked unlimited',
      'orange-unlimited-10gb-blocked',
      'orange-fixed-ip-internet-only',
      null,
    ],
    [
      'CAT-12 Reading 12 no fixed IP on Orange unblocked',
      'orange-unlimited-10gb-unblocked',
      'orange-fixed-ip-internet-only',
      'catalog.option_blocked_plans_only',
    ],
    [
      'CAT-12 fixed IP on Orange blocked data-only',
      'orange-data-only-50gb-blocked',
      'orange-fixed-ip-partner-l2tp',
      null,
    ],
    ['CAT-12 fixed IP on Orange pay-as-you-go', 'orange-payg', 'orange-fixed-ip-internet-only', null],
    [
      'CAT-12 fixed IP on Orange data pay-as-you-go',
      'orange-data-payg',
      'orange-fixed-ip-internet-only',
      null,
    ],
    [
      'CAT-12 no fixed IP on an Orange plan without data',
      'orange-unlimited-nodata-blocked',
      'orange-fixed-ip-internet-only',
      'catalog.option_needs_data',
    ],
    [
      'CAT-10 CAT-12 fixed IP on blocked M2M',
      'orange-m2m-10mb-blocked',
      'orange-fixed-ip-internet-only',
      null,
    ],
    [
      'CAT-12 no fixed IP on Travel (unblocked)',
      'orange-travel-20gb',
      'orange-fixed-ip-internet-only',
      'catalog.option_wrong_range',
    ],
    [
      'CAT-12 Bouygues fixed IP on unblocked',
      'bouygues-unlimited-10gb-unblocked',
      'bouygues-fixed-ip-internet-only',
      null,
    ],
    ['CAT-12 Bouygues fixed IP on pay-as-you-go', 'bouygues-payg', 'bouygues-fixed-ip-internet-only', null],
    [
      'CAT-12 Bouygues option on Orange',
      'orange-payg',
      'bouygues-fixed-ip-internet-only',
      'catalog.option_wrong_network',
    ],
    // CAT-15: Orange roaming options on unlimited voice + data plans.
    [
      'CAT-15 roaming option on Orange unlimited',
      'orange-unlimited-5gb-unblocked',
      'orange-roaming-usa-canada-data-3gb',
      null,
    ],
    [
      'CAT-15 no roaming option without data',
      'orange-unlimited-nodata-unblocked',
      'orange-roaming-maghreb-turkey-data-1gb',
      'catalog.option_needs_data',
    ],
    [
      'CAT-07 no roaming on data-only',
      'orange-data-only-10gb-blocked',
      'orange-roaming-maghreb-turkey-data-1gb',
      'catalog.option_wrong_range',
    ],
    // CAT-18: Travel takes Maghreb+Turkey and rest-of-world options; USA/Canada is included.
    ['CAT-18 Travel Maghreb option', 'orange-travel-30gb', 'orange-roaming-maghreb-turkey-data-3gb', null],
    [
      'CAT-18 Travel voice+data rest of world',
      'orange-travel-30gb',
      'orange-roaming-rest-of-world-voice-data-1gb',
      null,
    ],
    [
      'CAT-18 Travel has no USA/Canada option',
      'orange-travel-30gb',
      'orange-roaming-usa-canada-data-3gb',
      'catalog.option_wrong_range',
    ],
    ['CAT-18 Travel cut-off rest of world', 'orange-travel-30gb', 'orange-cutoff-rest-of-world-500mb', null],
    // USE-05: Bouygues cut-offs in euros on unlimited plans.
    [
      'USE-05 Bouygues Europe cut-off',
      'bouygues-unlimited-nodata-blocked',
      'bouygues-cutoff-europe-0eur',
      null,
    ],
    // CAT-14: the option lists per network; visual voicemail needs data.
    ['CAT-14 Orange conference on Travel', 'orange-travel-20gb', 'orange-conference', null],
    [
      'CAT-14 visual voicemail needs data',
      'orange-unlimited-nodata-blocked',
      'orange-visual-voicemail',
      'catalog.option_needs_data',
    ],
    [
      'CAT-14 Bouygues international block',
      'bouygues-unlimited-1gb-blocked',
      'bouygues-international-voice-block',
      null,
    ],
    [
      'CAT-07 no voice option on data-only',
      'bouygues-data-only-10gb-blocked',
      'bouygues-international-voice-block',
      'catalog.option_wrong_range',
    ],
    // CAT-13: VoWiFi/VoLTE on voice plans of both networks.
    ['CAT-13 VoLTE on Bouygues', 'bouygues-unlimited-1gb-blocked', 'bouygues-volte', null],
  ])('%s', (_name, offerCode, optionCode, expected) => {
    expect(optionAllowed(offer(offerCode), option(optionCode))?.code ?? null).toBe(expected);
  });
});

describe('recharges (CAT-02, CAT-03, CAT-07, CAT-09, CAT-10, CAT-16)', () => {
  it.each([
    [
      'CAT-03 Orange: any recharge on an unblocked plan',
      'orange-unlimited-10gb-unblocked',
      'orange-recharge-unlimited-50gb',
      null,
    ],
    [
      'CAT-03 Orange: recharge even on a blocked plan',
      'orange-unlimited-10gb-blocked',
      'orange-recharge-unlimited-1gb',
      null,
    ],
    [
      'CAT-03 Bouygues blocked: any recharge',
      'bouygues-unlimited-10gb-blocked',
      'bouygues-recharge-unlimited-500gb',
      null,
    ],
    [
      'CAT-03 Bouygues unblocked: only its own volume',
      'bouygues-unlimited-10gb-unblocked',
      'bouygues-recharge-unlimited-5gb',
      'catalog.recharge_same_volume_only',
    ],
    [
      'CAT-03 Bouygues unblocked: its own volume',
      'bouygues-unlimited-10gb-unblocked',
      'bouygues-recharge-unlimited-10gb',
      null,
    ],
    [
      'CAT-16 Bouygues unblocked data-only: own volume only',
      'bouygues-data-only-150gb-unblocked',
      'bouygues-recharge-data-only-1gb',
      'catalog.recharge_same_volume_only',
    ],
    [
      'CAT-16 Orange data-only unblocked: any',
      'orange-data-only-150gb-unblocked',
      'orange-recharge-data-only-1tb',
      null,
    ],
    [
      'CAT-07 data-only takes data-only steps, not unlimited ones',
      'orange-data-only-10gb-blocked',
      'orange-recharge-unlimited-5gb',
      'catalog.recharge_not_available',
    ],
    ['CAT-10 M2M recharge 50 MB', 'orange-m2m-10mb-unblocked', 'orange-recharge-m2m-50mb', null],
    ['CAT-09 pay-as-you-go recharge', 'bouygues-data-payg', 'bouygues-recharge-payg-100gb', null],
    [
      'a recharge of the other network',
      'bouygues-unlimited-10gb-blocked',
      'orange-recharge-unlimited-10gb',
      'catalog.option_wrong_network',
    ],
    ['not a recharge', 'orange-unlimited-10gb-blocked', 'orange-esim', 'catalog.recharge_not_available'],
  ])('%s', (_name, offerCode, rechargeCode, expected) => {
    expect(rechargeAllowed(offer(offerCode), option(rechargeCode))?.code ?? null).toBe(expected);
  });

  it('CAT-03 a Bouygues unblocked plan without data takes no recharge', () => {
    expect(offer('bouygues-unlimited-nodata-unblocked').recharge).toBe('none');
    expect(
      rechargeAllowed(offer('bouygues-unlimited-nodata-unblocked'), option('bouygues-recharge-unlimited-1gb'))
        ?.code,
    ).toBe('catalog.recharge_not_available');
  });
});
