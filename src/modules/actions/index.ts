import { defineModule } from '../../platform/module.ts';
import { actionRoutes } from './routes.ts';

/** The actions module's manifest (src/platform/module.ts). */
export const actionsModule = defineModule({
  name: 'actions',
  routes: actionRoutes,
});
