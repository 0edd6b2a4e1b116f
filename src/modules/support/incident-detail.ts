import type { Ctx } from '../../platform/context.ts';
import type { ErrorCode } from '../../platform/errors.ts';
import { errorMessage } from '../../platform/i18n/messages.ts';
import { formatMoney, money } from '../../platform/money/index.ts';
import {
  checkPlanIntervention,
  checkTransition,
  costSummary,
  declarationNotice,
  DEFAULT_TARIFF,
  missingChecks,
  missingInformation,
  TRANSITIONS,
  type IncidentFacts,
  type IncidentState,
  type Priority,
  type SavPlusStep,
  type Verdict,
} from './rules.ts';
import {
  CHECK_LABELS,
  INFO_LABELS,
  INFO_LABELS_EN,
  KIND_LABELS,
  labelOf,
  PRIORITY_LABELS,
  QUALIFICATION_LABELS,
  readable,
  SAV_PLUS_STEP_LABELS,
  STATE_LABELS,
  when,
} from './labels.ts';
import {
  eur,
  infoOf,
  iso,
  toCharge,
  toIncident,
  toIntervention,
  type ActionView,
  type IncidentDetail,
  type TimelineEntry,
  type WrittenView,
} from './views.ts';
import { env } from './incident-context.ts';
import { isAttached, type IncidentRow } from './incident-store.ts';
import * as timelineStore from './timeline-store.ts';
import * as interventionStore from './intervention-store.ts';
import * as chargeStore from './charge-store.ts';
import * as settingsStore from './settings-store.ts';

/** The incident as the desk shows it: timeline, charges, costs and the actions allowed now. */

/**
 * CS-01: a timeline entry in the reader's words: states, fields and SAV+ points by their labels,
 * the information as a readable list; codes and JSON never reach the page.
 */
function eventText(ev: timelineStore.EventRow, lang: 'fr' | 'en'): { title: string; detail: string } {
  const d = ev.data;
  const summary = typeof d.summary === 'string' ? d.summary : '';
  const stateLabel = (v: unknown) =>
    typeof v === 'string' && v in STATE_LABELS ? STATE_LABELS[v as IncidentState][lang] : String(v);
  if (ev.kind === 'state_changed')
    return { title: stateLabel(d.to), detail: `${stateLabel(d.from)} → ${stateLabel(d.to)}` };
  if (ev.kind === 'information_updated') {
    const labels = lang === 'fr' ? INFO_LABELS : INFO_LABELS_EN;
    const parts = Object.entries(d).map(([k, v]) => {
      if (k === 'priority' && typeof v === 'string' && v in PRIORITY_LABELS)
        return `${lang === 'fr' ? 'Priorité' : 'Priority'} : ${PRIORITY_LABELS[v as Priority][lang]}`;
      const label = (labels as Record<string, string>)[k] ?? k;
      return `${label} : ${typeof v === 'string' && v ? v : '—'}`;
    });
    return { title: lang === 'fr' ? 'Informations' : 'Information', detail: parts.join(' ; ') };
  }
  if (ev.kind === 'sav_plus_step' && typeof d.step === 'string' && d.step in SAV_PLUS_STEP_LABELS) {
    const step = SAV_PLUS_STEP_LABELS[d.step as SavPlusStep][lang];
    const fault = d.faultShown
      ? lang === 'fr'
        ? 'défaut constaté'
        : 'fault found'
      : lang === 'fr'
        ? 'pas de défaut'
        : 'no fault';
    return { title: step, detail: `${step} — ${fault} — ${String(d.downKbps)} / ${String(d.upKbps)} kbit/s` };
  }
  if (ev.kind === 'attached')
    return { title: lang === 'fr' ? 'Rattaché à un client' : 'Attached to a customer', detail: summary };
  return { title: ev.kind, detail: summary };
}

function actionsOf(ctx: Ctx, f: IncidentFacts): ActionView[] {
  const view = (action: string, v: Verdict): ActionView =>
    v.ok
      ? { action, allowed: true, code: null, reason: null }
      : {
          action,
          allowed: false,
          code: v.code,
          reason: errorMessage(v.code as ErrorCode, ctx.locale, readable(ctx.locale, v.params)).detail,
        };
  const out = TRANSITIONS[f.state]
    .filter((to) => to !== 'intervention_planned')
    .map((to) => view(`transition:${to}`, checkTransition(f, to)));
  out.push(view('plan_intervention', checkPlanIntervention(f, 'on_site')));
  return out;
}

/** The incident's full view, read in the caller's transaction after each change. */
export async function detailOf(ctx: Ctx, r: IncidentRow): Promise<IncidentDetail> {
  const e = await env(ctx);
  const s = await settingsStore.settings(ctx.tx);
  const [checks, consents, interventions, charges, events, emails] = [
    await timelineStore.listChecks(ctx.tx, r.id),
    await timelineStore.listConsents(ctx.tx, r.id),
    await interventionStore.listInterventions(ctx.tx, r.id),
    await chargeStore.listCharges(ctx.tx, r.id),
    await timelineStore.listEvents(ctx.tx, r.id),
    await timelineStore.listEmails(ctx.tx, r.id),
  ];
  const savPlusSteps = await interventionStore.listSavPlusSteps(ctx.tx, r.id);
  // An incident « à rattacher » has no customer yet and maybe no service: no SUP-01 notice, no
  // missing checks or information, and no action but attaching it (the page shows that one).
  const service = isAttached(r) ? r.service : null;
  const facts: IncidentFacts | null = service && {
    state: r.state,
    service,
    confirmedChecks: new Set(checks.map((c) => c.check_code)),
    info: infoOf(r),
    hasConsent: consents.length > 0,
    openInterventions: interventions.filter((i) => i.status === 'planned').length,
  };
  const n = service ? declarationNotice(service) : { checks: [], minimumCents: null };
  const costs = costSummary(charges.map((c) => ({ amountCents: c.amount_cents, status: c.status })));
  const chargeViews = charges.map((c) => toCharge(c, ctx.now));
  const lang = ctx.locale;
  const lines = await settingsStore.tariff(ctx.tx, DEFAULT_TARIFF);
  const qualificationLabel = (q: string | null): string | null =>
    q === null ? null : (QUALIFICATION_LABELS[q]?.[lang] ?? labelOf(lines, q, lang));
  const timeline: TimelineEntry[] = [
    ...events.map((ev) => ({
      at: ev.at.toISOString(),
      kind: ev.kind,
      ...eventText(ev, lang),
      channel: ev.channel,
      by: ev.actor_label,
    })),
    ...checks.map((c) => ({
      at: c.recorded_at.toISOString(),
      kind: 'check',
      title: CHECK_LABELS[c.check_code]?.[lang] ?? c.check_code,
      detail: c.text,
      channel: c.channel,
      by: c.confirmed_by,
    })),
    ...consents.map((c) => ({
      at: c.recorded_at.toISOString(),
      kind: 'consent',
      title: 'consent',
      detail: c.text,
      channel: c.channel,
      by: c.given_by,
    })),
    ...interventions.map((i) => ({
      at: i.planned_at.toISOString(),
      kind: 'intervention',
      title: KIND_LABELS[i.kind][lang],
      // The slot in the tenant's zone, then the outcome by its tariff label, never its code.
      detail: [
        `${when(i.slot_start, e.cal, lang)} — ${i.address}`,
        i.status === 'qualified' ? qualificationLabel(i.qualification) : null,
        i.status === 'cancelled' ? (lang === 'fr' ? 'annulée' : 'cancelled') : null,
      ]
        .filter(Boolean)
        .join(' · '),
      channel: null,
      by: null,
    })),
    ...charges.map((c) => ({
      at: c.created_at.toISOString(),
      kind: 'charge',
      title: c.label,
      detail: formatMoney(money(c.amount_cents, c.currency, false), 'fr-FR') + ' HT',
      channel: null,
      by: null,
    })),
    ...charges
      .filter((c) => c.contested_at)
      .map((c) => ({
        at: iso(c.contested_at) ?? '',
        kind: 'contest',
        title: c.label,
        detail: c.contest_text ?? '',
        channel: null,
        by: null,
      })),
    ...emails.map((m) => ({
      at: m.created_at.toISOString(),
      kind: 'email',
      title: m.subject,
      detail: m.recipient,
      channel: 'email' as const,
      by: null,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const written = (c: timelineStore.WrittenRow, by: string, at: Date): WrittenView => ({
    id: c.id,
    by,
    at: at.toISOString(),
    channel: c.channel,
    text: c.text,
    recordedBy: c.recorded_by,
    recordedAt: c.recorded_at.toISOString(),
  });
  return {
    ...toIncident(r, e, ctx.now),
    notice: {
      checks: [...n.checks],
      minimum: n.minimumCents === null ? null : eur(n.minimumCents, e.currency),
    },
    missingChecks: facts ? missingChecks(facts.service, facts.confirmedChecks) : [],
    missingInformation: facts ? missingInformation(facts.service, facts.info) : [],
    checks: checks.map((c) => ({ ...written(c, c.confirmed_by, c.confirmed_at), check: c.check_code })),
    consents: consents.map((c) => written(c, c.given_by, c.given_at)),
    interventions: interventions.map((i) => ({
      ...toIntervention(i, ctx.now, e.cal, savPlusSteps),
      qualificationLabel: qualificationLabel(i.qualification),
    })),
    charges: chargeViews,
    costs: { due: eur(costs.dueCents, e.currency), waived: eur(costs.waivedCents, e.currency) },
    emails: emails.map((m) => ({
      id: m.id,
      to: m.recipient,
      subject: m.subject,
      template: m.template,
      status: m.status,
      createdAt: m.created_at.toISOString(),
    })),
    actions: facts ? actionsOf(ctx, facts) : [],
    timeline,
    customerServiceEmail: s.customer_service_email,
  };
}
