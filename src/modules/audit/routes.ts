import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant } from '../../platform/http/unit-of-work.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { listQuery, pageOf } from '../../platform/http/pagination.ts';
import { listAuditEvents } from '../../platform/audit/store.ts';

const AuditEventSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    at: Type.String({ format: 'date-time' }),
    actorType: Type.Union([Type.Literal('user'), Type.Literal('token'), Type.Literal('system')]),
    actorId: Type.Union([Type.String(), Type.Null()]),
    actorLabel: Type.String(),
    entityType: Type.String(),
    entityId: Type.String(),
    entityLabel: Type.Union([Type.String(), Type.Null()]),
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
      const page = await inTenant(deps, req, (ctx) => listAuditEvents(ctx.tx, q));
      reply.header('X-Total-Count', String(page.total));
      return page;
    },
  );
}
