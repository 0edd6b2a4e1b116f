import { defineModule } from '../../platform/module.ts';
import { stockErrors } from './errors.ts';
import { stockRoutes } from './routes.ts';

/** The stock module's manifest (src/platform/module.ts). */
export const stockModule = defineModule({
  name: 'stock',
  errors: stockErrors,
  policies: {
    'stock.read': ['admin', 'supervisor', 'agent'],
    'stock.manage': ['admin', 'supervisor', 'agent'],
  },
  routes: stockRoutes,
});
