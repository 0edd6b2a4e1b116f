import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { publishTmfEvent } from '../../platform/tmf/hub.ts';
import { linesByIds, type LineView } from '../lines/service.ts';
import { importUsage } from './import-usage.ts';
import { rejectMessage } from './reject-reasons.ts';
import { CDR_COLUMNS, maskNumber, parseCdr, type CdrColumn, type Cdr, type RejectReason } from './rules.ts';
import * as tmfStore from './tmf-store.ts';

/**
 * TMF635 Usage Management v4 (issue 12 §1): one usage record posted by an operator's or a
 * mediation platform's integration is counted exactly as a row of a CDR file is (docs/usage.md,
 * "TMF635"): it goes through `importUsage` itself, so the dedupe on the operator's record id, the
 * rating, the counters, the alerts and the blocks are the CSV's, in the request's one transaction.
 */

export const TMF635_BASE = '/tmf-api/usageManagement/v4';
export const TMF635_FILTERS = [
  'usageType',
  'status',
  'relatedParty.id',
  'ratedProductUsage.productRef.id',
  'usageCharacteristic.value',
];
export const TMF629_CUSTOMER = '/tmf-api/customerManagement/v4/customer';
export const TMF637_PRODUCT = '/tmf-api/productInventory/v4/product';

/** A usageCharacteristic of the standard, as posted. */
export interface TmfCharacteristicIn {
  name: string;
  value: string | number;
}

export interface TmfUsageIn {
  usageDate: string;
  usageType: string;
  usageCharacteristic: TmfCharacteristicIn[];
}

/** The usageCharacteristic names Relais reads, and the CDR column each one fills. */
const CHARACTERISTICS: Record<string, CdrColumn> = {
  recordId: 'record_id',
  msisdn: 'msisdn',
  direction: 'direction',
  zone: 'zone',
  destinationZone: 'destination_zone',
  quantity: 'quantity',
  calledNumber: 'called_number',
  svaPrice: 'sva_price',
};

/** The TMF635 attribute a CDR column comes from, to name it in a refusal. */
export function tmfAttributeOf(column: CdrColumn): string {
  if (column === 'start') return 'usageDate';
  if (column === 'kind') return 'usageType';
  const name = Object.entries(CHARACTERISTICS).find(([, c]) => c === column)?.[0] ?? column;
  return `usageCharacteristic.${name}`;
}

/** The posted usage as the CSV row it stands for (column → text); unknown characteristics are ignored. */
export function cdrRowOf(u: TmfUsageIn): Partial<Record<CdrColumn, string>> {
  const row: Partial<Record<CdrColumn, string>> = { start: u.usageDate, kind: u.usageType.toLowerCase() };
  for (const c of u.usageCharacteristic) {
    const column = CHARACTERISTICS[c.name];
    if (column) row[column] = String(c.value);
  }
  return row;
}

/**
 * The one-record CDR file of a valid record, in the documented format (docs/usage.md). Every value
 * is the parsed one (digits, codes, an ISO instant, a record id of [A-Za-z0-9._:/-]): none can
 * hold the separator or a quote, so no quoting is needed.
 */
export function cdrFileOf(cdr: Cdr, start: string): string {
  const value: Record<CdrColumn, string> = {
    record_id: cdr.recordId,
    msisdn: cdr.msisdn,
    start,
    kind: cdr.kind,
    direction: cdr.direction,
    zone: cdr.zone,
    destination_zone: cdr.destinationZone ?? '',
    quantity: String(cdr.quantity),
    sva_price: cdr.svaPriceMinor === null ? '' : (cdr.svaPriceMinor / 100).toFixed(2),
    called_number: cdr.calledNumber ?? '',
  };
  return `${CDR_COLUMNS.join(';')}\n${CDR_COLUMNS.map((c) => value[c]).join(';')}\n`;
}

function refuse(reason: RejectReason, column: CdrColumn | null, locale: Ctx['locale']): AppError {
  const attribute = column === null ? 'usageCharacteristic' : tmfAttributeOf(column);
  const message = rejectMessage(reason, column, locale);
  const pointer = `/body/${attribute.replace('.', '/')}`;
  if (reason === 'unknown_line')
    return new AppError('usage.tmf_unknown_line', { attribute }, [
      { pointer, code: reason, detail: message },
    ]);
  return new AppError('usage.tmf_usage_invalid', { attribute, reason: message }, [
    { pointer, code: reason, detail: message },
  ]);
}

export type TmfUsage = ReturnType<typeof toTmfUsage>;

const DESCRIPTIONS: Record<Cdr['kind'], Record<Ctx['locale'], string>> = {
  voice: { fr: 'Appel vocal', en: 'Voice call' },
  sms: { fr: 'SMS', en: 'SMS' },
  mms: { fr: 'MMS', en: 'MMS' },
  data: { fr: 'Session de données', en: 'Data session' },
  sva: { fr: 'Service à valeur ajoutée', en: 'Value-added service' },
};

/**
 * A stored record in TMF635 shape; the called number masked as on the line's page (USE-07). The
 * definition wants absolute hrefs (`format: uri`): `origin` is the server's (requestOrigin).
 */
export function toTmfUsage(
  r: tmfStore.TmfUsageRow,
  line: LineView | undefined,
  locale: Ctx['locale'],
  origin: string,
) {
  const ch = (name: string, valueType: string, value: string | number) => ({ name, valueType, value });
  return {
    id: r.record_id,
    href: `${origin}${TMF635_BASE}/usage/${encodeURIComponent(r.record_id)}`,
    description: DESCRIPTIONS[r.kind][locale],
    usageDate: r.started_at.toISOString(),
    usageType: r.kind,
    // Relais rates a record as it counts it (USE-02): a stored record is always rated.
    status: 'rated',
    usageCharacteristic: [
      ch('recordId', 'string', r.record_id),
      ...(line?.msisdn ? [ch('msisdn', 'string', line.msisdn)] : []),
      ch('direction', 'string', r.direction),
      ch('zone', 'string', r.zone),
      ...(r.destination_zone ? [ch('destinationZone', 'string', r.destination_zone)] : []),
      ch('quantity', 'integer', r.quantity),
      ...(r.called_number ? [ch('calledNumber', 'string', maskNumber(r.called_number) ?? '')] : []),
    ],
    relatedParty: line
      ? [
          {
            id: line.accountId,
            href: `${origin}${TMF629_CUSTOMER}/${line.accountId}`,
            name: line.accountName,
            role: 'customer',
            '@referredType': 'Customer',
          },
        ]
      : [],
    ratedProductUsage: [
      {
        isBilled: false,
        usageRatingTag: r.off_plan ? 'offPlan' : 'included',
        ratingAmountType: r.price_to_be_set ? 'toBeSet' : 'taxExcluded',
        ...(r.amount_minor === null
          ? {}
          : { taxExcludedRatingAmount: { unit: 'EUR', value: r.amount_minor / 100 } }),
        productRef: {
          id: r.line_id,
          href: `${origin}${TMF637_PRODUCT}/${r.line_id}`,
          ...(line?.msisdn ? { name: line.msisdn } : {}),
          '@referredType': 'Product',
        },
        '@type': 'RatedProductUsage',
      },
    ],
    '@type': 'Usage',
  };
}

async function withLines(
  ctx: Ctx,
  rows: readonly tmfStore.TmfUsageRow[],
  origin: string,
): Promise<TmfUsage[]> {
  const lines = new Map(
    (await linesByIds(ctx, [...new Set(rows.map((r) => r.line_id))])).map((l) => [l.id, l]),
  );
  return rows.map((r) => toTmfUsage(r, lines.get(r.line_id), ctx.locale, origin));
}

/** GET …/usage: the records kept (the 3 viewable months; older ones are purged), newest first. */
export async function listTmfUsage(
  ctx: Ctx,
  page: { offset: number; limit: number },
  origin: string,
): Promise<{ items: TmfUsage[]; total: number }> {
  const p = await tmfStore.usagePage(ctx.tx, page);
  return { items: await withLines(ctx, p.rows, origin), total: p.total };
}

export async function getTmfUsage(ctx: Ctx, id: string, origin: string): Promise<TmfUsage> {
  const row = await tmfStore.usageByRecordId(ctx.tx, id);
  if (!row) throw new AppError('resource.not_found');
  const [usage] = await withLines(ctx, [row], origin);
  if (!usage) throw new AppError('resource.not_found');
  return usage;
}

/**
 * POST …/usage: counts one record exactly once. A record id already counted answers the stored
 * usage (`created: false`, HTTP 200) and changes nothing, whichever way it came in first; a new
 * one is counted and announced to the hub's listeners (UsageCreateEvent).
 */
export async function createTmfUsage(
  ctx: Ctx,
  actions: ActionRegistry,
  input: TmfUsageIn,
  origin: string,
): Promise<{ usage: TmfUsage; created: boolean }> {
  const parsed = parseCdr(cdrRowOf(input));
  if (!parsed.ok) throw refuse(parsed.reason, parsed.field, ctx.locale);
  const recordId = parsed.cdr.recordId;
  if (await tmfStore.usageByRecordId(ctx.tx, recordId))
    return { usage: await getTmfUsage(ctx, recordId, origin), created: false };

  const view = await importUsage(
    ctx,
    actions,
    cdrFileOf(parsed.cdr, input.usageDate.trim()),
    `TMF635 ${recordId}`,
  );
  const reject = view.rejects?.[0];
  // Another tenant's number is none of this tenant's lines (RLS): « ligne inconnue », like a CSV row.
  if (reject) throw refuse(reject.reason as RejectReason, reject.field as CdrColumn | null, ctx.locale);
  const usage = await getTmfUsage(ctx, recordId, origin);
  // A concurrent post of the same record committed first: this one counted nothing.
  if (view.new === 0) return { usage, created: false };
  await publishTmfEvent(ctx, 'TMF635', 'UsageCreateEvent', () => ({ usage }));
  return { usage, created: true };
}
