import { defineModule } from '../../platform/module.ts';
import { accountsErrors } from './errors.ts';
import { accountRoutes } from './routes.ts';
import { TMF629_BASE } from './tmf.ts';

/** The accounts module's manifest (src/platform/module.ts). */
export const accountsModule = defineModule({
  name: 'accounts',
  errors: accountsErrors,
  policies: {
    'accounts.read': ['admin', 'supervisor', 'agent'],
    'accounts.write': ['admin', 'supervisor', 'agent'],
  },
  routes: accountRoutes,
  tmfApis: [{ id: 'TMF629', base: TMF629_BASE }],
});
