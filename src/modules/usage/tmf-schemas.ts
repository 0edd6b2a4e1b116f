import { Type } from '@sinclair/typebox';

/** Shapes of TMF635 Usage and TMF677 QueryUsageConsumption as Relais serves and accepts them. */

const Str = Type.String();
const Opt = <T extends Parameters<typeof Type.Optional>[0]>(t: T) => Type.Optional(t);
const DateTimeStr = Type.String({ format: 'date-time' });
const Ref = Type.Object({
  id: Str,
  href: Opt(Str),
  name: Opt(Str),
  role: Opt(Str),
  '@referredType': Str,
});
const Money = Type.Object({ unit: Str, value: Type.Number() });

export const TmfUsageSchema = Type.Object(
  {
    id: Str,
    href: Str,
    description: Str,
    usageDate: DateTimeStr,
    usageType: Str,
    status: Str,
    usageCharacteristic: Type.Array(
      Type.Object({ name: Str, valueType: Str, value: Type.Union([Type.String(), Type.Number()]) }),
    ),
    relatedParty: Type.Array(Ref),
    ratedProductUsage: Type.Array(
      Type.Object({
        isBilled: Type.Boolean(),
        usageRatingTag: Str,
        ratingAmountType: Str,
        taxExcludedRatingAmount: Opt(Money),
        productRef: Type.Object({ id: Str, href: Str, name: Opt(Str), '@referredType': Str }),
        '@type': Str,
      }),
    ),
    '@type': Str,
  },
  { $id: 'TmfUsage' },
);

const Characteristic = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 60 }),
    value: Type.Union([Type.String({ maxLength: 200 }), Type.Number()]),
    valueType: Opt(Type.String({ maxLength: 40 })),
    id: Opt(Type.String({ maxLength: 64 })),
    '@type': Opt(Type.String({ maxLength: 60 })),
  },
  { additionalProperties: false },
);

const RefIn = Type.Object({
  id: Type.String({ maxLength: 64 }),
  href: Opt(Type.String({ maxLength: 400 })),
  name: Opt(Type.String({ maxLength: 200 })),
  role: Opt(Type.String({ maxLength: 40 })),
  '@referredType': Opt(Type.String({ maxLength: 60 })),
  '@type': Opt(Type.String({ maxLength: 60 })),
});

/**
 * Usage_Create as Relais reads it (docs/usage.md, "TMF635"): the standard makes no attribute
 * mandatory; Relais needs the instant, the kind and the characteristics of one CDR row. Rating
 * (ratedProductUsage) and status are Relais's own: a client does not send them.
 */
export const TmfUsageCreate = Type.Object(
  {
    usageDate: Type.String({
      maxLength: 40,
      description: 'The instant the usage started, ISO 8601 with its offset (the CDR’s start)',
    }),
    usageType: Type.String({
      minLength: 1,
      maxLength: 10,
      description: 'voice (seconds), sms, mms, data (bytes) or sva (seconds): the CDR’s kind',
    }),
    usageCharacteristic: Type.Array(Characteristic, {
      minItems: 1,
      maxItems: 20,
      description:
        'recordId (the operator’s id: the record is counted once), msisdn, direction (out, in), zone, destinationZone, quantity, calledNumber, svaPrice',
    }),
    description: Opt(Type.String({ maxLength: 500 })),
    relatedParty: Opt(
      Type.Array(RefIn, { maxItems: 5, description: 'Ignored: the line’s customer is the related party' }),
    ),
    usageSpecification: Opt(RefIn),
    '@type': Opt(Type.String({ maxLength: 60 })),
    '@baseType': Opt(Type.String({ maxLength: 60 })),
    '@schemaLocation': Opt(Type.String({ maxLength: 400 })),
  },
  { additionalProperties: false },
);

const Period = Type.Object({ startDateTime: DateTimeStr, endDateTime: DateTimeStr });
const Quantity = Type.Object({ amount: Type.Number(), units: Str });
const Bucket = Type.Object({
  id: Str,
  name: Str,
  usageType: Str,
  isShared: Type.Boolean(),
  status: Str,
  remainingValueName: Opt(Str),
  remainingValue: Opt(Quantity),
  validFor: Period,
  bucketCounter: Type.Array(
    Type.Object({
      counterType: Str,
      valueName: Str,
      value: Quantity,
      consumptionPeriod: Period,
      '@type': Str,
    }),
  ),
  '@type': Str,
});
const ProductRef = Type.Object({ id: Str, href: Str, name: Str, '@referredType': Str });
const ResourceRef = Type.Object({ id: Str, name: Str, '@referredType': Str });

export const TmfQueryUsageConsumptionSchema = Type.Object(
  {
    id: Str,
    href: Str,
    queryUsageConsumptionDate: DateTimeStr,
    searchCriteria: Type.Object({
      product: Type.Array(ProductRef),
      logicalResource: Opt(Type.Array(ResourceRef)),
      validPeriod: Period,
      '@type': Str,
    }),
    relatedParty: Type.Array(Ref),
    usageConsumption: Type.Array(
      Type.Object({
        id: Str,
        name: Str,
        description: Str,
        lastUpdate: DateTimeStr,
        state: Str,
        validPeriod: Period,
        product: Type.Array(ProductRef),
        logicalResource: Type.Array(ResourceRef),
        relatedParty: Type.Array(Ref),
        bucketRefOrValue: Type.Array(Bucket),
        '@type': Str,
      }),
    ),
    '@type': Str,
  },
  { $id: 'TmfQueryUsageConsumption' },
);

const LineRefIn = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  href: Opt(Type.String({ maxLength: 400 })),
  name: Opt(Type.String({ maxLength: 200 })),
  '@referredType': Opt(Type.String({ maxLength: 60 })),
  '@type': Opt(Type.String({ maxLength: 60 })),
});

/** QueryUsageConsumption_Create: the line (by number or TMF637 product) and, optionally, the month. */
export const TmfQueryUsageConsumptionCreate = Type.Object(
  {
    searchCriteria: Type.Object(
      {
        logicalResource: Opt(
          Type.Array(LineRefIn, {
            minItems: 1,
            maxItems: 1,
            description: 'The line’s number (MSISDN) as id',
          }),
        ),
        product: Opt(
          Type.Array(LineRefIn, { minItems: 1, maxItems: 1, description: 'The line as a TMF637 product id' }),
        ),
        validPeriod: Opt(
          Type.Object(
            {
              startDateTime: Opt(
                Type.String({
                  format: 'date-time',
                  description:
                    'An instant of the month asked for (one of the 3 viewable months); default: now',
                }),
              ),
              endDateTime: Opt(Type.String({ format: 'date-time' })),
            },
            { additionalProperties: false },
          ),
        ),
        '@type': Opt(Type.String({ maxLength: 60 })),
      },
      { additionalProperties: false },
    ),
    queryUsageConsumptionDate: Opt(Type.String({ format: 'date-time' })),
    '@type': Opt(Type.String({ maxLength: 60 })),
    '@baseType': Opt(Type.String({ maxLength: 60 })),
    '@schemaLocation': Opt(Type.String({ maxLength: 400 })),
  },
  { additionalProperties: false },
);
