import { Type } from '@sinclair/typebox';
import { listQuery } from '../../platform/http/pagination.ts';
import { BLOCKABLE, NETWORKS, PRICE_COMPONENTS, RANGES, REQUEST_TYPES, ROAMING_ZONES } from './model.ts';

const lit = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const NetworkSchema = lit(NETWORKS);
export const RangeSchema = lit(RANGES);
export const ComponentSchema = lit(PRICE_COMPONENTS);
const OptionKindSchema = lit([
  'esim',
  'fixed_ip',
  'roaming',
  'cutoff',
  'voice_service',
  'handset_service',
  'recharge',
]);

export const PriceSchema = Type.Object(
  {
    component: ComponentSchema,
    /** Decimal string excl. VAT ("7.50"); null: "à définir". */
    amount: Nullable(Type.String()),
    tiers: Nullable(Type.Array(Type.Object({ fromMb: Type.Integer(), perMb: Type.String() }))),
    currency: Type.String(),
    vatIncluded: Type.Boolean(),
    toBeSet: Type.Boolean(),
    effectiveFrom: Type.String({ format: 'date-time' }),
    /** The date a tenant admin chose (tenant's zone); null for the reference catalog. */
    effectiveDate: Nullable(Type.String({ format: 'date' })),
    origin: lit(['catalog', 'tenant']),
  },
  { $id: 'CatalogPrice' },
);

const offerFields = {
  id: Type.String({ description: 'Stable offer code, e.g. orange-unlimited-50gb-blocked' }),
  catalogVersion: Type.String(),
  network: NetworkSchema,
  range: RangeSchema,
  name: Type.String(),
  envelopeMb: Nullable(Type.Integer()),
  blocked: Nullable(Type.Boolean()),
  fiveG: Type.Boolean(),
  voice: Type.Boolean(),
  sms: Type.Boolean(),
  roaming: Type.Boolean(),
  numberLength: Type.Integer(),
  numberAssignment: lit(['random_from_stock', 'chosen_at_order', 'given_by_operator']),
  sessionLimit: Nullable(Type.Integer()),
  esimAllowed: Type.Boolean(),
  recharge: lit(['any', 'same_volume', 'none']),
  roamingZonesAtOrder: Type.Array(lit(ROAMING_ZONES)),
  includes: Type.Array(Type.String()),
  prices: Type.Array(Type.Ref('CatalogPrice')),
  upcomingPrices: Type.Array(Type.Ref('CatalogPrice')),
  priceToBeSet: Type.Boolean(),
};

export const OfferSchema = Type.Object(offerFields, { $id: 'CatalogOffer' });

const FixedIpAccessSchema = Type.Object({
  delivery: lit(['internet_only', 'partner_platform']),
  ipsecTunnel: Type.Boolean(),
  credentialsWithinMinutes: Nullable(Type.Integer()),
  partnerLogin: Nullable(Type.Object({ domainSuffix: lit(['otd', 'btd']), msisdnDigits: Type.Integer() })),
});

export const OptionSchema = Type.Object(
  {
    id: Type.String(),
    kind: OptionKindSchema,
    network: NetworkSchema,
    name: Type.String(),
    group: Nullable(Type.String()),
    zone: Nullable(lit(ROAMING_ZONES)),
    volumeMb: Nullable(Type.Integer()),
    cutoffEuros: Nullable(Type.Integer()),
    partnerOnly: Nullable(Type.String()),
    handsetActivated: Type.Boolean(),
    requiredAtOrder: Type.Boolean(),
    notes: Type.Array(Type.String()),
    /** CAT-20: how a fixed-IP option reaches the Internet; null on other options. */
    fixedIpAccess: Nullable(FixedIpAccessSchema),
    prices: Type.Array(Type.Ref('CatalogPrice')),
    upcomingPrices: Type.Array(Type.Ref('CatalogPrice')),
    priceToBeSet: Type.Boolean(),
  },
  { $id: 'CatalogOption' },
);

const WindowSchema = Nullable(
  Type.Object({
    // ISO weekdays, 1 Monday to 7 Sunday.
    days: Type.Array(Type.Union(([1, 2, 3, 4, 5, 6, 7] as const).map((d) => Type.Literal(d)))),
    from: Type.String(),
    to: Type.String(),
    holidaysOpen: Type.Boolean(),
  }),
);

// CAT-05/CAT-22 fair use of an unlimited plan.
const FairUseSchema = Type.Object({
  distinctCalleesPerMonth: Type.Integer(),
  distinctSmsMmsRecipientsPerMonth: Type.Integer(),
  maxCallSeconds: Type.Integer(),
  beyond: Type.Literal('billed_per_use'),
  abuseMayCutLine: Type.Boolean(),
  smsPerHour: Nullable(
    Type.Object({ max: Type.Integer(), suspensionDays: Type.Integer(), bestEffort: Type.Boolean() }),
  ),
  permanentCallForwarding: Type.Boolean(),
});

// CAT-19: one answer per thing a line may want blocked.
const BlockingAnswerSchema = Type.Object({
  what: lit(BLOCKABLE),
  canBlock: Type.Boolean(),
  atOrder: Type.Boolean(),
  options: Type.Array(Type.String()),
  /** Why not: the network cannot (network) or the plan has no such usage (no_such_usage). */
  reason: Nullable(lit(['network', 'no_such_usage'])),
});

export const OfferDetailSchema = Type.Object({
  ...offerFields,
  fairUse: Nullable(FairUseSchema),
  blocking: Type.Object({
    answers: Type.Array(BlockingAnswerSchema),
    riskyRoamingDestinationsBarred: Type.Boolean(),
    liftRiskyDestinationsOption: Nullable(Type.String()),
  }),
  allowedOptions: Type.Array(Type.Ref('CatalogOption')),
  openingHours: Type.Object(Object.fromEntries(REQUEST_TYPES.map((r) => [r, WindowSchema]))),
});

export const OfferListQuery = listQuery(['position', 'name', 'network', 'range', 'envelopeMb'], {
  network: Type.Optional(NetworkSchema),
  range: Type.Optional(RangeSchema),
  blocked: Type.Optional(Type.Boolean()),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Searches the offer name and code' })),
});

export const OfferList = Type.Object({
  items: Type.Array(Type.Ref('CatalogOffer')),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});

export const OptionListQuery = Type.Object(
  {
    network: Type.Optional(NetworkSchema),
    kind: Type.Optional(OptionKindSchema),
    offer: Type.Optional(
      Type.String({ maxLength: 80, description: 'Only the options allowed on this offer' }),
    ),
  },
  { additionalProperties: false },
);

export const OptionList = Type.Object({
  items: Type.Array(Type.Ref('CatalogOption')),
  total: Type.Integer(),
});

export const OfferParams = Type.Object(
  { id: Type.String({ minLength: 1, maxLength: 80 }) },
  { additionalProperties: false },
);

export const FixedIpAccessQuery = Type.Object(
  {
    msisdn: Type.Optional(Type.String({ maxLength: 24, description: 'The line number, national or +33' })),
    deliveredAt: Type.Optional(
      Type.String({ format: 'date-time', description: 'When the line was delivered' }),
    ),
    platform: Type.Optional(
      Type.String({ pattern: '^[a-z0-9-]{1,63}$', description: 'Partner platform domain, e.g. partner2' }),
    ),
  },
  { additionalProperties: false },
);

export const FixedIpAccessView = Type.Object({
  option: Type.String(),
  network: NetworkSchema,
  ...FixedIpAccessSchema.properties,
  /** CAT-20: the partner-platform login for this number; null when not derivable. */
  login: Nullable(Type.String()),
  /** CAT-20: when the IPsec credentials appear at the latest (delivery + 30 min). */
  credentialsBy: Nullable(Type.String({ format: 'date-time' })),
});

const Amount = Type.String({
  pattern: '^[0-9]{1,7}([.,][0-9]{1,2})?$',
  description: 'Decimal amount excl. VAT, at most 2 decimals ("7.50" or "7,50")',
});

export const SetPriceBody = Type.Object(
  {
    itemType: lit(['offer', 'option']),
    itemId: Type.String({ minLength: 1, maxLength: 80 }),
    component: ComponentSchema,
    amount: Type.Optional(Amount),
    tiers: Type.Optional(
      Type.Array(
        Type.Object({ fromMb: Type.Integer({ minimum: 0 }), perMb: Amount }, { additionalProperties: false }),
        { minItems: 1, maxItems: 20 },
      ),
    ),
    effectiveDate: Type.String({
      format: 'date',
      description: 'First day the price applies (tenant time zone)',
    }),
  },
  { additionalProperties: false },
);

export const PriceVersionSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  itemType: lit(['offer', 'option']),
  itemId: Type.String(),
  component: ComponentSchema,
  amount: Nullable(Type.String()),
  tiers: Nullable(Type.Array(Type.Object({ fromMb: Type.Integer(), perMb: Type.String() }))),
  currency: Type.String(),
  effectiveDate: Type.String({ format: 'date' }),
  effectiveFrom: Type.String({ format: 'date-time' }),
  createdAt: Type.String({ format: 'date-time' }),
});

// ── TMF620 ProductOffering (v4) ───────────────────────────────────────────────────────────────

const Ref = Type.Object({
  id: Type.String(),
  href: Type.Optional(Type.String()),
  name: Type.Optional(Type.String()),
  '@referredType': Type.Optional(Type.String()),
});

export const TmfProductOfferingSchema = Type.Object(
  {
    id: Type.String(),
    href: Type.String(),
    name: Type.String(),
    description: Type.String(),
    isBundle: Type.Boolean(),
    isSellable: Type.Boolean(),
    lifecycleStatus: Type.String(),
    statusReason: Type.Optional(Type.String()),
    version: Type.String(),
    validFor: Type.Object({ startDateTime: Type.String({ format: 'date-time' }) }),
    productOfferingPrice: Type.Array(Ref),
    productSpecification: Ref,
    category: Type.Array(Ref),
    '@type': Type.Literal('ProductOffering'),
  },
  { $id: 'TmfProductOffering' },
);
