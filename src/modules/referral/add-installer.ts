import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { parsePhone } from '../../platform/phone.ts';
import { createUser, type LinkSent } from '../users/service.ts';
import { locate } from './locate.ts';
import * as store from './store.ts';
import { toInstaller, type Installer } from './views.ts';

export interface AddInstallerInput {
  company: string;
  contactName: string;
  email: string;
  phone?: string | undefined;
  line1: string;
  postalCode: string;
  communeCode?: string | undefined;
}

/**
 * REF-01: adds an installer to the directory, its declared address geocoded offline, with an
 * `installer` user for the portal (a set-password link, never a password). It receives referrals
 * only once its charter acceptance is recorded.
 */
export async function addInstaller(
  ctx: Ctx,
  input: AddInstallerInput,
  baseUrl: string,
): Promise<{ installer: Installer; passwordLink: LinkSent }> {
  const place = locate(input.postalCode, input.communeCode);
  let phone: string | null = null;
  if (input.phone?.trim()) {
    const parsed = parsePhone(input.phone, 'FR');
    if (!parsed.ok)
      throw new AppError('account.phone_invalid', parsed.params, [
        { pointer: '/body/phone', code: 'phone', detail: '' },
      ]);
    phone = parsed.e164;
  }
  const { user, passwordLink } = await createUser(
    ctx,
    { email: input.email.trim(), displayName: input.company.trim(), role: 'installer' },
    baseUrl,
  );
  const row = await store.insertInstaller(ctx.tx, {
    id: newId(),
    company: input.company.trim(),
    contact_name: input.contactName.trim(),
    email: input.email.trim(),
    phone,
    line1: input.line1.trim(),
    ...store.installerPlace(place),
    user_id: user.id,
    created_at: ctx.now,
  });
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'referral_installer',
    entityId: row.id,
    entityLabel: row.company,
    action: 'referral.installer_added',
    after: toInstaller(row),
  });
  return { installer: toInstaller(row), passwordLink };
}
