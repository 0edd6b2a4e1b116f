import { defineModule } from '../../platform/module.ts';
import { tenantsErrors } from './errors.ts';
import { TenantSchema, tenantRoutes } from './routes.ts';

/** The tenants module's manifest (src/platform/module.ts). */
export const tenantsModule = defineModule({
  name: 'tenants',
  errors: tenantsErrors,
  policies: {
    'tenant.read': ['admin', 'supervisor', 'agent'],
    'tenant.update': ['admin'],
  },
  schemas: [TenantSchema],
  routes: tenantRoutes,
});
