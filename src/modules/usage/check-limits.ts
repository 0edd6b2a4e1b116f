import type { Ctx } from '../../platform/context.ts';
import { enqueueMany, type PreparedMessage } from '../../platform/notify/index.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import type { OfferDetail } from '../catalog/service.ts';
import { staffRecipients } from '../users/service.ts';
import {
  crossedLimitThresholds,
  cutoffUse,
  cutoffZoneOf,
  limitReached,
  type LimitScope,
  type LimitThreshold,
  type LimitUnit,
} from './cutoff-rules.ts';
import { lineLimits, thresholdInForce, zoneConsumption } from './line-limits.ts';
import { limitAlertTemplate } from './limit-templates.ts';
import * as limits from './limits-store.ts';
import { MB, type UsageZone } from './rules.ts';
import { scheduleLimitBlock } from './send-limit-block.ts';
import { formatNumber, lineAlertMessages, type Staff } from './alert-mail.ts';
import type { RecordInsert } from './store.ts';

/**
 * USE-05 and CAT-09, in the import's transaction: the data records this import counted move each
 * line's roaming zones (against their cut-off) and a pay-as-you-go line's month (against its
 * threshold). A limit crossed alerts once (line, month, scope, threshold: the key), with its SMS
 * and e-mails in the outbox; a limit reached stops the scope's data through the gateway (the
 * worker sends it, outside this transaction). Returns how many alerts were written.
 */
export async function checkLimits(
  ctx: Ctx,
  actions: ActionRegistry,
  fresh: readonly RecordInsert[],
  zone: string,
): Promise<number> {
  // The fresh data per line and month, per zone where it was used.
  const touched = new Map<
    string,
    { lineId: string; month: string; records: RecordInsert[]; inFranceOnly: boolean }
  >();
  for (const r of fresh) {
    if (r.kind !== 'data') continue;
    const key = `${r.lineId}|${r.month}`;
    let t = touched.get(key);
    if (!t) {
      t = { lineId: r.lineId, month: r.month, records: [], inFranceOnly: true };
      touched.set(key, t);
    }
    t.records.push(r);
    if (r.zone !== 'france') t.inFranceOnly = false;
  }
  let alerts = 0;
  const offers = new Map<string, OfferDetail>();
  // The alerts' messages, written together at the end; the staff read once.
  const messages: PreparedMessage[] = [];
  let staff: Staff | null = null;
  // Most data is used in France: such a line has a limit to check only with a threshold (CAT-09),
  // read for all of the batch's lines at once. Only the others are looked at, in their keys' order.
  const inFranceOnly = [...touched.values()].filter((t) => t.inFranceOnly);
  const thresholds = await limits.thresholdsOf(ctx.tx, [...new Set(inFranceOnly.map((t) => t.lineId))]);
  const checked = [...touched]
    .filter(([, t]) => !t.inFranceOnly || thresholds.has(t.lineId))
    .sort(([x], [y]) => (x < y ? -1 : 1));
  for (const [, t] of checked) {
    const l = await lineLimits(ctx, t.lineId, offers);
    if (l.line.msisdn === null) continue;
    // What this import added to each zone (bytes, and the priced off-plan amount).
    const moved = (s: LimitScope) =>
      t.records
        .filter((r) => s === 'threshold' || cutoffZoneOf(l.line.network, r.zone as UsageZone) === s)
        .reduce((sum, r) => ({ bytes: sum.bytes + r.quantity, minor: sum.minor + (r.amountMinor ?? 0) }), {
          bytes: 0,
          minor: 0,
        });
    const checks: {
      scope: LimitScope;
      unit: LimitUnit;
      limit: number;
      used: number;
      before: number;
      name: { fr: string; en: string };
      optionCode: string | null;
      limitKey: string;
    }[] = [];
    if (l.offer.range === 'data_payg') {
      const th = await thresholdInForce(ctx.tx, t.lineId, t.month);
      const used = await limits.monthDataBytes(ctx.tx, t.lineId, t.month);
      if (th !== null)
        checks.push({
          scope: 'threshold',
          unit: 'bytes',
          limit: th.bytes,
          used,
          before: used - moved('threshold').bytes,
          name: { fr: `Seuil data ${th.gb} Go`, en: `Data threshold ${th.gb} GB` },
          optionCode: null,
          limitKey: th.key,
        });
    } else {
      const used = await zoneConsumption(ctx, l.line.network, t.lineId, t.month);
      for (const z of l.zones) {
        if (!z.limit || !z.current) continue;
        const u = used.get(z.zone) ?? { bytes: 0, minor: 0 };
        const m = moved(z.zone);
        checks.push({
          scope: z.zone,
          unit: z.limit.unit,
          limit: z.limit.value,
          used: cutoffUse(z.limit, u),
          before: cutoffUse(z.limit, { bytes: u.bytes - m.bytes, minor: u.minor - m.minor }),
          name: { fr: z.current.name, en: z.current.name },
          optionCode: z.current.id,
          limitKey: z.current.id,
        });
      }
    }
    for (const c of checks) {
      const before = c.before;
      if (limitReached(c.limit, c.used) && !limitReached(c.limit, before)) {
        const blocked = await limits.insertLimitBlock(ctx.tx, {
          lineId: t.lineId,
          month: t.month,
          scope: c.scope,
          optionCode: c.optionCode,
          now: ctx.now,
        });
        if (blocked)
          await scheduleLimitBlock(ctx.tx, actions, {
            lineId: t.lineId,
            month: t.month,
            scope: c.scope,
            network: l.line.network,
            msisdn: l.line.msisdn,
            blocked: true,
            now: ctx.now,
            by: ctx.actor.id ?? 'system',
          });
      }
      for (const threshold of crossedLimitThresholds(c.limit, before, c.used)) {
        const written = await limits.insertLimitAlert(ctx.tx, {
          lineId: t.lineId,
          month: t.month,
          scope: c.scope,
          limitKey: c.limitKey,
          threshold,
          used: c.used,
          limit: c.limit,
          unit: c.unit,
          now: ctx.now,
        });
        if (!written) continue;
        alerts++;
        staff ??= await staffRecipients(ctx.tx);
        messages.push(...limitAlertMessages(ctx, l.line, t.month, threshold, c, zone, staff));
      }
    }
  }
  await enqueueMany(ctx.tx, messages);
  return alerts;
}

/** "1,5 Go" / "1.5 GB", "12,30 €" / "€12.30". */
export function formatLimit(value: number, unit: LimitUnit, locale: 'fr' | 'en'): string {
  if (unit === 'minor') return formatNumber(value / 100, 'euros', locale);
  const mb = value / MB;
  return mb < 1024
    ? `${formatNumber(Math.round(mb), 'plain', locale)} ${locale === 'fr' ? 'Mo' : 'MB'}`
    : `${formatNumber(mb / 1024, 'decimal', locale)} ${locale === 'fr' ? 'Go' : 'GB'}`;
}

/** USE-05/CAT-09: the limit alert's SMS to the line's user and an e-mail to each staff user. */
function limitAlertMessages(
  ctx: Ctx,
  line: { id: string; msisdn: string | null; userName: string; accountName: string },
  month: string,
  threshold: LimitThreshold,
  c: { scope: LimitScope; unit: LimitUnit; limit: number; used: number; name: { fr: string; en: string } },
  zone: string,
  staff: Staff,
): PreparedMessage[] {
  const used = { fr: formatLimit(c.used, c.unit, 'fr'), en: formatLimit(c.used, c.unit, 'en') };
  const limit = { fr: formatLimit(c.limit, c.unit, 'fr'), en: formatLimit(c.limit, c.unit, 'en') };
  return lineAlertMessages(line, staff, {
    now: ctx.now,
    month,
    zone,
    sms: {
      template: 'usage.limit_alert_sms',
      title: `${threshold} % ${c.name.fr}`,
      text: () =>
        threshold === 100
          ? `Vous avez atteint votre limite « ${c.name.fr} » (${used.fr} sur ${limit.fr}) : la data est coupée pour cette limite jusqu’au 1er du mois prochain${
              // CAT-09 "recharges when reached": a recharge raises the threshold for the month.
              c.scope === 'threshold' ? ' ou jusqu’à une recharge' : ''
            }.`
          : `Vous avez consommé ${threshold} % de votre limite « ${c.name.fr} » (${used.fr} sur ${limit.fr}) ce mois-ci.`,
    },
    email: limitAlertTemplate,
    data: (_locale, monthLabel) => ({
      msisdn: line.msisdn ?? '',
      userName: line.userName,
      accountName: line.accountName,
      limitName: c.name,
      threshold,
      used,
      limit,
      rechargeable: c.scope === 'threshold',
      monthLabel,
    }),
  });
}
