import { defineModule } from '../../platform/module.ts';
import { linesErrors } from './errors.ts';
import { lineRoutes } from './routes.ts';
import { lineActionKinds } from './actions-service.ts';
import { simSwapKind } from './sim-swap.ts';
import { linesTmfProducts, TMF637_BASE } from './tmf.ts';
import { esimActivation, simSwapDone, simSwapScheduled } from './templates.ts';

/** The lines module's manifest (src/platform/module.ts). */
export const linesModule = defineModule({
  name: 'lines',
  errors: linesErrors,
  policies: {
    'lines.read': ['admin', 'supervisor', 'agent'],
    // ORD-08: revealing a PUK or an eSIM confirmation code is an explicit, audited request.
    'lines.secrets': ['admin', 'supervisor', 'agent'],
    'lines.write': ['admin', 'supervisor', 'agent'],
  },
  routes: lineRoutes,
  templates: [simSwapScheduled, simSwapDone, esimActivation],
  tmfApis: [{ id: 'TMF637', base: TMF637_BASE }],
  // TMF637 products: the lines first, then the other modules' products (internet subscriptions).
  tmfSources: { 'TMF637 product': linesTmfProducts },
  // ACT-01..ACT-05 (suspension, reactivation, plan change, option end, termination) and ACT-07 (SIM swaps, at once or at the network's next opening, ORD-03).
  actions: [...lineActionKinds, simSwapKind],
});
