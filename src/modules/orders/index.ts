import { defineModule } from '../../platform/module.ts';
import { ordersErrors } from './errors.ts';
import { orderRoutes } from './routes.ts';
import { orderSubmission } from './submit-order.ts';
import { TMF622_BASE } from './tmf.ts';
import { ordersTmfProductOrders } from './tmf-source.ts';
import { lineActive, orderReceived } from './templates.ts';

/** The orders module's manifest (src/platform/module.ts). */
export const ordersModule = defineModule({
  name: 'orders',
  errors: ordersErrors,
  policies: {
    'orders.read': ['admin', 'supervisor', 'agent'],
    'orders.write': ['admin', 'supervisor', 'agent'],
  },
  routes: orderRoutes,
  templates: [orderReceived, lineActive],
  tmfApis: [{ id: 'TMF622', base: TMF622_BASE }],
  // TMF622 product orders: the mobile orders first, then the other modules' (internet subscriptions).
  tmfSources: { 'TMF622 productOrder': ordersTmfProductOrders },
  // ORD-01..ORD-09: orders reach the operator (Deps.operators: the simulator until a real
  // adapter exists), outside any transaction (issue 9 §5).
  actions: [orderSubmission()],
});
