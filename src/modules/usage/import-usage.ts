import { parse } from 'csv-parse/sync';
import type { Ctx } from '../../platform/context.ts';
import { newId, type Clock } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { getOffer, type OfferDetail } from '../catalog/service.ts';
import { linesByMsisdn, type LineByNumber } from '../lines/service.ts';
import {
  CDR_COLUMNS,
  monthFinder,
  parseCdr,
  rate,
  type Cdr,
  type CdrColumn,
  type RejectReason,
} from './rules.ts';
import * as store from './store.ts';
import { checkLimits } from './check-limits.ts';
import { applyFairUse } from './fair-use.ts';
import { perUsePrices } from './per-use-prices.ts';
import { writeDataAlerts, type Plan } from './data-alerts.ts';
import { importView, type ImportView } from './views.ts';
import { physicalLines, type CdrSource, type PhysicalLine } from './cdr-lines.ts';

/** A row that was not counted: its line number in the file and why. */
interface Reject {
  lineNo: number;
  reason: RejectReason;
  field: string | null;
  raw: string;
}

/** Records per transaction: each batch is counted, alerted and its progress written at once. */
export const IMPORT_BATCH_ROWS = 5000;

/**
 * One physical line is one record (docs/usage.md: a quoted field never holds a line break), so a
 * broken quote costs its own line and never the ones after it. Most lines have no quote at all:
 * they are split as they are, the CSV parser only reads the quoted ones.
 */
function cellsOf(raw: string, delimiter: string): string[] | null {
  if (!raw.includes('"')) return raw.split(delimiter).map((c) => c.trim());
  try {
    const [cells] = parse(raw, { delimiter, relax_column_count: true, trim: true }) as string[][];
    return cells ?? null;
  } catch {
    return null;
  }
}

/**
 * How an import reaches the database: `step` runs one step in a transaction of the tenant — its
 * own transaction for a streamed file (the head, each batch, the end), or the caller's one
 * transaction (the demo's month, imported whole).
 */
export interface ImportRun {
  step<T>(fn: (ctx: Ctx) => Promise<T>): Promise<T>;
  actions: ActionRegistry;
  filename: string | null;
  /** The wall clock for the progress written at each batch (the import's instant is ctx.now). */
  clock: Clock;
  /** The file's size when known beforehand (Content-Length, a file on disk). */
  bytesTotal?: number | null;
  batchRows?: number;
  /** After each committed batch: the bytes read so far. */
  onProgress?: (bytesRead: number) => void;
  /** In the end's transaction, once the import is done (an idempotent upload stores its answer). */
  onDone?: (ctx: Ctx, view: ImportView) => Promise<void>;
  /** Milliseconds spent per stage, added up over the batches (the benchmark's breakdown). */
  timings?: Record<string, number>;
}

/** Adds the time since the previous lap to `stage` (nothing when no one asked for timings). */
function stopwatch(timings: Record<string, number> | undefined): (stage: string) => void {
  if (!timings) return () => undefined;
  let last = performance.now();
  return (stage) => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + (now - last);
    last = now;
  };
}

type Figures = store.ImportFigures;

const noFigures = (): Figures => ({
  read: 0,
  new: 0,
  duplicates: 0,
  rejected: 0,
  unknownLines: 0,
  alerts: 0,
});

/** The header row (the first line that is not blank): its columns, and the separator it uses. */
function headerOf(raw: string): { header: CdrColumn[]; delimiter: string } {
  const header = raw.split(/[;,]/).map((h) => h.trim().toLowerCase().replace(/^"|"$/g, '')) as CdrColumn[];
  const missing = CDR_COLUMNS.filter(
    (c) => c !== 'sva_price' && c !== 'called_number' && !header.includes(c),
  );
  if (missing.length > 0) throw new AppError('usage.bad_header', { columns: missing.join(', ') });
  return { header, delimiter: raw.includes(';') ? ';' : ',' };
}

/**
 * Imports a CDR file read as a stream (issue 12 §1–§5). The header is checked first (a file
 * without the required columns is refused as a whole, before anything is written); then the
 * import is recorded 'running' and the rows are read in batches of IMPORT_BATCH_ROWS, each batch
 * in one transaction (`importBatch`) that also adds its figures to the import (its progress), the
 * next batch parsed meanwhile, so memory holds two batches, never the file. Exactly once: a record is counted by the batch that
 * inserts it first (its key), whatever import, batch or process that is; a crash loses at most
 * the batch in flight, uncommitted, and importing the file again counts what is missing. A stream
 * that breaks off (too large, connection lost) ends the import 'failed', its batches counted.
 */
export async function importUsageStream(run: ImportRun, source: CdrSource): Promise<ImportView> {
  const batchRows = run.batchRows ?? IMPORT_BATCH_ROWS;
  const lines = physicalLines(source);
  let format: { header: CdrColumn[]; delimiter: string } | null = null;
  let pending: PhysicalLine[] = [];
  let bytesRead = 0;
  // Stops reading: the source (a file, a request) is closed, not left open until collected.
  const close = () => lines.return(undefined).catch(() => undefined);
  // The header decides before the import exists: a refused file leaves no trace.
  try {
    while (format === null) {
      const next = await lines.next();
      if (next.done) throw new AppError('usage.bad_header', { columns: CDR_COLUMNS.join(', ') });
      bytesRead = next.value.bytesRead;
      const at = next.value.lines.findIndex((l) => l.raw.trim() !== '');
      if (at < 0) continue;
      format = headerOf(next.value.lines[at]?.raw ?? '');
      pending = next.value.lines.slice(at + 1);
    }
  } catch (err) {
    await close();
    throw err;
  }
  const { header, delimiter } = format;

  const started = await run.step(async (ctx) => {
    const head: store.ImportRow = {
      id: newId(),
      filename: run.filename,
      state: 'running',
      read_count: 0,
      new_count: 0,
      duplicate_count: 0,
      rejected_count: 0,
      unknown_line_count: 0,
      alert_count: 0,
      bytes_read: 0,
      bytes_total: run.bytesTotal ?? null,
      created_by: ctx.actor.label,
      created_at: ctx.now,
      updated_at: run.clock.now(),
    };
    await store.insertImport(ctx.tx, head);
    return { head, zone: await store.tenantZone(ctx.tx) };
  });
  const { head, zone } = started;
  const total = noFigures();
  const plans = new Map<string, Plan>();
  const lap = stopwatch(run.timings);
  const batchContext = {
    importId: head.id,
    header,
    delimiter,
    zone,
    monthOf: monthFinder(zone),
    plans,
    offers: new Map<string, OfferDetail>(),
    lap,
  };
  /** One parsed batch at a time waits for the database; the next one is parsed meanwhile. */
  let inFlight: Promise<void> = Promise.resolve();
  const flush = (p: ParsedBatch, bytes: number): void => {
    const write = async () => {
      lap('read file, split lines');
      const figures = await run.step(async (ctx) => {
        lap('begin');
        const f = await importBatch(ctx, run.actions, batchContext, p);
        await store.addImportProgress(ctx.tx, head.id, { ...f, bytesRead: bytes, at: run.clock.now() });
        lap('progress');
        return f;
      });
      lap('commit');
      for (const k of Object.keys(total) as (keyof Figures)[]) total[k] += figures[k];
      run.onProgress?.(bytes);
    };
    // Batches commit one after the other, in the file's order: the next one is handed over only
    // once this one is done, and a failed one stops the import (its error is read by `submit`).
    inFlight = write();
    inFlight.catch(() => undefined);
  };
  /**
   * Parses `batch` while the previous batch's transaction runs (its statements leave the event
   * loop idle while PostgreSQL works), then queues it behind that one: at most one batch waits
   * parsed, so memory still holds two batches, never the file.
   */
  const submit = async (batch: PhysicalLine[]) => {
    const bytes = bytesRead;
    const parsed = await parseBatch(batchContext, batch, run.timings);
    await inFlight;
    flush(parsed, bytes);
  };

  let state: 'done' | 'failed' = 'done';
  let failure: unknown = null;
  try {
    for (;;) {
      const rows = pending.filter((l) => l.raw.trim() !== '');
      for (let i = 0; i + batchRows <= rows.length; i += batchRows)
        await submit(rows.slice(i, i + batchRows));
      pending = rows.slice(rows.length - (rows.length % batchRows));
      const next = await lines.next();
      if (next.done) break;
      bytesRead = next.value.bytesRead;
      pending = pending.concat(next.value.lines);
    }
    if (pending.length > 0) await submit(pending);
    await inFlight;
  } catch (err) {
    state = 'failed';
    failure = err;
    // A batch still in flight commits or fails before the import's end is written.
    await inFlight.catch(() => undefined);
    await close();
  }

  const view = await run
    .step(async (ctx) => {
      await store.finishImport(ctx.tx, head.id, state, bytesRead, run.clock.now());
      await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
        entityType: 'usage_import',
        entityId: head.id,
        entityLabel: run.filename ?? undefined,
        action: 'usage.import',
        after: {
          state,
          read: total.read,
          new: total.new,
          duplicates: total.duplicates,
          rejected: total.rejected,
          unknownLines: total.unknownLines,
          alerts: total.alerts,
        },
      });
      const row: store.ImportRow = {
        ...head,
        state,
        read_count: total.read,
        new_count: total.new,
        duplicate_count: total.duplicates,
        rejected_count: total.rejected,
        unknown_line_count: total.unknownLines,
        alert_count: total.alerts,
        bytes_read: bytesRead,
        updated_at: run.clock.now(),
      };
      const v = importView(row, await store.rejectsOf(ctx.tx, head.id), ctx.locale, ctx.now);
      if (state === 'done') await run.onDone?.(ctx, v);
      return v;
    })
    .catch((err: unknown) => {
      // The database itself failed: the import stays 'running', shown interrupted later.
      if (failure !== null) throw failure;
      throw err;
    });
  if (failure !== null) throw failure;
  return view;
}

/**
 * Imports a CDR file given whole as text, in the caller's one transaction (the demo's month, a
 * single TMF635 record): the same use case as the streamed import, its batches in that transaction.
 */
export function importUsage(
  ctx: Ctx,
  actions: ActionRegistry,
  csv: string,
  filename: string | null,
): Promise<ImportView> {
  return importUsageStream({ step: (fn) => fn(ctx), actions, filename, clock: { now: () => ctx.now } }, [
    csv,
  ]);
}

interface BatchContext {
  importId: string;
  header: CdrColumn[];
  delimiter: string;
  zone: string;
  /** The tenant's month of an instant (CAL-04), its months' bounds kept for the import. */
  monthOf: (at: Date) => string;
  /** The offers' facts and prices, read once per import. */
  plans: Map<string, Plan>;
  /** The offers themselves, read once per import (fair use reads their rule). */
  offers: Map<string, OfferDetail>;
  /** The import's stopwatch (`ImportRun.timings`). */
  lap: (stage: string) => void;
}

/** A batch's rows parsed (no database needed): its rejects so far and its well-formed CDRs. */
interface ParsedBatch {
  read: number;
  rejects: Reject[];
  parsed: { lineNo: number; raw: string; cdr: Cdr }[];
}

/** Rows parsed between two turns of the event loop (a few milliseconds of work). */
const PARSE_SLICE_ROWS = 500;

/**
 * Parses a batch's rows: rejects the malformed ones and a record id repeated in the batch. Pure
 * work, done in slices that give the event loop back, so that it runs while the previous batch's
 * statements are in PostgreSQL (its time is added to `timings.parse` on its own, not as a lap of
 * the batch stopwatch, whose stages it overlaps).
 */
async function parseBatch(
  b: Pick<BatchContext, 'header' | 'delimiter'>,
  rows: readonly PhysicalLine[],
  timings: Record<string, number> | undefined,
): Promise<ParsedBatch> {
  const rejects: Reject[] = [];
  const parsed: ParsedBatch['parsed'] = [];
  const seen = new Set<string>();
  for (let from = 0; from < rows.length; from += PARSE_SLICE_ROWS) {
    if (from > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const t0 = performance.now();
    for (const r of rows.slice(from, from + PARSE_SLICE_ROWS)) {
      const cells = r.tooLong ? null : cellsOf(r.raw, b.delimiter);
      if (cells === null || cells.length !== b.header.length) {
        rejects.push({ lineNo: r.lineNo, reason: 'columns', field: null, raw: r.raw });
        continue;
      }
      const row: Partial<Record<CdrColumn, string>> = {};
      b.header.forEach((h, i) => (row[h] = cells[i]));
      const p = parseCdr(row);
      if (!p.ok) {
        rejects.push({ lineNo: r.lineNo, reason: p.reason, field: p.field, raw: r.raw });
        continue;
      }
      if (seen.has(p.cdr.recordId)) {
        rejects.push({ lineNo: r.lineNo, reason: 'duplicate_in_file', field: 'record_id', raw: r.raw });
        continue;
      }
      seen.add(p.cdr.recordId);
      parsed.push({ lineNo: r.lineNo, raw: r.raw, cdr: p.cdr });
    }
    if (timings)
      timings['parse (beside the previous batch)'] =
        (timings['parse (beside the previous batch)'] ?? 0) + performance.now() - t0;
  }
  return { read: rows.length, rejects, parsed };
}

/**
 * One parsed batch in the caller's transaction: rejects the numbers that are none of the tenant's
 * lines (with their line number and reason), rates the others against
 * their line's plan (USE-02), writes the records that are new (deduplicated on the operator's
 * record id before anything is counted), moves the monthly counters by exactly those records, and
 * writes the data alerts and data states they cross (USE-03, USE-04) with their e-mails and SMS
 * in the outbox. A record another import wrote first is skipped by its key (PostgreSQL makes the
 * second insert wait for the first transaction, then skip).
 */
async function importBatch(
  ctx: Ctx,
  actions: ActionRegistry,
  b: BatchContext,
  batch: ParsedBatch,
): Promise<Figures> {
  const { lap } = b;
  const { parsed } = batch;
  const rejects = [...batch.rejects];

  // The lines, by number (RLS: another tenant's line is unknown here).
  const lines = new Map<string, LineByNumber>();
  for (const l of await linesByMsisdn(ctx, [...new Set(parsed.map((p) => p.cdr.msisdn))]))
    lines.set(l.msisdn, l);
  lap('lines');
  let unknown = 0;
  const planOf = async (code: string): Promise<Plan> => {
    let plan = b.plans.get(code);
    if (!plan) {
      const offer = b.offers.get(code) ?? (await getOffer(ctx, code));
      b.offers.set(code, offer);
      plan = {
        facts: {
          network: offer.network,
          range: offer.range,
          envelopeMb: offer.envelopeMb,
          blocked: offer.blocked,
        },
        prices: perUsePrices(offer),
      };
      b.plans.set(code, plan);
    }
    return plan;
  };

  const inserts: (store.RecordInsert & { lineNo: number; raw: string })[] = [];
  for (const p of parsed) {
    const line = lines.get(p.cdr.msisdn);
    if (!line) {
      unknown++;
      rejects.push({ lineNo: p.lineNo, reason: 'unknown_line', field: 'msisdn', raw: p.raw });
      continue;
    }
    const plan = await planOf(line.offer);
    const rating = rate(plan.facts, p.cdr, plan.prices);
    inserts.push({
      lineNo: p.lineNo,
      raw: p.raw,
      recordId: p.cdr.recordId,
      lineId: line.id,
      month: b.monthOf(p.cdr.startedAt),
      startedAt: p.cdr.startedAt,
      kind: p.cdr.kind,
      direction: p.cdr.direction,
      zone: p.cdr.zone,
      destinationZone: p.cdr.destinationZone,
      calledNumber: p.cdr.calledNumber,
      quantity: p.cdr.quantity,
      offPlan: rating.offPlan,
      amountMinor: rating.amountMinor,
      toBeSet: rating.toBeSet,
    });
  }
  // One order for every import: concurrent imports wait on each other's keys, never in a cycle.
  inserts.sort((x, y) => (x.recordId < y.recordId ? -1 : x.recordId > y.recordId ? 1 : 0));
  lap('rate');

  const inserted = await store.insertRecords(ctx.tx, b.importId, inserts);
  const fresh = inserts.filter((r) => inserted.has(r.recordId));
  // Skipped by their key: another import's records (duplicates), or this file's own in an earlier
  // batch (a repeated id, rejected as in a single batch).
  const skipped = inserts.filter((r) => !inserted.has(r.recordId));
  const own = await store.ownRecords(
    ctx.tx,
    b.importId,
    skipped.map((r) => r.recordId),
  );
  for (const r of skipped)
    if (own.has(r.recordId))
      rejects.push({ lineNo: r.lineNo, reason: 'duplicate_in_file', field: 'record_id', raw: r.raw });
  lap('insert records (dedupe)');

  // Counters move by the new records only, in a stable order (no deadlock between imports).
  const deltas = new Map<string, store.CounterDelta>();
  for (const r of fresh) {
    const key = `${r.lineId}|${r.month}|${r.kind}`;
    const d = deltas.get(key) ?? {
      lineId: r.lineId,
      month: r.month,
      kind: r.kind,
      inPlan: 0,
      offPlan: 0,
      offPlanMinor: 0,
      toBeSet: 0,
      records: 0,
    };
    if (r.offPlan) d.offPlan += r.quantity;
    else d.inPlan += r.quantity;
    d.offPlanMinor += r.amountMinor ?? 0;
    d.toBeSet += r.toBeSet ? 1 : 0;
    d.records += 1;
    deltas.set(key, d);
  }
  const ordered = [...deltas.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, d]) => d);
  const after = await store.addCounters(ctx.tx, ordered, ctx.now);
  lap('counters');

  // USE-03/USE-04: thresholds crossed by this transaction's data (data-alerts.ts).
  let alerts = await writeDataAlerts(ctx, actions, {
    importId: b.importId,
    zone: b.zone,
    lines: [...lines.values()],
    deltas,
    after,
    planOf,
  });
  lap('data alerts, states, outbox');

  // CAT-05: usage beyond fair use is billed per use; Orange's SMS cap suspends SMS (fair-use.ts).
  await applyFairUse(ctx, actions, fresh, b.zone, [...lines.values()], b.offers);
  lap('fair use');
  // USE-05, CAT-09: the roaming cut-offs and the pay-as-you-go threshold (check-limits.ts).
  alerts += await checkLimits(ctx, actions, fresh, b.zone);
  lap('cut-offs, threshold (check-limits)');

  await store.insertRejects(
    ctx.tx,
    b.importId,
    rejects
      .sort((x, y) => x.lineNo - y.lineNo)
      .map((r) => ({ line_no: r.lineNo, reason: r.reason, field: r.field, raw: r.raw.slice(0, 500) })),
  );
  lap('rejects');
  return {
    read: batch.read,
    new: fresh.length,
    duplicates: skipped.length - own.size,
    rejected: rejects.length - unknown,
    unknownLines: unknown,
    alerts,
  };
}
