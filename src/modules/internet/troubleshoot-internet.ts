import type { Ctx, Deps } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { enqueueEmail } from '../../platform/notify/index.ts';
import { mailCustomer } from './mail-customer.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import { getAccount } from '../accounts/service.ts';
import { addContact, getIncident, openIncident } from '../support/service.ts';
import { currentTenant } from '../tenants/service.ts';
import { LED_FUNCTIONS, OPERATOR_NAMES, type BoxDef, type LedFunction } from './model.ts';
import { boxOf, catalogVersion, planOf, requireSubscription, tenantZone } from './subscription-view.ts';
import { renderPartnerMail } from './troubleshoot-mail.ts';
import { operatorContacts } from './operator-contacts.ts';
import { outageNotice } from './troubleshoot-templates.ts';
import {
  diagnose,
  escalationFor,
  lineVerdict,
  nextStep,
  speedVerdict,
  upgradesSuggested,
  type Diagnosis,
  type Escalation,
  type LedReading,
  type LineTest,
  type LineVerdict,
  type NextStep,
  type SpeedVerdict,
  type TroubleKind,
  type Upgrade,
} from './troubleshoot-rules.ts';
import * as store from './troubleshooting-store.ts';

export interface TroubleshootInput {
  kind: TroubleKind;
  leds: LedReading;
  powerCycled: boolean;
  wifiButtonHeld?: boolean | undefined;
  solved?: boolean | undefined;
  conditions?: { connection: 'wifi' | 'cable'; distanceOk: boolean; repeaters: boolean } | null | undefined;
  speedTest?: { downMbps: number; upMbps?: number | null | undefined; overWifi: boolean } | null | undefined;
  lineTest?: LineTest | null | undefined;
  /** Where the operator's technician reaches the customer. */
  contactPhone?: string | null | undefined;
  notes?: string | undefined;
}

/** What the rules decide for an input, before anything is written (the flow's next step). */
export interface TroubleshootVerdict {
  diagnosis: Diagnosis;
  nextStep: NextStep;
  speedVerdict: SpeedVerdict | null;
  lineVerdict: LineVerdict;
  escalation: Escalation | null;
  /** SET-08: the recorded outage that explains this customer's LEDs, if any. */
  outage: OutageView | null;
}

export interface OutageView {
  id: string;
  operator: 'hot' | 'partner';
  area: string;
  delayHours: number;
  resolvedBy: string;
}

export interface TroubleshootView extends TroubleshootVerdict {
  id: string;
  kind: TroubleKind;
  incident: { id: string; reference: string };
  /** NET-10 HOT: what the agent says on the phone (the MASAP, the LEDs, the steps done). */
  callSheet: string[] | null;
  /** NET-10 Partner: the technical e-mail put in the outbox. */
  email: { to: string; subject: string } | null;
  upgrades: Upgrade[];
  createdAt: string;
  createdBy: string;
}

export const toOutageView = (o: store.OutageRow): OutageView => ({
  id: o.id,
  operator: o.operator,
  area: o.area,
  delayHours: o.delay_hours,
  resolvedBy: o.resolved_by.toISOString(),
});

async function context(ctx: Ctx, id: string) {
  const row = await requireSubscription(ctx, id);
  if (!row.box_model) throw new AppError('internet.troubleshoot_no_box', { reference: row.reference });
  const c = catalogVersion(row.catalog_version);
  return { row, box: boxOf(c, row.operator, row.box_model), plan: planOf(c, row.operator, row.plan_code) };
}

async function verdictOf(
  ctx: Ctx,
  row: { operator: 'hot' | 'partner'; address: string },
  box: BoxDef,
  plan: { speedMb: number; fibre: boolean },
  input: TroubleshootInput,
): Promise<TroubleshootVerdict> {
  const diagnosis = diagnose(box, input.leds);
  const speed = input.speedTest
    ? speedVerdict(plan, input.speedTest.downMbps, input.speedTest.overWifi)
    : null;
  const step = nextStep(input.kind, box, diagnosis, {
    powerCycled: input.powerCycled,
    conditionsChecked: input.conditions != null,
    speedTest: speed,
    wifiButtonHeld: input.wifiButtonHeld ?? false,
    solved: input.solved ?? false,
  });
  const outage =
    diagnosis === 'sector_outage'
      ? ((await store.openOutages(ctx.tx, row.operator, ctx.now)).find((o) =>
          row.address.toLowerCase().includes(o.area.toLowerCase()),
        ) ?? null)
      : null;
  return {
    diagnosis,
    nextStep: step,
    speedVerdict: speed,
    lineVerdict: lineVerdict(plan.fibre, input.lineTest ?? null),
    escalation: step === 'escalate' ? escalationFor(row.operator) : null,
    outage: outage ? toOutageView(outage) : null,
  };
}

/** The flow's next step for what the agent has entered so far (nothing is written). */
export async function previewTroubleshooting(
  ctx: Ctx,
  id: string,
  input: TroubleshootInput,
): Promise<TroubleshootVerdict> {
  const { row, box, plan } = await context(ctx, id);
  return verdictOf(ctx, row, box, plan, input);
}

const KIND_FR: Record<TroubleKind, string> = {
  no_internet: 'Pas d’internet',
  slow: 'Internet lent',
  wifi_led_off: 'Voyant Wi-Fi éteint',
  split_bands: 'Séparer les réseaux 2,4 et 5 GHz',
};
const STATE_FR = { on: 'allumé', off: 'éteint', blinking: 'clignote' } as const;
const LED_FR: Record<LedFunction, string> = {
  power: 'Alimentation',
  infrastructure: 'Infrastructure',
  internet: 'Internet',
  wifi: 'Wi-Fi',
  phone: 'Téléphone fixe',
};

/** The LEDs and steps as the agent reads them to HOT and as the incident's timeline keeps them. */
function summaryLines(
  box: BoxDef,
  input: TroubleshootInput,
  v: TroubleshootVerdict,
  planMb: number,
): string[] {
  const leds = box.leds
    .filter((l) => input.leds[l.function])
    .map((l) => `${LED_FR[l.function]} (${l.markFr}) ${STATE_FR[input.leds[l.function] ?? 'off']}`);
  const lines = [`Boîtier : ${box.nameFr}`, `Voyants : ${leds.join(', ') || 'non relevés'}`];
  const steps: string[] = [];
  if (input.conditions)
    steps.push(
      `conditions vérifiées (${input.conditions.connection === 'wifi' ? 'Wi-Fi' : 'câble'}, distance ${input.conditions.distanceOk ? 'correcte' : 'trop grande'}, ${input.conditions.repeaters ? 'avec' : 'sans'} répéteur)`,
    );
  if (input.powerCycled) steps.push('boîtier débranché puis rebranché');
  if (input.wifiButtonHeld) steps.push('bouton Wi-Fi maintenu jusqu’au clignotement');
  if (input.speedTest)
    steps.push(
      `test de débit ${input.speedTest.overWifi ? 'en Wi-Fi' : 'en câble'} : ${input.speedTest.downMbps} Mbit/s${input.speedTest.upMbps == null ? '' : ` / ${input.speedTest.upMbps} Mbit/s`} pour un forfait de ${planMb} Mb`,
    );
  lines.push(`Étapes faites : ${steps.join(' ; ') || 'aucune'}`);
  const t = input.lineTest;
  if (t && v.lineVerdict !== 'not_measured') {
    const parts = [
      t.ontRxDbm == null ? null : `puissance optique reçue à l’ONT ${t.ontRxDbm} dBm`,
      t.attenuationDb == null ? null : `atténuation ${t.attenuationDb} dB`,
      t.snrDb == null ? null : `rapport signal/bruit ${t.snrDb} dB`,
    ].filter((x) => x !== null);
    lines.push(`Test de ligne : ${parts.join(', ')} (${v.lineVerdict === 'ok' ? 'correct' : 'faible'})`);
  }
  return lines;
}

/**
 * Issue 11 §4: one pass of the guided flow (NET-10 « pas d’internet », NET-21 « internet lent »,
 * SET-07 Wi-Fi LED and bands). Opens the customer's support incident, or adds to the open one;
 * when the rules say escalate, HOT gets the call sheet and Partner the Hebrew technical e-mail
 * through the outbox (SET-09: with the line test); an outage already recorded for the area links
 * the pass and the customer is told its resolution time (SET-08); repeated failures suggest the
 * upgrades NET-10 names.
 */
export async function troubleshootInternet(
  ctx: Ctx,
  deps: Pick<Deps, 'actions'>,
  id: string,
  input: TroubleshootInput,
): Promise<TroubleshootView> {
  const { row, box, plan } = await context(ctx, id);
  const v = await verdictOf(ctx, row, box, plan, input);
  const earlier = await store.passesOf(ctx.tx, row.id);
  const lines = summaryLines(box, input, v, plan.speedMb);
  const summary = `${KIND_FR[input.kind]} — ${row.reference}\n${lines.join('\n')}`;

  // The customer's history holds it: the open incident of an earlier pass, else a new one.
  let incident: { id: string; reference: string } | null = null;
  for (const p of earlier) {
    const i = await getIncident(ctx, p.incident_id);
    if (i.state !== 'resolved' && i.state !== 'closed') {
      incident = await addContact(ctx, i.id, { channel: 'phone', direction: 'inbound', summary });
      break;
    }
  }
  incident ??= await openIncident(
    ctx,
    {
      accountId: row.account_id,
      service: plan.fibre ? 'fibre' : 'cable',
      channel: 'phone',
      priority: input.kind === 'no_internet' ? 'high' : 'normal',
      title: `${KIND_FR[input.kind]} — internet ${OPERATOR_NAMES[row.operator]} ${row.reference}`,
      description: summary,
    },
    deps.actions,
  );

  const account = await getAccount(ctx, row.account_id);
  let callSheet: string[] | null = null;
  let email: { to: string; subject: string } | null = null;
  let outboxId: string | null = null;
  if (v.escalation === 'hot_call') {
    callSheet = [`Numéro client HOT (MASAP) : ${row.masap}`, `Client : ${account.displayName}`, ...lines];
    await addContact(ctx, incident.id, {
      channel: 'phone',
      direction: 'outbound',
      summary: `Appel à HOT\n${callSheet.join('\n')}`,
    });
  } else if (v.escalation === 'partner_email') {
    const to = (await operatorContacts(ctx)).partnerTechnicalEmail;
    if (!to) throw new AppError('internet.partner_email_missing');
    const tenant = await currentTenant(ctx.tx);
    const mail = renderPartnerMail({
      kind: input.kind,
      customerNumber: row.masap,
      customerName: account.displayName,
      address: row.address,
      phone: input.contactPhone ?? account.phone,
      boxCode: box.code,
      boxName: box.nameEn,
      leds: input.leds,
      ledsShown: box.leds.map((l) => l.function),
      powerCycled: input.powerCycled,
      wifiButtonHeld: input.wifiButtonHeld ?? false,
      speed: input.speedTest
        ? {
            downMbps: input.speedTest.downMbps,
            upMbps: input.speedTest.upMbps ?? null,
            overWifi: input.speedTest.overWifi,
          }
        : null,
      planSpeedMb: plan.speedMb,
      lineTest: v.lineVerdict === 'not_measured' ? null : (input.lineTest ?? null),
      // The actor's label is "Name <login>": the e-mail is signed with the name.
      agentName: ctx.actor.label.replace(/\s*<[^>]*>$/, ''),
      tenantName: tenant.legalName,
      incidentReference: incident.reference,
    });
    // The outbox row's locale is the agent's (the platform knows fr/en); the message itself is Hebrew.
    const sent = await enqueueEmail(ctx.tx, {
      to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      template: PARTNER_MAIL_TEMPLATE,
      locale: ctx.locale,
      entityType: 'incident',
      entityId: incident.id,
      now: ctx.now,
    });
    outboxId = sent.id;
    email = { to, subject: mail.subject };
    await addContact(ctx, incident.id, {
      channel: 'email',
      direction: 'outbound',
      summary: `E-mail technique en hébreu envoyé à Partner (${to}), signé ${ctx.actor.label}`,
    });
  }

  if (v.outage)
    await tellOutage(
      ctx,
      { accountId: row.account_id, incidentId: incident.id, reference: row.reference },
      v.outage,
    );

  const passId = newId();
  await store.insertPass(ctx.tx, {
    id: passId,
    subscription_id: row.id,
    incident_id: incident.id,
    kind: input.kind,
    box_model: box.code,
    leds: pickLeds(box, input.leds),
    conditions: input.conditions ?? null,
    power_cycled: input.powerCycled,
    wifi_button_held: input.wifiButtonHeld ?? false,
    solved: input.solved ?? false,
    speed_down_mbps: input.speedTest?.downMbps ?? null,
    speed_up_mbps: input.speedTest?.upMbps ?? null,
    speed_over_wifi: input.speedTest?.overWifi ?? null,
    speed_verdict: v.speedVerdict,
    line_test: input.lineTest ?? null,
    line_verdict: v.lineVerdict,
    diagnosis: v.diagnosis,
    next_step: v.nextStep,
    escalation: v.escalation,
    outbox_id: outboxId,
    outage_id: v.outage?.id ?? null,
    notes: input.notes?.trim() ?? '',
    created_at: ctx.now,
    created_by: ctx.actor.label,
  });
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'internet_subscription',
    entityId: row.id,
    entityLabel: row.reference,
    action: 'internet.troubleshooting_recorded',
    after: {
      kind: input.kind,
      diagnosis: v.diagnosis,
      nextStep: v.nextStep,
      escalation: v.escalation,
      incident: incident.reference,
    },
  });
  const failures = [...earlier.filter((p) => p.escalation !== null).map((p) => p.created_at)];
  if (v.escalation) failures.push(ctx.now);
  return {
    ...v,
    id: passId,
    kind: input.kind,
    incident: { id: incident.id, reference: incident.reference },
    callSheet,
    email,
    upgrades: v.escalation ? upgradesSuggested(row.operator, failures, ctx.now) : [],
    createdAt: ctx.now.toISOString(),
    createdBy: ctx.actor.label,
  };
}

export const PARTNER_MAIL_TEMPLATE = 'internet.partner_technical_mail';

function pickLeds(box: BoxDef, leds: LedReading): LedReading {
  const out: LedReading = {};
  for (const f of LED_FUNCTIONS) if (box.leds.some((l) => l.function === f) && leds[f]) out[f] = leds[f];
  return out;
}

/** SET-08: the customer is told the outage and when the operator expects it resolved; the incident keeps it. */
export async function tellOutage(
  ctx: Ctx,
  who: { accountId: string; incidentId: string; reference: string },
  o: OutageView,
): Promise<void> {
  const zone = await tenantZone(ctx);
  const by = localDateTime(new Date(o.resolvedBy), zone).setLocale(ctx.locale).toFormat('dd/MM/yyyy HH:mm');
  await mailCustomer(ctx, who.accountId, outageNotice, {
    operatorName: OPERATOR_NAMES[o.operator],
    area: o.area,
    resolvedBy: by,
    reference: who.reference,
  });
  await addContact(ctx, who.incidentId, {
    channel: 'email',
    direction: 'outbound',
    summary: `Panne de secteur ${OPERATOR_NAMES[o.operator]} (${o.area}) : client informé, résolution annoncée le ${by}`,
  });
}

export interface PassSummary {
  id: string;
  kind: TroubleKind;
  diagnosis: Diagnosis;
  nextStep: NextStep;
  escalation: Escalation | null;
  incidentId: string;
  outageId: string | null;
  createdAt: string;
  createdBy: string;
}

/** The passes of a subscription, newest first (the page's troubleshooting history). */
export async function listTroubleshooting(ctx: Ctx, id: string): Promise<PassSummary[]> {
  await requireSubscription(ctx, id);
  return (await store.passesOf(ctx.tx, id)).map((p) => ({
    id: p.id,
    kind: p.kind,
    diagnosis: p.diagnosis,
    nextStep: p.next_step,
    escalation: p.escalation,
    incidentId: p.incident_id,
    outageId: p.outage_id,
    createdAt: p.created_at.toISOString(),
    createdBy: p.created_by,
  }));
}
