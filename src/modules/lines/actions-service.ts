import type { Ctx, Deps } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { AppError } from '../../platform/errors.ts';
import { errorMessage, type Locale } from '../../platform/i18n/messages.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { newId } from '../../platform/clock.ts';
import {
  cancelAction,
  listActions,
  runActionNow,
  scheduleAction,
  type PendingAction,
} from '../../platform/jobs/index.ts';
import { actionKind } from '../../platform/module.ts';
import { Type, type Static } from '@sinclair/typebox';
import { enqueueTemplateEmail } from '../../platform/notify/index.ts';
import type { LineActionMail } from '../../platform/notify/templates.ts';
import type { Network } from '../catalog/model.ts';
import { isPriceSet, namedRefusal, pricesAt, type PartnerProgram } from '../catalog/rules.ts';
import { money, toDecimal } from '../../platform/money/index.ts';
import * as catalog from '../catalog/store.ts';
import { insertCharge } from '../orders/store.ts';
import {
  formatEffective,
  LINE_ACTION_KIND,
  lineActions,
  monthContaining,
  optionAddCharges,
  optionAddEligibility,
  optionChangeCharges,
  optionChangeEligibility,
  roamingEnvelopes,
  type CatalogOption,
  type OptionCharge,
  terminationCharges,
  terminationInstant,
  terminationMonth,
  type LineActionEligibility,
  type LineActionType,
  type PendingLineAction,
} from './actions-rules.ts';
import { getLine, type LineView } from './service.ts';
import * as store from './store.ts';

/**
 * Line actions (issue 3 §5): eligibility from the pure rules (actions-rules.ts), every request
 * scheduled through the platform's effective-dated actions (`scheduleAction`). An action whose
 * instant is now (suspension, reactivation, a Bouygues option's end, an immediate termination) is
 * run at once in the request's transaction by the same handler the worker would run
 * (`runActionNow`), so the page shows its effect on return; the others wait for the worker.
 * E-mails: "action planifiée" when scheduled for later, "action effectuée" when the handler runs.
 */

type Schedulable = Exclude<LineActionType, 'option_suspension'>;
const TYPE_OF_KIND = new Map<string, Schedulable>(
  (Object.entries(LINE_ACTION_KIND) as [Schedulable, string][]).map(([type, kind]) => [kind, type]),
);

interface LineContext {
  line: store.LineRow;
  options: store.LineOptionRow[];
  zone: string;
  versionId: string;
  currency: catalog.VersionRow['currency'];
  vatIncluded: boolean;
  offers: catalog.OfferRow[];
  /** The line's own offer's facts. */
  offer: catalog.OfferRow['facts'];
  optionRows: catalog.OptionRow[];
  /** The prices in effect now of a candidate option (below). */
  priceOf: (code: string) => readonly OptionPrice[];
  /** The catalog options the line may add or change to, with their prices in effect now. */
  candidates: (CatalogOption & { prices: OptionPrice[] })[];
  partnerPrograms: PartnerProgram[];
  pending: ScheduledLineAction[];
  eligibility: LineActionEligibility[];
}

type OptionPrice = { component: string; amount: number | null; tiers: unknown };

/** The prices in effect at `at` of these options (a tenant's own price versions included). */
async function optionPricesAt(
  tx: Tx,
  codes: readonly string[],
  at: Date,
): Promise<(code: string) => OptionPrice[]> {
  const rows = await catalog.priceVersions(tx, 'option', [...new Set(codes)]);
  return (code) =>
    pricesAt(
      rows
        .filter((r) => r.item_code === code)
        .map((r) => ({
          component: r.component,
          amount: r.amount_minor,
          tiers: r.tiers,
          effectiveFrom: r.effective_from,
          origin: r.origin,
          createdAt: r.created_at,
        })),
      at,
    ).map((c) => ({ component: c.component, amount: c.amount, tiers: c.tiers }));
}

const PARTNER_PROGRAMS: readonly PartnerProgram[] = ['init_sys', 'rezocean'];

async function tenantZone(tx: Tx): Promise<string> {
  return (await catalog.tenantZone(tx)).timeZone;
}

type ScheduledLineAction = PendingLineAction & { id: string; effectiveAt: Date };

async function scheduledOf(tx: Tx, lineId: string): Promise<ScheduledLineAction[]> {
  const page = await listActions(tx, {
    entityType: 'line',
    entityId: lineId,
    status: 'scheduled',
    limit: 100,
    offset: 0,
  });
  return page.items.flatMap((a) => {
    const type = TYPE_OF_KIND.get(a.kind);
    const target = typeof a.payload.target === 'string' ? a.payload.target : null;
    return type ? [{ id: a.id, type, target, effectiveAt: a.effectiveAt }] : [];
  });
}

/**
 * The line, the catalog and the eligibility of every action. `network` limits plan changes to it
 * (the page); `optionCode`: a requested option that may be of another network (refused for that).
 */
async function loadContext(
  ctx: Ctx,
  id: string,
  lock: boolean,
  network?: Network,
  optionCode?: string,
): Promise<LineContext> {
  const line = await store.getLine(ctx.tx, id, lock);
  if (!line) throw new AppError('resource.not_found');
  const version = await catalog.versionAt(ctx.tx, ctx.now);
  if (!version) throw new AppError('service.unavailable');
  const zone = await tenantZone(ctx.tx);
  const options = await store.optionsOf(ctx.tx, [line.id]);
  const { rows: offers } = await catalog.listOffers(
    ctx.tx,
    version.id,
    { network, limit: 1000, offset: 0 },
    ctx.locale,
  );
  const optionRows = await catalog.listOptions(ctx.tx, version.id, { network: line.network });
  // A requested option of another network is judged too (CAT: "Option indisponible sur ce réseau").
  if (optionCode && !optionRows.some((o) => o.code === optionCode)) {
    const other = await catalog.getOption(ctx.tx, version.id, optionCode);
    if (!other) throw new AppError('catalog.unknown_item', { item: optionCode });
    optionRows.push(other);
  }
  const priced = optionRows.filter((o) => o.kind !== 'recharge');
  const priceOf = await optionPricesAt(
    ctx.tx,
    priced.map((o) => o.code),
    ctx.now,
  );
  const candidates = priced.map((o) => {
    const prices = priceOf(o.code);
    return {
      facts: o.facts,
      prices,
      priceSet:
        prices.length > 0 &&
        prices.every((p) =>
          isPriceSet({
            component: p.component as catalog.PriceRow['component'],
            amount: p.amount,
            tiers: p.tiers as catalog.PriceRow['tiers'],
          }),
        ),
    };
  });
  // CAT-12: the reseller's partnership on the line's network (partner-platform delivery).
  const partner = await store.partnerOn(ctx.tx, line.network);
  const partnerPrograms = PARTNER_PROGRAMS.filter((p) => p === partner);
  const current =
    offers.find((o) => o.code === line.offer_code) ??
    (await catalog.getOffer(ctx.tx, version.id, line.offer_code));
  if (!current) throw new AppError('catalog.unknown_item', { code: line.offer_code });
  const pending = await scheduledOf(ctx.tx, line.id);
  const eligibility = lineActions(
    {
      state: line.state,
      network: line.network,
      offer: current.facts,
      options: options.flatMap((o) => {
        const facts = optionRows.find((r) => r.code === o.option_code)?.facts;
        return facts ? [{ id: o.id, status: o.status, facts }] : [];
      }),
    },
    offers.map((o) => o.facts),
    pending,
    ctx.now,
    zone,
    { options: candidates.filter((c) => c.facts.network === line.network), partnerPrograms },
  );
  return {
    line,
    options,
    zone,
    versionId: version.id,
    currency: version.currency,
    vatIncluded: version.vat_included,
    offers,
    offer: current.facts,
    optionRows,
    priceOf: (code) => candidates.find((o) => o.facts.code === code)?.prices ?? [],
    candidates,
    partnerPrograms,
    pending,
    eligibility,
  };
}

/** The line's options with their catalog facts (terminated ones too: ACT-10 shows their dates). */
function lineOptionFacts(c: Pick<LineContext, 'options' | 'optionRows'>) {
  return c.options.flatMap((o) => {
    const facts = c.optionRows.find((r) => r.code === o.option_code)?.facts;
    return facts ? [{ id: o.id, status: o.status, facts }] : [];
  });
}

export interface LineActionView {
  type: LineActionType;
  target: string | null;
  /** option_change: the line option it replaces (ACT-06). */
  replaces: string | null;
  /** The offer's or the option's name, in the request's language. */
  targetLabel: string | null;
  change: 'upgrade' | 'downgrade' | 'migration' | null;
  allowed: boolean;
  reason: { code: string; title: string; detail: string } | null;
  effectiveAt: string | null;
  /** "1er décembre 2026 à 00:00", tenant time; null when refused. */
  effectiveLabel: string | null;
  immediate: boolean;
  billingContinues: boolean;
  /** option_add/option_change when allowed: exactly what the ledger will get (CAT-01, ACT-06). */
  charges?: ChargePreview[];
}

export interface ChargePreview {
  kind: OptionCharge['kind'];
  itemCode: string;
  /** Decimal string excl. VAT, e.g. "25.00". */
  amount: string;
  currency: string;
  periodStart: string | null;
  periodEnd: string | null;
}

export interface LineOptionDetail {
  /** line_options.id: the target of option_termination, the `replaces` of option_change. */
  id: string;
  code: string;
  label: string;
  kind: string;
  zone: string | null;
  /** ACT-10: status and dates. */
  status: store.LineOptionRow['status'];
  createdAt: string;
  activatedAt: string | null;
  endedAt: string | null;
}

export interface LineActionsView {
  lineId: string;
  state: store.LineState;
  items: LineActionView[];
  /** Every option of the line, terminated ones included (ACT-10). */
  options: LineOptionDetail[];
  /** ACT-06: the roaming envelope of each zone: the one active choice, never a sum. */
  roaming: {
    zone: string;
    optionId: string;
    code: string;
    label: string;
    kind: 'roaming' | 'cutoff';
    volumeMb: number | null;
    cutoffEuros: number | null;
  }[];
  pending: {
    id: string;
    type: LineActionType;
    target: string | null;
    targetLabel: string | null;
    effectiveAt: string;
    effectiveLabel: string;
  }[];
}

function nameOf(row: { name_fr: string; name_en: string } | undefined, locale: Locale): string | null {
  if (!row) return null;
  return locale === 'en' ? row.name_en : row.name_fr;
}

/** A catalog code's name in the request's language (an offer or an option of the line's network). */
function catalogName(c: LineContext, locale: Locale): (code: string) => string | undefined {
  return (code) =>
    nameOf(
      c.optionRows.find((o) => o.code === code),
      locale,
    ) ??
    nameOf(
      c.offers.find((o) => o.code === code),
      locale,
    ) ??
    undefined;
}

function targetLabel(c: LineContext, type: LineActionType, target: string | null, locale: Locale) {
  if (target === null) return null;
  if (type === 'plan_change')
    return (
      nameOf(
        c.offers.find((o) => o.code === target),
        locale,
      ) ?? target
    );
  if (type === 'option_add' || type === 'option_change')
    return (
      nameOf(
        c.optionRows.find((o) => o.code === target),
        locale,
      ) ?? target
    );
  const code = c.options.find((o) => o.id === target)?.option_code;
  return (
    nameOf(
      c.optionRows.find((o) => o.code === code),
      locale,
    ) ??
    code ??
    target
  );
}

/** GET /api/lines/{id}/actions: every action, allowed or with its reason (French by default). */
export async function listLineActions(ctx: Ctx, id: string): Promise<LineActionsView> {
  const line = await store.getLine(ctx.tx, id);
  if (!line) throw new AppError('resource.not_found');
  // The page lists plan changes within the line's network (a change of network never exists).
  const c = await loadContext(ctx, id, false, line.network);
  const already = await alreadyCharged(ctx.tx, c.line.id, ctx.now, c.zone);
  const preview = (e: LineActionEligibility): ChargePreview[] | undefined => {
    if (!e.allowed || (e.type !== 'option_add' && e.type !== 'option_change') || !e.target) return undefined;
    return plannedCharges(c, e.target, e.replaces, ctx.now, already).map((ch) => ({
      kind: ch.kind,
      itemCode: ch.itemCode,
      amount: toDecimal(money(ch.amountMinor, c.currency, c.vatIncluded)),
      currency: c.currency,
      periodStart: ch.periodStart,
      periodEnd: ch.periodEnd,
    }));
  };
  const facts = lineOptionFacts(c);
  return {
    lineId: id,
    state: c.line.state,
    options: c.options.map((o) => {
      const row = c.optionRows.find((r) => r.code === o.option_code);
      return {
        id: o.id,
        code: o.option_code,
        label: nameOf(row, ctx.locale) ?? o.option_code,
        kind: row?.kind ?? 'unknown',
        zone: row?.facts.zone ?? null,
        status: o.status,
        createdAt: o.created_at.toISOString(),
        activatedAt: o.activated_at?.toISOString() ?? null,
        endedAt: o.ended_at?.toISOString() ?? null,
      };
    }),
    roaming: roamingEnvelopes(facts).map((r) => ({
      ...r,
      label:
        nameOf(
          c.optionRows.find((o) => o.code === r.code),
          ctx.locale,
        ) ?? r.code,
    })),
    items: c.eligibility.map((e) => {
      const refusal = e.refusal ? namedRefusal(e.refusal, catalogName(c, ctx.locale)) : null;
      const msg = refusal ? errorMessage(refusal.code, ctx.locale, refusal.params ?? {}) : null;
      const charges = preview(e);
      return {
        type: e.type,
        target: e.target,
        replaces: e.replaces,
        ...(charges ? { charges } : {}),
        targetLabel: targetLabel(c, e.type, e.target, ctx.locale),
        change: e.change,
        allowed: e.allowed,
        reason: refusal && msg ? { code: refusal.code, ...msg } : null,
        effectiveAt: e.effectiveAt?.toISOString() ?? null,
        effectiveLabel: e.effectiveAt ? formatEffective(e.effectiveAt, c.zone, ctx.locale) : null,
        immediate: e.immediate,
        billingContinues: e.billingContinues,
      };
    }),
    pending: c.pending.map((p) => ({
      id: p.id,
      type: p.type,
      target: p.target,
      targetLabel: targetLabel(c, p.type, p.target, ctx.locale),
      effectiveAt: p.effectiveAt.toISOString(),
      effectiveLabel: formatEffective(p.effectiveAt, c.zone, ctx.locale),
    })),
  };
}

export interface LineActionRequest {
  type: Schedulable;
  /**
   * The new offer's code (plan_change), the line option's id (option_termination), the catalog
   * option's code (option_add, option_change).
   */
  target?: string | undefined;
  /** option_change: the line option's id that the new option replaces (ACT-06). */
  replaces?: string | undefined;
  /** Termination: a local date 'YYYY-MM-DD' (tenant zone); none = at once. */
  date?: string | undefined;
}

export interface LineActionResult {
  action: {
    id: string;
    kind: string;
    status: PendingAction['status'];
    effectiveAt: string;
    effectiveLabel: string;
    immediate: boolean;
  };
  line: LineView;
}

/**
 * Checks the request with the same rules as the list (a refusal is its 4xx and nothing is
 * written), schedules the action, audits it, and runs it at once when its instant is now.
 */
export async function requestLineAction(
  ctx: Ctx,
  deps: Pick<Deps, 'actions' | 'clock'>,
  id: string,
  req: LineActionRequest,
): Promise<LineActionResult> {
  const optionRequest = req.type === 'option_add' || req.type === 'option_change';
  // Locked: two concurrent requests on one line are checked one after the other.
  const c = await loadContext(ctx, id, true, undefined, optionRequest ? req.target : undefined);
  const target =
    req.type === 'suspend' || req.type === 'reactivate' || req.type === 'termination'
      ? null
      : (req.target ?? null);
  if (req.type === 'plan_change' && !c.offers.some((o) => o.code === target))
    throw new AppError('catalog.unknown_item', { item: target ?? '' });
  const e = optionRequest
    ? optionEligibility(c, req, ctx.now)
    : c.eligibility.find((x) => x.type === req.type && x.target === target);
  if (!e) throw new AppError('resource.not_found');
  // A terminated line says so before anything else (ORD-07), whatever the action.
  if (!e.allowed || !e.effectiveAt) {
    const refusal = namedRefusal(e.refusal ?? { code: 'line.not_active' }, catalogName(c, ctx.locale));
    throw new AppError(refusal.code, refusal.params ?? {});
  }
  let effectiveAt = e.effectiveAt;
  if (req.type === 'termination') {
    const chosen = terminationInstant(ctx.now, req.date ?? null, c.zone);
    if (!chosen.ok) throw new AppError(chosen.refusal.code, chosen.refusal.params ?? {});
    effectiveAt = chosen.effectiveAt;
  }
  const immediate = effectiveAt.getTime() <= ctx.now.getTime();
  const detail = actionDetail(c, req.type, target, e.replaces, ctx.locale);
  const action = await scheduleAction(ctx.tx, deps.actions, {
    kind: LINE_ACTION_KIND[req.type],
    entityType: 'line',
    entityId: c.line.id,
    effectiveAt,
    payload: {
      type: req.type,
      target,
      replaces: e.replaces,
      fromOffer: c.line.offer_code,
      locale: ctx.locale,
      detail,
    },
    createdBy: ctx.actor.id ?? 'system',
    now: ctx.now,
  });
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'line',
    entityId: c.line.id,
    entityLabel: lineLabel(c.line),
    action: 'line.action_requested',
    after: {
      actionId: action.id,
      type: req.type,
      target,
      ...(e.replaces ? { replaces: e.replaces } : {}),
      effectiveAt: effectiveAt.toISOString(),
    },
  });
  const mail = await mailData(ctx.tx, c.line, req.type, detail, effectiveAt, c.zone, ctx.locale);
  let done = action;
  if (immediate) done = await runActionNow(ctx.tx, deps.actions, action, { clock: deps.clock, now: ctx.now });
  else if (mail)
    await enqueueTemplateEmail(ctx.tx, {
      to: mail.to,
      template: 'line.action_scheduled',
      locale: ctx.locale,
      data: mail.data,
      entityType: 'line',
      entityId: c.line.id,
      now: ctx.now,
    });
  return {
    action: {
      id: done.id,
      kind: done.kind,
      status: done.status,
      effectiveAt: effectiveAt.toISOString(),
      effectiveLabel: formatEffective(effectiveAt, c.zone, ctx.locale),
      immediate,
    },
    line: await getLine(ctx, c.line.id),
  };
}

/**
 * option_add / option_change requested by code: judged by the same pure functions as the list, so
 * an option of another network, a recharge or an unknown line option get their precise refusal.
 */
function optionEligibility(
  c: LineContext,
  req: LineActionRequest,
  at: Date,
): LineActionEligibility | undefined {
  // Recharges are not listed (USE-06) but are judged alike: the rule says why they are refused.
  const row = c.optionRows.find((o) => o.code === req.target);
  const candidate =
    c.candidates.find((o) => o.facts.code === req.target) ??
    (row ? { facts: row.facts, priceSet: true, prices: [] } : undefined);
  if (!candidate) return undefined;
  const facts = lineOptionFacts(c);
  const lineFacts = {
    state: c.line.state,
    network: c.line.network,
    offer: c.offer,
    options: facts,
  };
  if (req.type === 'option_add')
    return optionAddEligibility(lineFacts, candidate, c.pending, c.partnerPrograms, at);
  const current = facts.find((o) => o.id === req.replaces);
  if (!current) return undefined;
  return optionChangeEligibility(lineFacts, current, candidate, c.pending, at);
}

/** What the e-mail and the audit name: the option, or "old → new" for a change (ACT-06). */
function actionDetail(
  c: LineContext,
  type: LineActionType,
  target: string | null,
  replaces: string | null,
  locale: Locale,
): string {
  const label = targetLabel(c, type, target, locale) ?? '';
  if (type !== 'option_change' || !replaces) return label;
  return `${targetLabel(c, 'option_termination', replaces, locale) ?? ''} → ${label}`;
}

type AlreadyCharged = { ended: Map<string, number>; started: Map<string, number> };

/** What the line's month already carries per item: the month an old option ends in, and now's. */
async function alreadyCharged(tx: Tx, lineId: string, at: Date, zone: string): Promise<AlreadyCharged> {
  const ended = terminationMonth(at, zone);
  const month = monthContaining(at, zone);
  const endedMap = await store.chargedInPeriod(tx, lineId, ended.periodStart, ended.periodEnd);
  const started =
    month.periodStart === ended.periodStart
      ? endedMap
      : await store.chargedInPeriod(tx, lineId, month.periodStart, month.periodEnd);
  return { ended: endedMap, started };
}

const numericPrices = (prices: readonly OptionPrice[]) =>
  prices.map((p) => ({ component: p.component, amount: p.amount }));

/**
 * The charges an option added (CAT-01) or changed (ACT-06) writes, from the pure rules: the same
 * function gives the confirmation's preview and the ledger's rows.
 */
function plannedCharges(
  c: Pick<LineContext, 'line' | 'zone' | 'currency' | 'vatIncluded' | 'options'> & {
    priceOf: (code: string) => readonly OptionPrice[];
  },
  code: string,
  replaces: string | null,
  at: Date,
  already: AlreadyCharged,
): OptionCharge[] {
  const to = { code, prices: numericPrices(c.priceOf(code)) };
  if (!replaces) return optionAddCharges(to, at, c.zone, c.currency, c.vatIncluded);
  const fromCode = c.options.find((o) => o.id === replaces)?.option_code ?? '';
  const monthly = c.priceOf(fromCode).find((p) => p.component === 'monthly')?.amount ?? 0;
  return optionChangeCharges(
    c.line.network,
    {
      code: fromCode,
      monthlyMinor: monthly,
      alreadyChargedMinor: already.ended.get(`option:${fromCode}`) ?? 0,
    },
    { ...to, alreadyChargedMinor: already.started.get(`option:${code}`) ?? 0 },
    at,
    c.zone,
    c.currency,
    c.vatIncluded,
  );
}

function lineLabel(l: Pick<store.LineRow, 'msisdn' | 'iccid' | 'id' | 'account_name'>): string {
  return `${l.msisdn ?? l.iccid ?? l.id} (${l.account_name})`;
}

/**
 * The line-action templates (platform/notify/templates.ts) name five actions; an option added or
 * changed goes out as a change of the subscription ("Changement d'offre") whose detail says what
 * was done, until the templates name these two actions themselves.
 */
const MAIL_ACTION: Record<Schedulable, LineActionMail['action']> = {
  suspend: 'suspend',
  reactivate: 'reactivate',
  plan_change: 'plan_change',
  option_termination: 'option_termination',
  termination: 'termination',
  option_add: 'option_add',
  option_change: 'option_change',
};
const MAIL_DETAIL = {
  option_add: {
    fr: (d: string) => `Ajout de l’option ${d}`,
    en: (d: string) => `Option added: ${d}`,
  },
  // ACT-06: both options are billed for the month; the envelope is the new option's.
  option_change: {
    fr: (d: string) =>
      `Changement d’option : ${d}. Les deux options sont facturées ce mois-ci ; l’enveloppe est celle de la nouvelle option.`,
    en: (d: string) =>
      `Option changed: ${d}. Both options are billed this month; the envelope is the new option's.`,
  },
} satisfies Partial<Record<Schedulable, Record<Locale, (d: string) => string>>>;

async function mailData(
  tx: Tx,
  line: store.LineRow,
  type: Schedulable,
  detail: string,
  effectiveAt: Date,
  zone: string,
  locale: Locale,
): Promise<{ to: string; data: LineActionMail } | null> {
  const account = await store.accountContact(tx, line.account_id);
  if (!account) return null;
  return {
    to: account.email,
    data: {
      customerName: account.display_name,
      line: line.msisdn ?? line.iccid ?? line.id,
      action: MAIL_ACTION[type],
      detail: type in MAIL_DETAIL ? MAIL_DETAIL[type as keyof typeof MAIL_DETAIL][locale](detail) : detail,
      effective: formatEffective(effectiveAt, zone, locale),
    },
  };
}

// ── Handlers (the lines manifest's action kinds): run by the worker at the effective instant, or at
//    once by requestLineAction. Each re-reads the line under a lock and does nothing on a line that
//    cannot take the action any more (terminated meanwhile), returning why.

async function applyLineAction(
  tx: Tx,
  payload: Static<typeof LineActionPayload>,
  action: PendingAction,
  now: Date,
): Promise<Record<string, unknown>> {
  const type = TYPE_OF_KIND.get(action.kind);
  const line = await store.getLine(tx, action.entityId, true);
  if (!type || !line) return { skipped: 'line not found' };
  if (line.state === 'terminated' || line.state === 'cancelled') return { skipped: `line ${line.state}` };
  const target = payload.target ?? null;
  const at = action.effectiveAt;
  const zone = await tenantZone(tx);
  let result: Record<string, unknown>;
  switch (type) {
    case 'suspend':
      // ACT-01: service interrupted; the plan stays and is still billed.
      if (line.state !== 'active') return { skipped: `line ${line.state}` };
      await store.setLineState(tx, line.id, 'suspended', now);
      result = { state: 'suspended' };
      break;
    case 'reactivate':
      if (line.state !== 'suspended') return { skipped: `line ${line.state}` };
      await store.setLineState(tx, line.id, 'active', now);
      result = { state: 'active' };
      break;
    case 'plan_change':
      // ACT-03/04: the new offer from the 1st of the month (CAL-05).
      if (!target) return { skipped: 'no offer' };
      await store.setLineOffer(tx, line.id, target, now);
      result = { from: line.offer_code, to: target };
      break;
    case 'option_termination':
      // ACT-10: the option's end date is the effective instant (Orange: 00:00 on the 1st, i.e. the
      // end of the month's last day).
      if (!target || !(await store.terminateOption(tx, target, at))) return { skipped: 'option not active' };
      result = { option: target, endedAt: at.toISOString() };
      break;
    case 'termination':
      result = await terminate(tx, line, at, now, zone);
      break;
    case 'option_add':
    case 'option_change': {
      // ACT-10: the new option is active at once, with its creation and activation dates; ACT-06:
      // the replaced one ends at the same instant (the line is unblocked at once, USE-05).
      const replaces = payload.replaces ?? null;
      if (!target) return { skipped: 'no option' };
      if (type === 'option_change' && (!replaces || !(await store.terminateOption(tx, replaces, at))))
        return { skipped: 'option not active' };
      const optionId = newId();
      await store.insertActiveLineOption(tx, { id: optionId, lineId: line.id, optionCode: target, at });
      const charged = await writeOptionCharges(
        tx,
        line,
        target,
        type === 'option_change' ? replaces : null,
        at,
        now,
        zone,
      );
      result = {
        option: optionId,
        code: target,
        ...(replaces ? { replaced: replaces } : {}),
        chargedMinor: charged,
      };
      break;
    }
  }
  await recordAudit(tx, SYSTEM_ACTOR, now, null, {
    entityType: 'line',
    entityId: line.id,
    entityLabel: lineLabel(line),
    action: `line.${type}_done`,
    after: { actionId: action.id, ...result },
  });
  const locale: Locale = payload.locale ?? 'fr';
  const detail = payload.detail ?? '';
  const mail = await mailData(tx, line, type, detail, at, zone, locale);
  if (mail)
    await enqueueTemplateEmail(tx, {
      to: mail.to,
      template: 'line.action_done',
      locale,
      data: mail.data,
      entityType: 'line',
      entityId: line.id,
      now,
    });
  return result;
}

/**
 * Termination: ORD-07 retires the SIM and the number for good; the line's other scheduled actions
 * are cancelled (nothing may happen to a terminated line); Reading 7 bills the started month in
 * full at the prices in effect.
 */
async function terminate(
  tx: Tx,
  line: store.LineRow,
  at: Date,
  now: Date,
  zone: string,
): Promise<Record<string, unknown>> {
  const options = (await store.optionsOf(tx, [line.id])).filter((o) => o.status !== 'terminated');
  await store.terminateLine(tx, line, at);
  for (const p of await scheduledOf(tx, line.id)) await cancelAction(tx, p.id, 'system', now);
  const version = await catalog.versionAt(tx, at);
  let charged = 0;
  if (version) {
    const month = terminationMonth(at, zone);
    const already = await store.chargedInPeriod(tx, line.id, month.periodStart, month.periodEnd);
    const monthlyOf = async (itemType: 'offer' | 'option', code: string) => {
      const rows = await catalog.priceVersions(tx, itemType, [code]);
      const p = pricesAt(
        rows.map((r) => ({
          component: r.component,
          amount: r.amount_minor,
          tiers: r.tiers,
          effectiveFrom: r.effective_from,
          origin: r.origin,
          createdAt: r.created_at,
        })),
        at,
      ).find((c) => c.component === 'monthly');
      return {
        itemType,
        code,
        monthlyMinor: p?.amount ?? 0,
        alreadyChargedMinor: already.get(`${itemType}:${code}`) ?? 0,
      };
    };
    const items = [await monthlyOf('offer', line.offer_code)];
    for (const o of options) items.push(await monthlyOf('option', o.option_code));
    for (const ch of terminationCharges(items, month)) {
      await insertCharge(tx, {
        id: newId(),
        account_id: line.account_id,
        line_id: line.id,
        order_id: null,
        kind: 'monthly',
        item_type: ch.itemType,
        item_code: ch.itemCode,
        amount_minor: ch.amountMinor,
        currency: version.currency,
        vat_included: version.vat_included,
        period_start: ch.periodStart,
        period_end: ch.periodEnd,
        monthly_minor: ch.monthlyMinor,
        now,
      });
      charged += ch.amountMinor;
    }
  }
  return { state: 'terminated', retired: { msisdn: line.msisdn, iccid: line.iccid }, chargedMinor: charged };
}

/**
 * CAT-01 (add) and ACT-06 (change): the option's charges at the prices in effect at `at`, from the
 * same pure rules as the confirmation's preview.
 */
async function writeOptionCharges(
  tx: Tx,
  line: store.LineRow,
  code: string,
  replaces: string | null,
  at: Date,
  now: Date,
  zone: string,
): Promise<number> {
  const version = await catalog.versionAt(tx, at);
  if (!version) return 0;
  const options = await store.optionsOf(tx, [line.id]);
  const fromCode = replaces ? (options.find((o) => o.id === replaces)?.option_code ?? null) : null;
  const priceOf = await optionPricesAt(tx, fromCode ? [code, fromCode] : [code], at);
  const already = await alreadyCharged(tx, line.id, at, zone);
  const charges = plannedCharges(
    { line, zone, currency: version.currency, vatIncluded: version.vat_included, options, priceOf },
    code,
    replaces,
    at,
    already,
  );
  let total = 0;
  for (const ch of charges) {
    await insertCharge(tx, {
      id: newId(),
      account_id: line.account_id,
      line_id: line.id,
      order_id: null,
      kind: ch.kind,
      item_type: ch.itemType,
      item_code: ch.itemCode,
      amount_minor: ch.amountMinor,
      currency: version.currency,
      vat_included: version.vat_included,
      period_start: ch.periodStart,
      period_end: ch.periodEnd,
      monthly_minor: ch.monthlyMinor,
      now,
    });
    total += ch.amountMinor;
  }
  return total;
}

/** What requestLineAction schedules: checked before the handler runs (the manifest's action kinds). */
const LineActionPayload = Type.Object({
  type: Type.Optional(Type.String()),
  /** The new offer (plan change), the option (add, change, termination). */
  target: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  /** The line option an option change replaces. */
  replaces: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  fromOffer: Type.Optional(Type.String()),
  locale: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
  /** The action's words in the e-mails. */
  detail: Type.Optional(Type.String()),
});

/** The line actions' kinds (one per type, the same handler), declared in the lines manifest. */
export const lineActionKinds = Object.values(LINE_ACTION_KIND).map((kind) =>
  actionKind({
    kind,
    payload: LineActionPayload,
    run: (tx, payload, action, ctx) => applyLineAction(tx, payload, action, ctx.now),
  }),
);
