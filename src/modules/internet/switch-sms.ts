import type { Ctx } from '../../platform/context.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import { enqueueSms } from '../../platform/notify/index.ts';
import { parsePhone } from '../../platform/phone.ts';
import { getAccount } from '../accounts/service.ts';
import * as changes from './lifecycle-store.ts';
import { OPERATOR_NAMES, type Operator } from './model.ts';
import { INSTALLATION_MINUTES } from './rules.ts';

export const SWITCH_SMS_TEMPLATE = 'internet.switch_installation_sms';

/** NET-07, NET-15: the SMS text, in French or English (pure). */
export function switchInstallationSms(
  locale: 'fr' | 'en',
  d: { operatorName: string; reference: string; date: string; time: string },
): string {
  const { min, max } = INSTALLATION_MINUTES;
  return locale === 'en'
    ? `Your new ${d.operatorName} internet installation (${d.reference}) is on ${d.date} at ${d.time}. Please be reachable and at home (${min} to ${max} minutes).`
    : `Votre installation internet ${d.operatorName} (${d.reference}) est prévue le ${d.date} à ${d.time}. Soyez joignable et présent (${min} à ${max} minutes).`;
}

/**
 * NET-07: after the termination e-mail and the new-installation e-mail of a provider switch, the
 * customer gets an SMS with the installation slot, once: when the new subscription's installation
 * is booked (a booking happens once per subscription), through the outbox in the booking's
 * transaction. Nothing for a subscription not made by a switch, nor without a slot (NET-16) or a
 * mobile number.
 */
export async function smsSwitchSlot(
  ctx: Ctx,
  s: { id: string; reference: string; operator: Operator; accountId: string },
  slot: Date | null,
  zone: string,
): Promise<boolean> {
  if (!slot || !(await changes.switchTo(ctx.tx, s.id))) return false;
  const account = await getAccount(ctx, s.accountId);
  const phone = account.phone ? parsePhone(account.phone, 'IL') : null;
  if (!phone?.ok) return false;
  const local = localDateTime(slot, zone);
  const locale = ctx.locale === 'en' ? 'en' : 'fr';
  await enqueueSms(ctx.tx, {
    to: phone.e164,
    title: `${OPERATOR_NAMES[s.operator]} ${s.reference}`,
    text: switchInstallationSms(locale, {
      operatorName: OPERATOR_NAMES[s.operator],
      reference: s.reference,
      date: local.toFormat('dd/MM/yyyy'),
      time: local.toFormat('HH:mm'),
    }),
    template: SWITCH_SMS_TEMPLATE,
    locale,
    entityType: 'account',
    entityId: account.id,
    now: ctx.now,
  });
  return true;
}
