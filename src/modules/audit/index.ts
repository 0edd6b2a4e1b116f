import { defineModule } from '../../platform/module.ts';
import { auditRoutes } from './routes.ts';

/** The audit module's manifest (src/platform/module.ts). */
export const auditModule = defineModule({
  name: 'audit',
  policies: {
    'audit.read': ['admin', 'supervisor'],
  },
  routes: auditRoutes,
});
