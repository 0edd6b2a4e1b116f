import { DateTime } from 'luxon';
import type { Tx } from '../../platform/db/db.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import type { Ctx } from '../../platform/context.ts';
import type { SecretBox } from '../../platform/secrets/index.ts';
import type { Clock } from '../../platform/clock.ts';
import { getAction, listActions, runActionNow, type ActionRegistry } from '../../platform/jobs/index.ts';
import { luhnCheckDigit } from '../stock/rules.ts';
import { importNumbers, importSims } from '../stock/service.ts';
import { setPrice } from '../catalog/service.ts';
import { createOrder, hasOrders, ORDER_SUBMIT, type OrderLineInput } from '../orders/service.ts';
import { hasLines } from '../lines/service.ts';
import { accountIdByEmail } from '../accounts/service.ts';
import { requestLineAction } from '../lines/actions-service.ts';
import { ensureMonthlyRun } from '../billing/service.ts';
import { addContact, confirmCheck, createIncident, transition } from '../support/service.ts';

/**
 * The French demo reseller's mobile fleet (issue 10 item 1): stock, customers' lines on Orange and
 * Bouygues Telecom, past orders, a suspension, a pending plan change, an eSIM, incidents in several
 * states, charges and e-mails, so every page shows something true. Everything goes through the
 * use cases an agent's requests go through (imports, orders run by the operator simulator through
 * their `order.submit` action, line actions, incidents, the monthly charges run): the rules check
 * the demo as they check real work. Dated relative to the clock: the orders were placed about six
 * weeks before `now`, the pending plan change is asked at `now` (so it is still pending).
 *
 * Numbers come from ARCEP's range reserved for fiction (06 39 98 xx xx); ICCIDs use a serial range
 * of their own, so a reseller's (or a test's) imports do not collide with them.
 */

export interface FleetDeps {
  secrets: SecretBox;
  actions: ActionRegistry;
  clock: Clock;
}

/** The demo staff who "did" the work: the agent places orders and acts, the admin sets prices. */
export interface FleetActors {
  agent: Actor;
  admin: Actor;
}

const ZONE = 'Europe/Paris';

/** A valid 19-digit ICCID of the demo's own range (Luhn, as stock/rules checks). */
export function demoIccid(serial: number): string {
  const payload = `89330190${String(serial).padStart(10, '0')}`;
  return payload + luhnCheckDigit(payload);
}

const ORANGE_ROAMING = [
  'orange-cutoff-usa-canada-0mb',
  'orange-cutoff-maghreb-turkey-0mb',
  'orange-cutoff-rest-of-world-0mb',
];
const BOUYGUES_ROAMING = ['bouygues-cutoff-europe-50eur', 'bouygues-cutoff-world-0eur'];

/** The customers of src/modules/accounts/demo.ts, found by their e-mail. */
const CUSTOMERS = {
  lefevre: 'flotte@transports-lefevre.fr',
  martin: 'contact@boulangerie-martin.fr',
  dubois: 'accueil@dubois-architectes.fr',
  moreau: 'julien.moreau@example.fr',
} as const;

/** True when the tenant of `tx` has no order and no line yet (a fresh demo, or one from before its fleet). */
export async function fleetMissing(tx: Tx): Promise<boolean> {
  return !(await hasOrders(tx)) && !(await hasLines(tx));
}

export async function seedDemoFleet(tx: Tx, deps: FleetDeps, actors: FleetActors, now: Date): Promise<void> {
  const tenantId = tx.tenantId ?? '';
  const ctxAt = (at: Date, actor: Actor = actors.agent): Ctx => ({
    tx,
    tenantId,
    actor,
    now: at,
    requestId: null,
    locale: 'fr',
  });
  // The orders were placed on a Monday about six weeks ago, at 10:00 in Paris: inside every
  // opening window of ORD-03 (eSIM Mon–Fri 09:00–17:30) unless it is a public holiday, in which
  // case the order waits for the opening like any other and runs then.
  const start = DateTime.fromJSDate(now, { zone: ZONE })
    .minus({ days: 42 })
    .startOf('week')
    .set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  const at = (days: number, hours = 0, minutes = 0) => start.plus({ days, hours, minutes }).toJSDate();

  const accounts = new Map<string, string>();
  for (const [key, email] of Object.entries(CUSTOMERS)) {
    const id = await accountIdByEmail(tx, email);
    if (!id) throw new Error(`demo fleet: customer ${email} is missing`);
    accounts.set(key, id);
  }
  const account = (key: keyof typeof CUSTOMERS) => accounts.get(key) ?? '';

  // ── stock: SIM deliveries and number ranges, three days before the first order ─────────────
  const delivered = at(-3);
  const sims: string[] = ['iccid;reseau;type;puk;smdp;matching_id'];
  for (let n = 1; n <= 24; n++)
    sims.push(`${demoIccid(n)};orange;${n % 4 === 0 ? 'sans_pin' : 'avec_pin'};${pukOf(n)};;`);
  for (let n = 101; n <= 108; n++)
    sims.push(`${demoIccid(n)};orange;esim;${pukOf(n)};rsp-0004.demo-smdp.test;${matchingIdOf(n)}`);
  for (let n = 201; n <= 220; n++) sims.push(`${demoIccid(n)};bouygues;avec_pin;${pukOf(n)};;`);
  await importSims(ctxAt(delivered), deps.secrets, sims.join('\n'));
  await importNumbers(
    ctxAt(delivered),
    ['reseau;premier;dernier', 'orange;0639980000;0639980039', 'bouygues;0639981000;0639981029'].join('\n'),
  );

  // ── the reseller's own Bouygues prices (seed 003 gives none): set by the admin, from then on ──
  for (const [offer, amount] of [
    ['bouygues-unlimited-10gb-blocked', '8.50'],
    ['bouygues-unlimited-30gb-blocked', '11'],
    ['bouygues-unlimited-50gb-unblocked', '14'],
  ] as const)
    await setPrice(ctxAt(at(-1), actors.admin), {
      itemType: 'offer',
      itemId: offer,
      component: 'monthly',
      amount,
      effectiveDate: start.minus({ days: 1 }).toISODate() ?? '',
    });

  // ── orders, each submitted to the operator (simulator) at its opening, as the worker does ──
  // ORD-09: each roaming zone has its cut-off or an option (a roaming option replaces the zone's cut-off).
  const orange = (userName: string, offer: string, extra: Partial<OrderLineInput> = {}): OrderLineInput => ({
    offer,
    options: [
      ...ORANGE_ROAMING.filter(
        (c) =>
          !(extra.options ?? []).some((o) =>
            o.startsWith(c.replace('cutoff', 'roaming').replace(/-0mb$/, '')),
          ),
      ),
      ...(extra.options ?? []),
    ],
    userName,
    simType: extra.simType ?? 'pin',
    portability: false,
    ...(extra.esimContactEmail ? { esimContactEmail: extra.esimContactEmail } : {}),
    ...(extra.esimContactMobile ? { esimContactMobile: extra.esimContactMobile } : {}),
  });
  const bouygues = (userName: string, offer: string, options: string[] = []): OrderLineInput => ({
    offer,
    options: [...BOUYGUES_ROAMING, ...options],
    userName,
    simType: 'pin',
    portability: false,
  });
  const lineIds = new Map<string, string>();
  const order = async (when: Date, accountId: string, ls: OrderLineInput[]) => {
    const o = await createOrder(ctxAt(when), deps, {
      accountId,
      configuration: ls.length === 1 ? 'unit' : 'multiple',
      lines: ls,
    });
    const { items } = await listActions(tx, { entityType: 'order', entityId: o.id, limit: 10, offset: 0 });
    const action = items.find((a) => a.kind === ORDER_SUBMIT);
    if (!action) throw new Error('demo fleet: order action missing');
    // ORD-03: the operator receives it at the opening (now when open), a few minutes later it is active.
    const runAt = new Date(Math.max(new Date(o.submitAt).getTime(), when.getTime()) + 4 * 60_000);
    await runActionNow(
      tx,
      deps.actions,
      action,
      { clock: deps.clock, now: runAt },
      { callInTransaction: 'demo seed' },
    );
    for (const l of o.lines) lineIds.set(l.userName, l.id);
  };

  await order(at(0), account('lefevre'), [
    orange('Marc Lefèvre', 'orange-unlimited-50gb-unblocked', {
      options: ['orange-roaming-usa-canada-data-3gb', 'orange-sva-block'],
    }),
    orange('Nadia Benali', 'orange-unlimited-10gb-blocked', { options: ['orange-fixed-ip-internet-only'] }),
    orange('Karim Haddad', 'orange-unlimited-5gb-blocked'),
    orange('Léa Fontaine', 'orange-unlimited-30gb-unblocked', {
      simType: 'esim',
      esimContactEmail: 'lea.fontaine@transports-lefevre.fr',
      esimContactMobile: '06 98 76 54 32',
    }),
  ]);
  await order(at(1, 1), account('martin'), [
    bouygues('Claire Martin', 'bouygues-unlimited-30gb-blocked', ['bouygues-fixed-ip-internet-only']),
    bouygues('Hugo Martin', 'bouygues-unlimited-10gb-blocked'),
  ]);
  await order(at(2, 4), account('dubois'), [
    orange('Antoine Dubois', 'orange-unlimited-100gb-unblocked', {
      options: ['orange-roaming-maghreb-turkey-data-5gb'],
    }),
  ]);
  await order(at(3, 2), account('moreau'), [bouygues('Julien Moreau', 'bouygues-unlimited-50gb-unblocked')]);
  const line = (user: string) => lineIds.get(user) ?? '';

  // ── line actions: a suspension (ACT-01) weeks ago, a plan change (ACT-03) pending from now ──
  await requestLineAction(ctxAt(at(24, 5)), deps, line('Hugo Martin'), { type: 'suspend' });
  await requestLineAction(ctxAt(now), deps, line('Antoine Dubois'), {
    type: 'plan_change',
    target: 'orange-unlimited-250gb-unblocked',
  });

  // ── charges: the monthly runs that fell between the orders and now (CAT-01), as the worker would ──
  for (let i = 0; i < 3; i++) {
    const next = await ensureMonthlyRun(tx, deps.actions, start.toJSDate(), start.toJSDate());
    if (next.effectiveAt.getTime() > now.getTime()) break;
    const action = await getAction(tx, next.id);
    if (!action) break;
    await runActionNow(tx, deps.actions, action, {
      clock: deps.clock,
      now: new Date(next.effectiveAt.getTime() + 60_000),
    });
  }

  // ── incidents in several states (CS-01, SUP-02): mobile lines, contacts on several channels ──
  const incident = (
    when: Date,
    key: keyof typeof CUSTOMERS,
    title: string,
    description: string,
    priority: 'high' | 'normal' | 'low',
    channel: 'phone' | 'email' | 'chat',
  ) =>
    createIncident(
      ctxAt(when),
      { accountId: account(key), service: 'mobile', channel, priority, title, description },
      deps.actions,
    );
  // Resolved then closed: a SIM not recognised after a handset change.
  const closed = await incident(
    at(9, 1),
    'dubois',
    'Carte SIM non reconnue après changement de téléphone',
    "Le nouveau téléphone d'Antoine Dubois affiche « Aucune carte SIM ».",
    'high',
    'phone',
  );
  await transition(ctxAt(at(9, 1, 20)), closed.id, 'diagnosis');
  await addContact(ctxAt(at(9, 1, 30)), closed.id, {
    channel: 'phone',
    direction: 'outbound',
    summary: 'SIM mal insérée dans le tiroir : remise en place, le téléphone la reconnaît.',
  });
  await transition(ctxAt(at(9, 2)), closed.id, 'resolved');
  await transition(ctxAt(at(16, 2)), closed.id, 'closed');
  // With the operator: data cut in roaming, restart confirmed in writing (SUP-02).
  const roaming = await incident(
    at(31, 3),
    'lefevre',
    'Plus de données mobiles en Belgique',
    'Marc Lefèvre, en tournée à Bruxelles, n’a plus de données depuis ce matin ; les appels passent.',
    'high',
    'email',
  );
  await transition(ctxAt(at(31, 3, 15)), roaming.id, 'diagnosis');
  await confirmCheck(ctxAt(at(31, 4)), roaming.id, {
    check: 'restart',
    by: 'Marc Lefèvre',
    channel: 'email',
    text: 'J’ai éteint et rallumé le téléphone, toujours pas de données.',
  });
  await transition(ctxAt(at(31, 4, 10)), roaming.id, 'with_operator');
  // Waiting for the customer.
  const sms = await incident(
    at(38, 6),
    'martin',
    'SMS reçus en retard',
    'Claire Martin reçoit certains SMS avec plusieurs heures de retard.',
    'normal',
    'chat',
  );
  await transition(ctxAt(at(38, 6, 20)), sms.id, 'diagnosis');
  await addContact(ctxAt(at(38, 6, 25)), sms.id, {
    channel: 'chat',
    direction: 'outbound',
    summary: 'Demandé à la cliente les numéros des expéditeurs et les heures de réception.',
  });
  await transition(ctxAt(at(38, 6, 30)), sms.id, 'waiting_customer');
  // New: just declared, an hour ago.
  await incident(
    new Date(now.getTime() - 60 * 60_000),
    'moreau',
    'Messagerie vocale inaccessible',
    'Le 777 sonne dans le vide depuis hier soir.',
    'low',
    'phone',
  );
}

/** A PUK1 per SIM (8 digits), fixed for the demo. */
function pukOf(n: number): string {
  return String(10_000_000 + ((n * 7_919_111) % 89_999_999)).slice(0, 8);
}

/** An eSIM profile's matching ID, as the SM-DP+ gives them (5 groups of 5). */
function matchingIdOf(n: number): string {
  const s = `DEMO${String(n).padStart(3, '0')}ESIMPROFILEFRANCE`.slice(0, 25);
  return s.match(/.{5}/g)?.join('-') ?? s;
}
