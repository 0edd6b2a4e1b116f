import type { ErrorCode } from '../../platform/errors.ts';
import { NETWORKS, type Network } from '../catalog/model.ts';
import { parseCsv, type CsvRow } from './csv.ts';
import { luhnValid } from '../../platform/luhn.ts';

/**
 * Pure stock rules: ICCIDs (Luhn), 10-digit numbers, CSV imports checked row by row, ICCID ranges
 * for assignment (SC-06). Nothing here touches the database or the clock.
 */

export const SIM_TYPES = ['pin', 'no_pin', 'esim'] as const;
export type SimType = (typeof SIM_TYPES)[number];

export interface StockIssue {
  /** Line of the CSV file (header = 1); 0 for a field outside a file. */
  line: number;
  field: string;
  code: ErrorCode;
  params?: Record<string, string | number>;
}

export { luhnValid };

/** The Luhn check digit to append to a payload (for tests and demo data). */
export function luhnCheckDigit(payload: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(payload + String(d))) return String(d);
  throw new Error('unreachable');
}

/** ICCID: "89" (telecom) then 17 or 18 digits, the last a Luhn check digit. Spaces are ignored. */
export function checkIccid(raw: string): { iccid: string } | { code: ErrorCode } {
  const iccid = raw.replace(/[\s-]/g, '');
  if (!/^89[0-9]{17,18}$/.test(iccid)) return { code: 'stock.iccid_format' };
  if (!luhnValid(iccid)) return { code: 'stock.iccid_luhn' };
  return { iccid };
}

/** A French mobile number of 10 digits, 0 then 1–9 (ORD-07: the stocked numbers). */
export function checkNumber(raw: string): string | null {
  const n = raw.replace(/[\s.-]/g, '');
  return /^0[1-9][0-9]{8}$/.test(n) ? n : null;
}

const NETWORK_ALIASES: Record<string, Network> = {
  orange: 'orange',
  bouygues: 'bouygues',
  'bouygues telecom': 'bouygues',
  bytel: 'bouygues',
};
const SIM_TYPE_ALIASES: Record<string, SimType> = {
  pin: 'pin',
  'avec pin': 'pin',
  avec_pin: 'pin',
  no_pin: 'no_pin',
  'sans pin': 'no_pin',
  sans_pin: 'no_pin',
  esim: 'esim',
  'e-sim': 'esim',
};

export function networkOf(raw: string): Network | null {
  const n = NETWORK_ALIASES[raw.trim().toLowerCase()];
  return n && (NETWORKS as readonly string[]).includes(n) ? n : null;
}

const header = (fields: string[]) =>
  fields.map((f) =>
    f
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_'),
  );

function columns(
  head: string[],
  wanted: Record<string, readonly string[]>,
): { index: Record<string, number>; missing: string[] } {
  const index: Record<string, number> = {};
  const missing: string[] = [];
  for (const [name, aliases] of Object.entries(wanted)) {
    const i = head.findIndex((h) => aliases.includes(h));
    if (i >= 0) index[name] = i;
    else missing.push(name);
  }
  return { index, missing };
}

/**
 * A delivery file's header and rows, or the one issue that refuses the whole file: no row, a
 * column missing from the header, more rows than `maxRows`.
 */
function openImport(
  text: string,
  wanted: Record<string, readonly string[]>,
  maxRows = Infinity,
): { head: string[]; body: CsvRow[]; index: Record<string, number> } | { issues: StockIssue[] } {
  const [first, ...body] = parseCsv(text);
  if (!first || body.length === 0) return { issues: [{ line: 0, field: 'csv', code: 'stock.csv_empty' }] };
  const head = header(first.fields);
  const { index, missing } = columns(head, wanted);
  if (missing.length > 0)
    return {
      issues: [{ line: 1, field: 'csv', code: 'stock.csv_header', params: { columns: missing.join(', ') } }],
    };
  if (body.length > maxRows)
    return { issues: [{ line: 0, field: 'csv', code: 'stock.csv_too_large', params: { max: maxRows } }] };
  return { head, body, index };
}

/** A cell refused for its value, reported with its line and column. */
export function valueIssue(
  line: number,
  field: string,
  code: ErrorCode,
  value: string,
  more: Record<string, string | number> = {},
): StockIssue {
  return { line, field, code, params: { value, ...more } };
}

export interface SimImportRow {
  line: number;
  iccid: string;
  network: Network;
  simType: SimType;
  puk: string | null;
  smdpAddress: string | null;
  matchingId: string | null;
}

export const MAX_IMPORT_ROWS = 20_000;

/**
 * A SIM delivery file: `iccid;reseau;type;puk;smdp;matching_id` (the last three optional columns;
 * smdp and matching_id required on eSIM rows, ORD-05). Every bad row is reported with its line;
 * the caller imports nothing unless there is no issue at all.
 */
export function parseSimImport(text: string): { rows: SimImportRow[]; issues: StockIssue[] } {
  const file = openImport(
    text,
    { iccid: ['iccid'], network: ['reseau', 'réseau', 'network'], type: ['type', 'type_sim', 'sim_type'] },
    MAX_IMPORT_ROWS,
  );
  if ('issues' in file) return { rows: [], issues: file.issues };
  const { head, body, index } = file;
  const opt = (name: string) => head.findIndex((c) => c === name);
  const [iPuk, iSmdp, iMatching] = [opt('puk'), opt('smdp'), opt('matching_id')];
  const rows: SimImportRow[] = [];
  const issues: StockIssue[] = [];
  const seen = new Map<string, number>();
  for (const r of body) {
    const at = (i: number | undefined) => (i === undefined || i < 0 ? '' : (r.fields[i] ?? '').trim());
    const before = issues.length;
    const checked = checkIccid(at(index.iccid));
    const network = networkOf(at(index.network));
    const simType = SIM_TYPE_ALIASES[at(index.type).toLowerCase()] ?? null;
    if ('code' in checked)
      issues.push({ line: r.line, field: 'iccid', code: checked.code, params: { iccid: at(index.iccid) } });
    if (!network) issues.push(valueIssue(r.line, 'reseau', 'stock.network_unknown', at(index.network)));
    if (!simType) issues.push(valueIssue(r.line, 'type', 'stock.sim_type_unknown', at(index.type)));
    const puk = at(iPuk) || null;
    if (puk !== null && !/^[0-9]{8}$/.test(puk))
      issues.push({ line: r.line, field: 'puk', code: 'stock.puk_invalid' });
    const smdpAddress = at(iSmdp) || null;
    const matchingId = at(iMatching) || null;
    // ORD-05: an eSIM profile is its LPA code's parts; CAT-11: eSIM is Orange only.
    if (simType === 'esim' && (!smdpAddress || !matchingId))
      issues.push({ line: r.line, field: 'smdp', code: 'stock.esim_profile_missing' });
    if (simType === 'esim' && network === 'bouygues')
      issues.push({ line: r.line, field: 'type', code: 'stock.esim_orange_only' });
    if ('iccid' in checked) {
      const first = seen.get(checked.iccid);
      if (first !== undefined)
        issues.push(valueIssue(r.line, 'iccid', 'stock.duplicate_in_file', checked.iccid, { first }));
      else seen.set(checked.iccid, r.line);
    }
    if (issues.length === before && 'iccid' in checked && network && simType)
      rows.push({ line: r.line, iccid: checked.iccid, network, simType, puk, smdpAddress, matchingId });
  }
  return { rows, issues };
}

export interface NumberImportRow {
  line: number;
  network: Network;
  msisdns: string[];
}

export const MAX_RANGE_SIZE = 10_000;

/** Number ranges: `reseau;premier;dernier`, 10-digit numbers, first ≤ last, same network per row. */
export function parseNumberImport(text: string): { rows: NumberImportRow[]; issues: StockIssue[] } {
  const file = openImport(text, {
    network: ['reseau', 'réseau', 'network'],
    first: ['premier', 'debut', 'début', 'first'],
    last: ['dernier', 'fin', 'last'],
  });
  if ('issues' in file) return { rows: [], issues: file.issues };
  const { body, index } = file;
  const rows: NumberImportRow[] = [];
  const issues: StockIssue[] = [];
  let total = 0;
  const seen = new Set<string>();
  for (const r of body) {
    const at = (i: number | undefined) => (i === undefined ? '' : (r.fields[i] ?? '').trim());
    const network = networkOf(at(index.network));
    const first = checkNumber(at(index.first));
    const last = checkNumber(at(index.last)) ?? (at(index.last) === '' ? first : null);
    const before = issues.length;
    if (!network) issues.push(valueIssue(r.line, 'reseau', 'stock.network_unknown', at(index.network)));
    if (!first) issues.push(valueIssue(r.line, 'premier', 'stock.number_format', at(index.first)));
    if (!last) issues.push(valueIssue(r.line, 'dernier', 'stock.number_format', at(index.last)));
    if (issues.length > before || !network || !first || !last) continue;
    const size = Number(last) - Number(first) + 1;
    if (size < 1) {
      issues.push({ line: r.line, field: 'dernier', code: 'stock.range_reversed', params: { first, last } });
      continue;
    }
    total += size;
    if (size > MAX_RANGE_SIZE || total > MAX_RANGE_SIZE * 5) {
      issues.push({
        line: r.line,
        field: 'dernier',
        code: 'stock.range_too_large',
        params: { max: MAX_RANGE_SIZE },
      });
      continue;
    }
    const msisdns: string[] = [];
    for (let n = Number(first); n <= Number(last); n++) {
      const msisdn = String(n).padStart(10, '0');
      if (seen.has(msisdn)) {
        issues.push(valueIssue(r.line, 'premier', 'stock.duplicate_in_file', msisdn, { first: 0 }));
        break;
      }
      seen.add(msisdn);
      msisdns.push(msisdn);
    }
    rows.push({ line: r.line, network, msisdns });
  }
  return { rows, issues };
}

/**
 * SC-06: a range of SIMs to assign or release, "first and last SIM in ascending order". Both ends
 * must be valid ICCIDs of the same length; an upside-down range is refused, not silently swapped.
 */
export function checkIccidRange(
  firstRaw: string,
  lastRaw: string,
): { first: string; last: string } | StockIssue {
  const first = checkIccid(firstRaw);
  if ('code' in first) return { line: 0, field: 'first', code: first.code, params: { iccid: firstRaw } };
  const last = checkIccid(lastRaw);
  if ('code' in last) return { line: 0, field: 'last', code: last.code, params: { iccid: lastRaw } };
  if (first.iccid.length !== last.iccid.length)
    return { line: 0, field: 'last', code: 'stock.range_length_mismatch' };
  if (BigInt(first.iccid) > BigInt(last.iccid))
    return {
      line: 0,
      field: 'last',
      code: 'stock.range_reversed',
      params: { first: first.iccid, last: last.iccid },
    };
  return { first: first.iccid, last: last.iccid };
}
