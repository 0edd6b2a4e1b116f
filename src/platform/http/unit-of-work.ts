import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx, Deps } from '../context.ts';
import { AppError } from '../errors.ts';
import { actorOf, type Principal } from '../auth/principal.ts';
import { readTx, type Tx } from '../db/db.ts';
import {
  findStoredResponse,
  lockIdempotencyKey,
  storeResponse,
  type StoredResponse,
} from './idempotency-store.ts';

/** The signed-in principal of a route whose policy is not `public`. */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new AppError('auth.required');
  return req.principal;
}

function ctxFor(tx: Tx, req: FastifyRequest, p: Principal, now: Date): Ctx {
  return { tx, tenantId: p.tenantId, actor: actorOf(p), now, requestId: req.id, locale: req.locale };
}

/** Runs a use case in one transaction scoped to the caller's tenant. */
export function inTenant<T>(deps: Deps, req: FastifyRequest, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  const p = principalOf(req);
  const now = deps.clock.now();
  return deps.db.tenant(p.tenantId, (tx) => fn(ctxFor(tx, req, p, now)));
}

/**
 * Runs a read use case scoped to the caller's tenant, each statement in its own read-only
 * transaction sent in one round trip (`Db.read`): for GET routes whose statements need no common
 * snapshot (one row, a row then its options, a page then its total). A write fails (read only).
 */
export function inTenantRead<T>(deps: Deps, req: FastifyRequest, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  const p = principalOf(req);
  return fn(ctxFor(readTx(deps.db, p.tenantId), req, p, deps.clock.now()));
}

const KEY_RE = /^[\x21-\x7e]{1,255}$/;

/**
 * A creating request (POST). With an `Idempotency-Key` header, the key and the response are
 * stored in the same transaction as the change: a retry with the same key and body gets the same
 * response without doing the work twice; the same key with another body is refused (422).
 * Two concurrent requests with one key: the second waits for the first (an advisory lock on the
 * key), then replays the first one's response. Stored responses are encrypted with the secrets key
 * and kept 24 hours (IDEMPOTENCY_TTL_HOURS).
 */
export async function mutation<T>(
  deps: Deps,
  req: FastifyRequest,
  reply: FastifyReply,
  opts: { status: number; run: (ctx: Ctx) => Promise<T>; headers?: (result: T) => Record<string, string> },
): Promise<FastifyReply> {
  const p = principalOf(req);
  const key = req.method === 'POST' ? req.headers['idempotency-key'] : undefined;
  const now = deps.clock.now();
  if (key === undefined) {
    const result = await deps.db.tenant(p.tenantId, (tx) => opts.run(ctxFor(tx, req, p, now)));
    return send(reply, opts.status, opts.headers?.(result) ?? {}, result);
  }
  if (typeof key !== 'string' || !KEY_RE.test(key)) throw new AppError('idempotency.key_invalid');
  const principal = p.tokenId ? `token:${p.tokenId}` : `user:${p.userId}`;
  const requestHash = createHash('sha256')
    .update(`${req.method} ${req.url}\n${JSON.stringify(req.body ?? null)}`)
    .digest('hex');

  const replay = (stored: StoredResponse) => replayStored(deps, reply, stored, requestHash, principal);
  // Requests with one key run one after the other: the key's advisory lock is held until the
  // transaction ends, so a concurrent retry waits for the first attempt, then finds its stored
  // response and replays it. Without the lock, the retry would run the change too and fail on the
  // change's own unique constraint (the user's e-mail…) with that constraint's 409.
  const outcome = await deps.db.tenant(p.tenantId, async (tx) => {
    await lockIdempotencyKey(tx, `idempotency:${p.tenantId}:${key}`);
    const stored = await findStoredResponse(tx, key);
    if (stored) return { stored, result: undefined, headers: {} };
    const result = await opts.run(ctxFor(tx, req, p, now));
    const headers = opts.headers?.(result) ?? {};
    await storeResponse(tx, {
      key,
      principal,
      method: req.method,
      path: req.url,
      requestHash,
      status: opts.status,
      headers,
      // Issue 8: a response may carry a secret shown once (an API token's): never stored in
      // clear. Every response is sealed, so no route can forget to ask for it; rows expire after
      // 24 h (the worker's retention sweep), well within a key rotation's overlap.
      sealedBody: deps.secrets.encrypt(JSON.stringify(result ?? null)),
      at: now,
    });
    return { stored: undefined, result, headers };
  });
  if (outcome.stored) return replay(outcome.stored);
  return send(reply, opts.status, outcome.headers, outcome.result);
}

/** The stored response of the same request (same body, same caller), else 422 key reused. */
function replayStored(
  deps: Deps,
  reply: FastifyReply,
  stored: StoredResponse,
  requestHash: string,
  principal: string,
): FastifyReply {
  if (stored.request_hash !== requestHash || stored.principal !== principal) {
    throw new AppError('idempotency.key_reused');
  }
  reply.header('Idempotent-Replayed', 'true');
  return send(
    reply,
    stored.status_code,
    stored.response_headers,
    JSON.parse(deps.secrets.decrypt(stored.response_body)) as unknown,
  );
}

function send(
  reply: FastifyReply,
  status: number,
  headers: Record<string, string>,
  body: unknown,
): FastifyReply {
  for (const [k, v] of Object.entries(headers)) reply.header(k, v);
  if (status === 204) return reply.code(204).send();
  return reply.code(status).send(body);
}

/** Runs one step of a long use case in its own transaction scoped to the caller's tenant. */
export type TenantStep = <T>(fn: (ctx: Ctx) => Promise<T>) => Promise<T>;

/**
 * A creating request whose body is a stream too large for one transaction (a CDR file): the use
 * case runs its own steps, each in its own transaction (`step`), reading `body` as it goes. With
 * an `Idempotency-Key`, the body is hashed as it streams and the response stored in the use
 * case's last transaction (`onDone`): a retry after the first one ended replays its response (its
 * body read only to check it is the same request; another body: 422). A retry while the first
 * still runs runs too: the use case must be safe to repeat (records deduplicated by their key).
 */
export async function streamedMutation<T>(
  deps: Deps,
  req: FastifyRequest,
  reply: FastifyReply,
  opts: {
    status: number;
    body: AsyncIterable<Uint8Array | string>;
    run: (
      step: TenantStep,
      body: AsyncIterable<Uint8Array | string>,
      onDone: (ctx: Ctx, result: T) => Promise<void>,
    ) => Promise<T>;
    headers?: (result: T) => Record<string, string>;
  },
): Promise<FastifyReply> {
  const p = principalOf(req);
  const now = deps.clock.now();
  const step: TenantStep = (fn) => deps.db.tenant(p.tenantId, (tx) => fn(ctxFor(tx, req, p, now)));
  const key = req.headers['idempotency-key'];
  if (key === undefined) {
    const result = await opts.run(step, opts.body, async () => undefined);
    return send(reply, opts.status, opts.headers?.(result) ?? {}, result);
  }
  if (typeof key !== 'string' || !KEY_RE.test(key)) throw new AppError('idempotency.key_invalid');
  const principal = p.tokenId ? `token:${p.tokenId}` : `user:${p.userId}`;
  const lockName = `idempotency:${p.tenantId}:${key}`;
  const bodyHash = createHash('sha256');
  async function* hashed(): AsyncGenerator<Uint8Array | string> {
    for await (const chunk of opts.body) {
      bodyHash.update(chunk);
      yield chunk;
    }
  }
  const requestHash = () =>
    createHash('sha256')
      .update(`${req.method} ${req.url}\n${bodyHash.digest('hex')}`)
      .digest('hex');
  const stored = await step(async (ctx) => {
    await lockIdempotencyKey(ctx.tx, lockName);
    return findStoredResponse(ctx.tx, key);
  });
  if (stored) {
    // The body is read to the end, only to tell the same request from another one.
    for await (const chunk of hashed()) void chunk;
    return replayStored(deps, reply, stored, requestHash(), principal);
  }
  const result = await opts.run(step, hashed(), async (ctx, r) => {
    await lockIdempotencyKey(ctx.tx, lockName);
    // A concurrent retry that ended first stored its own answer: this one is not stored again.
    if (await findStoredResponse(ctx.tx, key)) return;
    await storeResponse(ctx.tx, {
      key,
      principal,
      method: req.method,
      path: req.url,
      requestHash: requestHash(),
      status: opts.status,
      headers: opts.headers?.(r) ?? {},
      sealedBody: deps.secrets.encrypt(JSON.stringify(r ?? null)),
      at: now,
    });
  });
  return send(reply, opts.status, opts.headers?.(result) ?? {}, result);
}
