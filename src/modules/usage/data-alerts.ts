import type { Ctx } from '../../platform/context.ts';
import { enqueueMany, type PreparedMessage } from '../../platform/notify/index.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { linesByIds, type LineByNumber, type LineView } from '../lines/service.ts';
import { staffRecipients } from '../users/service.ts';
import {
  crossedThresholds,
  dataAlertSms,
  dataStateAt,
  envelopeBytes,
  MB,
  type AlertThreshold,
  type DataState,
  type EnvelopeFacts,
  type PerUsePrices,
  type PlanFacts,
} from './rules.ts';
import * as store from './store.ts';
import { scheduleDataBlock } from './send-data-block.ts';
import { withRecharged } from './recharge-rules.ts';
import { rechargedMbByLine } from './recharge-store.ts';
import { dataAlertTemplate } from './templates.ts';
import { formatNumber, lineAlertMessages, type Staff } from './alert-mail.ts';

/** A line's offer as the import rates and alerts with it (read once per import). */
export interface Plan {
  facts: PlanFacts & EnvelopeFacts;
  prices: PerUsePrices;
}

const formatGb = (bytes: number, locale: 'fr' | 'en') =>
  `${formatNumber(bytes / (1024 * MB), 'decimal', locale)} ${locale === 'fr' ? 'Go' : 'GB'}`;

/** The data alerts' thresholds (every one: adding one to AlertThreshold must add it here). */
const THRESHOLD_SET: Record<AlertThreshold, true> = { 80: true, 100: true };
const THRESHOLDS = Object.keys(THRESHOLD_SET)
  .map(Number)
  .sort((x, y) => x - y) as AlertThreshold[];
/** Below it nothing is crossed: no alert, and a data state only at 100 %. */
const LOWEST_THRESHOLD = THRESHOLDS[0] ?? 100;

/**
 * USE-03/USE-04, in an import batch's transaction: the data thresholds and data states its
 * counters crossed, once per line, month and threshold (their keys), with the block's operator
 * command and the alerts' SMS and e-mails in the outbox. Every moved line is decided in memory;
 * the states, the alerts and the messages are then written for the whole batch, one statement
 * each, in the counters' order (no deadlock between concurrent imports). Returns how many alerts
 * were written.
 */
export async function writeDataAlerts(
  ctx: Ctx,
  actions: ActionRegistry,
  b: {
    importId: string;
    zone: string;
    lines: readonly LineByNumber[];
    deltas: ReadonlyMap<string, store.CounterDelta>;
    /** The batch's counters after the move, in their order. */
    after: readonly store.CounterRow[];
    planOf: (offer: string) => Promise<Plan>;
  },
): Promise<number> {
  const { importId, zone, lines, deltas, after, planOf } = b;
  // USE-03/USE-04: thresholds crossed by this transaction's data, once per line, month and threshold.
  let alerts = 0;
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const moved: { c: store.CounterRow; delta: number; line: LineByNumber }[] = [];
  for (const c of after) {
    if (c.kind !== 'data') continue;
    const delta = deltas.get(`${c.line_id}|${c.month}|data`)?.inPlan ?? 0;
    const line = lineById.get(c.line_id);
    if (delta > 0 && line) moved.push({ c, delta, line });
  }
  // The offers' plans, read once each (not awaited line by line).
  const plans = new Map<string, Plan>();
  for (const offer of new Set(moved.map((m) => m.line.offer))) plans.set(offer, await planOf(offer));
  // Only a line at 80 % of its plan's own envelope may have crossed anything: the month's
  // recharges only raise it (recharge-rules.ts), thresholds and states begin at 80 %. A plan
  // without an envelope may have one from its recharges alone. Nearly every moved line of a batch
  // is far below, and neither its recharges nor its thresholds are looked at.
  const near = moved.filter(({ c, line }) => {
    const env = envelopeBytes(plans.get(line.offer)!.facts);
    return env <= 0 || c.in_plan * 100 >= LOWEST_THRESHOLD * env;
  });
  // USE-06 (Reading 14): the month's applied recharges add to its envelope (recharge-rules.ts),
  // read for every such line of a month at once.
  const recharges = new Map<string, Map<string, number>>();
  for (const month of new Set(near.map((m) => m.c.month)))
    recharges.set(
      month,
      await rechargedMbByLine(
        ctx.tx,
        month,
        near.filter((m) => m.c.month === month).map((m) => m.c.line_id),
      ),
    );
  // Each such line's state and crossed thresholds, decided in memory, then written for the whole
  // batch at once (one statement each, in the counters' order: no deadlock between imports).
  const decided: { c: store.CounterRow; line: LineByNumber; plan: Plan; state: DataState | null }[] = [];
  const newStates: { lineId: string; month: string; state: DataState }[] = [];
  const newAlerts: store.NewAlert[] = [];
  for (const { c, delta, line } of near) {
    const base = plans.get(line.offer)!;
    const recharged = recharges.get(c.month)?.get(c.line_id) ?? 0;
    const plan = {
      ...base,
      facts: { ...base.facts, envelopeMb: withRecharged(base.facts.envelopeMb, recharged) },
    };
    const before = c.in_plan - delta;
    const state = dataStateAt(plan.facts, c.in_plan);
    const crossed = crossedThresholds(plan.facts, before, c.in_plan);
    if (state || crossed.length > 0) decided.push({ c, line, plan, state });
    if (state && dataStateAt(plan.facts, before) === null)
      newStates.push({ lineId: c.line_id, month: c.month, state });
    for (const threshold of crossed)
      newAlerts.push({
        lineId: c.line_id,
        month: c.month,
        threshold,
        usedBytes: c.in_plan,
        envelopeBytes: envelopeBytes(plan.facts),
      });
  }
  const statesWritten = await store.insertDataStates(ctx.tx, newStates, ctx.now);
  const alertKeys = await store.insertAlerts(ctx.tx, importId, newAlerts, ctx.now);
  const alertsWritten: AlertToSend[] = [];
  for (const { c, line, plan, state } of decided) {
    if (state === 'data_blocked' && statesWritten.has(`${c.line_id}|${c.month}`))
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
    for (const threshold of THRESHOLDS) {
      if (!alertKeys.has(`${c.line_id}|${c.month}|${threshold}`)) continue;
      alerts++;
      alertsWritten.push({
        line,
        plan,
        month: c.month,
        threshold,
        usedBytes: c.in_plan,
        state: threshold === 100 ? state : null,
      });
    }
  }
  // The alerts' messages, with the lines' names read at once for all of them, in one statement.
  if (alertsWritten.length > 0) {
    const views = new Map(
      (await linesByIds(ctx, [...new Set(alertsWritten.map((a) => a.line.id))])).map((v) => [v.id, v]),
    );
    const staff = await staffRecipients(ctx.tx);
    const messages: PreparedMessage[] = [];
    for (const a of alertsWritten) {
      const view = views.get(a.line.id);
      if (view) messages.push(...alertMessages(ctx, a, view, zone, staff));
    }
    await enqueueMany(ctx.tx, messages);
  }

  return alerts;
}

/** An alert this batch wrote, its messages still to put in the outbox. */
interface AlertToSend {
  line: LineByNumber;
  plan: Plan;
  month: string;
  threshold: AlertThreshold;
  usedBytes: number;
  state: 'data_blocked' | 'throttled' | null;
}

/** USE-03: the alert SMS to the line's user and an e-mail to each active staff user, for the outbox. */
function alertMessages(
  ctx: Ctx,
  a: AlertToSend,
  view: Pick<LineView, 'accountName' | 'offerName'>,
  zone: string,
  staff: Staff,
): PreparedMessage[] {
  const { line, plan, month, threshold, usedBytes, state } = a;
  // USE-03: written in the alert's transaction, once (the alert's key).
  return lineAlertMessages(line, staff, {
    now: ctx.now,
    month,
    zone,
    sms: {
      template: 'usage.data_alert_sms',
      title: `${threshold} % data`,
      text: () =>
        dataAlertSms('fr', {
          threshold,
          used: formatGb(usedBytes, 'fr'),
          envelope: formatGb(envelopeBytes(plan.facts), 'fr'),
          state,
        }),
    },
    email: dataAlertTemplate,
    data: (locale, monthLabel) => ({
      msisdn: line.msisdn,
      userName: line.userName,
      accountName: view.accountName,
      offerName: view.offerName,
      threshold,
      used: formatGb(usedBytes, locale),
      envelope: formatGb(envelopeBytes(plan.facts), locale),
      state,
      monthLabel,
    }),
  });
}
