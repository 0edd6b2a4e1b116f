import path from 'node:path';
import type { Clock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { createMailer, type Mailer } from '../notify/mailer.ts';
import {
  DEFAULT_DELIVERY_CONCURRENCY,
  deliverOutbox,
  deliverSms,
  type DeliveryReport,
} from '../notify/deliver.ts';
import { createSmsGateway, type SmsGateway } from '../notify/sms.ts';
import { deliverWebhooks } from '../notify/webhook.ts';
import type { SecretBox } from '../secrets/index.ts';
import { ACTION_JOB_KIND, actionJobHandler, createActionRegistry, type ActionRegistry } from './actions.ts';
import { silentLogger, type WorkerLogger } from './logger.ts';
import { retentionSweep } from './retention.ts';
import { createWorker, type JobHandler, type Worker } from './worker.ts';

/**
 * The worker the server runs (or `relais worker` alone): due jobs, effective-dated actions and
 * outbox delivery in one loop. Several processes may run it against one PostgreSQL; everything it
 * claims is taken with SKIP LOCKED.
 */

export interface PlatformWorkerDeps {
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'dataDir'> & Partial<Pick<Config, 'smsUrl'>>;
  db: Db;
  clock: Clock;
  /** The registry the business modules registered their action handlers in. */
  actions?: ActionRegistry;
  /** Decrypts the TM Forum hub's signing secrets; without it, hub events are not delivered. */
  secrets?: SecretBox;
}

export interface PlatformWorkerOptions {
  /** Overrides deps.actions. */
  actions?: ActionRegistry;
  /** Other job kinds (not action.run, which is built in). */
  handlers?: Readonly<Record<string, JobHandler>>;
  /** Defaults to createMailer(config): SMTP with SMTP_URL, else the local mailbox. */
  mailer?: Mailer;
  /** Defaults to createSmsGateway(config): HTTP with SMS_URL, else the local SMS box. */
  sms?: SmsGateway;
  /** Local mailbox .eml copies; default `<dataDir>/mailbox`, null for none. */
  mailboxDir?: string | null;
  pollIntervalMs?: number;
  /** Jobs per turn of the loop (default 20); also the TM Forum events per pass. */
  batchSize?: number;
  /** E-mails, and SMS, claimed per pass (default 100: an import commit writes alerts by the hundred). */
  deliveryBatchSize?: number;
  /** Messages sent at once per channel (default DEFAULT_DELIVERY_CONCURRENCY). */
  concurrency?: number;
  /**
   * Messages per channel sent and not yet recorded, at most: what a crash may send twice (default
   * DEFAULT_MAX_IN_FLIGHT, and never below concurrency).
   */
  maxInFlight?: number;
  /** See WorkerOptions.wakeChannel (default: woken by every commit of outbox rows or jobs). */
  wakeChannel?: string | null;
}

export interface PlatformWorker extends Worker {
  readonly mailer: Mailer;
  /** One delivery pass, as the loop does it (tests and the CLI). */
  deliverOutbox(): Promise<DeliveryReport>;
  /** One pass over the SMS waiting in the outbox. */
  deliverSms(): Promise<DeliveryReport>;
  /** One pass over due TM Forum hub events (needs deps.secrets). */
  deliverEvents(): Promise<DeliveryReport>;
}

/**
 * The platform worker's messages in flight per channel (sent, their `sent` not committed yet):
 * four times the sending slots, so a slot rarely waits for the record of its previous message.
 */
export const DEFAULT_MAX_IN_FLIGHT = 4 * DEFAULT_DELIVERY_CONCURRENCY;

export function createPlatformWorker(
  deps: PlatformWorkerDeps,
  logger: WorkerLogger = silentLogger,
  options: PlatformWorkerOptions = {},
): PlatformWorker {
  const { db, clock, config } = deps;
  const actions = options.actions ?? deps.actions ?? createActionRegistry();
  const extra = options.handlers ?? {};
  if (Object.hasOwn(extra, ACTION_JOB_KIND))
    throw new Error(`"${ACTION_JOB_KIND}" is built in; do not pass it`);
  const mailboxDir =
    options.mailboxDir === undefined ? path.join(config.dataDir, 'mailbox') : options.mailboxDir;
  const ownMailer = options.mailer === undefined;
  const concurrency = options.concurrency ?? DEFAULT_DELIVERY_CONCURRENCY;
  const mailer =
    options.mailer ??
    createMailer({
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
      mailboxDir: mailboxDir ?? undefined,
      maxConnections: concurrency,
    });
  const batchSize = options.batchSize ?? 20;
  const deliveryBatchSize = options.deliveryBatchSize ?? 100;
  const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  const deliver = (limit: number): Promise<DeliveryReport> =>
    deliverOutbox({ db, clock, mailer, batchSize: limit, logger, concurrency, maxInFlight });
  const sms = options.sms ?? createSmsGateway({ smsUrl: config.smsUrl, maxSockets: concurrency });
  const sendSms = (limit: number): Promise<DeliveryReport> =>
    deliverSms({ db, clock, sms, batchSize: limit, logger, concurrency, maxInFlight });
  const { secrets } = deps;
  const deliverEvents = (limit: number): Promise<DeliveryReport> =>
    secrets
      ? deliverWebhooks({ db, clock, secrets, batchSize: limit, logger })
      : Promise.resolve({ claimed: 0, sent: 0, retrying: 0, failed: 0 });
  const worker = createWorker({
    db,
    clock,
    logger,
    handlers: { ...extra, [ACTION_JOB_KIND]: actionJobHandler(actions) },
    sweeps: [
      // E-mails and SMS go to different peers: each in its own loop, at its own pace (issue 12:
      // in one loop, a pass waited for both, so the SMS waited for the slower e-mails' batch).
      { name: 'emails', ownLoop: true, run: async () => (await deliver(deliveryBatchSize)).claimed },
      { name: 'sms', ownLoop: true, run: async () => (await sendSms(deliveryBatchSize)).claimed },
      retentionSweep(db, clock),
      { name: 'tmf-events', run: async (limit) => (await deliverEvents(limit)).claimed },
    ],
    batchSize,
    ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
    ...(options.wakeChannel === undefined ? {} : { wakeChannel: options.wakeChannel }),
  });
  return {
    ...worker,
    get running() {
      return worker.running;
    },
    mailer,
    deliverOutbox: () => deliver(deliveryBatchSize),
    deliverSms: () => sendSms(deliveryBatchSize),
    deliverEvents: () => deliverEvents(batchSize),
    async stop() {
      await worker.stop();
      if (ownMailer) await mailer.close();
    },
  };
}

/** What the server calls at start (when RELAIS_WORKER is on); `stop()` at shutdown. */
export function startPlatformWorker(
  deps: PlatformWorkerDeps,
  logger?: WorkerLogger,
  options?: PlatformWorkerOptions,
): PlatformWorker {
  const worker = createPlatformWorker(deps, logger, options);
  worker.start();
  return worker;
}
