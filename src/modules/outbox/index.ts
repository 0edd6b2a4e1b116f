import { defineModule } from '../../platform/module.ts';
import { outboxRoutes } from './routes.ts';
import { communicationRoutes, TMF681_BASE } from './tmf681.ts';

/** The outbox module's manifest (src/platform/module.ts): the mailbox page and TMF681. */
export const outboxModule = defineModule({
  name: 'outbox',
  policies: {
    'outbox.read': ['admin', 'supervisor', 'agent'],
    'outbox.retry': ['admin', 'supervisor'],
    // Issue 8: bodies of messages about a user's access (set-password links).
    'outbox.read_sensitive': ['admin'],
    // TMF681: the messages Relais sent (e-mails, SMS), as the outbox page shows them.
    'tmf.communication.read': ['admin', 'supervisor', 'agent'],
  },
  routes: (app, deps) => {
    outboxRoutes(app, deps);
    communicationRoutes(app, deps);
  },
  tmfApis: [{ id: 'TMF681', base: TMF681_BASE }],
});
