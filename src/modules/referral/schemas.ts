import { Type } from '@sinclair/typebox';
import { COUPON_FILE_MAX_BYTES } from './rules.ts';

/** The referral API's shapes (issue 13): installers, consents, referrals, coupons. */
export const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
export const Str = Type.String();
export const Id = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const AccountParam = Type.Object({ accountId: Type.String({ format: 'uuid' }) });

export const InstallerSchema = Type.Object({
  id: Str,
  company: Str,
  contactName: Str,
  email: Str,
  phone: Nullable(Str),
  line1: Str,
  postalCode: Str,
  communeCode: Str,
  communeName: Str,
  latitude: Type.Number(),
  longitude: Type.Number(),
  locatedBy: Type.Union([Type.Literal('commune'), Type.Literal('postal_code')]),
  charterVersion: Nullable(Str),
  charterSignedAt: Nullable(Type.String({ format: 'date-time' })),
  charterRecordedBy: Nullable(Str),
  receivesReferrals: Type.Boolean({ description: 'REF-01: signed the charter and active' }),
  active: Type.Boolean(),
  userId: Str,
  version: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
});

export const ConsentSchema = Type.Object({
  id: Str,
  accountId: Str,
  purpose: Str,
  channel: Str,
  givenAt: Type.String({ format: 'date-time' }),
  recordedBy: Str,
  withdrawnAt: Nullable(Type.String({ format: 'date-time' })),
  withdrawalChannel: Nullable(Str),
  withdrawnBy: Nullable(Str),
});

export const CouponSchema = Type.Object(
  {
    id: Str,
    code: Str,
    amountMinor: Type.Integer(),
    currency: Str,
    medium: Type.Union([Type.Literal('printed'), Type.Literal('paper')]),
    issuedAt: Type.String({ format: 'date-time' }),
    issuedBy: Str,
    returnedAt: Nullable(Type.String({ format: 'date-time' })),
    returnedRecordedBy: Nullable(Str),
    files: Type.Array(
      Type.Object({
        id: Str,
        kind: Str,
        fileName: Str,
        mediaType: Str,
        sizeBytes: Type.Integer(),
        uploadedAt: Type.String({ format: 'date-time' }),
        uploadedBy: Str,
      }),
    ),
  },
  { description: 'REF-06: the 100 € discount coupon on the reseller’s bill' },
);

/** Three files of 2 MiB in base64 (4/3 larger) and the JSON around them. */
export const COUPON_RETURN_BODY_LIMIT = Math.ceil((3 * COUPON_FILE_MAX_BYTES * 4) / 3) + 64 * 1024;

export const ReferralSchema = Type.Object({
  id: Str,
  reference: Str,
  accountId: Str,
  accountName: Str,
  installerId: Str,
  installerCompany: Str,
  previousId: Nullable(Str),
  postalCode: Str,
  communeName: Str,
  distanceKm: Type.Number(),
  skipped: Type.Array(Type.Object({ id: Str, company: Str, distanceKm: Type.Number(), reason: Str }), {
    description: 'Nearer installers passed over (unsigned, inactive, already tried)',
  }),
  status: Str,
  referredAt: Type.String({ format: 'date-time' }),
  sentAt: Type.String({ format: 'date-time' }),
  contactBy: Type.String({ format: 'date-time', description: 'REF-04: 48 h after the referral e-mail' }),
  contactedAt: Nullable(Type.String({ format: 'date-time' })),
  visitFrom: Type.String({ format: 'date', description: 'REF-04: day 15 after the referral' }),
  visitTo: Type.String({ format: 'date', description: 'REF-04: day 20 after the referral' }),
  visitDate: Nullable(Type.String({ format: 'date' })),
  safetyReason: Nullable(Str),
  checklist: Type.Union([Type.Record(Type.String(), Type.String()), Type.Null()]),
  checklistDoneAt: Nullable(Type.String({ format: 'date-time' })),
  quoteDecision: Type.Union([Type.Literal('accepted'), Type.Literal('refused'), Type.Null()], {
    description: 'REF-04: the customer’s answer to the installer’s quote',
  }),
  quoteDecidedAt: Nullable(Type.String({ format: 'date-time' })),
  pretravelCheckedAt: Nullable(
    Type.String({ format: 'date-time', description: 'REF-09: equipment and credentials received' }),
  ),
  visitMissedAt: Nullable(
    Type.String({ format: 'date-time', description: 'REF-04: the visit was not recorded in time (late)' }),
  ),
  contactMissedAt: Nullable(
    Type.String({ format: 'date-time', description: 'REF-04: no contact was recorded within 48 h (late)' }),
  ),
  visitDueBy: Type.String({
    format: 'date-time',
    description: 'REF-04: end of day 20, or of the booked visit’s day, in the tenant’s zone',
  }),
  coupon: Type.Union([CouponSchema, Type.Null()]),
});

export const Channel = Type.Union(
  ['phone', 'email', 'shop', 'post', 'web_form'].map((c) => Type.Literal(c)) as [
    ReturnType<typeof Type.Literal<'phone'>>,
  ],
);
export const ChecklistValue = Type.Union([
  Type.Literal('done'),
  Type.Literal('not_needed'),
  Type.Literal('not_done'),
]);
