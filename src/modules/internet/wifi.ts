import type { Ctx, Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import {
  actionOf,
  applyChange,
  catalogVersion,
  refuse,
  requireSubscription,
  tenantZone,
  type SubscriptionView,
} from './subscription-view.ts';

/**
 * ACC-04 ("Modifier la configuration"): the customer's Wi-Fi name and password, encrypted with the
 * app's key like PUK codes. NET-12: HOT's change is passed on to HOT, Partner's we make ourselves;
 * either way Relais keeps the new values.
 */
export async function setWifi(
  ctx: Ctx,
  deps: Pick<Deps, 'secrets'>,
  id: string,
  input: { ssid: string; password: string },
): Promise<SubscriptionView> {
  const row = await requireSubscription(ctx, id, true);
  const a = actionOf(row, catalogVersion(row.catalog_version), ctx.now, await tenantZone(ctx), 'set_wifi');
  if (a.refusal) refuse(a.refusal, ctx.locale);
  return applyChange(
    ctx,
    row,
    {
      wifi_ssid_secret: deps.secrets.encrypt(input.ssid),
      wifi_password_secret: deps.secrets.encrypt(input.password),
    },
    'internet.wifi_set',
    { ssid: '***', password: '***' },
  );
}

/** Shows the Wi-Fi name and password on an explicit request, audited (ACC-04). */
export async function revealWifi(
  ctx: Ctx,
  deps: Pick<Deps, 'secrets'>,
  id: string,
): Promise<{ ssid: string | null; password: string | null }> {
  const row = await requireSubscription(ctx, id);
  if (!row.wifi_ssid_secret && !row.wifi_password_secret) throw new AppError('internet.wifi_not_set');
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'internet_subscription',
    entityId: row.id,
    entityLabel: row.reference,
    action: 'internet.wifi_revealed',
  });
  return {
    ssid: row.wifi_ssid_secret ? deps.secrets.decrypt(row.wifi_ssid_secret) : null,
    password: row.wifi_password_secret ? deps.secrets.decrypt(row.wifi_password_secret) : null,
  };
}
