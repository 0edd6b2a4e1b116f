import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SEED_CONTACTS, type OperatorContacts } from './troubleshoot-rules.ts';
import * as store from './troubleshooting-store.ts';

export interface OperatorContactsView extends OperatorContacts {
  /** 0 while the seed's values apply (nothing edited yet). */
  version: number;
}

/** Seed 000's operator contacts, or the tenant's own once edited. */
export async function operatorContacts(ctx: Ctx): Promise<OperatorContactsView> {
  const r = await store.contacts(ctx.tx);
  if (!r) return { ...SEED_CONTACTS, version: 0 };
  return {
    hotContactName: r.hot_contact_name,
    hotContactPhone: r.hot_contact_phone,
    partnerGroupName: r.partner_group_name,
    partnerTechnicalEmail: r.partner_technical_email,
    version: r.version,
  };
}

/** The tenant edits whom its agents call (HOT) or write (Partner); If-Match version, audited. */
export async function setOperatorContacts(
  ctx: Ctx,
  input: OperatorContacts,
  expectedVersion: number,
): Promise<OperatorContactsView> {
  const before = await operatorContacts(ctx);
  if (before.version !== expectedVersion) throw new AppError('conflict.stale_version');
  const ok = await store.saveContacts(
    ctx.tx,
    {
      hot_contact_name: input.hotContactName.trim(),
      hot_contact_phone: input.hotContactPhone?.trim() || null,
      partner_group_name: input.partnerGroupName.trim(),
      partner_technical_email: input.partnerTechnicalEmail?.trim() || null,
      updated_at: ctx.now,
      updated_by: ctx.actor.label,
    },
    before.version === 0 ? null : before.version,
  );
  if (!ok) throw new AppError('conflict.stale_version');
  const after = await operatorContacts(ctx);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'internet_operator_contacts',
    entityId: ctx.tenantId,
    action: 'internet.operator_contacts_updated',
    before: { ...before },
    after: { ...after },
  });
  return after;
}
