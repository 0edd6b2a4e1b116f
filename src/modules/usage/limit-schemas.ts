import { Type } from '@sinclair/typebox';
import { ROAMING_ZONES } from '../catalog/model.ts';
import { PAYG_THRESHOLD_MAX_GB, PAYG_THRESHOLD_MIN_GB } from './cutoff-rules.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const LimitState = {
  unit: Nullable(
    Type.Union([Type.Literal('bytes'), Type.Literal('minor')], {
      description: 'bytes (a volume) or minor units of the currency (a cut-off in euros)',
    }),
  ),
  limit: Nullable(Type.Number({ minimum: 0, description: 'The limit, in `unit`' })),
  used: Type.Number({ minimum: 0, description: 'This month’s consumption counted against it, in `unit`' }),
  percent: Nullable(Type.Integer({ minimum: 0 })),
  alerts: Type.Array(Type.Integer(), { description: 'The thresholds (80, 100) already alerted this month' }),
  blocked: Nullable(
    Type.Object({
      since: Type.String({ format: 'date-time' }),
      commandStatus: Type.Union([Type.Literal('pending'), Type.Literal('sent')]),
    }),
  ),
};

export const LineLimitsSchema = Type.Object(
  {
    lineId: Type.String({ format: 'uuid' }),
    month: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$' }),
    zones: Type.Array(
      Type.Object({
        zone: Type.Union(ROAMING_ZONES.map((z) => Type.Literal(z))),
        zoneName: Type.String(),
        current: Nullable(
          Type.Object({
            code: Type.String(),
            name: Type.String(),
            kind: Type.Union([Type.Literal('cutoff'), Type.Literal('roaming')]),
          }),
        ),
        choices: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
        ...LimitState,
      }),
    ),
    threshold: Nullable(Type.Object({ gb: Nullable(Type.Integer()), ...LimitState })),
  },
  { $id: 'LineUsageLimits' },
);

export const ZoneParams = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    zone: Type.Union(ROAMING_ZONES.map((z) => Type.Literal(z))),
  },
  { additionalProperties: false },
);

export const CutoffBody = Type.Object(
  {
    option: Type.String({
      minLength: 1,
      maxLength: 100,
      description: 'The catalog code of the zone’s new cut-off',
    }),
  },
  { additionalProperties: false },
);

export const ThresholdBody = Type.Object(
  {
    gb: Type.Integer({
      minimum: PAYG_THRESHOLD_MIN_GB,
      maximum: PAYG_THRESHOLD_MAX_GB,
      description: 'CAT-09: the data threshold in GB (1 to 100)',
    }),
  },
  { additionalProperties: false },
);
