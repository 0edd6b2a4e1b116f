import { DateTime } from 'luxon';
import type { Actor } from '../../platform/auth/principal.ts';
import type { Ctx } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { getOffer } from '../catalog/service.ts';
import { listLines } from '../lines/service.ts';
import { importUsage } from './import-usage.ts';
import { CDR_COLUMNS, MB } from './rules.ts';
import * as store from './store.ts';

/**
 * The French demo's usage (issue 12 §9): the last month and this month to date on every line of
 * the demo fleet, imported as the operators' CDR files through importUsage, so the counters, the
 * alerts and their e-mails are the real ones. Some lines stay low, some are near their envelope,
 * some over it (a blocked plan "Data bloquée", an unblocked one "Débit réduit"), with calls, SMS,
 * an SVA call and some roaming. Deterministic: the same figures on every fresh demo.
 */

/** Share of the envelope used this month, by the line's user (others: 35 %). */
const THIS_MONTH: Record<string, number> = {
  'Marc Lefèvre': 0.92,
  'Nadia Benali': 1.05,
  // Low on purpose: the browser test (test/e2e/usage.e2e.ts) takes this line past 80 %.
  'Karim Haddad': 0.4,
  'Léa Fontaine': 0.6,
  'Claire Martin': 0.85,
  'Hugo Martin': 0.1,
  'Antoine Dubois': 1.1,
  'Julien Moreau': 0.83,
};

/** A small deterministic generator (LCG), so the demo does not depend on Math.random. */
function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function seedDemoUsage(tx: Tx, actions: ActionRegistry, actor: Actor, now: Date): Promise<void> {
  if (await store.hasRecords(tx)) return;
  const ctx: Ctx = { tx, tenantId: tx.tenantId ?? '', actor, now, requestId: null, locale: 'fr' };
  const zone = await store.tenantZone(tx);
  const lines = (await listLines(ctx, { limit: 200, offset: 0 })).items.filter(
    (l) => l.msisdn !== null && l.activatedAt !== null,
  );
  const thisMonth = DateTime.fromJSDate(now, { zone }).startOf('month');
  const months = [
    { start: thisMonth.minus({ months: 1 }), end: thisMonth, key: 'last' as const },
    { start: thisMonth, end: DateTime.fromJSDate(now, { zone }), key: 'this' as const },
  ];
  for (const m of months) {
    const rows: string[] = [CDR_COLUMNS.join(',')];
    let n = 0;
    for (const [i, line] of lines.entries()) {
      const rnd = generator(i * 7919 + (m.key === 'this' ? 1 : 2));
      const from = Math.max(m.start.toMillis(), new Date(line.activatedAt ?? now).getTime());
      const to = m.end.toMillis();
      if (to - from < 60 * 60_000) continue;
      const at = (f: number) =>
        DateTime.fromMillis(from + Math.floor(f * (to - from - 60_000)), { zone }).toISO() ?? '';
      const id = () => `DEMO-${m.start.toFormat('yyyyMM')}-${String(++n).padStart(6, '0')}`;
      const offer = await getOffer(ctx, line.offer);
      const envelope = (offer.envelopeMb ?? 0) * MB;
      const share = m.key === 'this' ? (THIS_MONTH[line.userName] ?? 0.35) : 0.3 + rnd() * 0.6;
      // Data: about 12 sessions from France adding up to the share of the envelope.
      if (envelope > 0) {
        const sessions = 12;
        const each = Math.floor((envelope * share) / sessions);
        for (let k = 0; k < sessions; k++)
          rows.push(`${id()},${line.msisdn},${at((k + rnd()) / sessions)},data,out,france,,${each},,`);
      }
      // Calls and SMS in France and to Europe; a received call; an SVA call.
      for (let k = 0; k < 10; k++) {
        const called = `336${String(10_000_000 + Math.floor(rnd() * 89_999_999))}`;
        rows.push(
          `${id()},${line.msisdn},${at(rnd())},voice,out,france,${k % 4 === 0 ? 'zone1' : 'france'},${30 + Math.floor(rnd() * 600)},,${called}`,
        );
        rows.push(`${id()},${line.msisdn},${at(rnd())},sms,out,france,france,1,,${called}`);
      }
      rows.push(
        `${id()},${line.msisdn},${at(rnd())},voice,in,france,,${60 + Math.floor(rnd() * 300)},,33140000000`,
      );
      if (i % 3 === 0)
        rows.push(`${id()},${line.msisdn},${at(rnd())},sva,out,france,france,180,2.99,33899123456`);
      // Roaming: Europe (included) for some, outside Europe (off-plan, price "à définir") for others.
      if (i % 2 === 0)
        rows.push(`${id()},${line.msisdn},${at(rnd())},data,out,zone1,,${Math.floor(300 * MB * rnd())},,`);
      if (line.userName === 'Marc Lefèvre' || line.userName === 'Antoine Dubois') {
        const where = line.userName === 'Marc Lefèvre' ? 'usa_canada' : 'maghreb_turkey';
        rows.push(`${id()},${line.msisdn},${at(rnd())},data,out,${where},,${Math.floor(40 * MB)},,`);
        rows.push(`${id()},${line.msisdn},${at(rnd())},voice,out,${where},france,420,,33612345678`);
      }
    }
    if (rows.length > 1)
      await importUsage(ctx, actions, rows.join('\n'), `cdr-demo-${m.start.toFormat('yyyy-MM')}.csv`);
  }
}
