import type { Ctx } from '../../platform/context.ts';
import { UUID_RE } from '../../platform/db/db.ts';
import { AppError } from '../../platform/errors.ts';
import { DEFAULT_OPERATORS, operatorFor, type Service } from './rules.ts';
import type { IncidentDetail } from './views.ts';
import { audit, loadAny, recordEvent } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import { assertServiceOffered } from './open-incident.ts';
import { saveIncidentEvent } from './save-incident.ts';
import * as incidentStore from './incident-store.ts';
import * as settingsStore from './settings-store.ts';

/**
 * Issue 15: an agent attaches an incident « à rattacher » (a TMF621 ticket sent without a
 * customer) to a customer account, choosing the service when the ticket named none. From then on
 * it is the customer's incident like any other (their page, their history, every desk action);
 * it never changes customer again (409 support.incident_already_attached).
 */
export async function attachIncident(
  ctx: Ctx,
  id: string,
  input: { accountId: string; service?: Service | undefined },
): Promise<IncidentDetail> {
  const r = await loadAny(ctx, id, true);
  if (r.account_id !== null) throw new AppError('support.incident_already_attached');
  const account = UUID_RE.test(input.accountId)
    ? await incidentStore.findAccount(ctx.tx, input.accountId)
    : undefined;
  if (!account)
    throw new AppError('support.account_unknown', {}, [
      { pointer: '/body/accountId', code: 'support.account_unknown', detail: '' },
    ]);
  const service = r.service ?? input.service;
  if (!service)
    throw new AppError('support.service_required', {}, [
      { pointer: '/body/service', code: 'support.service_required', detail: '' },
    ]);
  // A service chosen now obeys the reseller's families as one chosen at opening does.
  if (!r.service) await assertServiceOffered(ctx, service);
  const operator = operatorFor(await settingsStore.operators(ctx.tx, DEFAULT_OPERATORS), service, null);
  const attached = await incidentStore.attachIncident(ctx.tx, {
    id: r.id,
    accountId: account.id,
    service,
    operatorCode: operator?.code ?? null,
    now: ctx.now,
  });
  if (!attached) throw new AppError('support.incident_already_attached');
  const after = await loadAny(ctx, id);
  await recordEvent(ctx, id, 'attached', null, {
    summary: `${after.account_name ?? ''} (${after.account_reference ?? ''})`,
    service,
  });
  // On the customer's history (CS-01) and on the incident's own, where its earlier events were.
  await audit(ctx, after, 'incident.attached', { service });
  await audit(ctx, r, 'incident.attached', { accountId: account.id, service });
  await saveIncidentEvent(ctx, id);
  return detailOf(ctx, await loadAny(ctx, id));
}
