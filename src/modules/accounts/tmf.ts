import { Type, type Static } from '@sinclair/typebox';
import { AppError } from '../../platform/errors.ts';
import type { AccountDetail, UpdateAccountInput } from './service.ts';

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
