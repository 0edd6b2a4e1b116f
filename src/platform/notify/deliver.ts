/**
 * Outbox delivery, run by the worker loop (and directly by tests).
 *
 * Short transactions rather than one long one: claim a batch (a lease), send outside any
 * transaction, record the results. Holding a transaction across an SMTP conversation would pin a
 * pool connection on PostgreSQL, and on PGlite, which runs one transaction at a time, it would stall
 * every HTTP request for as long as the SMTP server takes to answer (up to the timeouts).
 *
 * Issue 12 (an alert at the peer within 0.5 s of its commit, hundreds of them per import commit):
 * the worker sends `concurrency` messages of a batch at once, and the messages sent meanwhile are
 * recorded together, one UPDATE for all of them (group commit). A message is "in flight" from the
 * start of its send until its record commits; at most `maxInFlight` are (default `concurrency`:
 * each slot then waits for its message's record before it takes the next one). The platform worker
 * lets a slot go on to its next send while the record is written (maxInFlight above concurrency):
 * measured on a loaded machine, the record's transaction took twice as long as the send, so
 * waiting for it left the SMTP connections idle two thirds of the time. Failures are rare and
 * recorded one by one, as before.
 *
 * Guarantees:
 *  - nothing is lost: a row leaves `pending` only when the send succeeded (`sent`) or the last
 *    attempt failed (`failed`, retryable from the UI). A worker that dies mid-batch leaves its
 *    claimed rows pending; they are due again when the lease expires.
 *  - at least once, not exactly once: if the process dies after the SMTP server accepted a message
 *    and before `sent` is committed, the message is sent again after the lease: the messages in
 *    flight, at most `maxInFlight`. No protocol can close that window (the SMTP acceptance and our
 *    commit are two systems). The resend carries the same Message-ID (derived from the outbox id),
 *    so receivers and mail clients can drop the copy; an SMS carries its id as Idempotency-Key.
 *  - a message is claimed by one worker at a time (SKIP LOCKED, then the lease), so two workers
 *    never send the same message, however many slots each runs.
 */
import type { Clock } from '../clock.ts';
import type { Db } from '../db/db.ts';
import { exponentialBackoff, type Backoff } from '../jobs/backoff.ts';
import { errorText, silentLogger, type WorkerLogger } from '../jobs/logger.ts';
import { isPermanentMailError, type Mailer } from './mailer.ts';
import { PermanentSmsError, type SmsGateway } from './sms.ts';
import {
  claimDueOutbox,
  selectOutbox,
  updateOutboxFailure,
  updateOutboxSentMany,
  type OutboxMessage,
} from './outbox-store.ts';
import type { Tx } from '../db/db.ts';
import { publishTmfEvent, tenantsListening } from '../tmf/hub.ts';
import { toTmfCommunicationMessage } from '../tmf/communication.ts';

/** 30 s, 1 min, 2 min… up to 1 h: with the default 8 attempts, about 1 h 30 of trying. */
export const defaultOutboxBackoff: Backoff = exponentialBackoff(30_000, 3_600_000);

/** Longer than the SMTP timeouts together, so a slow send is never taken over by another worker. */
export const DEFAULT_OUTBOX_LEASE_MS = 5 * 60_000;

export interface DeliverOutboxOptions {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  batchSize?: number;
  leaseMs?: number;
  backoff?: Backoff;
  logger?: WorkerLogger;
  /**
   * Messages of the batch being sent at once (default 1: one after the other). The platform worker
   * sends DEFAULT_DELIVERY_CONCURRENCY.
   */
  concurrency?: number;
  /**
   * Messages sent or being sent whose `sent` is not committed yet, at most (default and minimum:
   * `concurrency`). It bounds what a crash sends twice (see above).
   */
  maxInFlight?: number;
}

/** The platform worker's sending slots per channel; also its SMTP connections (mailer.ts). */
export const DEFAULT_DELIVERY_CONCURRENCY = 8;

export interface DeliveryReport {
  claimed: number;
  sent: number;
  /** Failed this time, due again later. */
  retrying: number;
  /** Failed for good (last attempt, or refused permanently by the server). */
  failed: number;
}

export async function deliverOutbox(options: DeliverOutboxOptions): Promise<DeliveryReport> {
  const { mailer, clock } = options;
  return deliverChannel(options, 'email', {
    noun: 'e-mail',
    transport: mailer.transport,
    permanent: isPermanentMailError,
    send: (m) =>
      mailer.send({
        outboxId: m.id,
        to: m.to,
        subject: m.subject,
        text: m.text,
        html: m.html,
        date: clock.now(),
      }),
  });
}

export interface DeliverSmsOptions extends Omit<DeliverOutboxOptions, 'mailer'> {
  sms: SmsGateway;
}

/** The SMS rows of the outbox (issue 12), with the same claim, send, record steps as e-mails. */
export function deliverSms(options: DeliverSmsOptions): Promise<DeliveryReport> {
  const { sms } = options;
  return deliverChannel(options, 'sms', {
    noun: 'SMS',
    transport: sms.transport,
    permanent: (err) => err instanceof PermanentSmsError,
    send: (m) => sms.send({ outboxId: m.id, to: m.to, text: m.text }),
  });
}

interface Channel {
  /** How the logs name the message ("e-mail", "SMS"). */
  noun: string;
  transport: string;
  permanent(err: unknown): boolean;
  send(m: OutboxMessage): Promise<unknown>;
}

async function deliverChannel(
  options: Omit<DeliverOutboxOptions, 'mailer'>,
  kind: 'email' | 'sms',
  channel: Channel,
): Promise<DeliveryReport> {
  const { db, clock } = options;
  const logger = options.logger ?? silentLogger;
  const backoff = options.backoff ?? defaultOutboxBackoff;
  const leaseMs = options.leaseMs ?? DEFAULT_OUTBOX_LEASE_MS;
  const batchSize = options.batchSize ?? 20;
  const now = clock.now();
  const claimed = await db.system((tx) =>
    claimDueOutbox(tx, now, new Date(now.getTime() + leaseMs), batchSize, kind),
  );
  const report: DeliveryReport = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  const recordSent = groupCommit((group: OutboxMessage[]) => recordSentGroup(db, clock, channel, group));
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  const maxInFlight = Math.max(concurrency, Math.floor(options.maxInFlight ?? concurrency));
  let next = 0;
  let stopped: { error: unknown } | undefined;
  // In flight: from the start of a send to the commit of its record (what a crash would resend).
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    inFlight--;
    waiting.shift()?.();
  };
  const records: Promise<void>[] = [];
  // A database error stops the batch (the rest stays leased and comes back after the lease):
  // sending more while results cannot be saved would only make more duplicates.
  const slot = async (): Promise<void> => {
    while (!stopped && next < claimed.length) {
      while (inFlight >= maxInFlight) await new Promise<void>((resolve) => waiting.push(resolve));
      if (stopped || next >= claimed.length) break;
      inFlight++;
      const message = claimed[next++] as OutboxMessage;
      let outcome: 'sent' | 'retrying' | 'failed';
      try {
        outcome = await sendOne(db, clock, channel, logger, backoff, message);
      } catch (error) {
        stopped ??= { error };
        release();
        break;
      }
      if (outcome !== 'sent') {
        report[outcome] += 1;
        release();
        continue;
      }
      // Recorded with the messages sent meanwhile; the slot goes on unless maxInFlight is reached.
      records.push(
        recordOne(channel, logger, message, recordSent)
          .then(
            () => void (report.sent += 1),
            (error: unknown) => void (stopped ??= { error }),
          )
          .finally(release),
      );
    }
    // Another slot waiting for room must see the end (or the stop) too.
    waiting.shift()?.();
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, claimed.length) }, slot));
  await Promise.all(records);
  if (stopped) throw stopped.error;
  return report;
}

/**
 * Batches calls made while an earlier batch is being written: the first call writes alone, the
 * calls that come meanwhile wait and are written together next, and so on. Each call resolves (or
 * rejects) with its own batch's write.
 */
function groupCommit<T>(write: (items: T[]) => Promise<void>): (item: T) => Promise<void> {
  let waiting: { item: T; resolve: () => void; reject: (err: unknown) => void }[] = [];
  let writing = false;
  async function drain(): Promise<void> {
    writing = true;
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      try {
        await write(group.map((w) => w.item));
        for (const w of group) w.resolve();
      } catch (err) {
        for (const w of group) w.reject(err);
      }
    }
    writing = false;
  }
  return (item) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!writing) void drain();
    });
}

/**
 * One transaction: the messages go `sent` in one statement (those still pending: a message
 * withdrawn meanwhile keeps its status), then the TMF681 state events of those that changed, for
 * the tenants where someone listens (one look-up for the group: issue 12's alerts come by the
 * hundred and their tenants rarely have listeners; three statements per tenant and group were a
 * third of the worker's round trips to the database).
 */
async function recordSentGroup(
  db: Db,
  clock: Clock,
  channel: Channel,
  group: readonly OutboxMessage[],
): Promise<void> {
  const now = clock.now();
  await db.system(async (tx) => {
    const recorded = await updateOutboxSentMany(tx, group, channel.transport, now);
    const byTenant = new Map<string, string[]>();
    for (const r of recorded) byTenant.set(r.tenantId, [...(byTenant.get(r.tenantId) ?? []), r.id]);
    const listening = await tenantsListening(tx, 'TMF681', [...byTenant.keys()]);
    for (const [tenantId, ids] of byTenant)
      if (listening.has(tenantId)) await publishMessageStates(tx, tenantId, ids, now);
  });
}

/** Logged fields never include the subject or the bodies: they may carry a temporary password. */
const logFields = (m: OutboxMessage) => ({
  outboxId: m.id,
  tenantId: m.tenantId,
  template: m.template,
  attempt: m.attempts,
});

/** Sends one message; a failure is recorded here (rare: one transaction each). */
async function sendOne(
  db: Db,
  clock: Clock,
  channel: Channel,
  logger: WorkerLogger,
  backoff: Backoff,
  m: OutboxMessage,
): Promise<'sent' | 'retrying' | 'failed'> {
  const fields = logFields(m);
  try {
    await channel.send(m);
  } catch (err) {
    const permanent = channel.permanent(err);
    const final = permanent || m.attempts >= m.maxAttempts;
    const retryAt = final ? null : new Date(clock.now().getTime() + backoff(m.attempts));
    const error = errorText(err);
    await db.system(async (tx) => {
      const recorded = await updateOutboxFailure(tx, {
        tenantId: m.tenantId,
        id: m.id,
        claimedAttempts: m.attempts,
        error,
        retryAt,
      });
      if (recorded && final) await publishMessageState(tx, m.tenantId, m.id, clock.now());
    });
    if (final) logger.error({ ...fields, permanent, error }, `${channel.noun} failed for good`);
    else
      logger.warn(
        { ...fields, error, retryAt: retryAt?.toISOString() },
        `${channel.noun} not delivered; will retry`,
      );
    return final ? 'failed' : 'retrying';
  }
  return 'sent';
}

/** A sent message's record, with the others of its group (recordSent). */
async function recordOne(
  channel: Channel,
  logger: WorkerLogger,
  m: OutboxMessage,
  recordSent: (m: OutboxMessage) => Promise<void>,
): Promise<void> {
  const fields = logFields(m);
  try {
    await recordSent(m);
  } catch (err) {
    // Sent but not recorded: the lease will expire and the message go again (same Message-ID).
    logger.error(
      { ...fields, error: errorText(err) },
      `${channel.noun} sent but its status could not be saved`,
    );
    throw err;
  }
  logger.info({ ...fields, transport: channel.transport }, `${channel.noun} sent`);
}

/** TMF681: a message reached its final state (sent, or failed for good), for hub listeners. */
async function publishMessageState(tx: Tx, tenantId: string, id: string, now: Date): Promise<void> {
  await publishMessageStates(tx, tenantId, [id], now);
}

/** The same for several messages of one tenant, in one tenant scope. */
async function publishMessageStates(
  tx: Tx,
  tenantId: string,
  ids: readonly string[],
  now: Date,
): Promise<void> {
  await tx.scoped(tenantId, async (s) => {
    for (const id of ids) {
      const listeners = await publishTmfEvent(
        { tx: s, now },
        'TMF681',
        'CommunicationMessageStateChangeEvent',
        async () => {
          const m = await selectOutbox(s, tenantId, id, false);
          if (!m) throw new Error(`outbox message ${id} vanished`);
          return { communicationMessage: toTmfCommunicationMessage(m) };
        },
      );
      // Who listens depends on the tenant and the event type only, the same for every message
      // here: none for the first, none for the others (one look-up per tenant, not per message).
      if (listeners === 0) return;
    }
  });
}
