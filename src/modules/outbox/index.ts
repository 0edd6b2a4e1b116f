import { defineModule } from '../../platform/module.ts';
import { outboxRoutes } from './routes.ts';
import { communicationRoutes, TMF681_BASE } from './tmf681.ts';

/** The outbox module's manifest (src/platform/module.ts): the mailbox page and TMF681. */
export const outboxModule = defineModule({
  name: 'outbox',
  routes: (app, deps) => {
    outboxRoutes(app, deps);
    communicationRoutes(app, deps);
  },
  tmfApis: [{ id: 'TMF681', base: TMF681_BASE }],
});
