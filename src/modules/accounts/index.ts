import { defineModule } from '../../platform/module.ts';
import { accountRoutes } from './routes.ts';
import { TMF629_BASE } from './tmf.ts';

/** The accounts module's manifest (src/platform/module.ts). */
export const accountsModule = defineModule({
  name: 'accounts',
  routes: accountRoutes,
  tmfApis: [{ id: 'TMF629', base: TMF629_BASE }],
});
