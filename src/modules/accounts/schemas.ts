import { Type } from '@sinclair/typebox';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';

/**
 * Shapes of /api/accounts. Field rules (SIRET key, E.164 phones, mandatory e-mail, Billing Day
 * range) are checked by rules.ts, not here, so that each refusal carries its precise French
 * message; the schema only fixes types and lengths.
 */

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Text = (max: number) => Type.String({ maxLength: max });
const Country = Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 (FR, IL…)' });
export const AccountKindSchema = Type.Union([Type.Literal('person'), Type.Literal('business')]);
export const AccountStatusSchema = Type.Union([Type.Literal('active'), Type.Literal('closed')]);
const NationalIdKind = Type.Union([Type.Literal('il_company'), Type.Literal('il_identity')], {
  description: 'il_company: company number (ח.פ.); il_identity: identity number (ת.ז.)',
});
const AddressKind = Type.Union([Type.Literal('billing'), Type.Literal('site')]);
const BillingDay = Type.Integer({
  description: 'CAL-06: day of the month, 1–31 (29–31 fall on a shorter month’s last day)',
});

const accountProps = {
  id: Type.String({ format: 'uuid' }),
  reference: Type.String({ description: 'Human-friendly number, unique per reseller (C-000123)' }),
  kind: AccountKindSchema,
  companyType: Nullable(Type.String()),
  companyName: Nullable(Type.String()),
  siret: Nullable(Type.String()),
  nationalIdKind: Type.Union([NationalIdKind, Type.Null()]),
  nationalId: Nullable(
    Type.String({ description: 'Israeli accounts: the ח.פ. or ת.ז., 9 digits with the check digit' }),
  ),
  firstName: Nullable(Type.String()),
  lastName: Nullable(Type.String()),
  displayName: Type.String(),
  email: Type.String(),
  phone: Nullable(Type.String({ description: 'E.164' })),
  country: Type.String(),
  billingDay: Type.Integer(),
  nextBillingDate: Type.String({
    format: 'date',
    description: 'CAL-06: next Billing Day strictly after now, in the tenant time zone',
  }),
  status: AccountStatusSchema,
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  closedAt: Nullable(Type.String({ format: 'date-time' })),
};

export const AccountSchema = Type.Object(accountProps, { $id: 'Account' });

export const ContactSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    accountId: Type.String({ format: 'uuid' }),
    name: Type.String(),
    role: Nullable(Type.String()),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String({ description: 'E.164' })),
    mobile: Nullable(Type.String({ description: 'E.164' })),
    version: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'AccountContact' },
);

export const AddressSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    accountId: Type.String({ format: 'uuid' }),
    kind: AddressKind,
    label: Nullable(Type.String()),
    line1: Type.String(),
    line2: Nullable(Type.String()),
    postalCode: Type.String(),
    city: Type.String(),
    country: Type.String(),
    version: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'AccountAddress' },
);

export const AccountDetailSchema = Type.Object(
  {
    ...accountProps,
    contacts: Type.Array(Type.Ref('AccountContact')),
    addresses: Type.Array(Type.Ref('AccountAddress')),
  },
  { $id: 'AccountDetail' },
);

export const AccountList = pageOf(Type.Ref('Account'));

export const AccountListQuery = listQuery(['displayName', 'reference', 'createdAt', 'billingDay'], {
  q: Type.Optional(
    Type.String({
      maxLength: 100,
      description:
        'Searches names, company name, e-mails, reference, SIRET and phone numbers (any format); lines add MSISDN and ICCID',
    }),
  ),
  kind: Type.Optional(AccountKindSchema),
  status: Type.Optional(AccountStatusSchema),
});

const contactInputProps = {
  name: Text(200),
  role: Type.Optional(Nullable(Text(120))),
  email: Type.Optional(Nullable(Text(254))),
  phone: Type.Optional(Nullable(Text(40))),
  mobile: Type.Optional(Nullable(Text(40))),
};

export const CreateContactBody = Type.Object(contactInputProps, { additionalProperties: false });
export const UpdateContactBody = Type.Partial(Type.Object(contactInputProps), {
  additionalProperties: false,
  minProperties: 1,
});

const addressInputProps = {
  kind: Type.Optional(AddressKind),
  label: Type.Optional(Nullable(Text(120))),
  line1: Text(200),
  line2: Type.Optional(Nullable(Text(200))),
  postalCode: Text(20),
  city: Text(120),
  country: Type.Optional(Country),
};

export const CreateAddressBody = Type.Object(addressInputProps, { additionalProperties: false });
export const UpdateAddressBody = Type.Partial(Type.Object(addressInputProps), {
  additionalProperties: false,
  minProperties: 1,
});

export const CreateAccountBody = Type.Object(
  {
    kind: AccountKindSchema,
    companyType: Type.Optional(Text(60)),
    companyName: Type.Optional(Text(200)),
    siret: Type.Optional(Text(40)),
    nationalIdKind: Type.Optional(NationalIdKind),
    nationalId: Type.Optional(Text(40)),
    firstName: Type.Optional(Text(100)),
    lastName: Type.Optional(Text(100)),
    email: Text(254),
    phone: Type.Optional(Text(40)),
    country: Type.Optional(Country),
    billingDay: BillingDay,
    contacts: Type.Optional(Type.Array(CreateContactBody, { maxItems: 50 })),
    addresses: Type.Optional(Type.Array(CreateAddressBody, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const UpdateAccountBody = Type.Object(
  {
    companyType: Type.Optional(Nullable(Text(60))),
    companyName: Type.Optional(Nullable(Text(200))),
    siret: Type.Optional(Nullable(Text(40))),
    nationalIdKind: Type.Optional(NationalIdKind),
    nationalId: Type.Optional(Nullable(Text(40))),
    firstName: Type.Optional(Nullable(Text(100))),
    lastName: Type.Optional(Nullable(Text(100))),
    email: Type.Optional(Text(254)),
    phone: Type.Optional(Nullable(Text(40))),
    country: Type.Optional(Country),
    billingDay: Type.Optional(BillingDay),
    status: Type.Optional(AccountStatusSchema),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const AccountIdParams = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export const ContactParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), contactId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);
export const AddressParams = Type.Object(
  { id: Type.String({ format: 'uuid' }), addressId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const HistoryQuery = listQuery([], {});
