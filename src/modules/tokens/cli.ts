import type { Db } from '../../platform/db/db.ts';
import type { Role } from '../../platform/auth/principal.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { tenantIdBySlug } from '../tenants/service.ts';
import { createToken } from './service.ts';

export class UnknownTenantError extends Error {
  constructor(slug: string) {
    super(`no tenant has the slug "${slug}"`);
  }
}

/** `relais token create`: the command line acts as the system, and the audit log says so. */
export async function createTokenForSlug(
  db: Db,
  now: Date,
  slug: string,
  role: Role,
  name: string,
): Promise<string> {
  const tenant = await db.system((tx) => tenantIdBySlug(tx, slug));
  if (!tenant) throw new UnknownTenantError(slug);
  const { secret } = await db.tenant(tenant.id, (tx) =>
    createToken(tx, { ...SYSTEM_ACTOR, label: 'Relais (ligne de commande)' }, now, null, { name, role }),
  );
  return secret;
}
