import { IANAZone } from 'luxon';
import type { Ctx } from '../../platform/context.ts';
import type { Db, Tx } from '../../platform/db/db.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/clock.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { acceptLogo } from './logo.ts';
import type { CalendarContext } from '../../platform/calendar/index.ts';
import { NO_PARTNERSHIPS, type OperatorPartnerships, type Partner } from './partnerships.ts';
import { FAMILY_NAMES, normaliseFamilies, type ProductFamily } from './product-families.ts';
import * as store from './store.ts';
import type { TenantRow } from './store.ts';

/** The tenant: its settings, with its legal name, logo and version. */
export interface Tenant extends TenantSettings {
  id: string;
  legalName: string;
  logoDataUrl: string | null;
  version: number;
}

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
    productFamilies: r.product_families,
    version: r.version,
  };
}

/** The current tenant, as row-level security shows it (exactly one row in a tenant transaction). */
export async function currentTenant(tx: Tx): Promise<Tenant> {
  return toTenant(await store.currentTenantRow(tx));
}

/** System transaction: the tenant id behind a slug (selfcare address, CLI). */
export function tenantIdBySlug(tx: Tx, slug: string): Promise<{ id: string } | undefined> {
  return store.tenantIdBySlug(tx, slug);
}

/** No tenant has this slug (`--tenant` on the command line, an inbox sub-directory). */
export class UnknownTenantError extends Error {
  constructor(slug: string) {
    super(`no tenant has the slug "${slug}"`);
  }
}

/** The id of the tenant a slug names, or UnknownTenantError. */
export async function tenantIdOfSlug(db: Db, slug: string): Promise<string> {
  const t = await db.system((tx) => store.tenantIdBySlug(tx, slug));
  if (!t) throw new UnknownTenantError(slug);
  return t.id;
}

/** System transaction: the tenants among these slugs (the demo's "already seeded?"). */
export function tenantsBySlugs(tx: Tx, slugs: readonly string[]): Promise<{ id: string; slug: string }[]> {
  return store.tenantsBySlugs(tx, slugs);
}

/** System transaction: held until it ends, so two processes never create the same tenants twice. */
export function lockTenantCreation(tx: Tx): Promise<void> {
  return store.lockTenantCreation(tx);
}

export type NewTenant = Omit<store.TenantInsert, 'id' | 'now'>;

/** System transaction: creates a tenant (the demo's, today: tenants have no creation API yet). */
export async function createTenant(tx: Tx, t: NewTenant, now: Date): Promise<string> {
  const id = newId();
  await store.insertTenant(tx, { ...t, id, now });
  return id;
}

/** System transaction: every tenant's id, oldest first (start-up tasks such as billing's runs). */
export function allTenantIds(tx: Tx): Promise<string[]> {
  return store.tenantIds(tx);
}

/**
 * The tenant's settings other modules need (the only way they read the tenants table): its zone,
 * country, currency, workspace slug and operator partnerships (ACT-08, CAT-12).
 */
export interface TenantSettings {
  slug: string;
  country: 'FR' | 'IL';
  timeZone: string;
  currency: 'EUR' | 'ILS';
  /** ACT-08: the reseller's partnership per network (custom network names); none by default. */
  operatorPartnerships: OperatorPartnerships;
  /** Issue 11 §6: what the tenant sells (mobile lines, internet subscriptions). */
  productFamilies: ProductFamily[];
}

export async function tenantSettings(tx: Tx): Promise<TenantSettings> {
  const r = await store.tenantSettingsRow(tx);
  return {
    slug: r.slug,
    country: r.country,
    timeZone: r.time_zone,
    currency: r.currency,
    operatorPartnerships: {
      orange: r.operator_partnerships?.orange ?? null,
      bouygues: r.operator_partnerships?.bouygues ?? null,
    },
    productFamilies: r.product_families,
  };
}

/**
 * Issue 11 §6: what a tenant does not sell cannot be ordered, whatever a client sends (the UI only
 * hides it). Throws `tenant.family_not_sold` (422).
 */
export async function assertSells(tx: Tx, family: ProductFamily): Promise<void> {
  const { productFamilies } = await tenantSettings(tx);
  if (!productFamilies.includes(family))
    throw new AppError('tenant.family_not_sold', {
      family,
      familyFr: FAMILY_NAMES[family].fr,
      familyEn: FAMILY_NAMES[family].en,
    });
}

/** The tenant's calendar: its country (public holidays) and time zone. */
export async function tenantCalendar(tx: Tx): Promise<CalendarContext> {
  const s = await tenantSettings(tx);
  return { country: s.country, zone: s.timeZone };
}

/** CAT-12: the reseller's partnership on a network (Init Sys, Rezocean); none by default. */
export async function partnerOn(tx: Tx, network: keyof OperatorPartnerships): Promise<Partner | null> {
  return (await tenantSettings(tx)).operatorPartnerships[network] ?? null;
}

export interface TenantPatch {
  legalName?: string | undefined;
  timeZone?: string | undefined;
  currency?: 'EUR' | 'ILS' | undefined;
  logoDataUrl?: string | null | undefined;
  operatorPartnerships?: OperatorPartnerships | undefined;
  productFamilies?: string[] | undefined;
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
  const families = patch.productFamilies === undefined ? null : normaliseFamilies(patch.productFamilies);
  if (patch.productFamilies !== undefined && !families) {
    throw new AppError('tenant.product_families_invalid', {}, [
      { pointer: '/body/productFamilies', code: 'tenant.product_families_invalid', detail: '' },
    ]);
  }
  const before = await store.currentTenantRow(ctx.tx, true);
  if (before.version !== version) throw new AppError('conflict.stale_version');
  const after = await store.updateTenantRow(ctx.tx, {
    legalName: patch.legalName?.trim() ?? null,
    timeZone: patch.timeZone ?? null,
    currency: patch.currency ?? null,
    setLogo: logo !== undefined,
    logo: logo ?? null,
    partnerships: patch.operatorPartnerships ? JSON.stringify(patch.operatorPartnerships) : null,
    productFamilies: families,
    now: ctx.now,
  });
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
