import type { Ctx } from '../../platform/context.ts';
import type { Db, Tx } from '../../platform/db/db.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { firstOfNextMonth } from '../../platform/calendar/index.ts';
import { ensureRecurringAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import { actionKind } from '../../platform/module.ts';
import { Type } from '@sinclair/typebox';
import { money, toDecimal } from '../../platform/money/index.ts';
import { catalogVersionAt } from '../catalog/lookup.ts';
import { pricesInEffect } from '../ledger/prices.ts';
import {
  chargeTotals as ledgerChargeTotals,
  chargesForExport,
  recordMonthlyCharges,
  type ChargeFilter,
} from '../ledger/service.ts';
import { optionsOf } from '../lines/line-records.ts';
import { allTenantIds, tenantSettings } from '../tenants/service.ts';
import { LINE_ACTION_KIND } from '../lines/actions-rules.ts';
import { chargesCsv, type CsvLang } from './csv.ts';
import {
  billingMonth,
  monthlyCharges,
  priceKey,
  type BillableLine,
  type BillingMonth,
  type PriceComponentAmount,
} from './rules.ts';
import * as store from './store.ts';

/**
 * Monthly recurring charges (issue 3 §6): one self-rescheduling effective-dated action per tenant,
 * `billing.monthly_charges`, at 00:00 tenant time on the 1st. Its handler bills the month that
 * starts at its instant (pure rule: rules.ts `monthlyCharges`) and schedules the next 1st. The
 * worker runs it exactly once; the ledger's unique index makes a second run harmless anyway, and a
 * run that comes late (worker stopped for weeks) bills its month, then the next action is already
 * due and bills the following one: missed months are caught up in order.
 */
export const MONTHLY_CHARGES = 'billing.monthly_charges';

/** Lines are read and billed in slices of this size, in the run's one transaction. */
const BATCH = 500;

const TYPE_OF_KIND = new Map<string, string>(
  Object.entries(LINE_ACTION_KIND).map(([type, kind]) => [kind, type]),
);

export interface MonthRun {
  month: string;
  lines: number;
  charges: number;
  amountMinor: number;
}

async function priceBook(
  tx: Tx,
  at: Date,
  offers: ReadonlySet<string>,
  options: ReadonlySet<string>,
): Promise<Map<string, PriceComponentAmount[]>> {
  const book = new Map<string, PriceComponentAmount[]>();
  for (const [itemType, codes] of [
    ['offer', offers],
    ['option', options],
  ] as const) {
    const priceOf = await pricesInEffect(tx, itemType, codes, at);
    for (const code of codes)
      book.set(
        priceKey(itemType, code),
        priceOf(code).map((p) => ({ component: p.component, amount: p.amount })),
      );
  }
  return book;
}

/**
 * Bills one month for the tenant of `tx`: every line that owes it, at the prices in effect at its
 * start. Idempotent (ON CONFLICT DO NOTHING on the ledger's unique index).
 */
export async function chargeMonth(tx: Tx, month: BillingMonth, now: Date): Promise<MonthRun> {
  const run: MonthRun = { month: month.periodStart.slice(0, 7), lines: 0, charges: 0, amountMinor: 0 };
  const version = await catalogVersionAt(tx, month.startsAt);
  if (!version) return run;
  let afterId: string | null = null;
  for (;;) {
    const rows = await store.billableLines(tx, month.startsAt, afterId, BATCH);
    if (rows.length === 0) break;
    afterId = rows[rows.length - 1]?.id ?? null;
    const ids = rows.map((r) => r.id);
    const opts = await optionsOf(tx, ids);
    const scheduled = await store.scheduledLineActions(tx, ids, month.startsAt);
    const lines: BillableLine[] = rows.map((r) => ({
      id: r.id,
      accountId: r.account_id,
      state: r.state,
      offerCode: r.offer_code,
      activatedAt: r.activated_at,
      terminatedAt: r.terminated_at,
      options: opts
        .filter((o) => o.line_id === r.id)
        .map((o) => ({
          id: o.id,
          code: o.option_code,
          status: o.status,
          activatedAt: o.activated_at,
          endedAt: o.ended_at,
        })),
      scheduled: scheduled
        .filter((s) => s.entity_id === r.id)
        .map((s) => ({
          type: TYPE_OF_KIND.get(s.kind) ?? s.kind,
          target: typeof s.payload.target === 'string' ? s.payload.target : null,
          effectiveAt: s.effective_at,
        })),
    }));
    const offers = new Set(lines.map((l) => l.offerCode));
    for (const s of scheduled)
      if (TYPE_OF_KIND.get(s.kind) === 'plan_change' && typeof s.payload.target === 'string')
        offers.add(s.payload.target);
    const book = await priceBook(tx, month.startsAt, offers, new Set(opts.map((o) => o.option_code)));
    const drafts = monthlyCharges(lines, book, month);
    const written = await recordMonthlyCharges(
      tx,
      drafts.map((d) => ({ id: newId(), ...d })),
      version.currency,
      version.vat_included,
      now,
    );
    run.lines += new Set(drafts.map((d) => d.lineId)).size;
    run.charges += written.inserted;
    run.amountMinor += written.amountMinor;
    if (rows.length < BATCH) break;
  }
  return run;
}

/**
 * Makes sure the tenant of `tx` has its next monthly run scheduled (at the 1st after `after`),
 * once (platform/jobs: `ensureRecurringAction`). `running` is the action being run.
 */
export function ensureMonthlyRun(
  tx: Tx,
  registry: ActionRegistry,
  after: Date,
  now: Date,
  running: string | null = null,
): Promise<{ id: string; effectiveAt: Date; created: boolean }> {
  return ensureRecurringAction(tx, registry, {
    kind: MONTHLY_CHARGES,
    lockName: 'relais.billing.',
    effectiveAt: async () => firstOfNextMonth(after, (await tenantSettings(tx)).timeZone),
    now,
    running,
  });
}

/** At start: every tenant (the demo's included, and any created since) gets its monthly run. */
export async function ensureMonthlyRuns(db: Db, registry: ActionRegistry, now: Date): Promise<number> {
  return db.system(async (tx) => {
    let created = 0;
    for (const id of await allTenantIds(tx))
      if ((await tx.scoped(id, (s) => ensureMonthlyRun(s, registry, now, now))).created) created += 1;
    return created;
  });
}

/** CAT-01, ACT-01: the monthly charges, at 00:00 on the 1st; the run reschedules itself. */
export const monthlyChargesKind = actionKind({
  kind: MONTHLY_CHARGES,
  payload: Type.Object({}),
  run: async (tx, _payload, action, ctx) => {
    if (!ctx.actions) throw new Error('the monthly run needs its registry to reschedule itself');
    const { timeZone } = await tenantSettings(tx);
    // The month that starts at the action's instant (CAL-06: calendar months, see rules.ts).
    const month = billingMonth(action.effectiveAt, timeZone);
    const run = await chargeMonth(tx, month, ctx.now);
    const next = await ensureMonthlyRun(tx, ctx.actions, action.effectiveAt, ctx.now, action.id);
    await recordAudit(tx, SYSTEM_ACTOR, ctx.now, null, {
      entityType: 'billing',
      entityId: action.entityId,
      entityLabel: run.month,
      action: 'billing.monthly_charged',
      after: { ...run, next: next.effectiveAt.toISOString() },
    });
    return { ...run, next: next.effectiveAt.toISOString() };
  },
});

// ── Reading the ledger: the CSV export and the total ──────────────────────────────────────────────

export interface ChargeQuery {
  accountId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Cells beyond this many rows are refused rather than built in memory. */
export const CSV_MAX_ROWS = 100_000;

async function checkQuery(ctx: Ctx, q: ChargeQuery): Promise<ChargeFilter> {
  if (q.from && q.to && q.from > q.to)
    throw new AppError('charges.period_invalid', { from: q.from, to: q.to }, [
      { pointer: '/querystring/to', code: 'charges.period_invalid', detail: '' },
    ]);
  if (q.accountId) {
    if (!(await store.accountReference(ctx.tx, q.accountId))) throw new AppError('resource.not_found');
  } else if (!q.from || !q.to)
    // Every account at once is a month's (or a year's) export, never the whole history.
    throw new AppError('charges.period_required', {}, [
      {
        pointer: q.from ? '/querystring/to' : '/querystring/from',
        code: 'charges.period_required',
        detail: '',
      },
    ]);
  return { accountId: q.accountId ?? null, from: q.from ?? null, to: q.to ?? null };
}

/** GET /api/charges.csv: the file and its name. */
export async function exportCharges(
  ctx: Ctx,
  q: ChargeQuery,
  lang: CsvLang,
): Promise<{ csv: string; filename: string }> {
  const filter = await checkQuery(ctx, q);
  const rows = await chargesForExport(ctx.tx, filter, CSV_MAX_ROWS + 1, lang);
  if (rows.length > CSV_MAX_ROWS) throw new AppError('charges.export_too_large', { max: CSV_MAX_ROWS });
  const csv = chargesCsv(
    rows.map((r) => ({
      date: r.charge_date,
      accountReference: r.account_reference,
      accountName: r.account_name,
      msisdn: r.msisdn,
      userName: r.user_name,
      kind: r.kind,
      itemName: r.item_name,
      itemCode: r.item_code,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      amount: toDecimal(money(Number(r.amount_minor), r.currency, r.vat_included)),
      currency: r.currency,
      vatIncluded: r.vat_included,
    })),
    lang,
  );
  const ref = filter.accountId
    ? ((await store.accountReference(ctx.tx, filter.accountId)) ?? 'account')
    : lang === 'fr'
      ? 'tous'
      : 'all';
  const span = [filter.from, filter.to].filter(Boolean).join('_');
  const base = lang === 'fr' ? 'frais' : 'charges';
  return { csv, filename: `${base}-${ref}${span ? `-${span}` : ''}.csv` };
}

export interface ChargeTotals {
  items: { currency: 'EUR' | 'ILS'; vatIncluded: boolean; count: number; total: string }[];
}

/** GET /api/charges/totals: the sum the customer page shows under its charges. */
export async function chargeTotals(ctx: Ctx, q: ChargeQuery): Promise<ChargeTotals> {
  const filter = await checkQuery(ctx, q);
  const rows = await ledgerChargeTotals(ctx.tx, filter);
  return {
    items: rows.map((r) => ({
      currency: r.currency,
      vatIncluded: r.vat_included,
      count: r.count,
      total: toDecimal(money(Number(r.amount_minor), r.currency, r.vat_included)),
    })),
  };
}
