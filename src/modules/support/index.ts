import { defineModule } from '../../platform/module.ts';
import { supportRoutes } from './routes.ts';
import { registerSupportActions } from './sla-actions.ts';
import { TMF621_BASE, TMF646_BASE } from './tmf.ts';

/** The support module's manifest (src/platform/module.ts). */
export const supportModule = defineModule({
  name: 'support',
  routes: supportRoutes,
  tmfApis: [
    { id: 'TMF621', base: TMF621_BASE },
    { id: 'TMF646', base: TMF646_BASE },
  ],
  // SLA: incidents at risk or breached alert the supervisors through the outbox.
  registerActions: (registry) => {
    registerSupportActions(registry);
  },
});
