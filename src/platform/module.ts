/**
 * The shape of a business module (issue 9). Each `src/modules/<area>/index.ts` exports one
 * `defineModule({...})`; the platform assembles the modules listed in `src/modules/index.ts`. A new
 * module is a folder and one line in that list: its routes, action kinds, error codes and
 * messages, e-mail templates, authorization policies, TM Forum APIs, jobs and demo seed all come
 * from its manifest, so no shared file changes.
 */
import type { Static, TSchema } from '@sinclair/typebox';
import { FormatRegistry } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { App } from './http/server.ts';
import type { Ctx, Deps } from './context.ts';
import type { Db, Tx } from './db/db.ts';
import type { Role } from './auth/principal.ts';
import type {
  ActionContext,
  ActionHandler,
  ActionRegistry,
  CallingActionHandler,
  PendingAction,
} from './jobs/actions.ts';
import type { JobHandlerSpec } from './jobs/worker.ts';
import type { ModuleTemplate } from './notify/templates.ts';
import type { TmfApi } from './tmf/hub.ts';

/** An HTTP status a domain error may map to. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 410 | 412 | 422 | 423 | 428 | 429 | 503;

export interface ErrorMessage {
  title: string;
  /** `{name}` placeholders are filled from the error's params. */
  detail: string;
}

/** One domain error: its HTTP status and its message in both languages, declared together. */
export interface ErrorSpec {
  status: ErrorStatus;
  fr: ErrorMessage;
  en: ErrorMessage;
}

export type ErrorTable = Readonly<Record<string, ErrorSpec>>;

/**
 * A module's error codes. The table is the exhaustive mapping: a code cannot exist without its
 * status and both messages.
 */
export function defineErrors<const T extends ErrorTable>(table: T): T {
  return table;
}

/**
 * One effective-dated action kind (the mechanism of src/platform/jobs/actions.ts): its payload is
 * a TypeBox schema checked before the handler runs, so the handler receives typed data and never
 * re-checks `typeof payload.x` by hand.
 */
export interface ActionKind<S extends TSchema = TSchema> {
  kind: string;
  payload: S;
  run(
    tx: Tx,
    payload: Static<S>,
    action: PendingAction,
    ctx: ActionContext,
  ): Promise<Record<string, unknown> | void>;
}

/**
 * An action kind that calls an operator's system (issue 9 §5): the call never runs inside a
 * database transaction. `claim` (in the job's transaction) reads and locks what the call needs and
 * returns it, or `{ done }` when there is nothing to call; `call` runs outside any transaction
 * (on a failure half-way it undoes at the operator what it did, then throws to retry with backoff,
 * or returns a refusal for `record` to compensate); `record` writes the outcome in a second
 * transaction. Such a kind is always run by the worker, never in a request's transaction.
 */
export interface CallingActionKind<S extends TSchema = TSchema, C = unknown, O = unknown> {
  kind: string;
  payload: S;
  claim(
    tx: Tx,
    payload: Static<S>,
    action: PendingAction,
    ctx: ActionContext,
  ): Promise<{ call: C } | { done: Record<string, unknown> | void }>;
  call(claimed: C, ctx: ActionContext): Promise<O>;
  record(
    tx: Tx,
    payload: Static<S>,
    claimed: C,
    outcome: O,
    action: PendingAction,
    ctx: ActionContext,
  ): Promise<Record<string, unknown> | void>;
}

// Value.Check knows no string format by itself (ajv checks the HTTP side): the formats action
// payloads use are registered here, so `Type.String({ format: 'uuid' })` checks instead of failing.
const FORMATS: Record<string, (v: string) => boolean> = {
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)),
  'date-time': (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v)),
};
for (const [name, check] of Object.entries(FORMATS))
  if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, check);

export function actionKind<S extends TSchema>(spec: ActionKind<S>): ActionKind<S>;
export function actionKind<S extends TSchema, C, O>(
  spec: CallingActionKind<S, C, O>,
): CallingActionKind<S, C, O>;
export function actionKind(spec: ActionKind | CallingActionKind): ActionKind | CallingActionKind {
  return spec;
}

function checkedPayload<S extends TSchema>(
  spec: { kind: string; payload: S },
  action: PendingAction,
): Static<S> {
  if (!Value.Check(spec.payload, action.payload)) {
    const first = [...Value.Errors(spec.payload, action.payload)][0];
    throw new Error(
      `action ${spec.kind} ${action.id}: payload does not match its schema` +
        (first ? ` (${first.path || '/'}: ${first.message})` : ''),
    );
  }
  return action.payload as Static<S>;
}

/** The handler the action registry runs: payload checked against the kind's schema first. */
export function actionHandler(
  spec: ActionKind<any> | CallingActionKind<any, any, any>, // eslint-disable-line @typescript-eslint/no-explicit-any
): ActionHandler | CallingActionHandler {
  if ('run' in spec)
    return async (tx, action, ctx) => spec.run(tx, checkedPayload(spec, action), action, ctx);
  const calling: CallingActionHandler = {
    claim: (tx, action, ctx) => spec.claim(tx, checkedPayload(spec, action), action, ctx),
    call: (claimed, ctx) => spec.call(claimed, ctx),
    record: (tx, action, claimed, outcome, ctx) =>
      spec.record(tx, checkedPayload(spec, action), claimed, outcome, action, ctx),
  };
  return calling;
}

/**
 * TM Forum resources several modules fill (issue 11 §5): TMF637 products are mobile lines and
 * internet subscriptions, TMF622 product orders are mobile orders and internet subscription orders.
 */
export const TMF_SHARED_RESOURCES = ['TMF637 product', 'TMF622 productOrder'] as const;
export type TmfSharedResource = (typeof TMF_SHARED_RESOURCES)[number];

/** One module's items of a shared TM Forum resource, already in TMF shape. */
export interface TmfSource {
  /** One page, newest first; `total` counts every item of the module (whatever the offset). */
  list(
    ctx: Ctx,
    page: { offset: number; limit: number; accountId?: string | undefined },
  ): Promise<{ items: object[]; total: number }>;
  /** One item, or undefined when the id is not the module's. */
  get(ctx: Ctx, id: string): Promise<object | undefined>;
}

/**
 * What a module tells the others, in the transaction that did it, without knowing them: the
 * listeners are declared in the listening modules' manifests (`listeners`). A module depending on
 * another follows it this way instead of being called back, which would be a cycle (issue 12: usage
 * depends on lines, yet a cut-off changed by the lines module must lift usage's block at once).
 */
export interface ModuleEvents {
  /** A line's option replaced by another at once (ACT-06); `optionCode` is the new catalog option. */
  'line.option_changed': { lineId: string; optionCode: string };
}
export type ModuleEventName = keyof ModuleEvents;
/** Runs in the emitter's transaction: a listener that throws undoes what the emitter did. */
export type ModuleListener<E extends ModuleEventName> = (
  ctx: Ctx,
  deps: Pick<Deps, 'actions' | 'clock'>,
  payload: ModuleEvents[E],
) => Promise<void>;
export type ModuleListeners = { readonly [E in ModuleEventName]?: ModuleListener<E> };

/** What a module's demo seed receives: the database, the instant, and the demo tenants' slugs. */
export interface DemoSeedContext {
  db: Db;
  now: Date;
  deps: Deps | undefined;
}

export interface RelaisModule {
  /** The folder's name, e.g. "internet". */
  readonly name: string;
  /** Shared JSON schemas (added with app.addSchema before any route). */
  readonly schemas?: readonly TSchema[];
  /** The module's HTTP routes (thin: schema, policy, one call into a use case). */
  readonly routes?: (app: App, deps: Deps) => void;
  /** Effective-dated action kinds, each with a typed payload. */
  readonly actions?: readonly (ActionKind<any> | CallingActionKind<any, any, any>)[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Error codes with their HTTP status and French/English messages. */
  readonly errors?: ErrorTable;
  /** E-mail templates (French and English). */
  readonly templates?: readonly ModuleTemplate<any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Authorization policies: the roles allowed, or null for public routes. */
  readonly policies?: Readonly<Record<string, readonly Role[] | null>>;
  /** TM Forum APIs the module serves: each gets the event hub (listener registration). */
  readonly tmfApis?: readonly { id: TmfApi; base: string }[];
  /**
   * The module's items of TM Forum resources several modules fill; the module serving the
   * resource's routes asks every installed module's source, in the modules' order.
   */
  readonly tmfSources?: Readonly<Partial<Record<TmfSharedResource, TmfSource>>>;
  /**
   * Names of the items the module charges through the ledger that the mobile catalog does not know
   * (internet plans, services, fees): the customer's charges show names, never codes.
   */
  readonly chargeItemNames?: ChargeItemNames;
  /** What the module does when another module emits an event (`emitModuleEvent`), in its transaction. */
  readonly listeners?: ModuleListeners;
  /** Worker jobs (besides effective-dated actions). */
  readonly jobs?: readonly JobHandlerSpec[];
  /** Field names shown in validation messages, by JSON pointer tail: `{ siret: ['SIRET', 'SIRET'] }`. */
  readonly fieldLabels?: Readonly<Record<string, readonly [string, string]>>;
  /** Demo data, run once per demo tenant set on first start (through the module's services). */
  readonly demo?: (ctx: DemoSeedContext) => Promise<void>;
  /**
   * Transitional: modules not yet moved to `actions` register their handlers by hand. Issue 9
   * removes the last user.
   */
  readonly registerActions?: (registry: ActionRegistry) => void;
}

/** The French and English names of these item codes, for those the module knows. */
export type ChargeItemNames = (
  tx: Tx,
  codes: readonly string[],
) => Promise<ReadonlyMap<string, readonly [fr: string, en: string]>>;

export function defineModule<const M extends RelaisModule>(m: M): M {
  return m;
}

/** Error codes a module list declares (used to type AppError's code). */
export type ErrorCodesOf<M> = M extends { readonly errors: infer E } ? keyof E & string : never;
/** Policy names a module list declares. */
export type PoliciesOf<M> = M extends { readonly policies: infer P } ? keyof P & string : never;

// --- The assembled registry: filled once by installModules, read by errors, messages, policies
// and templates. Module tables are plain data, so installing the same list twice is harmless.

const errorSpecs = new Map<string, ErrorSpec>();
const policies = new Map<string, readonly Role[] | null>();
const templates = new Map<string, ModuleTemplate<unknown>>();
const fieldLabels = new Map<string, readonly [string, string]>();
const installed = new Set<RelaisModule>();
const tmfSources = new Map<TmfSharedResource, TmfSource[]>();
const chargeItemNamers: ChargeItemNames[] = [];
const listeners: { [E in ModuleEventName]?: ModuleListener<E>[] } = {};

/**
 * Registers the modules' declarations. `taken` names what the platform already declares (its own
 * error codes, policies and templates): a module may not redefine them, nor may two modules
 * declare the same name.
 */
export function installModules(
  modules: readonly RelaisModule[],
  taken: { errors: readonly string[]; policies: readonly string[]; templates: readonly string[] },
): void {
  for (const m of modules) {
    if (installed.has(m)) continue;
    const clash = (what: string, name: string) =>
      new Error(`module ${m.name}: ${what} "${name}" is already declared`);
    for (const [code, spec] of Object.entries(m.errors ?? {})) {
      if (taken.errors.includes(code) || errorSpecs.has(code)) throw clash('error code', code);
      errorSpecs.set(code, spec);
    }
    for (const [name, roles] of Object.entries(m.policies ?? {})) {
      if (taken.policies.includes(name) || policies.has(name)) throw clash('policy', name);
      policies.set(name, roles);
    }
    for (const t of m.templates ?? []) {
      if (taken.templates.includes(t.name) || templates.has(t.name)) throw clash('template', t.name);
      templates.set(t.name, t as ModuleTemplate<unknown>);
    }
    // Labels are keyed by the bare field name, shared by every module's problems: the same name
    // may be declared twice only with the same words, or one module would rename another's field.
    for (const [k, v] of Object.entries(m.fieldLabels ?? {})) {
      const had = fieldLabels.get(k);
      if (had && (had[0] !== v[0] || had[1] !== v[1])) throw clash('field label', k);
      fieldLabels.set(k, v);
    }
    for (const [resource, source] of Object.entries(m.tmfSources ?? {}) as [TmfSharedResource, TmfSource][])
      tmfSources.set(resource, [...(tmfSources.get(resource) ?? []), source]);
    if (m.chargeItemNames) chargeItemNamers.push(m.chargeItemNames);
    for (const name of Object.keys(m.listeners ?? {}) as ModuleEventName[]) {
      const listener = m.listeners?.[name];
      if (listener) (listeners[name] ??= []).push(listener);
    }
    installed.add(m);
  }
}

/** The names the installed modules give these charged item codes (the first module knowing one wins). */
export async function moduleChargeItemNames(
  tx: Tx,
  codes: readonly string[],
): Promise<Map<string, readonly [string, string]>> {
  const names = new Map<string, readonly [string, string]>();
  for (const namer of chargeItemNamers) {
    const left = codes.filter((c) => !names.has(c));
    if (left.length === 0) break;
    for (const [code, name] of await namer(tx, left)) if (!names.has(code)) names.set(code, name);
  }
  return names;
}

/** Runs every installed module's listener of `name`, in the modules' order, in the emitter's transaction. */
export async function emitModuleEvent<E extends ModuleEventName>(
  ctx: Ctx,
  deps: Pick<Deps, 'actions' | 'clock'>,
  name: E,
  payload: ModuleEvents[E],
): Promise<void> {
  for (const listener of listeners[name] ?? []) await listener(ctx, deps, payload);
}

/** Every installed module's source of a shared TM Forum resource, in the modules' order. */
export function moduleTmfSources(resource: TmfSharedResource): readonly TmfSource[] {
  return tmfSources.get(resource) ?? [];
}

export function moduleError(code: string): ErrorSpec | undefined {
  return errorSpecs.get(code);
}
export function modulePolicy(name: string): readonly Role[] | null | undefined {
  return policies.has(name) ? (policies.get(name) ?? null) : undefined;
}
/** The names of the policies the installed modules declare, in the order they were declared. */
export function modulePolicyNames(): string[] {
  return [...policies.keys()];
}
export function moduleTemplate(name: string): ModuleTemplate<unknown> | undefined {
  return templates.get(name);
}
export function moduleFieldLabel(key: string): readonly [string, string] | undefined {
  return fieldLabels.get(key);
}
