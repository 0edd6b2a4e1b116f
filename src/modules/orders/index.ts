import { defineModule } from '../../platform/module.ts';
import { ordersErrors } from './errors.ts';
import { orderRoutes } from './routes.ts';
import { registerOrderActions } from './submit-order.ts';
import { TMF622_BASE } from './tmf.ts';

/** The orders module's manifest (src/platform/module.ts). */
export const ordersModule = defineModule({
  name: 'orders',
  errors: ordersErrors,
  routes: orderRoutes,
  tmfApis: [{ id: 'TMF622', base: TMF622_BASE }],
  // ORD-01..ORD-09: orders reach the operator (the simulator until a real adapter exists).
  registerActions: (registry) => {
    registerOrderActions(registry);
  },
});
