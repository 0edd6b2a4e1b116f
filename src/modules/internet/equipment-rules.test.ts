import { describe, expect, it } from 'vitest';
import { ISRAEL_ZONE as ZONE, at } from '../../../test/support/internet.ts';
import { RETURN_PLACES, returnPlacesOf } from './data/return-places.ts';
import { boxReturnDeadline, checkTrackingNumber, oldBoxReturnRefusal } from './rules.ts';

describe('NET-10 the old box of a replacement is due back 30 days later (Asia/Jerusalem)', () => {
  it.each([
    {
      why: 'swapped on Thursday 12 November 2026 at 10:00: due by 12 December 00:00',
      swapped: '2026-11-12T10:00+02:00',
      due: '2026-12-12T00:00+02:00',
    },
    {
      why: 'swapped at 00:30 local (still the day before in UTC): counted from the local day',
      swapped: '2026-11-11T22:30Z',
      due: '2026-12-12T00:00+02:00',
    },
    {
      why: 'before Rosh Hashana 2026: calendar days, a holiday does not move the deadline',
      swapped: '2026-09-01T12:00+03:00',
      due: '2026-10-01T00:00+03:00',
    },
    {
      why: 'DST ends (25 October 2026): 00:00 winter time',
      swapped: '2026-10-10T12:00+03:00',
      due: '2026-11-09T00:00+02:00',
    },
    {
      why: 'DST starts (27 March 2026): 00:00 summer time',
      swapped: '2026-03-10T12:00+02:00',
      due: '2026-04-09T00:00+03:00',
    },
    {
      why: 'across Pesach 2027 (22 April)',
      swapped: '2027-04-01T09:00+03:00',
      due: '2027-05-01T00:00+03:00',
    },
  ])('NET-10 NET-06 $why', ({ swapped, due }) => {
    expect(boxReturnDeadline(at(swapped), ZONE)).toEqual(at(due));
  });

  it.each([
    { why: 'not yet back nor charged: it can be recorded', returnedAt: null, feeChargedAt: null, code: null },
    {
      why: 'already recorded returned',
      returnedAt: at('2026-11-20T10:00Z'),
      feeChargedAt: null,
      code: 'internet.old_box_already_returned',
    },
    {
      why: 'its 250 ₪ already charged at the deadline',
      returnedAt: null,
      feeChargedAt: at('2026-12-11T22:00Z'),
      code: 'internet.old_box_fee_charged',
    },
  ])('NET-10 the old box’s return: $why', ({ returnedAt, feeChargedAt, code }) => {
    expect(oldBoxReturnRefusal({ returnedAt, feeChargedAt })?.code ?? null).toBe(code);
  });
});

describe('NET-04 the courier’s tracking number', () => {
  it.each([
    { input: 'IL123456789', value: 'IL123456789' },
    { input: ' il 1234 5678 ', value: 'IL12345678' },
    { input: 'HFD-20261112-07', value: 'HFD-20261112-07' },
    { input: '1234', value: '1234' },
  ])('NET-04 "$input" is recorded as "$value"', ({ input, value }) => {
    expect(checkTrackingNumber(input)).toEqual({ ok: true, value });
  });

  it.each([
    { why: 'too short', input: '123' },
    { why: 'punctuation', input: 'IL#12345' },
    { why: 'a leading dash', input: '-12345' },
    { why: 'over 40 characters', input: 'A'.repeat(41) },
    { why: 'blank', input: '   ' },
  ])('NET-04 refused: $why', ({ input }) => {
    expect(checkTrackingNumber(input)).toMatchObject({
      ok: false,
      refusal: { code: 'internet.tracking_number_invalid', params: { value: input } },
    });
  });
});

describe('NET-06 NET-10 where boxes go back (seed 000)', () => {
  it('NET-06 HOT: its points, only those with Support; Partner: its service centres — links, no addresses', () => {
    expect(returnPlacesOf('hot', 'fr')).toEqual([
      {
        name: 'Points de vente et de service HOT',
        url: 'https://www.hotmobile.co.il/HOTmobile_fr/Pages/Points-de-vente-et-de-service.aspx',
        note: 'uniquement les points avec Support',
      },
    ]);
    expect(returnPlacesOf('partner', 'en')).toEqual([
      { name: 'Partner service centres', url: 'https://www.partner.co.il/n/servicecenter/', note: null },
    ]);
    expect(RETURN_PLACES.map((p) => p.operator).sort()).toEqual(['hot', 'partner']);
  });
});
