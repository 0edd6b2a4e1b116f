import { defineModule } from '../../platform/module.ts';
import { catalogRoutes } from './routes.ts';
import { TMF620_BASE } from './service.ts';

/** The catalog module's manifest (src/platform/module.ts). */
export const catalogModule = defineModule({
  name: 'catalog',
  routes: catalogRoutes,
  tmfApis: [{ id: 'TMF620', base: TMF620_BASE }],
});
