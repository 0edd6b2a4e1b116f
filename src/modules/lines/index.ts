import { defineModule } from '../../platform/module.ts';
import { linesErrors } from './errors.ts';
import { lineRoutes } from './routes.ts';
import { registerLineActions } from './actions-service.ts';
import { registerSimSwapActions } from './sim-swap.ts';
import { TMF637_BASE } from './tmf.ts';

/** The lines module's manifest (src/platform/module.ts). */
export const linesModule = defineModule({
  name: 'lines',
  errors: linesErrors,
  routes: lineRoutes,
  tmfApis: [{ id: 'TMF637', base: TMF637_BASE }],
  // ACT-01..ACT-05 (suspension, reactivation, plan change, option end, termination) and ACT-07 (SIM swaps, at once or at the network's next opening, ORD-03).
  registerActions: (registry) => {
    registerLineActions(registry);
    registerSimSwapActions(registry);
  },
});
