import { defineModule } from '../../platform/module.ts';
import { sessionRoutes } from './routes.ts';

/** The session module's manifest (src/platform/module.ts). */
export const sessionModule = defineModule({
  name: 'session',
  routes: sessionRoutes,
});
