import type { Ctx } from '../../platform/context.ts';
import { enqueueModuleEmail } from '../../platform/notify/index.ts';
import { formatMoney } from '../../platform/money/index.ts';
import {
  checkTransition,
  costSummary,
  REQUIRED_INFO,
  type ChargeStatus,
  type IncidentState,
} from './rules.ts';
import { CHANNEL_LABELS, CHECK_LABELS, INFO_LABELS, when } from './labels.ts';
import { eur, infoOf, type Env, type IncidentDetail } from './views.ts';
import { operatorEscalation, operatorEscalationGeneric, resolutionSummary } from './templates.ts';
import { audit, env, factsOf, fail, load, operatorContact, recordEvent } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import { saveIncident } from './save-incident.ts';
import type * as incidentStore from './incident-store.ts';
import * as timelineStore from './timeline-store.ts';
import * as chargeStore from './charge-store.ts';
import * as settingsStore from './settings-store.ts';

/** Moves an incident, guarded by the rules (SUP-02 before the operator, SUP-03 consent…); e-mails follow. */
export async function transitionIncident(ctx: Ctx, id: string, to: IncidentState): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const facts = await factsOf(ctx, r);
  if (to === 'intervention_planned')
    fail(ctx, { ok: false, code: 'support.intervention_required', params: {} }, '/body/to');
  fail(ctx, checkTransition(facts, to), '/body/to');
  const s = await settingsStore.settings(ctx.tx);
  const patch: incidentStore.IncidentPatch = { state: to };
  const pauses = r.pauses.map((p) => (p.to === null ? { ...p, to: ctx.now.toISOString() } : p));
  // SLA: the timers stop while waiting for the customer, and run again when the state changes.
  if (to === 'waiting_customer') pauses.push({ from: ctx.now.toISOString(), to: null });
  patch.pauses = pauses;
  if (!r.first_response_at) patch.first_response_at = ctx.now;
  if (to === 'with_operator' && !r.escalated_at) patch.escalated_at = ctx.now;
  if (to === 'resolved') patch.resolved_at = ctx.now;
  if (to === 'diagnosis' && r.state === 'resolved') patch.resolved_at = null;
  if (to === 'closed') patch.closed_at = ctx.now;
  await saveIncident(ctx, id, patch);
  await recordEvent(ctx, id, 'state_changed', null, { from: r.state, to, summary: `${r.state} → ${to}` });
  await audit(ctx, r, 'incident.state_changed', { from: r.state, to });
  const e = await env(ctx);
  if (to === 'with_operator') await sendEscalation(ctx, r, s);
  if (to === 'resolved') await sendSummary(ctx, r, e);
  return detailOf(ctx, await load(ctx, id));
}

/**
 * SUP-02, issue 4 item 7: the escalation e-mail carries the confirmed checks and the required
 * information, in the template of the incident's operator and with the information it asks for.
 */
async function sendEscalation(
  ctx: Ctx,
  r: incidentStore.AttachedIncidentRow,
  s: settingsStore.SupportSettings,
): Promise<void> {
  const e = await env(ctx);
  const checks = await timelineStore.listChecks(ctx.tx, r.id);
  const info = infoOf(r);
  const { operator: op, email, name } = await operatorContact(ctx, r, s);
  const fields = op ? op.requiredInfo : REQUIRED_INFO;
  await enqueueModuleEmail(
    ctx.tx,
    op?.template === 'generic' ? operatorEscalationGeneric : operatorEscalation,
    {
      to: email,
      locale: 'fr',
      data: {
        operatorName: name,
        incidentReference: r.reference,
        customerName: r.account_name,
        service: r.service.toUpperCase(),
        title: r.title,
        checks: checks.map(
          (c) =>
            `${CHECK_LABELS[c.check_code]?.fr ?? c.check_code} — ${c.confirmed_by}, ${when(c.confirmed_at, e.cal)} (${CHANNEL_LABELS[c.channel].fr}) : « ${c.text} »`,
        ),
        information: fields.map((f) => ({ label: INFO_LABELS[f], value: info[f] ?? '—' })),
      },
      entityType: 'incident',
      entityId: r.id,
      now: ctx.now,
    },
  );
}

/** SUP-05: at resolution the customer receives the summary of every cost. */
async function sendSummary(ctx: Ctx, r: incidentStore.AttachedIncidentRow, e: Env): Promise<void> {
  const charges = await chargeStore.listCharges(ctx.tx, r.id);
  const costs = costSummary(charges.map((c) => ({ amountCents: c.amount_cents, status: c.status })));
  const fmt = (cents: number) => `${formatMoney(eur(cents, e.currency), 'fr-FR')} HT`;
  const STATUS: Record<ChargeStatus, string> = {
    due: 'dû',
    awaiting_acceptance: 'devis en attente',
    contested: 'contesté',
    waived: 'annulé (non facturé)',
  };
  await enqueueModuleEmail(ctx.tx, resolutionSummary, {
    to: r.account_email,
    locale: 'fr',
    data: {
      customerName: r.account_name,
      incidentReference: r.reference,
      lines: charges.map((c) => `${c.label} : ${fmt(c.amount_cents)} — ${STATUS[c.status]}`),
      total: fmt(costs.dueCents),
      waived: fmt(costs.waivedCents),
    },
    entityType: 'incident',
    entityId: r.id,
    now: ctx.now,
  });
}
