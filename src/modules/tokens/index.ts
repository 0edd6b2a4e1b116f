import { defineModule } from '../../platform/module.ts';
import { tokenRoutes } from './routes.ts';

/** The tokens module's manifest (src/platform/module.ts). */
export const tokensModule = defineModule({
  name: 'tokens',
  policies: {
    'tokens.manage': ['admin'],
  },
  routes: tokenRoutes,
});
