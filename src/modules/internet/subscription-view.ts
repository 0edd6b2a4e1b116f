import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { errorMessage, type Locale } from '../../platform/i18n/messages.ts';
import { toLocalDate } from '../../platform/calendar/index.ts';
import { money, toDecimal } from '../../platform/money/index.ts';
import { currentTenant } from '../tenants/service.ts';
import { INTERNET_CATALOG_VERSIONS } from './data/index.ts';
import type { BoxDef, InternetCatalogData, Operator, PlanDef, ServiceDef } from './model.ts';
import { OPERATOR_NAMES } from './model.ts';
import { operatorContacts } from './operator-contacts.ts';
import {
  bezeqEstimate,
  feeMinor,
  installationUntil,
  monthlyMinor,
  needsEligibility,
  oldBoxReturnRefusal,
  subscriptionActions,
  type ActionType,
  type Refusal,
  type SubscriptionFacts,
  type SubscriptionState,
} from './rules.ts';
import * as store from './store.ts';
import * as equipment from './equipment-store.ts';
import { returnPlacesOf } from './data/return-places.ts';

/** Shared by the use cases: the catalog a subscription was ordered on, its facts and its view. */

export function catalogVersion(id: string): InternetCatalogData {
  const v = INTERNET_CATALOG_VERSIONS.find((x) => x.id === id);
  if (!v) throw new Error(`internet catalog version ${id} is not in the data files`);
  return v;
}

/** The version in effect at an instant (the newest whose date has come). */
export async function catalogAt(ctx: Ctx): Promise<InternetCatalogData> {
  const row = await store.currentVersion(ctx.tx, ctx.now);
  if (!row) throw new Error('the internet catalog is not loaded');
  return catalogVersion(row.id);
}

export function planOf(c: InternetCatalogData, operator: Operator, code: string): PlanDef {
  const plan = c.plans.find((p) => p.code === code && p.operator === operator);
  if (!plan) throw new AppError('internet.plan_unknown', { plan: code, operator: OPERATOR_NAMES[operator] });
  return plan;
}

export function boxOf(c: InternetCatalogData, operator: Operator, code: string): BoxDef {
  const box = c.boxes.find((b) => b.code === code && b.operator === operator);
  if (!box) throw new AppError('internet.box_unknown', { box: code, operator: OPERATOR_NAMES[operator] });
  return box;
}

export function extenderService(c: InternetCatalogData, operator: Operator): ServiceDef {
  const s = c.services.find((x) => x.operator === operator && x.kind === 'extender');
  if (!s) throw new Error(`no extender service for ${operator}`);
  return s;
}

export async function tenantZone(ctx: Ctx): Promise<string> {
  return (await currentTenant(ctx.tx)).timeZone;
}

export async function requireSubscription(
  ctx: Ctx,
  id: string,
  lock = false,
): Promise<store.SubscriptionRow> {
  const row = await store.subscription(ctx.tx, id, lock);
  // The message says what is missing in words; the id is in the problem's `instance` (the path).
  if (!row) throw new AppError('internet.not_found');
  return row;
}

export function factsOf(row: store.SubscriptionRow, c: InternetCatalogData): SubscriptionFacts {
  const plan = planOf(c, row.operator, row.plan_code);
  const box = row.box_model ? boxOf(c, row.operator, row.box_model) : null;
  return {
    operator: row.operator,
    state: row.state,
    plan,
    box,
    extenders: row.extenders,
    billingDay: row.billing_day,
    needsEligibility: needsEligibility(row.operator, plan),
    bezeqPending: row.bezeq_reported_at !== null,
    wifiPending: row.wifi_pending_at !== null,
  };
}

/** The states as users read them (a refusal names the state, never its code). */
export const STATE_NAMES: Readonly<Record<SubscriptionState, readonly [string, string]>> = {
  ordered: ['commandé', 'ordered'],
  eligibility_checked: ['éligibilité vérifiée', 'eligibility checked'],
  installation_booked: ['installation réservée', 'installation booked'],
  active: ['actif', 'active'],
  termination_pending: ['résiliation en cours', 'termination pending'],
  terminated: ['résilié', 'terminated'],
  box_returned: ['boîtier rendu', 'box returned'],
  fee_charged: ['frais de non-retour facturés', 'non-return fee charged'],
};

function named(params: Record<string, string | number> | undefined, locale: string) {
  const out = { ...(params ?? {}) };
  const state = out.state as SubscriptionState | undefined;
  if (state && STATE_NAMES[state]) out.state = STATE_NAMES[state][locale === 'en' ? 1 : 0];
  return out;
}

/** Throws the refusal of an action the rules refuse (the same the page shows). */
export function refuse(r: Refusal, locale: string = 'fr'): never {
  throw new AppError(r.code, named(r.params, locale));
}

export function actionOf(
  row: store.SubscriptionRow,
  c: InternetCatalogData,
  at: Date,
  zone: string,
  type: ActionType,
) {
  const all = subscriptionActions(factsOf(row, c), at, zone, pricesOf(row, c));
  const found = all.find((a) => a.type === type);
  if (!found) throw new Error(`no action ${type}`);
  return found;
}

/**
 * The start every action of the page shares: the subscription locked, the catalog it was ordered
 * on, the tenant's zone, and the action refused exactly as the page shows it.
 */
export async function startAction(ctx: Ctx, id: string, type: ActionType) {
  const row = await requireSubscription(ctx, id, true);
  const catalog = catalogVersion(row.catalog_version);
  const zone = await tenantZone(ctx);
  const action = actionOf(row, catalog, ctx.now, zone, type);
  if (action.refusal) refuse(action.refusal, ctx.locale);
  return { row, catalog, zone, action };
}

function pricesOf(row: store.SubscriptionRow, c: InternetCatalogData) {
  return {
    extenderMonthlyMinor: monthlyMinor(extenderService(c, row.operator).monthly),
    installationFeeMinor: row.installation_fee_minor,
    boxNotReturnedMinor: feeMinor(c, 'box-not-returned'),
  };
}

const amount = (minor: number | null) => (minor === null ? null : toDecimal(money(minor, 'ILS', true)));

export interface SubscriptionView {
  id: string;
  reference: string;
  accountId: string;
  operator: Operator;
  operatorName: string;
  masap: string;
  address: string;
  buildingFlats: number | null;
  plan: {
    code: string;
    name: string;
    speedMb: number;
    fibre: boolean;
    monthly: string | null;
    priceNote: string | null;
  };
  box: {
    code: string;
    name: string;
    serial: string | null;
    note: string | null;
    leds: { function: string; mark: string; meaning: string }[];
  } | null;
  extenders: number;
  services: { code: string; name: string; monthly: string | null }[];
  billingDay: number;
  state: SubscriptionState;
  currency: 'ILS';
  installationFee: string;
  installationAt: string | null;
  installationNoDueDate: boolean;
  installationUntil: string | null;
  bezeq: {
    reportedAt: string;
    channel: 'email' | 'manual';
    estimateFrom: string;
    estimateTo: string;
  } | null;
  wifiChange: { requestedAt: string; contactName: string; contactPhone: string | null } | null;
  technicianChase: { chasedAt: string; to: string } | null;
  installedAt: string | null;
  termination: {
    requestedAt: string;
    reason: string | null;
    effectiveAt: string;
    effectiveDate: string;
    boxReturnDeadline: string;
    boxReturnDeadlineDate: string;
    boxReturnedAt: string | null;
  } | null;
  /** NET-04: each extender's courier delivery, newest first. */
  extenderDeliveries: {
    id: string;
    phone: string;
    orderedAt: string;
    deliveryFrom: string;
    deliveryTo: string;
    trackingNumber: string | null;
    trackingRecordedAt: string | null;
  }[];
  /** NET-10: the boxes a replacement took out, each due back like a termination's. */
  oldBoxes: {
    swapId: string;
    name: string;
    serial: string | null;
    replacedBy: string;
    swappedAt: string;
    returnDeadline: string;
    returnDeadlineDate: string;
    returnedAt: string | null;
    feeChargedAt: string | null;
    /** NET-10: what the old box costs if it is not back by the deadline (250 ₪). */
    fee: string;
    returnRefusal: { code: string; title: string } | null;
  }[];
  /** Where a box goes back, listed while one is due (seed 000's operator pages). */
  returnPlaces: { name: string; url: string; note: string | null }[];
  wifiSet: boolean;
  eligibility: {
    id: string;
    method: 'operator' | 'manual';
    fibreEligible: boolean;
    address: string;
    checkedAt: string;
    checkedBy: string;
    reference: string | null;
  } | null;
  actions: {
    type: ActionType;
    allowed: boolean;
    reason: { code: string; title: string; detail: string } | null;
    effectiveAt: string | null;
    effectiveDate: string | null;
    fee: string;
    monthly: string | null;
    conditionalFee: string | null;
    offer: 'box_swap' | null;
  }[];
  version: number;
}

export async function viewOf(ctx: Ctx, row: store.SubscriptionRow): Promise<SubscriptionView> {
  const c = catalogVersion(row.catalog_version);
  const zone = await tenantZone(ctx);
  const l = ctx.locale;
  const name = (x: { nameFr: string; nameEn: string }) => (l === 'en' ? x.nameEn : x.nameFr);
  const plan = planOf(c, row.operator, row.plan_code);
  const box = row.box_model ? boxOf(c, row.operator, row.box_model) : null;
  const check = row.eligibility_check_id
    ? await store.eligibility(ctx.tx, row.eligibility_check_id)
    : undefined;
  const local = (d: Date | null) => (d ? toLocalDate(d, zone) : null);
  const actions = subscriptionActions(factsOf(row, c), ctx.now, zone, pricesOf(row, c));
  const estimate = row.bezeq_reported_at ? bezeqEstimate(row.bezeq_reported_at, zone) : null;
  const contacts = row.wifi_pending_at ? await operatorContacts(ctx) : null;
  const deliveries = await equipment.deliveriesOf(ctx.tx, row.id);
  const swaps = await equipment.swapsOf(ctx.tx, row.id);
  const refusalOf = (r: Refusal | null) =>
    r ? { code: r.code, title: errorMessage(r.code, l as Locale, r.params ?? {}).title } : null;
  const oldBoxes = swaps.map((w) => ({
    swapId: w.id,
    name: name(boxOf(c, row.operator, w.old_box_model)),
    serial: w.old_box_serial,
    replacedBy: name(boxOf(c, row.operator, w.new_box_model)),
    swappedAt: w.swapped_at.toISOString(),
    returnDeadline: w.return_deadline.toISOString(),
    returnDeadlineDate: toLocalDate(w.return_deadline, zone),
    returnedAt: w.returned_at?.toISOString() ?? null,
    feeChargedAt: w.fee_charged_at?.toISOString() ?? null,
    fee: amount(feeMinor(c, 'box-not-returned')) ?? '0.00',
    returnRefusal: refusalOf(
      oldBoxReturnRefusal({ returnedAt: w.returned_at, feeChargedAt: w.fee_charged_at }),
    ),
  }));
  const boxDue =
    oldBoxes.some((b) => b.returnRefusal === null) ||
    ((row.state === 'termination_pending' || row.state === 'terminated') && !row.box_returned_at);
  return {
    id: row.id,
    reference: row.reference,
    accountId: row.account_id,
    operator: row.operator,
    operatorName: OPERATOR_NAMES[row.operator],
    masap: row.masap,
    address: row.address,
    buildingFlats: row.building_flats,
    plan: {
      code: plan.code,
      name: name(plan),
      speedMb: plan.speedMb,
      fibre: plan.fibre,
      monthly: plan.monthly,
      priceNote: (l === 'en' ? plan.priceNoteEn : plan.priceNoteFr) ?? null,
    },
    box: box
      ? {
          code: box.code,
          name: name(box),
          serial: row.box_serial,
          note: (l === 'en' ? box.noteEn : box.noteFr) ?? null,
          leds: box.leds.map((led) => ({
            function: led.function,
            mark: l === 'en' ? led.markEn : led.markFr,
            meaning: c.ledMeanings[led.function][l],
          })),
        }
      : null,
    extenders: row.extenders,
    services: row.services.map((code) => {
      const s = c.services.find((x) => x.code === code);
      return { code, name: s ? name(s) : code, monthly: s?.monthly ?? null };
    }),
    billingDay: row.billing_day,
    state: row.state,
    currency: 'ILS',
    installationFee: amount(row.installation_fee_minor) ?? '0.00',
    installationAt: row.installation_at?.toISOString() ?? null,
    installationNoDueDate: row.installation_no_due_date,
    installationUntil: row.installation_at ? installationUntil(row.installation_at).toISOString() : null,
    bezeq:
      row.bezeq_reported_at && estimate
        ? {
            reportedAt: row.bezeq_reported_at.toISOString(),
            channel: row.bezeq_report_channel ?? 'manual',
            estimateFrom: toLocalDate(estimate.from, zone),
            estimateTo: toLocalDate(estimate.to, zone),
          }
        : null,
    wifiChange:
      row.wifi_pending_at && contacts
        ? {
            requestedAt: row.wifi_pending_at.toISOString(),
            contactName: contacts.hotContactName,
            contactPhone: contacts.hotContactPhone,
          }
        : null,
    technicianChase: row.technician_chased_at
      ? { chasedAt: row.technician_chased_at.toISOString(), to: row.technician_chase_to ?? '' }
      : null,
    installedAt: row.installed_at?.toISOString() ?? null,
    termination:
      row.termination_requested_at && row.termination_effective_at && row.box_return_deadline
        ? {
            requestedAt: row.termination_requested_at.toISOString(),
            reason: row.termination_reason,
            effectiveAt: row.termination_effective_at.toISOString(),
            effectiveDate: toLocalDate(row.termination_effective_at, zone),
            boxReturnDeadline: row.box_return_deadline.toISOString(),
            boxReturnDeadlineDate: toLocalDate(row.box_return_deadline, zone),
            boxReturnedAt: row.box_returned_at?.toISOString() ?? null,
          }
        : null,
    extenderDeliveries: deliveries.map((d) => ({
      id: d.id,
      phone: d.phone,
      orderedAt: d.ordered_at.toISOString(),
      deliveryFrom: toLocalDate(d.delivery_from, zone),
      deliveryTo: toLocalDate(d.delivery_to, zone),
      trackingNumber: d.tracking_number,
      trackingRecordedAt: d.tracking_recorded_at?.toISOString() ?? null,
    })),
    oldBoxes,
    returnPlaces: boxDue ? returnPlacesOf(row.operator, l) : [],
    wifiSet: row.wifi_ssid_secret !== null || row.wifi_password_secret !== null,
    eligibility: check
      ? {
          id: check.id,
          method: check.method,
          fibreEligible: check.fibre_eligible,
          address: check.address,
          checkedAt: check.checked_at.toISOString(),
          checkedBy: check.checked_by,
          reference: check.reference,
        }
      : null,
    actions: actions.map((a) => ({
      type: a.type,
      allowed: a.allowed,
      reason: a.refusal
        ? { code: a.refusal.code, ...errorMessage(a.refusal.code, l as Locale, named(a.refusal.params, l)) }
        : null,
      effectiveAt: a.effectiveAt?.toISOString() ?? null,
      effectiveDate: local(a.effectiveAt),
      fee: amount(a.feeMinor) ?? '0.00',
      monthly: amount(a.monthlyMinor),
      conditionalFee: amount(a.conditionalFeeMinor),
      offer: a.offer,
    })),
    version: row.version,
  };
}

/** Writes a change of a subscription, audits it and returns the new view. */
export async function applyChange(
  ctx: Ctx,
  row: store.SubscriptionRow,
  patch: store.SubscriptionPatch,
  action: string,
  after: Record<string, unknown>,
): Promise<SubscriptionView> {
  await store.updateSubscription(ctx.tx, row.id, patch, ctx.now);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'internet_subscription',
    entityId: row.id,
    entityLabel: row.reference,
    action,
    before: { state: row.state },
    after,
  });
  return viewOf(ctx, await requireSubscription(ctx, row.id));
}
