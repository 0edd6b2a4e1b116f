import { defineModule } from '../../platform/module.ts';
import { catalogErrors } from './errors.ts';
import { catalogRoutes } from './routes.ts';
import { TMF620_BASE } from './service.ts';

/** The catalog module's manifest (src/platform/module.ts). */
export const catalogModule = defineModule({
  name: 'catalog',
  errors: catalogErrors,
  policies: {
    'catalog.read': ['admin', 'supervisor', 'agent'],
    'catalog.manage': ['admin'],
  },
  routes: catalogRoutes,
  tmfApis: [{ id: 'TMF620', base: TMF620_BASE }],
});
