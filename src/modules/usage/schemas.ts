import { Type } from '@sinclair/typebox';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';
import { USAGE_KINDS } from './rules.ts';

const Count = (description: string) => Type.Integer({ minimum: 0, description });

export const ImportSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    filename: Type.Union([Type.String(), Type.Null()]),
    state: Type.Union(
      [Type.Literal('running'), Type.Literal('done'), Type.Literal('failed'), Type.Literal('interrupted')],
      {
        description:
          'running: being read, its figures so far (each batch of records is counted in its own transaction); done; failed: its upload broke off (too large, connection lost), the batches before counted; interrupted: a running import that has written nothing for 10 minutes (its process died). Import the file again to count the rest: records already counted are duplicates.',
      },
    ),
    read: Count('Rows read (the header excluded)'),
    new: Count('Records counted for the first time'),
    duplicates: Count('Records already imported (this file again, or another one): not counted again'),
    rejected: Count('Malformed rows, not counted'),
    unknownLines: Count('Rows for a number that is none of the reseller’s lines'),
    alerts: Count('Data alerts (80 %/100 %) this import raised'),
    bytesRead: Count('Bytes of the file read so far'),
    bytesTotal: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
      description: 'The file’s size when known beforehand (Content-Length, a file on disk)',
    }),
    createdBy: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    rejects: Type.Optional(
      Type.Array(
        Type.Object({
          line: Type.Integer({ description: 'Line number in the file (the header is line 1)' }),
          reason: Type.String({ description: 'Reason code' }),
          field: Type.Union([Type.String(), Type.Null()]),
          message: Type.String({ description: 'The reason, in the request’s language' }),
          raw: Type.String({ description: 'The row as received (500 characters at most)' }),
        }),
      ),
    ),
  },
  { $id: 'UsageImport' },
);

export const ImportList = pageOf(Type.Ref(ImportSchema));
export const ImportListQuery = listQuery([], {});
export const ImportQuery = Type.Object(
  {
    filename: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'The file’s name, shown on the imports page',
      }),
    ),
  },
  { additionalProperties: false },
);

const Kind = Type.Union(USAGE_KINDS.map((k) => Type.Literal(k)));
const Total = Type.Object({
  inPlan: Type.Number({ description: 'Included quantity (seconds, messages or bytes); SVA: non billable' }),
  offPlan: Type.Number({ description: 'Off-plan quantity; SVA: billed' }),
  offPlanAmount: Type.String({ description: 'Priced off-plan amount, excl. VAT' }),
  toBeSet: Type.Integer({ description: 'Off-plan records without a catalog price ("à définir")' }),
  records: Type.Integer(),
});

export const LineUsageQuery = Type.Object(
  {
    month: Type.Optional(
      Type.String({
        pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
        description: 'YYYY-MM, one of the 3 viewable months',
      }),
    ),
    kind: Type.Optional(
      Type.Union(
        ['all', 'voice', 'sva', 'sms_mms', 'data'].map((k) => Type.Literal(k)),
        { description: 'Journal filter' },
      ),
    ),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

export const LineUsageSchema = Type.Object(
  {
    lineId: Type.String({ format: 'uuid' }),
    month: Type.String(),
    months: Type.Array(Type.String()),
    envelopeBytes: Type.Union([Type.Number(), Type.Null()], {
      description: 'The plan’s envelope plus the month’s applied recharges (USE-06), in bytes',
    }),
    rechargedBytes: Type.Number({
      description: 'USE-07: the month’s data recharged (applied recharges), in bytes',
    }),
    envelopePercent: Type.Union([Type.Integer(), Type.Null()]),
    blocked: Type.Union([Type.Boolean(), Type.Null()]),
    thresholds: Type.Array(Type.Integer()),
    dataState: Type.Union([
      Type.Object({
        state: Type.Union([Type.Literal('data_blocked'), Type.Literal('throttled')]),
        since: Type.String({ format: 'date-time' }),
        operatorCommand: Type.Union([Type.Literal('block_data'), Type.Null()]),
        commandStatus: Type.Union([Type.Literal('pending'), Type.Literal('sent'), Type.Null()]),
      }),
      Type.Null(),
    ]),
    alerts: Type.Array(Type.Object({ threshold: Type.Integer(), at: Type.String({ format: 'date-time' }) })),
    totals: Type.Object({ voice: Total, sms: Total, mms: Total, data: Total, sva: Total }),
    journal: Type.Object({
      items: Type.Array(
        Type.Object({
          id: Type.String(),
          startedAt: Type.String({ format: 'date-time' }),
          kind: Kind,
          direction: Type.Union([Type.Literal('out'), Type.Literal('in')]),
          zone: Type.String(),
          destinationZone: Type.Union([Type.String(), Type.Null()]),
          calledNumber: Type.Union([Type.String(), Type.Null()]),
          quantity: Type.Number(),
          offPlan: Type.Boolean(),
          amount: Type.Union([Type.String(), Type.Null()]),
          priceToBeSet: Type.Boolean(),
          fairUse: Type.Union(
            [Type.Literal('callees'), Type.Literal('recipients'), Type.Literal('duration'), Type.Null()],
            {
              description:
                'CAT-05: billed although the plan includes it, beyond fair use: a 251st distinct callee, a 251st distinct SMS/MMS recipient, or a call’s part beyond 2 h',
            },
          ),
        }),
      ),
      total: Type.Integer(),
      limit: Type.Integer(),
      offset: Type.Integer(),
    }),
    fairUse: Type.Union(
      [
        Type.Object({
          callees: Type.Object({ used: Type.Integer(), max: Type.Integer() }),
          recipients: Type.Object({ used: Type.Integer(), max: Type.Integer() }),
          maxCallSeconds: Type.Integer(),
          smsPerHour: Type.Union([Type.Integer(), Type.Null()]),
          smsSuspendedUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
        }),
        Type.Null(),
      ],
      {
        description:
          'CAT-05, unlimited plans: the month’s distinct callees and SMS/MMS recipients against their limits, and Orange’s SMS suspension',
      },
    ),
  },
  { $id: 'LineUsage' },
);
