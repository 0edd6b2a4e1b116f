import { newId } from '../../platform/clock.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { errorMessage, type Locale } from '../../platform/i18n/messages.ts';
import { toLocalDate } from '../../platform/calendar/index.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import { enqueueModuleEmail } from '../../platform/notify/index.ts';
import { getAccount } from '../accounts/service.ts';
import {
  OPERATOR_NAMES,
  type InternetCatalogData,
  type Operator,
  type PlanDef,
  type ServiceDef,
} from './model.ts';
import { operatorRequest, type OperatorRequestMail } from './lifecycle-templates.ts';
import { normalizeAddress } from './rules.ts';
import {
  comparePlanPrice,
  datedChangeRefusal,
  fixedIpRefusal,
  planChangeAt,
  planChangeRefusal,
  reactivationRefusal,
  switchTiming,
  type FibreAtAddress,
  type LifecycleRefusal,
  type LiveFacts,
  type PriceComparison,
} from './lifecycle-rules.ts';
import * as changes from './lifecycle-store.ts';
import * as store from './store.ts';
import { STATE_NAMES, catalogVersion, planOf, requireSubscription, tenantZone } from './subscription-view.ts';

/** Shared by the lifecycle use cases: the facts they decide on and the view the page shows. */

/** Kinds that change the subscription at a date: one at a time. */
const DATED = new Set<changes.ChangeKind>(['plan_change', 'move', 'provider_switch']);
const open = (c: changes.ChangeRow) => c.state === 'scheduled' || c.state === 'awaiting_confirmation';

/** The newest fibre check of this account for this operator and address (NET-02, NET-08, NET-13). */
export async function fibreAt(
  ctx: Ctx,
  accountId: string,
  operator: Operator,
  address: string,
  zone: string,
): Promise<{ id: string; facts: FibreAtAddress } | null> {
  const want = normalizeAddress(address);
  const found = (await store.eligibilityOfAccount(ctx.tx, accountId)).find(
    (c) => c.operator === operator && normalizeAddress(c.address) === want,
  );
  if (!found) return null;
  return {
    id: found.id,
    facts: {
      fibreEligible: found.fibre_eligible,
      checkedOn: localDateTime(found.checked_at, zone).toFormat('dd/MM/yyyy'),
    },
  };
}

export interface Decision {
  row: store.SubscriptionRow;
  catalog: InternetCatalogData;
  zone: string;
  live: LiveFacts;
  changes: changes.ChangeRow[];
  /** The newest fibre check of the current installation address (NET-02). */
  fibre: { id: string; facts: FibreAtAddress } | null;
}

export async function decide(ctx: Ctx, id: string, lock = false): Promise<Decision> {
  const row = await requireSubscription(ctx, id, lock);
  const list = await changes.changesOf(ctx.tx, row.id);
  const zone = await tenantZone(ctx);
  return {
    row,
    catalog: catalogVersion(row.catalog_version),
    zone,
    changes: list,
    fibre: await fibreAt(ctx, row.account_id, row.operator, row.address, zone),
    live: {
      operator: row.operator,
      state: row.state,
      planCode: row.plan_code,
      address: row.address,
      billingDay: row.billing_day,
      pendingChange: list.some((c) => open(c) && DATED.has(c.kind)),
    },
  };
}

export const hasOpen = (d: Decision, kind: changes.ChangeKind) =>
  d.changes.some((c) => c.kind === kind && open(c));

/** NET-03 / NET-19: the operator's fixed-IP service (HOT: a DNS name). */
export function fixedIpService(c: InternetCatalogData, operator: Operator): ServiceDef {
  const s = c.services.find((x) => x.operator === operator && x.kind === 'fixed_ip');
  if (!s) throw new Error(`no fixed-IP service for ${operator}`);
  return s;
}

/** Throws a refusal as the API's problem, naming the state as users read it. */
export function refuseLifecycle(r: LifecycleRefusal, locale: string): never {
  const params = { ...(r.params ?? {}) };
  const state = params.state as keyof typeof STATE_NAMES | undefined;
  if (state && STATE_NAMES[state]) params.state = STATE_NAMES[state][locale === 'en' ? 1 : 0];
  throw new AppError(r.code, params);
}

export const LIFECYCLE_ACTIONS = [
  'change_plan',
  'move',
  'fixed_ip',
  'reactivate',
  'switch_provider',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

const monthlyOf = (s: ServiceDef) => s.monthly;

export interface LifecycleView {
  subscriptionId: string;
  actions: {
    type: LifecycleAction;
    allowed: boolean;
    reason: { code: string; title: string; detail: string } | null;
    effectiveAt: string | null;
    effectiveDate: string | null;
    monthly: string | null;
    /** NET-07: asked fewer than 4 Israeli business days before the Billing Day (a warning, not a refusal). */
    late: boolean;
    /** NET-03/NET-19: HOT's DNS name is added at once; Partner's fixed IP once Partner confirms. */
    activation: 'immediate' | 'operator_confirmation' | null;
  }[];
  /** NET-02 / NET-14: each plan of the operator, whether the change is allowed and how its price compares. */
  plans: {
    code: string;
    name: string;
    fibre: boolean;
    allowed: boolean;
    reason: { code: string; title: string; detail: string } | null;
    price: PriceComparison;
  }[];
  changes: {
    id: string;
    kind: changes.ChangeKind;
    state: changes.ChangeState;
    effectiveAt: string | null;
    effectiveDate: string | null;
    summary: string;
    requestedAt: string;
    requestedBy: string;
    doneAt: string | null;
  }[];
}

function reasonOf(r: LifecycleRefusal | null, locale: string) {
  if (!r) return null;
  const params = { ...(r.params ?? {}) };
  const state = params.state as keyof typeof STATE_NAMES | undefined;
  if (state && STATE_NAMES[state]) params.state = STATE_NAMES[state][locale === 'en' ? 1 : 0];
  return { code: r.code, ...errorMessage(r.code, locale as Locale, params) };
}

/** What a change says, for the page's list (names, never codes). */
function summaryOf(c: changes.ChangeRow, catalog: InternetCatalogData, operator: Operator, en: boolean) {
  const d = c.details as Record<string, string | null>;
  const planName = (code: string | null | undefined) => {
    const p = code ? catalog.plans.find((x) => x.code === code) : undefined;
    return p ? (en ? p.nameEn : p.nameFr) : (code ?? '');
  };
  switch (c.kind) {
    case 'plan_change':
      return `${planName(d.from)} → ${planName(d.to)}`;
    case 'move':
      return d.newSubscriptionReference
        ? `${d.address} (${planName(d.plan)}, ${d.newSubscriptionReference})`
        : `${d.address}`;
    case 'fixed_ip':
      return planNameOfService(catalog, operator, en);
    case 'provider_switch':
      return `${d.operatorName ?? ''} ${planName(d.plan)} (${d.newSubscriptionReference ?? ''})`;
    default:
      return en ? 'Reactivation asked of the operator' : 'Réactivation demandée à l’opérateur';
  }
}

function planNameOfService(c: InternetCatalogData, operator: Operator, en: boolean) {
  const s = fixedIpService(c, operator);
  return en ? s.nameEn : s.nameFr;
}

export function lifecycleOf(ctx: Ctx, d: Decision): LifecycleView {
  const { row, catalog, zone, live } = d;
  const l = ctx.locale;
  const local = (x: Date | null) => (x ? toLocalDate(x, zone) : null);
  const service = fixedIpService(catalog, row.operator);
  const current = planOf(catalog, row.operator, row.plan_code);
  const dated = datedChangeRefusal(live);
  const planAt = planChangeAt(ctx.now, row.billing_day, zone);
  const sw = switchTiming(ctx.now, row.billing_day, zone);
  const fixed = fixedIpRefusal(live, service, row.services, hasOpen(d, 'fixed_ip'));
  const react = reactivationRefusal(
    {
      state: row.state,
      terminationEffectiveAt: row.termination_effective_at,
      pending: hasOpen(d, 'reactivation'),
    },
    ctx.now,
  );
  const entry = (
    type: LifecycleAction,
    refusal: LifecycleRefusal | null,
    at: Date | null,
    extra: Partial<Pick<LifecycleView['actions'][number], 'monthly' | 'late' | 'activation'>> = {},
  ): LifecycleView['actions'][number] => ({
    type,
    allowed: refusal === null,
    reason: reasonOf(refusal, l),
    effectiveAt: refusal ? null : (at?.toISOString() ?? null),
    effectiveDate: refusal ? null : local(at),
    monthly: extra.monthly ?? null,
    late: refusal ? false : (extra.late ?? false),
    activation: extra.activation ?? null,
  });
  return {
    subscriptionId: row.id,
    actions: [
      entry('change_plan', dated, planAt),
      // NET-18: the date of a move is agreed with the customer, none is proposed.
      entry('move', dated, null),
      entry('fixed_ip', fixed, service.activation === 'immediate' ? ctx.now : null, {
        monthly: monthlyOf(service),
        activation: service.activation,
      }),
      entry('reactivate', react, null),
      entry('switch_provider', dated, sw.effectiveAt, { late: sw.late }),
    ],
    plans: catalog.plans
      .filter((p) => p.operator === row.operator)
      .map((p: PlanDef) => {
        const refusal = planChangeRefusal(live, p, d.fibre?.facts ?? null);
        return {
          code: p.code,
          name: l === 'en' ? p.nameEn : p.nameFr,
          fibre: p.fibre,
          allowed: refusal === null,
          reason: reasonOf(refusal, l),
          price: comparePlanPrice(current, p),
        };
      }),
    changes: d.changes.map((c) => ({
      id: c.id,
      kind: c.kind,
      state: c.state,
      effectiveAt: c.effective_at?.toISOString() ?? null,
      effectiveDate: local(c.effective_at),
      summary: summaryOf(c, catalog, row.operator, l === 'en'),
      requestedAt: c.requested_at.toISOString(),
      requestedBy: c.requested_by,
      doneAt: c.done_at?.toISOString() ?? null,
    })),
  };
}

/** Records a change, audits it; the caller schedules what runs at its date. */
export async function recordChange(
  ctx: Ctx,
  row: store.SubscriptionRow,
  c: Pick<changes.ChangeRow, 'id' | 'kind' | 'state' | 'details' | 'effective_at'>,
): Promise<void> {
  await changes.insertChange(ctx.tx, {
    ...c,
    subscription_id: row.id,
    requested_at: ctx.now,
    requested_by: ctx.actor.label,
  });
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'internet_subscription',
    entityId: row.id,
    entityLabel: row.reference,
    action: `internet.${c.kind}_requested`,
    after: { ...c.details, effectiveAt: c.effective_at?.toISOString() ?? null, state: c.state },
  });
}

/**
 * A request only the operator can grant (Partner's fixed IP, a reactivation, NET-06 NET-19): it
 * waits, with no date, until an agent confirms the operator's answer (`confirmChange`); the
 * operator's contact gets the customer's details by e-mail.
 */
export async function askOperator(
  ctx: Ctx,
  row: store.SubscriptionRow,
  kind: 'fixed_ip' | 'reactivation',
  details: Record<string, unknown>,
  contact: { name: string; email: string },
): Promise<void> {
  await recordChange(ctx, row, {
    id: newId(),
    kind,
    state: 'awaiting_confirmation',
    details,
    effective_at: null,
  });
  await mailContact(ctx, row, kind, contact);
}

/** The lifecycle view after a change, read again in the same transaction. */
export async function lifecycleAfter(ctx: Ctx, id: string): Promise<LifecycleView> {
  return lifecycleOf(ctx, await decide(ctx, id));
}

/** NET-03, NET-06, NET-19: the customer's details to whoever acts next (never a secret). */
export async function mailContact(
  ctx: Ctx,
  row: store.SubscriptionRow,
  what: OperatorRequestMail['what'],
  contact: { name: string; email: string },
): Promise<void> {
  const account = await getAccount(ctx, row.account_id);
  await enqueueModuleEmail(ctx.tx, operatorRequest, {
    to: contact.email,
    locale: 'fr',
    entityType: 'account',
    entityId: account.id,
    now: ctx.now,
    data: {
      contactName: contact.name,
      what,
      operatorName: OPERATOR_NAMES[row.operator],
      customerName: account.displayName,
      masap: row.masap,
      address: row.address,
      phone: account.phone ?? '—',
      reference: row.reference,
      agent: ctx.actor.label,
    },
  });
}
