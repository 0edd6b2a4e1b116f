import { defineModule } from '../../platform/module.ts';
import { billingErrors } from './errors.ts';
import { billingRoutes } from './routes.ts';
import { monthlyChargesKind } from './service.ts';

/** The billing module's manifest (src/platform/module.ts). */
export const billingModule = defineModule({
  name: 'billing',
  errors: billingErrors,
  routes: billingRoutes,
  // CAT-01, ACT-01: each tenant's monthly charges, at 00:00 on the 1st (reschedules itself).
  actions: [monthlyChargesKind],
});
