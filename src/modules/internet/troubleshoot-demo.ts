import type { Ctx, Deps } from '../../platform/context.ts';
import { setOperatorContacts } from './operator-contacts.ts';
import { SEED_CONTACTS } from './troubleshoot-rules.ts';
import { troubleshootInternet } from './troubleshoot-internet.ts';

/**
 * demo-il's troubleshooting (issue 11 §4): the operator contacts with a Partner technical address
 * (the seed names none: a demo one, delivered to the local mailbox), and the open « pas
 * d’internet » incident of Cohen Computers, made by the flow: LEDs read, box power-cycled, HOT
 * called with the call sheet.
 */
export async function seedTroubleshootingDemo(
  ctx: Ctx,
  deps: Pick<Deps, 'actions'>,
  hotSubscriptionId: string,
): Promise<void> {
  await setOperatorContacts(
    ctx,
    { ...SEED_CONTACTS, partnerTechnicalEmail: 'technique-fibre@partner.demo.relais.test' },
    0,
  );
  await troubleshootInternet(ctx, deps, hotSubscriptionId, {
    kind: 'no_internet',
    leds: { power: 'on', infrastructure: 'on', internet: 'off', wifi: 'on' },
    powerCycled: true,
    notes: 'Coupure depuis ce matin, tous les appareils.',
  });
}
