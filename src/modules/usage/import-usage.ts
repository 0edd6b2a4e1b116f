import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { enqueueModuleEmail, enqueueSms } from '../../platform/notify/index.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { getOffer } from '../catalog/service.ts';
import { getLine, linesByMsisdn, type LineByNumber } from '../lines/service.ts';
import { staffRecipients } from '../users/service.ts';
import {
  CDR_COLUMNS,
  crossedThresholds,
  dataAlertSms,
  smsRecipient,
  dataStateAt,
  envelopeBytes,
  monthOf,
  parseCdr,
  rate,
  MB,
  type AlertThreshold,
  type Cdr,
  type CdrColumn,
  type EnvelopeFacts,
  type PerUsePrices,
  type PlanFacts,
  type RejectReason,
} from './rules.ts';
import * as store from './store.ts';
import { scheduleDataBlock } from './send-data-block.ts';
import { withRecharged } from './recharge-rules.ts';
import { rechargedMbByLine } from './recharge-store.ts';
import { checkLimits } from './check-limits.ts';
import { applyFairUse } from './fair-use.ts';
import { perUsePrices } from './per-use-prices.ts';
import { dataAlertTemplate } from './templates.ts';
import { importView, type ImportView } from './views.ts';

/** A row that was not counted: its line number in the file and why. */
interface Reject {
  lineNo: number;
  reason: RejectReason;
  field: string | null;
  raw: string;
}

/** The rows of a CDR file: its header decides the separator (',' or ';'). */
function readRows(csv: string): { header: CdrColumn[] | null; rows: { lineNo: number; raw: string }[] } {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { header: null, rows: [] };
  const rows = lines
    .map((raw, i) => ({ lineNo: i + 1, raw }))
    .filter((r, i) => i > first && r.raw.trim() !== '');
  const header = (lines[first] ?? '')
    .split(/[;,]/)
    .map((h) => h.trim().toLowerCase().replace(/^"|"$/g, '')) as CdrColumn[];
  return { header, rows };
}

/**
 * One physical line is one record (docs/usage.md: a quoted field never holds a line break), so a
 * broken quote costs its own line and never the ones after it.
 */
function cellsOf(raw: string, delimiter: string): string[] | null {
  try {
    const [cells] = parse(raw, { delimiter, relax_column_count: true, trim: true }) as string[][];
    return cells ?? null;
  } catch {
    return null;
  }
}

interface Plan {
  facts: PlanFacts & EnvelopeFacts;
  prices: PerUsePrices;
}

const formatGb = (bytes: number, locale: 'fr' | 'en') =>
  `${(bytes / (1024 * MB)).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 })} ${locale === 'fr' ? 'Go' : 'GB'}`;

/**
 * Imports a CDR file (issue 12 §1–§5): reads every row, rejects the malformed ones and the numbers
 * that are none of the tenant's lines (with their line number and reason), rates the others
 * against their line's plan (USE-02), then, in the caller's one transaction: writes the records
 * that are new (deduplicated on the operator's record id before anything is counted), moves the
 * monthly counters by exactly those records, and writes the data alerts and data states they
 * cross (USE-03, USE-04) with their e-mails in the outbox. Re-importing a file, or importing it
 * twice at once, counts each record once: a record another import wrote first is skipped by its
 * key (PostgreSQL makes the second insert wait for the first transaction, then skip).
 */
export async function importUsage(
  ctx: Ctx,
  actions: ActionRegistry,
  csv: string,
  filename: string | null,
): Promise<ImportView> {
  const zone = await store.tenantZone(ctx.tx);
  const { header, rows } = readRows(csv);
  const missing =
    header === null
      ? ['record_id']
      : CDR_COLUMNS.filter((c) => c !== 'sva_price' && c !== 'called_number' && !header.includes(c));
  if (header === null || missing.length > 0)
    throw new AppError('usage.bad_header', { columns: missing.join(', ') || CDR_COLUMNS.join(', ') });
  const delimiter = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .find((l) => l.trim() !== '')
    ?.includes(';')
    ? ';'
    : ',';

  const rejects: Reject[] = [];
  const parsed: { lineNo: number; raw: string; cdr: Cdr }[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const cells = cellsOf(r.raw, delimiter);
    if (cells === null || cells.length !== header.length) {
      rejects.push({ lineNo: r.lineNo, reason: 'columns', field: null, raw: r.raw });
      continue;
    }
    const row: Partial<Record<CdrColumn, string>> = {};
    header.forEach((h, i) => (row[h] = cells[i]));
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

  // The lines, by number (RLS: another tenant's line is unknown here).
  const lines = new Map<string, LineByNumber>();
  for (const l of await linesByMsisdn(ctx, [...new Set(parsed.map((p) => p.cdr.msisdn))]))
    lines.set(l.msisdn, l);
  let unknown = 0;
  const plans = new Map<string, Plan>();
  const planOf = async (code: string): Promise<Plan> => {
    let plan = plans.get(code);
    if (!plan) {
      const offer = await getOffer(ctx, code);
      plan = {
        facts: {
          network: offer.network,
          range: offer.range,
          envelopeMb: offer.envelopeMb,
          blocked: offer.blocked,
        },
        prices: perUsePrices(offer),
      };
      plans.set(code, plan);
    }
    return plan;
  };

  const importId = newId();
  const inserts: store.RecordInsert[] = [];
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
      recordId: p.cdr.recordId,
      lineId: line.id,
      month: monthOf(p.cdr.startedAt, zone),
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
  inserts.sort((a, b) => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0));

  // The import row first (the records refer to it), its figures completed below.
  const head: store.ImportRow = {
    id: importId,
    filename,
    state: 'done',
    read_count: rows.length,
    new_count: 0,
    duplicate_count: 0,
    rejected_count: rejects.length - unknown,
    unknown_line_count: unknown,
    alert_count: 0,
    created_by: ctx.actor.label,
    created_at: ctx.now,
  };
  await store.insertImport(ctx.tx, head);
  const inserted = await store.insertRecords(ctx.tx, importId, inserts);
  const fresh = inserts.filter((r) => inserted.has(r.recordId));

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
  const ordered = [...deltas.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, d]) => d);
  const after = await store.addCounters(ctx.tx, ordered, ctx.now);

  // USE-03/USE-04: thresholds crossed by this transaction's data, once per line, month and threshold.
  let alerts = 0;
  const lineById = new Map([...lines.values()].map((l) => [l.id, l]));
  for (const c of after) {
    if (c.kind !== 'data') continue;
    const delta = deltas.get(`${c.line_id}|${c.month}|data`)?.inPlan ?? 0;
    if (delta === 0) continue;
    const line = lineById.get(c.line_id);
    if (!line) continue;
    const base = await planOf(line.offer);
    // USE-06 (Reading 14): the month's applied recharges add to its envelope (recharge-rules.ts).
    const recharged = (await rechargedMbByLine(ctx.tx, c.month, [c.line_id])).get(c.line_id) ?? 0;
    const plan = {
      ...base,
      facts: { ...base.facts, envelopeMb: withRecharged(base.facts.envelopeMb, recharged) },
    };
    const before = c.in_plan - delta;
    const state = dataStateAt(plan.facts, c.in_plan);
    if (
      state &&
      dataStateAt(plan.facts, before) === null &&
      (await store.insertDataState(ctx.tx, { lineId: c.line_id, month: c.month, state, now: ctx.now })) &&
      state === 'data_blocked'
    )
      // USE-04: the block goes to the operator from the worker, outside this transaction.
      await scheduleDataBlock(ctx.tx, actions, {
        lineId: c.line_id,
        month: c.month,
        network: plan.facts.network,
        msisdn: line.msisdn,
        blocked: true,
        now: ctx.now,
        by: ctx.actor.id ?? 'system',
      });
    for (const threshold of crossedThresholds(plan.facts, before, c.in_plan)) {
      const written = await store.insertAlert(ctx.tx, {
        lineId: c.line_id,
        month: c.month,
        threshold,
        usedBytes: c.in_plan,
        envelopeBytes: envelopeBytes(plan.facts),
        importId,
        now: ctx.now,
      });
      if (!written) continue;
      alerts++;
      await sendAlert(ctx, line, plan, c.month, threshold, c.in_plan, threshold === 100 ? state : null, zone);
    }
  }

  // CAT-05: usage beyond fair use is billed per use; Orange's SMS cap suspends SMS (fair-use.ts).
  await applyFairUse(ctx, actions, fresh, zone);
  // USE-05, CAT-09: the roaming cut-offs and the pay-as-you-go threshold (check-limits.ts).
  alerts += await checkLimits(ctx, actions, fresh, zone);

  head.new_count = fresh.length;
  head.duplicate_count = inserts.length - fresh.length;
  head.alert_count = alerts;
  await store.finishImport(ctx.tx, head);
  await store.insertRejects(
    ctx.tx,
    importId,
    rejects
      .sort((a, b) => a.lineNo - b.lineNo)
      .map((r) => ({ line_no: r.lineNo, reason: r.reason, field: r.field, raw: r.raw.slice(0, 500) })),
  );
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'usage_import',
    entityId: importId,
    entityLabel: filename ?? undefined,
    action: 'usage.import',
    after: {
      read: head.read_count,
      new: head.new_count,
      duplicates: head.duplicate_count,
      rejected: head.rejected_count,
      unknownLines: head.unknown_line_count,
      alerts,
    },
  });
  return importView(head, await store.rejectsOf(ctx.tx, importId), ctx.locale);
}

/** USE-03: the alert SMS to the line's user and an e-mail to each active staff user, in the outbox. */
async function sendAlert(
  ctx: Ctx,
  line: LineByNumber,
  plan: Plan,
  month: string,
  threshold: AlertThreshold,
  usedBytes: number,
  state: 'data_blocked' | 'throttled' | null,
  zone: string,
): Promise<void> {
  // USE-03: an SMS to the line's user, in the same transaction (once: the alert's key).
  const to = smsRecipient(line.msisdn);
  if (to)
    await enqueueSms(ctx.tx, {
      to,
      title: `${threshold} % data`,
      text: dataAlertSms('fr', {
        threshold,
        used: formatGb(usedBytes, 'fr'),
        envelope: formatGb(envelopeBytes(plan.facts), 'fr'),
        state,
      }),
      template: 'usage.data_alert_sms',
      locale: 'fr',
      entityType: 'line',
      entityId: line.id,
      now: ctx.now,
    });
  const view = await getLine(ctx, line.id);
  const m = DateTime.fromFormat(month, 'yyyy-MM', { zone });
  for (const u of await staffRecipients(ctx.tx)) {
    await enqueueModuleEmail(ctx.tx, dataAlertTemplate, {
      to: u.email,
      locale: u.locale,
      now: ctx.now,
      entityType: 'line',
      entityId: line.id,
      data: {
        msisdn: line.msisdn,
        userName: line.userName,
        accountName: view.accountName,
        offerName: view.offerName,
        threshold,
        used: formatGb(usedBytes, u.locale),
        envelope: formatGb(envelopeBytes(plan.facts), u.locale),
        state,
        monthLabel: {
          fr: m.setLocale('fr').toFormat('LLLL yyyy'),
          en: m.setLocale('en').toFormat('LLLL yyyy'),
        },
      },
    });
  }
}
