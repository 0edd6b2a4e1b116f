import type { Tx } from '../../platform/db/db.ts';
import { newId } from '../../platform/clock.ts';
import { locate } from './locate.ts';
import * as store from './store.ts';

/**
 * Demo directory (French tenant only): the demo installer user's company near Lyon, charter
 * signed, so that the demo installer's portal belongs to someone. Other installers are added
 * through the installers page (each with its own user).
 */
export async function seedDemoInstallers(tx: Tx, installerUserId: string, now: Date): Promise<void> {
  const place = locate('69100');
  const row = await store.insertInstaller(tx, {
    id: newId(),
    company: 'Ines Antennes',
    contact_name: 'Ines Installatrice',
    email: 'installer@demo-fr.relais.test',
    phone: '+33478000000',
    line1: '5 rue de la Parabole',
    ...store.installerPlace(place),
    user_id: installerUserId,
    created_at: now,
  });
  await store.signCharter(tx, row.id, { version: '2009-11', signedAt: now, recordedBy: 'Relais', now });
}
