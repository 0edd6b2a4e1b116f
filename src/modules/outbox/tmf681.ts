import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { inTenant } from '../../platform/http/unit-of-work.ts';
import {
  TmfGetQuery,
  TmfListQuery,
  parseFields,
  parseTmfQuery,
  selectTmfFields,
  sendTmfList,
  tmfGetResponses,
  tmfListResponses,
  tmfPage,
} from '../../platform/http/tmf-query.ts';
import { getOutboxMessage, listOutbox } from '../../platform/notify/index.ts';
import {
  TMF681_BASE,
  TMF681_FILTERS,
  TmfCommunicationMessageSchema,
  toTmfCommunicationMessage,
} from '../../platform/tmf/communication.ts';

export { TMF681_BASE };

/**
 * TMF681 Communication Management v4, read-only: the e-mails and SMS of the outbox as
 * `CommunicationMessage`s (the hub's event deliveries are not messages and are left out).
 * The content is not exposed: an e-mail body may carry a temporary password (the outbox page
 * shows it to agents one message at a time; an API token should not be able to harvest them).
 */

export function communicationRoutes(app: App, deps: Deps): void {
  const tags = ['TMF681 communicationMessage'];
  app.get(
    `${TMF681_BASE}/communicationMessage`,
    {
      schema: {
        tags,
        summary: 'TMF681 v4: the e-mails and SMS Relais sent or will send (TMF630 fields, paging, filters)',
        querystring: TmfListQuery,
        response: tmfListResponses(TmfCommunicationMessageSchema),
      },
      config: { policy: 'tmf.communication.read' },
    },
    async (req, reply) => {
      const q = parseTmfQuery(req.query, TMF681_FILTERS);
      const page = await inTenant(deps, req, (ctx) =>
        tmfPage(q, async (offset, limit) => {
          const p = await listOutbox(ctx.tx, { offset, limit, messagesOnly: true });
          return { items: p.items.map(toTmfCommunicationMessage), total: p.total };
        }),
      );
      return sendTmfList(reply, q, page);
    },
  );
  app.get(
    `${TMF681_BASE}/communicationMessage/:id`,
    {
      schema: {
        tags,
        summary: 'TMF681 v4: one message (without its content)',
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false }),
        querystring: TmfGetQuery,
        response: tmfGetResponses(TmfCommunicationMessageSchema),
      },
      config: { policy: 'tmf.communication.read' },
    },
    async (req) => {
      const m = await inTenant(deps, req, (ctx) => getOutboxMessage(ctx.tx, req.params.id));
      if (!m || m.channel === 'webhook') throw new AppError('resource.not_found');
      return selectTmfFields(toTmfCommunicationMessage(m), parseFields(req.query.fields));
    },
  );
}
