import type { Db } from '../../platform/db/db.ts';
import type { Role } from '../../platform/auth/principal.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { tenantIdOfSlug } from '../tenants/service.ts';
import { createToken } from './service.ts';

export { UnknownTenantError } from '../tenants/service.ts';

/** `relais token create`: the command line acts as the system, and the audit log says so. */
export async function createTokenForSlug(
  db: Db,
  now: Date,
  slug: string,
  role: Role,
  name: string,
): Promise<string> {
  const tenantId = await tenantIdOfSlug(db, slug);
  const { secret } = await db.tenant(tenantId, (tx) =>
    createToken(tx, { ...SYSTEM_ACTOR, label: 'Relais (ligne de commande)' }, now, null, { name, role }),
  );
  return secret;
}
