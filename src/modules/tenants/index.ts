import { defineModule } from '../../platform/module.ts';
import { TenantSchema, tenantRoutes } from './routes.ts';

/** The tenants module's manifest (src/platform/module.ts). */
export const tenantsModule = defineModule({
  name: 'tenants',
  schemas: [TenantSchema],
  routes: tenantRoutes,
});
