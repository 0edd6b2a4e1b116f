import type { Tx } from '../db/db.ts';
import type { NewOutboxRow } from './outbox-store.ts';

/**
 * Many outbox rows in one statement (an import's batch writes hundreds of alert e-mails and SMS):
 * the same columns and defaults as insertOutbox, one round trip instead of one per message.
 */
export async function insertOutboxMany(tx: Tx, ms: readonly NewOutboxRow[]): Promise<void> {
  if (ms.length === 0) return;
  await tx.query(
    `INSERT INTO outbox (tenant_id, id, channel, recipient, subject, body_text, body_html, template, locale,
                         entity_type, entity_id, max_attempts, next_attempt_at, created_at, sensitive)
     SELECT m.tenant_id, m.id, m.channel, m.recipient, m.subject, m.body_text, m.body_html, m.template, m.locale,
            m.entity_type, m.entity_id, coalesce(m.max_attempts, 8), m.now, m.now, m.sensitive
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                   $9::text[], $10::text[], $11::text[], $12::int[], $13::timestamptz[], $14::boolean[])
         AS m(tenant_id, id, channel, recipient, subject, body_text, body_html, template, locale,
              entity_type, entity_id, max_attempts, now, sensitive)`,
    [
      ms.map((m) => m.tenantId),
      ms.map((m) => m.id),
      ms.map((m) => m.channel),
      ms.map((m) => m.to),
      ms.map((m) => m.subject),
      ms.map((m) => m.text),
      ms.map((m) => m.html),
      ms.map((m) => m.template),
      ms.map((m) => m.locale),
      ms.map((m) => m.entityType),
      ms.map((m) => m.entityId),
      ms.map((m) => m.maxAttempts),
      ms.map((m) => m.now),
      ms.map((m) => m.sensitive),
    ],
  );
}
