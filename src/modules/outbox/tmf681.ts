import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { getOutboxMessage, listOutbox } from '../../platform/notify/index.ts';
import {
  TMF681_BASE,
  TMF681_FILTERS,
  TmfCommunicationMessageSchema,
  toTmfCommunicationMessage,
} from '../../platform/tmf/communication.ts';
import { tmfResourceRoutes } from '../../platform/http/tmf-routes.ts';

export { TMF681_BASE };

/**
 * TMF681 Communication Management v4, read-only: the e-mails and SMS of the outbox as
 * `CommunicationMessage`s (the hub's event deliveries are not messages and are left out).
 * The content is not exposed: an e-mail body may carry a temporary password (the outbox page
 * shows it to agents one message at a time; an API token should not be able to harvest them).
 */

export function communicationRoutes(app: App, deps: Deps): void {
  tmfResourceRoutes(app, deps, {
    path: `${TMF681_BASE}/communicationMessage`,
    tags: ['TMF681 communicationMessage'],
    summaries: {
      list: 'TMF681 v4: the e-mails and SMS Relais sent or will send (TMF630 fields, paging, filters)',
      get: 'TMF681 v4: one message (without its content)',
    },
    schema: TmfCommunicationMessageSchema,
    policy: 'tmf.communication.read',
    filters: TMF681_FILTERS,
    list: async (ctx, { offset, limit }) => {
      const p = await listOutbox(ctx.tx, { offset, limit, messagesOnly: true });
      return { items: p.items.map(toTmfCommunicationMessage), total: p.total };
    },
    get: async (ctx, id) => {
      const m = await getOutboxMessage(ctx.tx, id);
      if (!m || m.channel === 'webhook') throw new AppError('resource.not_found');
      return toTmfCommunicationMessage(m);
    },
  });
}
