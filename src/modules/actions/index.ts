import { defineModule } from '../../platform/module.ts';
import { actionRoutes } from './routes.ts';

/** The actions module's manifest (src/platform/module.ts). */
export const actionsModule = defineModule({
  name: 'actions',
  policies: {
    'actions.read': ['admin', 'supervisor', 'agent'],
    'actions.cancel': ['admin', 'supervisor', 'agent'],
  },
  routes: actionRoutes,
});
