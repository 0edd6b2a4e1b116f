/**
 * Delivery of TM Forum hub events (outbox rows of channel 'webhook', written by
 * `tmf/hub.ts` publishTmfEvent), run by the worker loop next to the e-mails.
 *
 * Same shape as deliver.ts and for the same reason: claim with a lease in a short transaction,
 * POST outside any transaction (a slow or dead listener must not hold a connection, nor stall
 * PGlite), then record the result. A listener that is down gets the event later, with backoff,
 * until it answers 2xx or the attempts are spent (then `failed`, retryable from the outbox page).
 *
 * Each event goes once per listener in the normal course; a crash between the listener's 2xx and
 * our record sends it again after the lease, with the same eventId (body and X-Relais-Event-Id),
 * so a listener can drop the copy.
 *
 * Signature: `X-Relais-Signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>` with
 * `X-Relais-Timestamp` (Unix seconds), the secret being the registration's, shown once at
 * registration and stored encrypted. The timestamp lets a listener refuse old replays.
 */
import { createHmac } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/db.ts';
import { exponentialBackoff, type Backoff } from '../jobs/backoff.ts';
import { errorText, silentLogger, type WorkerLogger } from '../jobs/logger.ts';
import type { SecretBox } from '../secrets/index.ts';
import { listenerSecret } from '../tmf/hub.ts';
import { claimDueOutbox, updateOutboxFailure, updateOutboxSent, type OutboxMessage } from './outbox-store.ts';
import { DEFAULT_OUTBOX_LEASE_MS, type DeliveryReport } from './deliver.ts';

/** 30 s, 1 min, 2 min… up to 1 h. */
export const defaultWebhookBackoff: Backoff = exponentialBackoff(30_000, 3_600_000);
export const WEBHOOK_TIMEOUT_MS = 10_000;
export const WEBHOOK_TRANSPORT = 'webhook';

export interface DeliverWebhooksOptions {
  db: Db;
  clock: Clock;
  secrets: SecretBox;
  batchSize?: number;
  leaseMs?: number;
  backoff?: Backoff;
  logger?: WorkerLogger;
  timeoutMs?: number;
}

export function signEvent(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

class PermanentWebhookError extends Error {}

export async function deliverWebhooks(options: DeliverWebhooksOptions): Promise<DeliveryReport> {
  const { db, clock } = options;
  const now = clock.now();
  const leaseMs = options.leaseMs ?? DEFAULT_OUTBOX_LEASE_MS;
  const claimed = await db.system((tx) =>
    claimDueOutbox(tx, now, new Date(now.getTime() + leaseMs), options.batchSize ?? 20, 'webhook'),
  );
  const report: DeliveryReport = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  for (const m of claimed) report[await deliverOne(options, m)] += 1;
  return report;
}

async function post(options: DeliverWebhooksOptions, m: OutboxMessage, secret: string): Promise<void> {
  const timestamp = String(Math.floor(options.clock.now().getTime() / 1000));
  let eventId = '';
  try {
    eventId = String((JSON.parse(m.text) as { eventId?: unknown }).eventId ?? '');
  } catch {
    // The body is ours; an unreadable one is still sent as is.
  }
  const res = await fetch(m.to, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Relais-TMF-hub',
      'x-relais-event-id': eventId,
      'x-relais-event-type': m.subject,
      'x-relais-timestamp': timestamp,
      'x-relais-signature': signEvent(secret, timestamp, m.text),
    },
    body: m.text,
    // SSRF: a redirect is not followed (it could point anywhere), and the body is not read.
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs ?? WEBHOOK_TIMEOUT_MS),
  });
  await res.body?.cancel();
  if (res.status >= 200 && res.status < 300) return;
  // 410 Gone: the listener says it will never take this again.
  if (res.status === 410) throw new PermanentWebhookError(`listener answered ${res.status}`);
  throw new Error(`listener answered ${res.status}`);
}

async function deliverOne(
  options: DeliverWebhooksOptions,
  m: OutboxMessage,
): Promise<'sent' | 'retrying' | 'failed'> {
  const { db, clock, secrets } = options;
  const logger = options.logger ?? silentLogger;
  const backoff = options.backoff ?? defaultWebhookBackoff;
  const fields = { outboxId: m.id, tenantId: m.tenantId, eventType: m.subject, attempt: m.attempts };
  try {
    const secret = m.entityId
      ? await db.system((tx) => listenerSecret(tx, secrets, m.tenantId, m.entityId ?? ''))
      : null;
    if (secret === null) throw new PermanentWebhookError('listener unregistered');
    await post(options, m, secret);
  } catch (err) {
    const permanent = err instanceof PermanentWebhookError;
    const final = permanent || m.attempts >= m.maxAttempts;
    const retryAt = final ? null : new Date(clock.now().getTime() + backoff(m.attempts));
    const error = errorText(err);
    await db.system((tx) =>
      updateOutboxFailure(tx, {
        tenantId: m.tenantId,
        id: m.id,
        claimedAttempts: m.attempts,
        error,
        retryAt,
      }),
    );
    if (final) logger.error({ ...fields, error }, 'event delivery failed for good');
    else
      logger.warn({ ...fields, error, retryAt: retryAt?.toISOString() }, 'event not delivered; will retry');
    return final ? 'failed' : 'retrying';
  }
  await db.system((tx) => updateOutboxSent(tx, m.tenantId, m.id, WEBHOOK_TRANSPORT, clock.now()));
  logger.info(fields, 'event delivered');
  return 'sent';
}
