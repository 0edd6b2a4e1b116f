import { actionKind } from '../../platform/module.ts';
import { LINE_ACTION_KIND } from './actions-rules.ts';
import { applyLineAction, LineActionPayloadSchema } from './apply-line-action.ts';

/**
 * Line actions (issue 3 §5): eligibility from the pure rules (actions-rules.ts), every request
 * scheduled through the platform's effective-dated actions (`scheduleAction`). An action whose
 * instant is now (suspension, reactivation, a Bouygues option's end, an immediate termination) is
 * run at once in the request's transaction by the same handler the worker would run
 * (`runActionNow`), so the page shows its effect on return; the others wait for the worker.
 * E-mails: "action planifiée" when scheduled for later, "action effectuée" when the handler runs.
 *
 * One use case per file: list-line-actions.ts (the page's list), request-line-action.ts (checks,
 * schedules, runs now), apply-line-action.ts (the handler), terminate-line.ts, with their context
 * (line-action-context.ts), views, labels, charges and e-mails beside them.
 */

export { listLineActions } from './list-line-actions.ts';
export { requestLineAction, type LineActionRequest, type LineActionResult } from './request-line-action.ts';
export type {
  ChargePreview,
  LineActionView,
  LineActionsView,
  LineOptionDetail,
} from './line-action-views.ts';

/** The line actions' kinds (one per type, the same handler), declared in the lines manifest. */
export const lineActionKinds = Object.values(LINE_ACTION_KIND).map((kind) =>
  actionKind({
    kind,
    payload: LineActionPayloadSchema,
    run: (tx, payload, action, ctx) => applyLineAction(tx, payload, action, ctx.now),
  }),
);
