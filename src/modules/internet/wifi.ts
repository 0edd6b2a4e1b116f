import type { Ctx, Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { wifiChangeBy } from './rules.ts';
import { applyChange, requireSubscription, startAction, type SubscriptionView } from './subscription-view.ts';

/**
 * ACC-04 ("Modifier la configuration"): the customer's Wi-Fi name and password, encrypted with the
 * app's key like PUK codes, never logged (the audit says ***) and never in an e-mail. NET-12:
 * Partner's we change ourselves, so the new values are the subscription's at once; HOT's only HOT
 * changes: the new values wait, encrypted, while the agent passes them on to the HOT contact (the
 * page's call sheet), and become the subscription's once the agent records HOT has made the change.
 */
export async function setWifi(
  ctx: Ctx,
  deps: Pick<Deps, 'secrets'>,
  id: string,
  input: { ssid: string; password: string },
): Promise<SubscriptionView> {
  const { row } = await startAction(ctx, id, 'set_wifi');
  const ssid = deps.secrets.encrypt(input.ssid);
  const password = deps.secrets.encrypt(input.password);
  if (wifiChangeBy(row.operator) === 'operator')
    return applyChange(
      ctx,
      row,
      { wifi_pending_ssid_secret: ssid, wifi_pending_password_secret: password, wifi_pending_at: ctx.now },
      'internet.wifi_change_handed_to_operator',
      { ssid: '***', password: '***' },
    );
  return applyChange(
    ctx,
    row,
    { wifi_ssid_secret: ssid, wifi_password_secret: password },
    'internet.wifi_set',
    { ssid: '***', password: '***' },
  );
}

/** NET-12: the agent records that HOT has made the change: the new values become the subscription's. */
export async function confirmWifi(ctx: Ctx, id: string): Promise<SubscriptionView> {
  const { row } = await startAction(ctx, id, 'confirm_wifi');
  return applyChange(
    ctx,
    row,
    {
      wifi_ssid_secret: row.wifi_pending_ssid_secret,
      wifi_password_secret: row.wifi_pending_password_secret,
      wifi_pending_ssid_secret: null,
      wifi_pending_password_secret: null,
      wifi_pending_at: null,
    },
    'internet.wifi_set',
    { ssid: '***', password: '***', doneBy: 'HOT', requestedAt: row.wifi_pending_at?.toISOString() ?? null },
  );
}

/**
 * Shows the Wi-Fi name and password on an explicit request, audited (ACC-04); with a change handed
 * to HOT, the new values too, for the agent to read them to HOT (NET-12).
 */
export async function revealWifi(
  ctx: Ctx,
  deps: Pick<Deps, 'secrets'>,
  id: string,
): Promise<{
  ssid: string | null;
  password: string | null;
  pending: { ssid: string | null; password: string | null } | null;
}> {
  const row = await requireSubscription(ctx, id);
  const set = row.wifi_ssid_secret || row.wifi_password_secret;
  if (!set && !row.wifi_pending_at) throw new AppError('internet.wifi_not_set');
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'internet_subscription',
    entityId: row.id,
    entityLabel: row.reference,
    action: 'internet.wifi_revealed',
  });
  const open = (s: string | null) => (s ? deps.secrets.decrypt(s) : null);
  return {
    ssid: open(row.wifi_ssid_secret),
    password: open(row.wifi_password_secret),
    pending: row.wifi_pending_at
      ? { ssid: open(row.wifi_pending_ssid_secret), password: open(row.wifi_pending_password_secret) }
      : null,
  };
}
