import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { enqueueModuleEmail } from '../../platform/notify/index.ts';
import { formatMoney } from '../../platform/money/index.ts';
import { contestDeadline } from './rules.ts';
import { when } from './labels.ts';
import { eur, type Env } from './views.ts';
import { chargeNotice } from './templates.ts';
import { audit } from './incident-context.ts';
import type * as incidentStore from './incident-store.ts';
import * as chargeStore from './charge-store.ts';
import * as settingsStore from './settings-store.ts';

/** SUP-05: a charge on the incident, recorded and e-mailed to the customer at once. */
export async function recordCharge(
  ctx: Ctx,
  r: incidentStore.AttachedIncidentRow,
  e: Env,
  v: {
    interventionId: string | null;
    code: string;
    label: string;
    cents: number;
    awaitingAcceptance: boolean;
  },
): Promise<void> {
  const s = await settingsStore.settings(ctx.tx);
  const deadline = contestDeadline(ctx.now, e.cal);
  await chargeStore.insertCharge(ctx.tx, {
    id: newId(),
    incidentId: r.id,
    interventionId: v.interventionId,
    code: v.code,
    label: v.label,
    amountCents: v.cents,
    currency: e.currency,
    status: v.awaitingAcceptance ? 'awaiting_acceptance' : 'due',
    deadline,
    now: ctx.now,
  });
  await audit(ctx, r, 'incident.charged', { code: v.code, amountCents: v.cents });
  await notifyCharge(ctx, r, e, { ...v, deadline, customerServiceEmail: s.customer_service_email });
}

/** SUP-05: the customer is told at once of the charge and its amount (SUP-07: and the deadline). */
export async function notifyCharge(
  ctx: Ctx,
  r: incidentStore.AttachedIncidentRow,
  e: Env,
  v: {
    label: string;
    cents: number;
    awaitingAcceptance: boolean;
    deadline: Date;
    customerServiceEmail: string;
  },
): Promise<void> {
  await enqueueModuleEmail(ctx.tx, chargeNotice, {
    to: r.account_email,
    locale: 'fr',
    data: {
      customerName: r.account_name,
      incidentReference: r.reference,
      label: v.label,
      amount: `${formatMoney(eur(v.cents, e.currency), 'fr-FR')} HT`,
      deadline: when(v.deadline, e.cal),
      customerServiceEmail: v.customerServiceEmail,
      quote: v.awaitingAcceptance,
    },
    entityType: 'incident',
    entityId: r.id,
    now: ctx.now,
  });
}
