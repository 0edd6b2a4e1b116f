import { IANAZone } from 'luxon';
import type { Ctx } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { acceptLogo } from './logo.ts';
import { NO_PARTNERSHIPS, type OperatorPartnerships } from '../lines/sim-rules.ts';

export interface Tenant {
  id: string;
  slug: string;
  legalName: string;
  country: 'FR' | 'IL';
  timeZone: string;
  currency: 'EUR' | 'ILS';
  logoDataUrl: string | null;
  /** ACT-08: the reseller's partnership per network (custom network names); none by default. */
  operatorPartnerships: OperatorPartnerships;
  version: number;
}

interface TenantRow {
  id: string;
  slug: string;
  legal_name: string;
  country: 'FR' | 'IL';
  time_zone: string;
  currency: 'EUR' | 'ILS';
  logo_data_url: string | null;
  operator_partnerships: Partial<OperatorPartnerships> | null;
  version: number;
}

const COLS =
  'id, slug, legal_name, country, time_zone, currency, logo_data_url, operator_partnerships, version';

function toTenant(r: TenantRow): Tenant {
  return {
    id: r.id,
    slug: r.slug,
    legalName: r.legal_name,
    country: r.country,
    timeZone: r.time_zone,
    currency: r.currency,
    logoDataUrl: r.logo_data_url,
    operatorPartnerships: { ...NO_PARTNERSHIPS, ...r.operator_partnerships },
    version: r.version,
  };
}

/** The current tenant, as row-level security shows it (exactly one row in a tenant transaction). */
export async function currentTenant(tx: Tx): Promise<Tenant> {
  return toTenant(await tx.one<TenantRow>(`SELECT ${COLS} FROM tenants`));
}

/** System transaction: the tenant id behind a slug (selfcare address, CLI). */
export function tenantIdBySlug(tx: Tx, slug: string): Promise<{ id: string } | undefined> {
  return tx.maybeOne<{ id: string }>(`SELECT id FROM tenants WHERE slug = $1`, [slug]);
}

export interface TenantPatch {
  legalName?: string | undefined;
  timeZone?: string | undefined;
  currency?: 'EUR' | 'ILS' | undefined;
  logoDataUrl?: string | null | undefined;
  operatorPartnerships?: OperatorPartnerships | undefined;
}

export async function updateTenant(ctx: Ctx, version: number, patch: TenantPatch): Promise<Tenant> {
  if (patch.timeZone !== undefined && !IANAZone.isValidZone(patch.timeZone)) {
    throw new AppError('tenant.time_zone_invalid', { timeZone: patch.timeZone }, [
      { pointer: '/body/timeZone', code: 'zone', detail: '' },
    ]);
  }
  const logo = patch.logoDataUrl ? acceptLogo(patch.logoDataUrl) : patch.logoDataUrl;
  if (patch.logoDataUrl && !logo) {
    throw new AppError('tenant.logo_invalid', {}, [
      { pointer: '/body/logoDataUrl', code: 'logo', detail: '' },
    ]);
  }
  const before = await ctx.tx.one<TenantRow>(`SELECT ${COLS} FROM tenants FOR UPDATE`);
  if (before.version !== version) throw new AppError('conflict.stale_version');
  const after = await ctx.tx.one<TenantRow>(
    `UPDATE tenants SET legal_name = coalesce($1, legal_name), time_zone = coalesce($2, time_zone),
            currency = coalesce($3, currency),
            logo_data_url = CASE WHEN $4::boolean THEN $5 ELSE logo_data_url END,
            operator_partnerships = coalesce($7::jsonb, operator_partnerships),
            version = version + 1, updated_at = $6
      RETURNING ${COLS}`,
    [
      patch.legalName?.trim() ?? null,
      patch.timeZone ?? null,
      patch.currency ?? null,
      logo !== undefined,
      logo ?? null,
      ctx.now,
      patch.operatorPartnerships ? JSON.stringify(patch.operatorPartnerships) : null,
    ],
  );
  const short = (r: TenantRow) => ({
    ...toTenant(r),
    logoDataUrl: r.logo_data_url ? `(${r.logo_data_url.length} chars)` : null,
  });
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'tenant',
    entityId: after.id,
    entityLabel: after.legal_name,
    action: 'tenant.updated',
    before: short(before),
    after: short(after),
  });
  return toTenant(after);
}
