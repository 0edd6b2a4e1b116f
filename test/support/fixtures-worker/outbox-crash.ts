/**
 * A process that is killed with SIGKILL by test/platform/outbox-crash.test.ts. Usage:
 *   node --import tsx outbox-crash.ts '<json options>'
 * It enqueues `count` e-mails (one tenant transaction each, as separate business changes would),
 * prints "enqueued", then, depending on `mode`:
 *  - "smtp-down": one delivery pass against an SMTP address where nothing listens (every message
 *    gets a failed attempt), prints "attempted", and waits to be killed;
 *  - "hang-after-first-send": a delivery pass whose mailer really sends the first message, prints
 *    "sent-one" and never returns, so the process dies between the SMTP acceptance and the commit.
 */
import { ManualClock } from '../../../src/platform/clock.ts';
import type { Db } from '../../../src/platform/db/db.ts';
import { openPglite } from '../../../src/platform/db/pglite.ts';
import { openPostgres } from '../../../src/platform/db/postgres.ts';
import { deliverOutbox } from '../../../src/platform/notify/deliver.ts';
import { createMailer, type Mailer } from '../../../src/platform/notify/mailer.ts';
import { enqueueEmail } from '../../../src/platform/notify/outbox.ts';

export interface CrashChildOptions {
  url?: string;
  dataDir?: string;
  tenantId: string;
  smtpUrl: string;
  mailFrom: string;
  count: number;
  now: string;
  mode: 'smtp-down' | 'hang-after-first-send';
}

/** Blocks forever; the timer keeps Node from exiting on an unsettled top-level await. */
function hang(): Promise<never> {
  setInterval(() => undefined, 60_000);
  return new Promise<never>(() => undefined);
}

const options = JSON.parse(process.argv[2] ?? '{}') as CrashChildOptions;
const db: Db = options.url ? await openPostgres(options.url, 2) : await openPglite(options.dataDir);
const clock = new ManualClock(options.now);

for (let i = 0; i < options.count; i++) {
  await db.tenant(options.tenantId, (tx) =>
    enqueueEmail(tx, {
      to: `customer${i}@example.fr`,
      subject: `Message ${i}`,
      text: `Body ${i}`,
      template: 'test.crash',
      locale: 'fr',
      now: clock.now(),
    }),
  );
}
process.stdout.write('enqueued\n');

const smtp = createMailer({ smtpUrl: options.smtpUrl, mailFrom: options.mailFrom });
const mailer: Mailer =
  options.mode === 'smtp-down'
    ? smtp
    : {
        transport: 'smtp',
        async send(message) {
          await smtp.send(message);
          process.stdout.write('sent-one\n');
          await hang();
        },
        close: () => smtp.close(),
      };

if (options.mode === 'smtp-down') {
  await deliverOutbox({ db, clock, mailer });
  process.stdout.write('attempted\n');
  await hang();
} else {
  await deliverOutbox({ db, clock, mailer });
}
