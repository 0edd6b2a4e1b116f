import { Type, type Static } from '@sinclair/typebox';
import { AppError } from '../../platform/errors.ts';
import type { AccountDetail, CreateAccountInput, UpdateAccountInput } from './service.ts';
import type { IsraeliIdKind } from './israeli-id.ts';

/**
 * TMF629 Customer Management v4: an account seen as a `Customer` whose engaged party is an
 * Organization (business) or an Individual (person). Contacts are related parties; e-mail, phone
 * and addresses are contact media; SIRET, reference and Billing Day are characteristics.
 */

export const TMF629_BASE = '/tmf-api/customerManagement/v4';
/** TMF630 attribute filters on customer lists. */
export const TMF629_FILTERS = [
  'id',
  'name',
  'status',
  'engagedParty.id',
  'engagedParty.@referredType',
  'relatedParty.id',
  'characteristic.value',
  'contactMedium.characteristic.emailAddress',
];

const Str = Type.String();
const Opt = <T extends Parameters<typeof Type.Optional>[0]>(t: T) => Type.Optional(t);

const RelatedParty = Type.Object({
  id: Str,
  href: Opt(Str),
  name: Opt(Str),
  role: Opt(Str),
  '@referredType': Str,
});

const ContactMedium = Type.Object({
  mediumType: Str,
  preferred: Opt(Type.Boolean()),
  characteristic: Type.Object({
    contactType: Opt(Str),
    emailAddress: Opt(Str),
    phoneNumber: Opt(Str),
    street1: Opt(Str),
    street2: Opt(Str),
    postCode: Opt(Str),
    city: Opt(Str),
    country: Opt(Str),
  }),
});

const Characteristic = Type.Object({
  name: Str,
  valueType: Str,
  value: Type.Union([Type.String(), Type.Integer()]),
});

export const TmfCustomerSchema = Type.Object(
  {
    id: Str,
    href: Str,
    name: Str,
    status: Str,
    engagedParty: RelatedParty,
    contactMedium: Type.Array(ContactMedium),
    characteristic: Type.Array(Characteristic),
    relatedParty: Type.Array(RelatedParty),
    validFor: Type.Object({
      startDateTime: Type.String({ format: 'date-time' }),
      endDateTime: Opt(Type.String({ format: 'date-time' })),
    }),
    '@type': Str,
    '@baseType': Str,
  },
  { $id: 'TmfCustomer' },
);

type Medium = {
  mediumType: string;
  preferred?: boolean;
  characteristic: Record<string, string>;
};

export function toTmfCustomer(a: AccountDetail) {
  const href = `${TMF629_BASE}/customer/${a.id}`;
  const media: Medium[] = [
    { mediumType: 'email', preferred: true, characteristic: { contactType: 'email', emailAddress: a.email } },
  ];
  if (a.phone)
    media.push({ mediumType: 'phone', characteristic: { contactType: 'main', phoneNumber: a.phone } });
  for (const ad of a.addresses) {
    media.push({
      mediumType: 'postalAddress',
      ...(ad.kind === 'billing' ? { preferred: true } : {}),
      characteristic: {
        contactType: ad.kind,
        street1: ad.line1,
        ...(ad.line2 ? { street2: ad.line2 } : {}),
        postCode: ad.postalCode,
        city: ad.city,
        country: ad.country,
      },
    });
  }
  const characteristic: { name: string; valueType: string; value: string | number }[] = [
    { name: 'reference', valueType: 'string', value: a.reference },
    { name: 'billingDay', valueType: 'integer', value: a.billingDay },
    { name: 'nextBillingDate', valueType: 'date', value: a.nextBillingDate },
  ];
  if (a.companyType) characteristic.push({ name: 'companyType', valueType: 'string', value: a.companyType });
  if (a.siret) characteristic.push({ name: 'siret', valueType: 'string', value: a.siret });
  // Issue 11 §6: an Israeli customer's ח.פ. or ת.ז., as a client sends it on create.
  if (a.nationalId) {
    characteristic.push({ name: 'nationalId', valueType: 'string', value: a.nationalId });
    if (a.nationalIdKind)
      characteristic.push({ name: 'nationalIdKind', valueType: 'string', value: a.nationalIdKind });
  }
  return {
    id: a.id,
    href,
    name: a.displayName,
    status: a.status === 'active' ? 'Approved' : 'Closed',
    engagedParty: {
      id: a.id,
      name: a.displayName,
      role: 'customer',
      '@referredType': a.kind === 'business' ? 'Organization' : 'Individual',
    },
    contactMedium: media,
    characteristic,
    relatedParty: a.contacts.map((c) => ({
      id: c.id,
      name: c.name,
      role: c.role ?? 'contact',
      '@referredType': 'Individual',
    })),
    validFor: { startDateTime: a.createdAt, ...(a.closedAt ? { endDateTime: a.closedAt } : {}) },
    '@type': 'Customer',
    '@baseType': 'PartyRole',
  };
}

/**
 * Customer_Update as Relais applies it (JSON or JSON Merge Patch): `status` (Approved / Closed),
 * the e-mail and phone of `contactMedium`, and the `billingDay` and `siret` characteristics.
 * Postal addresses and the computed characteristics (reference, nextBillingDate) are read here
 * and left alone: addresses are edited through /api/accounts/{id}/addresses.
 */
export const TmfCustomerPatch = Type.Object(
  {
    status: Opt(Type.String({ maxLength: 40 })),
    contactMedium: Opt(
      Type.Array(
        Type.Object({
          mediumType: Type.String({ maxLength: 40 }),
          preferred: Opt(Type.Boolean()),
          characteristic: Type.Record(Type.String(), Type.Unknown()),
        }),
        { maxItems: 20 },
      ),
    ),
    characteristic: Opt(
      Type.Array(
        Type.Object({
          name: Type.String({ maxLength: 100 }),
          valueType: Opt(Type.String({ maxLength: 40 })),
          value: Type.Unknown(),
        }),
        { maxItems: 20 },
      ),
    ),
    '@type': Opt(Str),
  },
  { additionalProperties: false, minProperties: 1 },
);

export function fromTmfCustomerPatch(b: Static<typeof TmfCustomerPatch>): UpdateAccountInput {
  const out: UpdateAccountInput = {};
  if (b.status !== undefined) {
    const s = b.status.toLowerCase();
    if (s === 'approved' || s === 'active' || s === 'validated') out.status = 'active';
    else if (s === 'closed') out.status = 'closed';
    else
      throw new AppError('validation.failed', {}, [
        { pointer: '/body/status', code: 'enum', detail: 'Approved, Closed' },
      ]);
  }
  for (const m of b.contactMedium ?? []) {
    const type = m.mediumType.toLowerCase();
    if (type === 'email' && typeof m.characteristic.emailAddress === 'string')
      out.email = m.characteristic.emailAddress;
    if (type === 'phone' && typeof m.characteristic.phoneNumber === 'string')
      out.phone = m.characteristic.phoneNumber;
  }
  for (const c of b.characteristic ?? []) {
    if (c.name === 'billingDay') {
      const day = Number(c.value);
      if (!Number.isInteger(day))
        throw new AppError('validation.failed', {}, [
          { pointer: '/body/characteristic', code: 'type', detail: 'billingDay: 1–31' },
        ]);
      out.billingDay = day;
    }
    if (c.name === 'siret' && typeof c.value === 'string') out.siret = c.value;
  }
  return out;
}

const MediumIn = Type.Object({
  mediumType: Type.String({ maxLength: 40 }),
  preferred: Opt(Type.Boolean()),
  characteristic: Type.Record(Type.String(), Type.Unknown()),
});

const CharacteristicIn = Type.Object({
  name: Type.String({ maxLength: 100 }),
  valueType: Opt(Type.String({ maxLength: 40 })),
  value: Type.Unknown(),
});

/**
 * Customer_Create: `engagedParty` (its `@referredType` Organization for a business, Individual
 * for a person) and `name` are the standard's mandatory attributes. The rest of an account comes
 * as the definition carries it: e-mail, phone and postal addresses as contact media, contacts as
 * related parties (Individual, with a name), SIRET, legal form, Billing Day, Israeli ID number
 * and a person's first and last names as characteristics.
 */
export const TmfCustomerCreate = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    engagedParty: Type.Object({
      id: Opt(Type.String({ maxLength: 64 })),
      href: Opt(Type.String({ maxLength: 400 })),
      name: Opt(Type.String({ maxLength: 200 })),
      role: Opt(Type.String({ maxLength: 40 })),
      '@referredType': Type.String({ maxLength: 40, description: 'Organization or Individual' }),
    }),
    contactMedium: Opt(Type.Array(MediumIn, { maxItems: 20 })),
    characteristic: Opt(Type.Array(CharacteristicIn, { maxItems: 20 })),
    relatedParty: Opt(
      Type.Array(
        Type.Object({
          id: Opt(Type.String({ maxLength: 64 })),
          name: Type.String({ minLength: 1, maxLength: 200 }),
          role: Opt(Type.String({ maxLength: 120 })),
          '@referredType': Opt(Type.String({ maxLength: 40 })),
        }),
        { maxItems: 50 },
      ),
    ),
    '@type': Opt(Type.String({ maxLength: 40 })),
    '@baseType': Opt(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);

/** Characteristics a client may send, and the ones Relais computes (read back, ignored on create). */
const CREATE_CHARACTERISTICS = [
  'siret',
  'companyType',
  'billingDay',
  'nationalId',
  'nationalIdKind',
  'firstName',
  'lastName',
] as const;
const COMPUTED_CHARACTERISTICS = ['reference', 'nextBillingDate'];

/** What a customer's Billing Day is when the client gives none (the customer form's default). */
export const DEFAULT_BILLING_DAY = 1;

const tmfInvalid = (pointer: string, detail: string) =>
  new AppError('validation.failed', {}, [{ pointer, code: 'enum', detail }]);

/**
 * A Customer_Create as the account the customer form would send, and where each account field
 * came from in the TMF body, so that a refusal names the attribute the client sent (or should
 * have sent): the account's rules (ACC-01 SIRET, ACC-02 phones, ACC-05 e-mail, CAL-06, the
 * Israeli ID numbers of an Israeli reseller) then apply unchanged.
 */
export function fromTmfCustomerCreate(b: Static<typeof TmfCustomerCreate>): {
  input: CreateAccountInput;
  pointerOf: (field: string) => string;
} {
  const type = b.engagedParty['@referredType'].toLowerCase();
  if (type !== 'organization' && type !== 'individual')
    throw tmfInvalid('/body/engagedParty/@referredType', 'Organization, Individual');
  const kind = type === 'organization' ? 'business' : 'person';
  const sources = new Map<string, string>();
  const chars: Partial<Record<(typeof CREATE_CHARACTERISTICS)[number], unknown>> = {};
  (b.characteristic ?? []).forEach((c, i) => {
    const known = CREATE_CHARACTERISTICS.find((n) => n === c.name);
    if (known) {
      chars[known] = c.value;
      sources.set(known, `/body/characteristic/${i}`);
    } else if (!COMPUTED_CHARACTERISTICS.includes(c.name))
      throw tmfInvalid(`/body/characteristic/${i}/name`, [...CREATE_CHARACTERISTICS].join(', '));
  });
  const text = (v: unknown, name: string): string | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    throw new AppError('validation.failed', {}, [
      { pointer: sources.get(name) ?? '/body/characteristic', code: 'type', detail: `${name}: string` },
    ]);
  };
  let email: string | undefined;
  let phone: string | undefined;
  const addresses: NonNullable<CreateAccountInput['addresses']> = [];
  (b.contactMedium ?? []).forEach((m, i) => {
    const medium = m.mediumType.toLowerCase();
    const c = m.characteristic;
    const str = (k: string) => (typeof c[k] === 'string' ? (c[k] as string) : undefined);
    if (medium === 'email' && email === undefined) {
      email = str('emailAddress');
      sources.set('email', `/body/contactMedium/${i}`);
    } else if ((medium === 'phone' || medium === 'mobile') && phone === undefined) {
      phone = str('phoneNumber');
      sources.set('phone', `/body/contactMedium/${i}`);
    } else if (medium === 'postaladdress') {
      sources.set(`addresses/${addresses.length}`, `/body/contactMedium/${i}`);
      addresses.push({
        kind: str('contactType') === 'billing' || m.preferred === true ? 'billing' : 'site',
        line1: str('street1'),
        line2: str('street2'),
        postalCode: str('postCode'),
        city: str('city'),
        ...(str('country') ? { country: str('country') } : {}),
      });
    } else throw tmfInvalid(`/body/contactMedium/${i}/mediumType`, 'email, phone, postalAddress');
  });
  const contacts = (b.relatedParty ?? []).map((p, i) => {
    sources.set(`contacts/${i}`, `/body/relatedParty/${i}`);
    return { name: p.name, role: p.role ?? null };
  });
  const billingDay = chars.billingDay === undefined ? DEFAULT_BILLING_DAY : Number(chars.billingDay);
  if (!Number.isInteger(billingDay))
    throw new AppError('validation.failed', {}, [
      {
        pointer: sources.get('billingDay') ?? '/body/characteristic',
        code: 'type',
        detail: 'billingDay: 1–31',
      },
    ]);
  const nationalIdKind = text(chars.nationalIdKind, 'nationalIdKind');
  if (nationalIdKind !== undefined && nationalIdKind !== 'il_company' && nationalIdKind !== 'il_identity')
    throw tmfInvalid(sources.get('nationalIdKind') ?? '/body/characteristic', 'il_company, il_identity');
  const input: CreateAccountInput = {
    kind,
    ...(kind === 'business'
      ? { companyName: b.name, companyType: text(chars.companyType, 'companyType') }
      : {
          firstName: text(chars.firstName, 'firstName'),
          // A person's name is the last name unless the client splits it (firstName, lastName).
          lastName: text(chars.lastName, 'lastName') ?? b.name,
        }),
    siret: text(chars.siret, 'siret'),
    nationalId: text(chars.nationalId, 'nationalId'),
    nationalIdKind: nationalIdKind as IsraeliIdKind | undefined,
    email: email ?? '',
    phone,
    billingDay,
    contacts,
    addresses,
  };
  // The account's fields as the TMF attributes that carry them.
  const pointerOf = (field: string): string => {
    const [head, index] = field.split('/');
    const item = index !== undefined ? sources.get(`${head}/${index}`) : undefined;
    if (item) return item;
    const own = sources.get(field);
    if (own) return own;
    if (field === 'companyName' || field === 'lastName') return '/body/name';
    if (field === 'email' || field === 'phone' || field === 'addresses') return '/body/contactMedium';
    if (head === 'contacts') return '/body/relatedParty';
    return '/body/characteristic';
  };
  return { input, pointerOf };
}
