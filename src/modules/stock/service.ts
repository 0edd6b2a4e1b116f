import type { Ctx } from '../../platform/context.ts';
import { AppError, type FieldIssue } from '../../platform/errors.ts';
import { errorMessage } from '../../platform/i18n/messages.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { SecretBox } from '../../platform/secrets/index.ts';
import type { Page } from '../../platform/http/pagination.ts';
import type { Network } from '../catalog/model.ts';
import {
  checkIccid,
  checkIccidRange,
  parseNumberImport,
  parseSimImport,
  type SimType,
  type StockIssue,
  valueIssue,
} from './rules.ts';
import * as store from './store.ts';

export interface SimView {
  iccid: string;
  network: Network;
  simType: SimType;
  state: store.SimState;
  accountId: string | null;
  accountName: string | null;
  hasPuk: boolean;
  createdAt: string;
  updatedAt: string;
}

const toSim = (r: store.SimRow): SimView => ({
  iccid: r.iccid,
  network: r.network,
  simType: r.sim_type,
  state: r.state,
  accountId: r.account_id,
  accountName: r.account_name,
  hasPuk: r.puk_secret !== null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** Row issues → one 400 listing every row, each message prefixed with its line, in the caller's language. */
function refuse(ctx: Ctx, issues: readonly StockIssue[], pointer: (i: StockIssue) => string): never {
  const first = issues[0];
  if (!first) throw new Error('refuse() needs an issue');
  const detail = (i: StockIssue) => {
    const msg = errorMessage(i.code, ctx.locale, i.params ?? {}).detail;
    if (i.line === 0) return msg;
    return ctx.locale === 'fr' ? `Ligne ${i.line} : ${msg}` : `Line ${i.line}: ${msg}`;
  };
  // Every rejected row is listed (issue 10), never the first 200 only: MAX_IMPORT_ROWS bounds it.
  const list: FieldIssue[] = issues.map((i) => ({ pointer: pointer(i), code: i.code, detail: detail(i) }));
  throw new AppError(first.code, { ...(first.params ?? {}), line: first.line }, list);
}

const csvPointer = (i: StockIssue) => (i.line === 0 ? '/body/csv' : `/body/csv/${i.line}/${i.field}`);

/** A file with any issue is refused whole, its issues in the file's order. */
function refuseFile(ctx: Ctx, issues: StockIssue[]): void {
  if (issues.length > 0)
    refuse(
      ctx,
      issues.sort((a, b) => a.line - b.line),
      csvPointer,
    );
}

export interface ImportResult {
  imported: number;
}

/** SIMs from a delivery file; all or nothing: one bad row and nothing is imported. */
export async function importSims(ctx: Ctx, secrets: SecretBox, csv: string): Promise<ImportResult> {
  const { rows, issues } = parseSimImport(csv);
  const existing = await store.existingIccids(
    ctx.tx,
    rows.map((r) => r.iccid),
  );
  for (const r of rows)
    if (existing.has(r.iccid)) issues.push(valueIssue(r.line, 'iccid', 'stock.already_in_stock', r.iccid));
  refuseFile(ctx, issues);
  await store.insertSims(
    ctx.tx,
    rows.map((r) => ({
      iccid: r.iccid,
      network: r.network,
      simType: r.simType,
      // ORD-08: PUK1 is a secret at rest.
      pukSecret: r.puk === null ? null : secrets.encrypt(r.puk),
      smdpAddress: r.smdpAddress,
      matchingId: r.matchingId,
    })),
    ctx.now,
  );
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'stock',
    entityId: 'sims',
    entityLabel: 'Stock SIM',
    action: 'sims.imported',
    after: { count: rows.length, first: rows[0]?.iccid, last: rows.at(-1)?.iccid },
  });
  return { imported: rows.length };
}

/** Number ranges; all or nothing. */
export async function importNumbers(ctx: Ctx, csv: string): Promise<ImportResult> {
  const { rows, issues } = parseNumberImport(csv);
  const all = rows.flatMap((r) => r.msisdns.map((msisdn) => ({ msisdn, network: r.network, line: r.line })));
  const existing = await store.existingNumbers(
    ctx.tx,
    all.map((n) => n.msisdn),
  );
  const reported = new Set<number>();
  for (const n of all)
    if (existing.has(n.msisdn) && !reported.has(n.line)) {
      reported.add(n.line);
      issues.push(valueIssue(n.line, 'premier', 'stock.already_in_stock', n.msisdn));
    }
  refuseFile(ctx, issues);
  await store.insertNumbers(ctx.tx, all, ctx.now);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'stock',
    entityId: 'numbers',
    entityLabel: 'Stock de numéros',
    action: 'numbers.imported',
    after: { count: all.length, ranges: rows.map((r) => `${r.msisdns[0] ?? ''}-${r.msisdns.at(-1) ?? ''}`) },
  });
  return { imported: all.length };
}

export function stockSummary(ctx: Ctx): Promise<store.StockCount[]> {
  return store.stockCounts(ctx.tx);
}

export async function listSims(ctx: Ctx, f: store.SimFilter): Promise<Page<SimView>> {
  const { rows, total } = await store.listSims(ctx.tx, f);
  return { items: rows.map(toSim), total, limit: f.limit, offset: f.offset };
}

export async function listFreeNumbers(ctx: Ctx, network: Network, q: string | undefined, limit: number) {
  const rows = await store.listFreeNumbers(ctx.tx, network, q, limit);
  return { items: rows.map((r) => r.msisdn) };
}

export interface SimSelection {
  iccid?: string | undefined;
  first?: string | undefined;
  last?: string | undefined;
}

const fieldPointer = (i: StockIssue) => `/body/${i.field}`;

/** SC-06: the SIMs one by one (iccid) or by range (first ≤ last, ascending). */
async function selectSims(ctx: Ctx, sel: SimSelection): Promise<store.SimRow[]> {
  if (sel.iccid !== undefined) {
    const checked = checkIccid(sel.iccid);
    if ('code' in checked)
      refuse(
        ctx,
        [{ line: 0, field: 'iccid', code: checked.code, params: { iccid: sel.iccid } }],
        fieldPointer,
      );
    const row = await store.getSim(ctx.tx, checked.iccid, true);
    if (!row) throw new AppError('stock.sim_unknown', { iccid: checked.iccid });
    return [row];
  }
  const range = checkIccidRange(sel.first ?? '', sel.last ?? '');
  if ('code' in range) refuse(ctx, [range], fieldPointer);
  return store.simsInRange(ctx.tx, range.first, range.last);
}

async function loadAccountName(ctx: Ctx, accountId: string): Promise<string> {
  const row = await store.accountOf(ctx.tx, accountId);
  if (!row) throw new AppError('resource.not_found');
  if (row.status !== 'active') throw new AppError('order.account_closed');
  return row.display_name;
}

/**
 * SC-06: assign SIMs to a customer. One by one, the SIM must be free. By range, the free SIMs of
 * the range are assigned and the others left as they are (the answer says how many of each).
 */
export async function assignSims(
  ctx: Ctx,
  input: SimSelection & { accountId: string },
): Promise<{ assigned: number; skipped: number }> {
  const name = await loadAccountName(ctx, input.accountId);
  const sims = await selectSims(ctx, input);
  const free = sims.filter((s) => s.state === 'free');
  if (input.iccid !== undefined && sims[0] && free.length === 0)
    throw new AppError('stock.sim_not_free', { iccid: sims[0].iccid, state: sims[0].state });
  if (free.length === 0) throw new AppError('stock.range_empty');
  await store.setSimsState(
    ctx.tx,
    free.map((s) => s.iccid),
    'assigned',
    input.accountId,
    ctx.now,
  );
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'account',
    entityId: input.accountId,
    entityLabel: name,
    action: 'sims.assigned',
    after: { count: free.length, iccids: free.slice(0, 50).map((s) => s.iccid) },
  });
  return { assigned: free.length, skipped: sims.length - free.length };
}

/** SC-06: release assigned SIMs back to the reseller's free stock, one by one or by range. */
export async function releaseSims(
  ctx: Ctx,
  input: SimSelection,
): Promise<{ released: number; skipped: number }> {
  const sims = await selectSims(ctx, input);
  const assigned = sims.filter((s) => s.state === 'assigned');
  if (input.iccid !== undefined && sims[0] && assigned.length === 0)
    throw new AppError('stock.sim_not_assigned', { iccid: sims[0].iccid });
  if (assigned.length === 0) throw new AppError('stock.range_empty');
  await store.setSimsState(
    ctx.tx,
    assigned.map((s) => s.iccid),
    'free',
    null,
    ctx.now,
  );
  for (const accountId of new Set(assigned.map((s) => s.account_id ?? ''))) {
    const mine = assigned.filter((s) => s.account_id === accountId);
    await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
      entityType: 'account',
      entityId: accountId,
      entityLabel: mine[0]?.account_name ?? undefined,
      action: 'sims.released',
      after: { count: mine.length, iccids: mine.slice(0, 50).map((s) => s.iccid) },
    });
  }
  return { released: assigned.length, skipped: sims.length - assigned.length };
}
