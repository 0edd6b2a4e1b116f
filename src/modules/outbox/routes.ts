import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { found } from '../../platform/errors.ts';
import type { FastifyRequest } from 'fastify';
import { principalOf } from '../../platform/http/unit-of-work.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { allows } from '../../platform/auth/policies.ts';
import { IdParams } from '../../platform/http/schemas.ts';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import {
  getOutboxMessage,
  listOutbox,
  retryOutboxMessage,
  type OutboxMessage,
  type OutboxSummary,
} from '../../platform/notify/index.ts';

const Status = Type.Union([Type.Literal('pending'), Type.Literal('sent'), Type.Literal('failed')]);
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

const summaryProps = {
  id: Type.String({ format: 'uuid' }),
  channel: Type.Union([Type.Literal('email'), Type.Literal('sms'), Type.Literal('webhook')]),
  recipient: Type.String(),
  subject: Type.String(),
  template: Type.String(),
  locale: Type.String(),
  entityType: Nullable(Type.String()),
  entityId: Nullable(Type.String()),
  status: Status,
  transport: Type.Union([
    Type.Literal('smtp'),
    Type.Literal('local'),
    Type.Literal('webhook'),
    Type.Literal('local_sms'),
    Type.Literal('sms_http'),
    Type.Null(),
  ]),
  attempts: Type.Integer(),
  maxAttempts: Type.Integer(),
  nextAttemptAt: Type.String({ format: 'date-time' }),
  lastError: Nullable(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Nullable(Type.String({ format: 'date-time' })),
  sensitive: Type.Boolean({
    description: "About a user's access (set-password link): body for admins only, purged once delivered",
  }),
};
const OutboxSummarySchema = Type.Object(summaryProps, { $id: 'OutboxSummary' });
const OutboxMessageSchema = Type.Object(
  {
    ...summaryProps,
    bodyText: Type.String(),
    bodyHtml: Nullable(Type.String()),
    bodyWithheld: Type.Union([Type.Literal('admins_only'), Type.Literal('purged'), Type.Null()], {
      description: 'Why the body is empty: shown to admins only, or purged after delivery',
    }),
  },
  { $id: 'OutboxMessage' },
);

function toSummary(m: OutboxSummary) {
  return {
    id: m.id,
    channel: m.channel,
    recipient: m.to,
    subject: m.subject,
    template: m.template,
    locale: m.locale,
    entityType: m.entityType,
    entityId: m.entityId,
    status: m.status,
    transport: m.transport,
    attempts: m.attempts,
    maxAttempts: m.maxAttempts,
    nextAttemptAt: m.nextAttemptAt.toISOString(),
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
    sensitive: m.sensitive,
  };
}

/**
 * Issue 8: a message about a user's access carries a set-password link; only admins read its body
 * (an agent reading a supervisor's link could take the account over). Others see that it was sent.
 */
function toMessage(m: OutboxMessage, req: FastifyRequest) {
  if (m.sensitive && !allows('outbox.read_sensitive', principalOf(req).role)) {
    return { ...toSummary(m), bodyText: '', bodyHtml: null, bodyWithheld: 'admins_only' as const };
  }
  const purged = m.sensitive && m.text === '' && m.html === null;
  return {
    ...toSummary(m),
    bodyText: m.text,
    bodyHtml: m.html,
    bodyWithheld: purged ? ('purged' as const) : null,
  };
}

export function outboxRoutes(app: App, deps: Deps): void {
  app.addSchema(OutboxSummarySchema);
  app.addSchema(OutboxMessageSchema);
  const routes = moduleRoutes(app, deps, ['outbox']);
  routes.list('/api/outbox', {
    operationId: 'listOutboxMessages',
    summary: 'Notifications waiting, sent (SMTP or local mailbox) or failed, newest first',
    querystring: listQuery([], {
      status: Type.Optional(Status),
      transport: Type.Optional(
        Type.Union([
          Type.Literal('smtp'),
          Type.Literal('local'),
          Type.Literal('local_sms'),
          Type.Literal('sms_http'),
        ]),
      ),
      entityType: Type.Optional(Type.String({ maxLength: 64 })),
      entityId: Type.Optional(Type.String({ maxLength: 64 })),
    }),
    page: pageOf(Type.Ref('OutboxSummary')),
    policy: 'outbox.read',
    read: async (ctx, req) => {
      const { limit, offset, status, transport, entityType, entityId } = req.query;
      const page = await listOutbox(ctx.tx, {
        limit,
        offset,
        ...(status ? { status } : {}),
        ...(transport ? { transport } : {}),
        ...(entityType ? { entityType } : {}),
        ...(entityId ? { entityId } : {}),
      });
      return { ...page, items: page.items.map(toSummary) };
    },
  });
  routes.get('/api/outbox/:id', {
    operationId: 'getOutboxMessage',
    summary: 'One message with its body',
    params: IdParams,
    response: { 200: Type.Ref('OutboxMessage') },
    policy: 'outbox.read',
    read: async (ctx, req) => toMessage(found(await getOutboxMessage(ctx.tx, req.params.id)), req),
  });
  routes.post('/api/outbox/:id/retry', {
    operationId: 'retryOutboxMessage',
    summary: 'Queue a failed message again',
    params: IdParams,
    response: { 200: Type.Ref('OutboxMessage') },
    policy: 'outbox.retry',
    run: async (ctx, req) => {
      const m = await retryOutboxMessage(ctx.tx, req.params.id, ctx.now);
      await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
        entityType: 'outbox_message',
        entityId: m.id,
        entityLabel: `${m.subject} → ${m.to}`,
        action: 'outbox.retried',
        after: { recipient: m.to, subject: m.subject, status: m.status },
      });
      return toMessage(m, req);
    },
  });
}
