import { defineModule } from '../../platform/module.ts';
import { supportErrors } from './errors.ts';
import { supportRoutes } from './routes.ts';
import { supportTmfRoutes } from './tmf-routes.ts';
import { heldAppointmentRoutes } from './held-appointment-routes.ts';
import { slaCheck } from './sla-check.ts';
import { SUPPORT_TEMPLATES } from './templates.ts';
import { TMF621_BASE, TMF646_BASE } from './tmf.ts';

/** The support module's manifest (src/platform/module.ts). */
export const supportModule = defineModule({
  name: 'support',
  routes: (app, deps) => {
    supportRoutes(app, deps);
    supportTmfRoutes(app, deps);
    heldAppointmentRoutes(app, deps);
  },
  errors: supportErrors,
  templates: SUPPORT_TEMPLATES,
  policies: {
    'support.read': ['admin', 'supervisor', 'agent'],
    'support.write': ['admin', 'supervisor', 'agent'],
  },
  // SLA: incidents at risk or breached alert the supervisors through the outbox.
  actions: [slaCheck],
  tmfApis: [
    { id: 'TMF621', base: TMF621_BASE },
    { id: 'TMF646', base: TMF646_BASE },
  ],
});
