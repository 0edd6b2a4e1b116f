import type {
  AppliesTo,
  CatalogPrice,
  CatalogVersionData,
  FairUse,
  FixedIpAccess,
  Network,
  NetworkBlocking,
  OfferDef,
  OptionDef,
  Range,
  RoamingZone,
} from '../model.ts';

/**
 * Catalog version 2026-01: every offer and option of seed 003 (AlphaLink "Référentiel mobile"),
 * prices in € excl. VAT. A price the seed does not give is `null` ("à définir"): ordering it is
 * refused until a tenant admin sets it. Rule IDs refer to ../shared/RULES.md.
 *
 * A loaded version is immutable (its checksum is stored): change prices as a tenant price version,
 * or add a new data file with a later `effectiveFrom`.
 */

const GB = 1024;
const SEED = 'seed 003';

const price = (component: CatalogPrice['component'], amount: string | null, source: string): CatalogPrice => ({
  component,
  amount,
  source,
});
const monthly = (amount: string | null, source: string) => price('monthly', amount, source);
const free = (source: string) => [monthly('0', source)];

const volumeLabel = (mb: number, lang: 'fr' | 'en'): string => {
  if (mb >= 1024 * 1024) return lang === 'fr' ? `${mb / (1024 * 1024)} To` : `${mb / (1024 * 1024)} TB`;
  if (mb >= GB) return lang === 'fr' ? `${mb / GB} Go` : `${mb / GB} GB`;
  return lang === 'fr' ? `${mb} Mo` : `${mb} MB`;
};
const volumeCode = (mb: number): string =>
  mb >= 1024 * 1024 ? `${mb / (1024 * 1024)}tb` : mb >= GB ? `${mb / GB}gb` : `${mb}mb`;
const NETWORK_NAME: Record<Network, string> = { orange: 'Orange', bouygues: 'Bouygues Telecom' };

// CAT-02: envelopes of the unlimited plans; 0 = voice/SMS/MMS without data.
const UNLIMITED_ENVELOPES_GB = [0, 1, 5, 10, 30, 50, 100, 250, 500];
// CAT-04 + Reading 9: read on the unblocked screen, used for blocked too. Orange only: the seed
// gives no Bouygues unlimited price.
const ORANGE_UNLIMITED_PRICES: Record<number, string> = {
  0: '4',
  1: '7.50',
  5: '7',
  10: '8',
  30: '10.50',
  50: '13',
  100: '20',
  250: '60',
  500: '125',
};
// CAT-07: data-only envelopes (1 TB = 1024 GB).
const DATA_ONLY_ENVELOPES_GB = [1, 10, 20, 50, 100, 150, 200, 500, 1024];
// CAT-08 (read on Orange's order screen); Reading 9: the 1 GB price is not given.
const ORANGE_DATA_ONLY_PRICES: Record<number, string | null> = {
  1: null,
  10: '6',
  20: '9',
  50: '12',
  100: '20',
  150: '30',
  200: '40',
  500: '110',
  1024: '220',
};
// CAT-10: M2M envelopes in MB; Reading 10 prices, 500 MB has none.
const M2M_ENVELOPES_MB = [10, 25, 100, 250, 500];
const M2M_PRICES: Record<number, string | null> = {
  10: '0.60',
  25: '0.80',
  100: '1',
  250: '1.40',
  500: null,
};

// CAT-05 fair use, shown with the unlimited offers.
const FAIR_USE = [
  'fair_use.250_distinct_callees_per_month',
  'fair_use.250_distinct_sms_mms_recipients_per_month',
  'fair_use.calls_up_to_2h_each',
  'fair_use.no_permanent_call_forwarding',
];

// Operator terms (model.ts OFFER_TERMS/OPTION_TERMS): outside the version's checksum, so they are
// the last fields of each item and were added after the version was released.

// CAT-05 fair use of the unlimited plans (Travel's unlimited voice/SMS included); Orange adds at
// most 500 SMS an hour, then SMS sending suspended 3 days, on a best-effort basis (CAT-22).
const fairUse = (network: Network): FairUse => ({
  distinctCalleesPerMonth: 250,
  distinctSmsMmsRecipientsPerMonth: 250,
  maxCallSeconds: 2 * 3600,
  beyond: 'billed_per_use',
  abuseMayCutLine: true,
  smsPerHour: network === 'orange' ? { max: 500, suspensionDays: 3, bestEffort: true } : null,
  permanentCallForwarding: false,
});

// CAT-19: Orange cannot block calls or SMS/MMS in roaming or to international. Bouygues blocks
// international calls at order, then through the CAT-14 options (the seed's only roaming block is
// "from the EEA to international"), and bars risky roaming destinations unless lifted.
const BLOCKING: Record<Network, NetworkBlocking> = {
  orange: {
    ways: {
      calls_international: null,
      sms_mms_international: null,
      calls_roaming: null,
      sms_mms_roaming: null,
      calls_sms_mms_france_to_eea: null,
    },
    riskyRoamingDestinationsBarred: false,
    liftRiskyDestinationsOption: null,
  },
  bouygues: {
    ways: {
      calls_international: {
        atOrder: true,
        options: ['bouygues-international-voice-block', 'bouygues-eea-to-international-block'],
      },
      sms_mms_international: { atOrder: false, options: ['bouygues-eea-to-international-block'] },
      calls_roaming: { atOrder: false, options: ['bouygues-eea-to-international-block'] },
      sms_mms_roaming: { atOrder: false, options: ['bouygues-eea-to-international-block'] },
      calls_sms_mms_france_to_eea: { atOrder: false, options: ['bouygues-france-to-eea-block'] },
    },
    riskyRoamingDestinationsBarred: true,
    liftRiskyDestinationsOption: 'bouygues-risky-destinations',
  },
};

function unlimitedOffer(network: Network, gb: number, blocked: boolean): OfferDef {
  const mb = gb * GB;
  const flag = blocked ? 'blocked' : 'unblocked';
  const data = gb === 0 ? { fr: 'sans data', en: 'no data' } : { fr: volumeLabel(mb, 'fr'), en: volumeLabel(mb, 'en') };
  const orange = network === 'orange';
  return {
    code: `${network}-unlimited-${gb === 0 ? 'nodata' : volumeCode(mb)}-${flag}`,
    network,
    range: 'unlimited',
    name: {
      fr: `Forfait illimité ${blocked ? 'bloqué' : 'non bloqué'} ${NETWORK_NAME[network]} ${data.fr}`,
      en: `Unlimited ${blocked ? 'blocked' : 'unblocked'} ${NETWORK_NAME[network]} ${data.en}`,
    },
    envelopeMb: mb,
    blocked,
    // CAT-03: Orange 5G from the 50 GB plans; Bouygues 5G on all plans.
    fiveG: orange ? gb >= 50 : true,
    voice: true,
    sms: true,
    roaming: true,
    numberLength: 10,
    numberAssignment: 'random_from_stock',
    sessionLimit: null,
    esimAllowed: orange,
    // CAT-03: Orange recharges on every plan; Bouygues any on blocked, own volume on unblocked.
    recharge: orange ? 'any' : blocked ? 'any' : gb === 0 ? 'none' : 'same_volume',
    // ORD-09: three zones on classic Orange plans; Bouygues Europe and World cut-offs at order.
    roamingZonesAtOrder: orange ? ['usa_canada', 'maghreb_turkey', 'rest_of_world'] : ['europe', 'world'],
    includes: [
      'voice_sms_mms_unlimited_france_europe',
      ...FAIR_USE,
      ...(orange ? ['fair_use.orange_500_sms_per_hour'] : []),
      ...(orange ? ['roaming.europe_cutoff_is_envelope'] : []),
    ],
    prices: [
      orange
        ? monthly(ORANGE_UNLIMITED_PRICES[gb] ?? null, 'CAT-04, Reading 9')
        : monthly(null, `${SEED} gives no Bouygues unlimited price`),
    ],
    fairUse: fairUse(network),
    blocking: BLOCKING[network],
  };
}

// CAT-06 + Reading 8: Travel 5G, Orange only, 20/30/50/90 €.
const TRAVEL = [
  { gb: 20, usaGb: 5, usaCallHours: 1, price: '20' },
  { gb: 30, usaGb: 15, usaCallHours: 1, price: '30' },
  { gb: 50, usaGb: 25, usaCallHours: 2, price: '50' },
  { gb: 100, usaGb: 50, usaCallHours: 2, price: '90' },
];

function travelOffer(t: (typeof TRAVEL)[number]): OfferDef {
  return {
    code: `orange-travel-${t.gb}gb`,
    network: 'orange',
    range: 'travel',
    name: { fr: `Forfait Travel 5G ${t.gb} Go`, en: `Travel 5G ${t.gb} GB` },
    envelopeMb: t.gb * GB,
    // CAT-06: unblocked in France + Europe (data blocked outside, off-plan voice/SMS not blockable).
    blocked: false,
    fiveG: true,
    voice: true,
    sms: true,
    roaming: true,
    numberLength: 10,
    numberAssignment: 'random_from_stock',
    sessionLimit: null,
    esimAllowed: true,
    // CAT-03 (Orange recharges on all plans); CAT-06: never for the USA/Canada zone.
    recharge: 'any',
    // ORD-09 / CAT-18: two zones on Travel, USA/Canada is included.
    roamingZonesAtOrder: ['maghreb_turkey', 'rest_of_world'],
    includes: [
      'voice_sms_mms_unlimited_france_europe',
      `travel.usa_canada_data_${t.usaGb}gb`,
      `travel.usa_canada_calls_${t.usaCallHours}h`,
      'travel.usa_canada_100_sms',
      'travel.no_recharge_usa_canada',
      ...FAIR_USE,
    ],
    prices: [monthly(t.price, 'CAT-06, Reading 8 (second price column not used)')],
    fairUse: fairUse('orange'),
    blocking: BLOCKING.orange,
  };
}

function dataOnlyOffer(network: Network, gb: number, blocked: boolean): OfferDef {
  const mb = gb * GB;
  const orange = network === 'orange';
  return {
    code: `${network}-data-only-${volumeCode(mb)}-${blocked ? 'blocked' : 'unblocked'}`,
    network,
    range: 'data_only',
    name: {
      fr: `Forfait Data Only ${blocked ? 'bloqué' : 'non bloqué'} ${NETWORK_NAME[network]} ${volumeLabel(mb, 'fr')}`,
      en: `Data Only ${blocked ? 'blocked' : 'unblocked'} ${NETWORK_NAME[network]} ${volumeLabel(mb, 'en')}`,
    },
    envelopeMb: mb,
    blocked,
    // CAT-16: same network facts as the unlimited plans.
    fiveG: orange ? gb >= 50 : true,
    voice: false,
    sms: false,
    roaming: false,
    // CAT-07: Orange 14 digits given by Orange; Bouygues 10 digits chosen by the reseller.
    numberLength: orange ? 14 : 10,
    numberAssignment: orange ? 'given_by_operator' : 'chosen_at_order',
    sessionLimit: orange ? null : 256,
    esimAllowed: orange,
    recharge: orange ? 'any' : blocked ? 'any' : 'same_volume',
    roamingZonesAtOrder: [],
    includes: ['data_only.no_roaming_calls_sms_mms'],
    prices: [
      orange
        ? monthly(ORANGE_DATA_ONLY_PRICES[gb] ?? null, gb === 1 ? 'Reading 9: not given' : 'CAT-08')
        : monthly(null, `${SEED} gives data-only prices on Orange's screen only`),
    ],
    fairUse: null,
    blocking: BLOCKING[network],
  };
}

function paygOffer(network: Network): OfferDef {
  const orange = network === 'orange';
  return {
    code: `${network}-payg`,
    network,
    range: 'payg',
    name: { fr: `Compteur ${NETWORK_NAME[network]}`, en: `Pay-as-you-go ${NETWORK_NAME[network]}` },
    envelopeMb: null,
    blocked: null,
    fiveG: true, // CAT-17
    voice: true,
    sms: true,
    // Relais: seed 003 says nothing of roaming on "compteur"; no zone is chosen at order.
    roaming: false,
    numberLength: 10,
    numberAssignment: 'random_from_stock',
    sessionLimit: null,
    esimAllowed: orange,
    // CAT-09: recharges when an optional data threshold (1–100 GB) is reached.
    recharge: 'any',
    roamingZonesAtOrder: [],
    includes: ['payg.billed_in_arrears', 'payg.data_thresholds_1_100gb'],
    prices: [
      price('monthly_minimum', '2.50', 'CAT-09'),
      price('per_minute', null, `${SEED}: per-minute rate not given`),
      price('per_sms', null, `${SEED}: per-SMS rate not given`),
      price('per_mms', null, `${SEED}: per-MMS rate not given`),
      price('per_mb', null, `${SEED}: per-MB rate not given`),
    ],
    fairUse: null,
    blocking: BLOCKING[network],
  };
}

function dataPaygOffer(network: Network): OfferDef {
  const orange = network === 'orange';
  return {
    code: `${network}-data-payg`,
    network,
    range: 'data_payg',
    name: { fr: `Compteur Data ${NETWORK_NAME[network]}`, en: `Data pay-as-you-go ${NETWORK_NAME[network]}` },
    envelopeMb: null,
    blocked: null,
    fiveG: true, // CAT-17
    voice: false,
    sms: false,
    roaming: false,
    numberLength: 10,
    numberAssignment: 'random_from_stock',
    sessionLimit: null,
    esimAllowed: orange,
    recharge: 'any',
    roamingZonesAtOrder: [],
    includes: ['data_payg.500mb_included', 'payg.billed_in_arrears', 'payg.data_thresholds_1_100gb'],
    prices: [
      monthly(orange ? '2.50' : '2', 'CAT-09'),
      { component: 'per_mb_tiers', amount: null, tiers: null, source: 'Reading 9: tiers not given' },
    ],
    fairUse: null,
    blocking: BLOCKING[network],
  };
}

function m2mOffer(mb: number, blocked: boolean): OfferDef {
  return {
    code: `orange-m2m-${mb}mb-${blocked ? 'blocked' : 'unblocked'}`,
    network: 'orange',
    range: 'm2m',
    name: {
      fr: `M2M ${blocked ? 'bloqué' : 'non bloqué'} Orange ${volumeLabel(mb, 'fr')}`,
      en: `M2M ${blocked ? 'blocked' : 'unblocked'} Orange ${volumeLabel(mb, 'en')}`,
    },
    envelopeMb: mb,
    blocked,
    fiveG: false, // CAT-10: 3G/4G
    voice: false,
    sms: false,
    roaming: false,
    numberLength: 14,
    numberAssignment: 'given_by_operator',
    sessionLimit: null,
    esimAllowed: true,
    recharge: 'any',
    roamingZonesAtOrder: [],
    includes: ['m2m.3g_4g', 'data_only.no_roaming_calls_sms_mms'],
    prices: [monthly(M2M_PRICES[mb] ?? null, mb === 500 ? 'Reading 10: 500 MB has no price' : 'Reading 10')],
    fairUse: null,
    blocking: BLOCKING.orange,
  };
}

const OFFERS: OfferDef[] = [
  ...(['orange', 'bouygues'] as const).flatMap((n) =>
    UNLIMITED_ENVELOPES_GB.flatMap((gb) => [unlimitedOffer(n, gb, true), unlimitedOffer(n, gb, false)]),
  ),
  ...TRAVEL.map(travelOffer),
  ...(['orange', 'bouygues'] as const).flatMap((n) =>
    DATA_ONLY_ENVELOPES_GB.flatMap((gb) => [dataOnlyOffer(n, gb, true), dataOnlyOffer(n, gb, false)]),
  ),
  paygOffer('orange'),
  paygOffer('bouygues'),
  dataPaygOffer('orange'),
  dataPaygOffer('bouygues'),
  ...M2M_ENVELOPES_MB.flatMap((mb) => [m2mOffer(mb, true), m2mOffer(mb, false)]),
];

// ── Options ────────────────────────────────────────────────────────────────────────────────────

const VOICE_RANGES: Range[] = ['unlimited', 'travel', 'payg'];
const DATA_RANGES: Range[] = ['unlimited', 'travel', 'data_only', 'payg', 'data_payg', 'm2m'];

function option(
  o: Pick<OptionDef, 'code' | 'kind' | 'network' | 'name' | 'appliesTo' | 'prices'> & Partial<OptionDef>,
): OptionDef {
  return {
    group: null,
    zone: null,
    volumeMb: null,
    cutoffEuros: null,
    partnerOnly: null,
    handsetActivated: false,
    requiredAtOrder: false,
    notes: [],
    ...o,
  };
}

const everywhere = (network: Network, ranges: Range[] = DATA_RANGES): AppliesTo[] => [{ network, ranges }];

// CAT-11, CAT-21: eSIM, Orange only, 1.50 € one-off.
const ESIM = option({
  code: 'orange-esim',
  kind: 'esim',
  network: 'orange',
  name: { fr: 'eSIM Orange', en: 'Orange eSIM' },
  appliesTo: everywhere('orange'),
  notes: ['esim.compatible_handsets_only', 'esim.one_handset', 'esim.assigned_at_order'],
  prices: [price('one_off', '1.50', 'CAT-11')],
});

// CAT-12 + Reading 12: Orange fixed IP on blocked data plans and on pay-as-you-go only; Bouygues on
// blocked and unblocked plans and pay-as-you-go. The price is the delivery mode's.
const FIXED_IP_WHERE: Record<Network, AppliesTo[]> = {
  orange: [
    { network: 'orange', ranges: ['unlimited', 'data_only', 'm2m'], blockedOnly: true, needsData: true },
    { network: 'orange', ranges: ['payg', 'data_payg'] },
  ],
  bouygues: [{ network: 'bouygues', ranges: ['unlimited', 'data_only', 'payg', 'data_payg'], needsData: true }],
};

// CAT-20: Orange internet-only needs an IPsec tunnel, credentials in the contract's technical
// information within 30 minutes of delivery; partner platforms log in with the international
// MSISDN: 15 digits @….otd (Orange's 14-digit data numbers) or 11 digits @….btd (Bouygues).
const FIXED_IP_ACCESS: Record<Network, { internetOnly: FixedIpAccess; partner: FixedIpAccess }> = {
  orange: {
    internetOnly: { delivery: 'internet_only', ipsecTunnel: true, credentialsWithinMinutes: 30, partnerLogin: null },
    partner: {
      delivery: 'partner_platform',
      ipsecTunnel: false,
      credentialsWithinMinutes: null,
      partnerLogin: { domainSuffix: 'otd', msisdnDigits: 15 },
    },
  },
  bouygues: {
    internetOnly: { delivery: 'internet_only', ipsecTunnel: false, credentialsWithinMinutes: null, partnerLogin: null },
    partner: {
      delivery: 'partner_platform',
      ipsecTunnel: false,
      credentialsWithinMinutes: null,
      partnerLogin: { domainSuffix: 'btd', msisdnDigits: 11 },
    },
  },
};

const FIXED_IP: OptionDef[] = (['orange', 'bouygues'] as const).flatMap((network) => [
  option({
    code: `${network}-fixed-ip-internet-only`,
    kind: 'fixed_ip',
    network,
    name: {
      fr: `Adresse IP fixe ${NETWORK_NAME[network]} — livraison internet only`,
      en: `Fixed IP ${NETWORK_NAME[network]} — internet-only delivery`,
    },
    appliesTo: FIXED_IP_WHERE[network],
    group: 'fixed_ip',
    // CAT-20: Orange needs an IPsec tunnel; login and password within 30 min of delivery.
    notes: network === 'orange' ? ['fixed_ip.orange_ipsec_tunnel', 'fixed_ip.credentials_within_30_min'] : [],
    prices: [monthly(network === 'orange' ? '5' : '2', 'CAT-12')],
    fixedIpAccess: FIXED_IP_ACCESS[network].internetOnly,
  }),
  option({
    code: `${network}-fixed-ip-partner-l2tp`,
    kind: 'fixed_ip',
    network,
    name: {
      fr: `Adresse IP fixe ${NETWORK_NAME[network]} — livraison plateforme partenaire (L2TP)`,
      en: `Fixed IP ${NETWORK_NAME[network]} — partner platform delivery (L2TP)`,
    },
    appliesTo: FIXED_IP_WHERE[network],
    group: 'fixed_ip',
    partnerOnly: 'init_sys',
    // CAT-20: login msisdn@partner.otd (15-digit MSISDN) or msisdn@partner.btd (11-digit).
    notes: [network === 'orange' ? 'fixed_ip.login_msisdn15_otd' : 'fixed_ip.login_msisdn11_btd'],
    prices: [monthly('0', 'CAT-12: no extra cost')],
    fixedIpAccess: FIXED_IP_ACCESS[network].partner,
  }),
]);

// CAT-13: VoWiFi and VoLTE, free, enabled on the handset, metropolitan France only.
const HANDSET_SERVICES: OptionDef[] = (['orange', 'bouygues'] as const).flatMap((network) =>
  (['vowifi', 'volte'] as const).map((s) =>
    option({
      code: `${network}-${s}`,
      kind: 'handset_service',
      network,
      name: s === 'vowifi' ? { fr: 'Voix sur Wi-Fi (VoWiFi)', en: 'Voice over Wi-Fi (VoWiFi)' } : { fr: 'Voix sur 4G (VoLTE)', en: 'Voice over LTE (VoLTE)' },
      appliesTo: everywhere(network, VOICE_RANGES),
      handsetActivated: true,
      notes: ['handset.metropolitan_france_only', 'handset.counts_against_plan'],
      prices: free('CAT-13'),
    }),
  ),
);

// CAT-14: other options. Seed 003 gives a price for none of them but Orange's SVA block (0 € on a
// contract screenshot): the others are "à définir".
const unpriced = [monthly(null, `${SEED}: price not given`)];
const voiceService = (
  network: Network,
  code: string,
  fr: string,
  en: string,
  extra: Partial<OptionDef> = {},
  needsData = false,
): OptionDef =>
  option({
    code: `${network}-${code}`,
    kind: 'voice_service',
    network,
    name: { fr, en },
    appliesTo: [{ network, ranges: VOICE_RANGES, ...(needsData ? { needsData: true } : {}) }],
    prices: unpriced,
    ...extra,
  });

const ORANGE_SERVICES: OptionDef[] = [
  voiceService('orange', 'conference', 'Conférence Orange', 'Orange conference call', {
    notes: ['conference.5_national_3_roaming'],
  }),
  // CAT-14: visual voicemail needs mobile data.
  voiceService('orange', 'visual-voicemail', 'Messagerie vocale visuelle Orange', 'Orange visual voicemail', {}, true),
  voiceService('orange', 'number-secrecy', 'Secret permanent du numéro Orange', 'Orange permanent number secrecy'),
  voiceService('orange', 'sva-allow', 'Activer les appels vers SVA Orange', 'Allow premium numbers (Orange)', {
    group: 'orange_sva',
    notes: ['sva.only_numbers_costing_more_than_call'],
  }),
  voiceService('orange', 'sva-block', 'Désactiver les appels vers SVA Orange', 'Block premium numbers (Orange)', {
    group: 'orange_sva',
    notes: ['sva.only_numbers_costing_more_than_call'],
    prices: [monthly('0', `${SEED}: contract screenshot shows 0 €`)],
  }),
];

const BOUYGUES_SERVICES: OptionDef[] = [
  voiceService('bouygues', 'multi-party', 'Conversation multiple', 'Multi-party call', {
    notes: ['conference.3_parties'],
  }),
  voiceService('bouygues', 'voicemail-callback', 'Rappel de la messagerie', 'Voicemail call-back'),
  voiceService('bouygues', 'visual-voicemail', 'Messagerie vocale visuelle Bouygues', 'Bouygues visual voicemail', {}, true),
  voiceService('bouygues', 'risky-destinations', 'Levée des destinations à risque', 'Lift risky-destination barring', {
    notes: ['roaming.bouygues_bars_risky_destinations_by_default'],
  }),
  voiceService('bouygues', 'sva-block', 'Blocage des SVA', 'Block premium numbers', {
    notes: ['sva.only_numbers_costing_more_than_call'],
  }),
  voiceService('bouygues', 'international-allow', 'Activation des usages vers l’international', 'Allow international usage'),
  voiceService(
    'bouygues',
    'international-voice-block',
    'Blocage de la voix vers l’international',
    'Block voice to international (outside the EEA)',
    { notes: ['international.switzerland_andorra_are_international'] },
  ),
  voiceService(
    'bouygues',
    'france-to-eea-block',
    'Blocage des usages voix/SMS/MMS depuis la France vers l’EEE',
    'Block voice/SMS/MMS from France to the EEA',
  ),
  voiceService(
    'bouygues',
    'eea-to-international-block',
    'Blocage des usages voix/SMS/MMS depuis l’EEE vers l’international',
    'Block voice/SMS/MMS from the EEA to international',
    { notes: ['international.switzerland_andorra_are_international'] },
  ),
];

const ZONE_NAME: Record<RoamingZone, { fr: string; en: string }> = {
  usa_canada: { fr: 'USA / Canada', en: 'USA / Canada' },
  maghreb_turkey: { fr: 'Maghreb + Turquie', en: 'Maghreb + Turkey' },
  rest_of_world: { fr: 'Reste du monde', en: 'Rest of world' },
  europe: { fr: 'Europe', en: 'Europe' },
  world: { fr: 'Monde (hors Europe)', en: 'World (outside Europe)' },
};

// CAT-15 (classic unlimited voice + data plans) and CAT-18 (Travel: Maghreb+Turkey and rest of
// world). Volumes 1–30 GB; USA/Canada shows only 3 GB at 10 € in the seed: the same steps as
// Maghreb+Turkey are offered with the other prices "à définir".
const ROAMING_DATA: { zone: RoamingZone; ranges: Range[]; prices: Record<number, string | null> }[] = [
  { zone: 'usa_canada', ranges: ['unlimited'], prices: { 1: null, 3: '10', 5: null, 10: null, 20: null, 30: null } },
  {
    zone: 'maghreb_turkey',
    ranges: ['unlimited', 'travel'],
    prices: { 1: '10', 3: '25', 5: '45', 10: '85', 20: '165', 30: '250' },
  },
  { zone: 'rest_of_world', ranges: ['unlimited', 'travel'], prices: { 1: '25', 2: '50', 3: '75', 5: '125', 10: '250' } },
];
const ROAMING_VOICE_DATA_ROW: Record<number, string> = { 1: '60', 2: '85', 3: '110', 5: '160', 10: '290' };

const roamingOption = (
  zone: RoamingZone,
  ranges: Range[],
  gb: number,
  amount: string | null,
  withVoice: boolean,
): OptionDef =>
  option({
    code: `orange-roaming-${zone.replaceAll('_', '-')}-${withVoice ? 'voice-data' : 'data'}-${gb}gb`,
    kind: 'roaming',
    network: 'orange',
    name: {
      fr: `Option roaming ${withVoice ? 'voix, SMS & data' : 'data'} ${ZONE_NAME[zone].fr} ${gb} Go`,
      en: `Roaming ${withVoice ? 'voice, SMS & data' : 'data'} ${ZONE_NAME[zone].en} ${gb} GB`,
    },
    // CAT-15: on unlimited voice + data plans (not the plan without data).
    appliesTo: [{ network: 'orange', ranges, needsData: true }],
    group: `roaming_${zone}`,
    zone,
    volumeMb: gb * GB,
    // ACT-06: changing it mid-month bills both; CAT-18: voice options include 1 h and 50 SMS.
    notes: ['roaming.data_blocked_beyond', 'roaming.change_bills_both', ...(withVoice ? ['roaming.1h_calls_50_sms'] : [])],
    prices: [monthly(amount, amount === null ? `${SEED}: not given for this zone and volume` : 'CAT-15')],
  });

const ROAMING: OptionDef[] = [
  ...ROAMING_DATA.flatMap((z) =>
    Object.entries(z.prices).map(([gb, amount]) => roamingOption(z.zone, z.ranges, Number(gb), amount, false)),
  ),
  ...Object.entries(ROAMING_VOICE_DATA_ROW).map(([gb, amount]) =>
    roamingOption('rest_of_world', ['unlimited', 'travel'], Number(gb), amount, true),
  ),
];

// USE-08: an Orange roaming zone holds a volume cut-off (0, 500 MB, 1, 5, 10, 30, 50 GB) or an option.
const ORANGE_CUTOFF_MB = [0, 500, 1 * GB, 5 * GB, 10 * GB, 30 * GB, 50 * GB];
const ORANGE_CUTOFFS: OptionDef[] = (['usa_canada', 'maghreb_turkey', 'rest_of_world'] as const).flatMap((zone) =>
  ORANGE_CUTOFF_MB.map((mb) =>
    option({
      code: `orange-cutoff-${zone.replaceAll('_', '-')}-${volumeCode(mb)}`,
      kind: 'cutoff',
      network: 'orange',
      name: {
        fr: `Cut-off ${ZONE_NAME[zone].fr} (compteur) ${volumeLabel(mb, 'fr')}`,
        en: `Cut-off ${ZONE_NAME[zone].en} (pay per use) ${volumeLabel(mb, 'en')}`,
      },
      // CAT-18: Travel chooses Maghreb+Turkey and rest of world only; USA/Canada is included.
      appliesTo: [{ network: 'orange', ranges: zone === 'usa_canada' ? ['unlimited'] : ['unlimited', 'travel'] }],
      group: `roaming_${zone}`,
      zone,
      volumeMb: mb,
      notes: ['cutoff.alerts_80_100', 'cutoff.change_unblocks_at_once'],
      prices: free('USE-08: a cut-off is not billed'),
    }),
  ),
);

// USE-05: Bouygues Europe and World cut-offs in euros, chosen at order (ORD-09).
const BOUYGUES_CUTOFFS: OptionDef[] = (['europe', 'world'] as const).flatMap((zone) =>
  [0, 50, 100, 200].map((euros) =>
    option({
      code: `bouygues-cutoff-${zone}-${euros}eur`,
      kind: 'cutoff',
      network: 'bouygues',
      name: {
        fr: `Cut-off ${ZONE_NAME[zone].fr} ${euros} €`,
        en: `Cut-off ${ZONE_NAME[zone].en} €${euros}`,
      },
      appliesTo: [{ network: 'bouygues', ranges: ['unlimited'] }],
      group: `roaming_${zone}`,
      zone,
      cutoffEuros: euros,
      requiredAtOrder: true,
      notes: [
        'cutoff.alerts_80_100',
        'cutoff.change_unblocks_at_once',
        ...(zone === 'europe' && euros === 0 ? ['cutoff.europe_0_means_no_data_in_europe'] : []),
      ],
      prices: free('USE-05: a cut-off is not billed'),
    }),
  ),
);

// Data recharges: CAT-02 (unlimited, 1–500 GB), CAT-07 (data-only, 1 GB–1 TB), CAT-10 (M2M, MB).
// Pay-as-you-go takes recharges when its threshold (1–100 GB) is reached (CAT-09): the unlimited
// steps up to 100 GB. Travel takes the unlimited steps (France + Europe; CAT-06: not USA/Canada).
// The seed gives no recharge price: all "à définir".
const RECHARGE_STEPS: { family: string; ranges: Range[]; mb: number[]; networks: Network[] }[] = [
  { family: 'unlimited', ranges: ['unlimited', 'travel'], mb: [1, 5, 10, 30, 50, 100, 250, 500].map((g) => g * GB), networks: ['orange', 'bouygues'] },
  { family: 'data-only', ranges: ['data_only'], mb: DATA_ONLY_ENVELOPES_GB.map((g) => g * GB), networks: ['orange', 'bouygues'] },
  { family: 'payg', ranges: ['payg', 'data_payg'], mb: [1, 5, 10, 30, 50, 100].map((g) => g * GB), networks: ['orange', 'bouygues'] },
  { family: 'm2m', ranges: ['m2m'], mb: [10, 25, 50, 100, 250, 500], networks: ['orange'] },
];

const RECHARGES: OptionDef[] = RECHARGE_STEPS.flatMap((s) =>
  s.networks.flatMap((network) =>
    s.mb.map((mb) =>
      option({
        code: `${network}-recharge-${s.family}-${volumeCode(mb)}`,
        kind: 'recharge',
        network,
        name: {
          fr: `Recharge data ${volumeLabel(mb, 'fr')} (${s.family === 'data-only' ? 'Data Only' : s.family === 'm2m' ? 'M2M' : s.family === 'payg' ? 'compteur' : 'illimité'}) ${NETWORK_NAME[network]}`,
          en: `Data recharge ${volumeLabel(mb, 'en')} (${s.family}) ${NETWORK_NAME[network]}`,
        },
        appliesTo: [{ network, ranges: s.ranges }],
        volumeMb: mb,
        // USE-06 and Reading 14.
        notes: ['recharge.up_to_30_min', 'recharge.current_month_only'],
        prices: [price('one_off', null, `${SEED}: recharge prices not given`)],
      }),
    ),
  ),
);

const OPTIONS: OptionDef[] = [
  ESIM,
  ...FIXED_IP,
  ...HANDSET_SERVICES,
  ...ORANGE_SERVICES,
  ...BOUYGUES_SERVICES,
  ...ROAMING,
  ...ORANGE_CUTOFFS,
  ...BOUYGUES_CUTOFFS,
  ...RECHARGES,
];

// ORD-03: Orange creation and SIM swap Mon–Sat 07:00–22:00, holidays included; eSIM Mon–Fri
// 09:00–17:30 (holidays: the seed does not open them, so closed); Bouygues any time, no eSIM.
const ALWAYS = { days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '24:00', holidaysOpen: true } as const;
const ORANGE_LINES = { days: [1, 2, 3, 4, 5, 6], from: '07:00', to: '22:00', holidaysOpen: true } as const;
const ORANGE_ESIM = { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:30', holidaysOpen: false } as const;

export const CATALOG_2026_01: CatalogVersionData = {
  id: '2026-01',
  effectiveFrom: '2026-01-01',
  currency: 'EUR',
  vatIncluded: false,
  source: 'seed 003_9a42a3dc400b4ad8 (AlphaLink, Référentiel mobile) + RULES.md Readings 8–12',
  offers: OFFERS,
  options: OPTIONS,
  openingHours: {
    orange: { creation: ORANGE_LINES, sim_swap: ORANGE_LINES, esim_creation: ORANGE_ESIM, esim_swap: ORANGE_ESIM },
    bouygues: { creation: ALWAYS, sim_swap: ALWAYS, esim_creation: null, esim_swap: null },
  },
};
