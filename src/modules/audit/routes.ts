import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { listQuery, orderBy, pageOf } from '../../platform/http/pagination.ts';

const AuditEventSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    at: Type.String({ format: 'date-time' }),
    actorType: Type.Union([Type.Literal('user'), Type.Literal('token'), Type.Literal('system')]),
    actorId: Type.Union([Type.String(), Type.Null()]),
    actorLabel: Type.String(),
    entityType: Type.String(),
    entityId: Type.String(),
    action: Type.String(),
    before: Type.Unknown(),
    after: Type.Unknown(),
    requestId: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'AuditEvent' },
);

const AuditQuery = listQuery(['at'], {
  entityType: Type.Optional(Type.String({ maxLength: 64 })),
  entityId: Type.Optional(Type.String({ maxLength: 64 })),
  action: Type.Optional(Type.String({ maxLength: 64 })),
  actorId: Type.Optional(Type.String({ format: 'uuid' })),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
});

interface AuditRow {
  id: string;
  at: Date;
  actor_type: 'user' | 'token' | 'system';
  actor_id: string | null;
  actor_label: string;
  entity_type: string;
  entity_id: string;
  action: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

export function auditRoutes(app: App, deps: Deps): void {
  app.addSchema(AuditEventSchema);
  app.get(
    '/api/audit-events',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit log: who changed what, when, before and after (secrets masked)',
        querystring: AuditQuery,
        response: { 200: pageOf(Type.Ref('AuditEvent')), ...errorResponses },
      },
      config: { policy: 'audit.read' },
    },
    async (req, reply) => {
      const q = req.query;
      const page = await inTenant(deps, req, async (ctx) => {
        const where = `($1::text IS NULL OR entity_type = $1) AND ($2::text IS NULL OR entity_id = $2)
          AND ($3::text IS NULL OR action = $3) AND ($4::uuid IS NULL OR actor_id = $4)
          AND ($5::timestamptz IS NULL OR at >= $5) AND ($6::timestamptz IS NULL OR at < $6)`;
        const params = [
          q.entityType ?? null,
          q.entityId ?? null,
          q.action ?? null,
          q.actorId ?? null,
          q.from ?? null,
          q.to ?? null,
        ];
        const rows = await ctx.tx.query<AuditRow>(
          `SELECT id, at, actor_type, actor_id, actor_label, entity_type, entity_id, action, before, after, request_id
             FROM audit_events WHERE ${where} ORDER BY ${orderBy(q.sort, { at: 'at' }, '-at')} LIMIT $7 OFFSET $8`,
          [...params, q.limit, q.offset],
        );
        const { n } = await ctx.tx.one<{ n: number }>(
          `SELECT count(*)::int AS n FROM audit_events WHERE ${where}`,
          params,
        );
        return {
          items: rows.map((r) => ({
            id: r.id,
            at: r.at.toISOString(),
            actorType: r.actor_type,
            actorId: r.actor_id,
            actorLabel: r.actor_label,
            entityType: r.entity_type,
            entityId: r.entity_id,
            action: r.action,
            before: r.before,
            after: r.after,
            requestId: r.request_id,
          })),
          total: n,
          limit: q.limit,
          offset: q.offset,
        };
      });
      reply.header('X-Total-Count', String(page.total));
      return page;
    },
  );
}
