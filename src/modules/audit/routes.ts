import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { inTenant } from '../../platform/http/unit-of-work.ts';
import { listRoute } from '../../platform/http/list-route.ts';
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
  listRoute(
    app,
    '/api/audit-events',
    {
      tags: ['audit'],
      operationId: 'listAuditEvents',
      summary: 'The audit log: who changed what, when, before and after (secrets masked)',
      querystring: AuditQuery,
      page: pageOf(Type.Ref('AuditEvent')),
      policy: 'audit.read',
    },
    async (req) => {
      const q = req.query;
      return inTenant(deps, req, (ctx) => listAuditEvents(ctx.tx, q));
    },
  );
}
