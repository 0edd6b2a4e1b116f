import { describe, expect, it } from 'vitest';
import { CATALOG_2026_01 } from './data/catalog-2026-01.ts';
import { BLOCKABLE, type Blockable, type FixedIpAccess, type OfferDef } from './model.ts';
import {
  blockingCapability,
  fairUseExceeded,
  fixedIpCredentialsBy,
  internationalMsisdn,
  partnerPlatformLogin,
  type FairUseUsage,
} from './rules.ts';
import { catalogOffer, catalogOption } from '../../../test/support/catalog.ts';

/** The catalog's operator terms (fair use, blocking, fixed-IP access) and the rules that read them. */

const offer = catalogOffer;
const option = catalogOption;
const access = (code: string): FixedIpAccess => {
  const a = option(code).fixedIpAccess;
  if (!a) throw new Error(`${code} has no fixed-IP access`);
  return a;
};
const partnerForm = (network: 'orange' | 'bouygues') => {
  const form = access(`${network}-fixed-ip-partner-l2tp`).partnerLogin;
  if (!form) throw new Error('no partner login form');
  return form;
};

const ORANGE_UNLIMITED = offer('orange-unlimited-5gb-blocked');
const BOUYGUES_UNLIMITED = offer('bouygues-unlimited-5gb-blocked');
const WITHIN: FairUseUsage = {
  distinctCallees: 250,
  distinctSmsMmsRecipients: 250,
  longestCallSeconds: 2 * 3600,
  maxSmsInOneHour: 500,
  permanentForwarding: false,
};

describe('CAT-05 CAT-22 fair use of the unlimited plans, as catalog data', () => {
  it('CAT-05 every unlimited and Travel plan carries the fair use; data-only, payg and M2M none', () => {
    for (const o of CATALOG_2026_01.offers) {
      const unlimited = o.range === 'unlimited' || o.range === 'travel';
      expect(o.fairUse === null, o.code).toBe(!unlimited);
    }
    expect(BOUYGUES_UNLIMITED.fairUse).toEqual({
      distinctCalleesPerMonth: 250,
      distinctSmsMmsRecipientsPerMonth: 250,
      maxCallSeconds: 7200,
      beyond: 'billed_per_use',
      abuseMayCutLine: true,
      smsPerHour: null,
      permanentCallForwarding: false,
    });
  });

  it('CAT-05 CAT-22 Orange adds 500 SMS an hour, then SMS suspended 3 days, best effort', () => {
    expect(ORANGE_UNLIMITED.fairUse?.smsPerHour).toEqual({ max: 500, suspensionDays: 3, bestEffort: true });
    expect(offer('orange-travel-20gb').fairUse?.smsPerHour?.max).toBe(500);
  });
});

describe('CAT-05 CAT-22 fairUseExceeded: which limit a month of usage exceeds', () => {
  const cases: {
    name: string;
    offer: OfferDef;
    usage: Partial<FairUseUsage>;
    expected: { limit: string; consequence: string }[];
  }[] = [
    {
      name: 'CAT-05 at every limit exactly: nothing exceeded',
      offer: ORANGE_UNLIMITED,
      usage: {},
      expected: [],
    },
    {
      name: 'CAT-05 251 distinct callees: billed per use beyond',
      offer: BOUYGUES_UNLIMITED,
      usage: { distinctCallees: 251 },
      expected: [{ limit: 'distinct_callees', consequence: 'billed_per_use' }],
    },
    {
      name: 'CAT-05 251 distinct SMS/MMS recipients: billed per use beyond',
      offer: ORANGE_UNLIMITED,
      usage: { distinctSmsMmsRecipients: 251 },
      expected: [{ limit: 'distinct_sms_mms_recipients', consequence: 'billed_per_use' }],
    },
    {
      name: 'CAT-05 a call of 2 h and 1 s exceeds the 2 h per call',
      offer: BOUYGUES_UNLIMITED,
      usage: { longestCallSeconds: 7201 },
      expected: [{ limit: 'call_duration', consequence: 'billed_per_use' }],
    },
    {
      name: 'CAT-05 CAT-22 Orange: 501 SMS in an hour suspends SMS sending (best effort)',
      offer: ORANGE_UNLIMITED,
      usage: { maxSmsInOneHour: 501 },
      expected: [{ limit: 'sms_per_hour', consequence: 'sms_suspended' }],
    },
    {
      name: 'CAT-05 Bouygues has no hourly SMS limit',
      offer: BOUYGUES_UNLIMITED,
      usage: { maxSmsInOneHour: 5000 },
      expected: [],
    },
    {
      name: 'CAT-05 permanent call forwarding is not included',
      offer: ORANGE_UNLIMITED,
      usage: { permanentForwarding: true },
      expected: [{ limit: 'permanent_call_forwarding', consequence: 'not_included' }],
    },
    {
      name: 'CAT-05 several limits at once, in the rule’s order',
      offer: ORANGE_UNLIMITED,
      usage: { distinctCallees: 300, longestCallSeconds: 9000, maxSmsInOneHour: 600 },
      expected: [
        { limit: 'distinct_callees', consequence: 'billed_per_use' },
        { limit: 'call_duration', consequence: 'billed_per_use' },
        { limit: 'sms_per_hour', consequence: 'sms_suspended' },
      ],
    },
    {
      name: 'CAT-05 a data-only plan has no fair use to exceed',
      offer: offer('orange-data-only-10gb-blocked'),
      usage: { distinctCallees: 1000 },
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ offer: o, usage, expected }) => {
    const breaches = fairUseExceeded({ ...WITHIN, ...usage }, o.fairUse);
    expect(breaches.map((b) => ({ limit: b.limit, consequence: b.consequence }))).toEqual(expected);
  });

  it('CAT-22 the Orange SMS suspension says 3 days and best effort', () => {
    const [breach] = fairUseExceeded({ ...WITHIN, maxSmsInOneHour: 501 }, ORANGE_UNLIMITED.fairUse);
    expect(breach).toEqual({
      limit: 'sms_per_hour',
      value: 501,
      max: 500,
      consequence: 'sms_suspended',
      suspensionDays: 3,
      bestEffort: true,
    });
  });
});

describe('CAT-19 blockingCapability: can this line block X', () => {
  const table: [string, OfferDef, Blockable, ReturnType<typeof blockingCapability>][] = [
    [
      'Orange cannot block calls to international',
      ORANGE_UNLIMITED,
      'calls_international',
      { canBlock: false, reason: 'network' },
    ],
    [
      'Orange cannot block SMS/MMS to international',
      ORANGE_UNLIMITED,
      'sms_mms_international',
      { canBlock: false, reason: 'network' },
    ],
    [
      'Orange cannot block calls in roaming',
      ORANGE_UNLIMITED,
      'calls_roaming',
      { canBlock: false, reason: 'network' },
    ],
    [
      'Orange cannot block SMS/MMS in roaming',
      offer('orange-travel-50gb'),
      'sms_mms_roaming',
      { canBlock: false, reason: 'network' },
    ],
    [
      'Bouygues blocks international calls at order, then through options (CAT-14)',
      BOUYGUES_UNLIMITED,
      'calls_international',
      {
        canBlock: true,
        atOrder: true,
        options: ['bouygues-international-voice-block', 'bouygues-eea-to-international-block'],
      },
    ],
    [
      'Bouygues blocks SMS/MMS from France to the EEA through an option only',
      offer('bouygues-payg'),
      'calls_sms_mms_france_to_eea',
      { canBlock: true, atOrder: false, options: ['bouygues-france-to-eea-block'] },
    ],
    [
      'Bouygues blocks calls from the EEA to international through an option',
      BOUYGUES_UNLIMITED,
      'calls_roaming',
      { canBlock: true, atOrder: false, options: ['bouygues-eea-to-international-block'] },
    ],
    [
      'a data-only line has no calls to block',
      offer('bouygues-data-only-10gb-blocked'),
      'calls_international',
      { canBlock: false, reason: 'no_such_usage' },
    ],
  ];
  it.each(table)('CAT-19 %s', (_name, o, what, expected) => {
    expect(blockingCapability(o, what)).toEqual(expected);
  });

  it('CAT-19 Bouygues bars risky roaming destinations by default (lifted by an option); Orange does not', () => {
    expect(BOUYGUES_UNLIMITED.blocking.riskyRoamingDestinationsBarred).toBe(true);
    expect(BOUYGUES_UNLIMITED.blocking.liftRiskyDestinationsOption).toBe('bouygues-risky-destinations');
    expect(ORANGE_UNLIMITED.blocking.riskyRoamingDestinationsBarred).toBe(false);
  });

  it('CAT-19 every Orange offer answers "cannot" for everything; every blocking option exists on its network', () => {
    for (const o of CATALOG_2026_01.offers.filter((x) => x.network === 'orange'))
      for (const what of BLOCKABLE)
        expect(blockingCapability(o, what).canBlock, `${o.code} ${what}`).toBe(false);
    for (const o of CATALOG_2026_01.offers)
      for (const what of BLOCKABLE)
        for (const code of o.blocking.ways[what]?.options ?? []) expect(option(code).network).toBe(o.network);
  });
});

describe('CAT-20 fixed-IP access: partner-platform login and Orange IPsec', () => {
  it.each([
    ['0612345678', '33612345678'],
    ['06 12 34 56 78', '33612345678'],
    ['+33 6 12 34 56 78', '33612345678'],
    ['0033612345678', '33612345678'],
    ['07000080910112', '337000080910112'],
    ['07 000 080 910 112', '337000080910112'],
    ['612345678', null],
    ['06123456789', null],
    ['06-12-34-56-7a', null],
  ])('CAT-20 ACC-02 international form of %s is %s', (national, international) => {
    expect(internationalMsisdn(national)).toBe(international);
  });

  it.each([
    ['bouygues', '0612345678', 'partner', '33612345678@partner.btd'],
    ['bouygues', '06 12 34 56 78', 'partner2', '33612345678@partner2.btd'],
    // Seed 003's example: 15D 337000080910112, i.e. the 14-digit Orange data number 07000080910112.
    ['orange', '07000080910112', 'partner', '337000080910112@partner.otd'],
    ['orange', '0612345678', 'partner', null],
    ['bouygues', '07000080910112', 'partner', null],
    ['bouygues', '0612345678', 'Partner.evil', null],
  ] as const)('CAT-20 %s line %s on platform %s logs in as %s', (network, msisdn, platform, login) => {
    expect(partnerPlatformLogin(partnerForm(network), msisdn, platform)).toBe(login);
  });

  it('CAT-20 Orange internet-only needs an IPsec tunnel; credentials by delivery + 30 min', () => {
    const orange = access('orange-fixed-ip-internet-only');
    expect(orange).toMatchObject({
      delivery: 'internet_only',
      ipsecTunnel: true,
      credentialsWithinMinutes: 30,
    });
    expect(fixedIpCredentialsBy(orange, new Date('2026-11-23T09:05:00Z'))?.toISOString()).toBe(
      '2026-11-23T09:35:00.000Z',
    );
    expect(fixedIpCredentialsBy(orange, null)).toBeNull();
    const bouygues = access('bouygues-fixed-ip-internet-only');
    expect(bouygues.ipsecTunnel).toBe(false);
    expect(fixedIpCredentialsBy(bouygues, new Date('2026-11-23T09:05:00Z'))).toBeNull();
  });

  it('CAT-20 every fixed-IP option, and only those, says how it reaches the Internet', () => {
    for (const o of CATALOG_2026_01.options)
      expect(o.fixedIpAccess !== undefined, o.code).toBe(o.kind === 'fixed_ip');
    expect(partnerForm('orange')).toEqual({ domainSuffix: 'otd', msisdnDigits: 15 });
    expect(partnerForm('bouygues')).toEqual({ domainSuffix: 'btd', msisdnDigits: 11 });
  });
});
