import { Type } from '@sinclair/typebox';
import { actionKind, defineErrors, defineModule } from '../../../src/platform/module.ts';
import { defineTemplate, enqueueModuleEmail, paragraph } from '../../../src/platform/notify/index.ts';
import { AppError, type ErrorCode } from '../../../src/platform/errors.ts';
import { inTenant, mutation } from '../../../src/platform/http/unit-of-work.ts';
import { scheduleAction } from '../../../src/platform/jobs/index.ts';
import { errorResponses } from '../../../src/platform/http/schemas.ts';

/**
 * A module that exists only in the test suite (issue 9): one folder, registered by the list a test
 * passes to the app, with routes, an action kind, an error code, a template and a policy, and not
 * one line in a shared file.
 */
const errors = defineErrors({
  'probe.refused': {
    status: 409,
    fr: { title: 'Sonde refusée', detail: 'La sonde {name} ne répond pas.' },
    en: { title: 'Probe refused', detail: 'Probe {name} does not answer.' },
  },
});

export const probeHello = defineTemplate<{ name: string }>({
  name: 'probe.hello',
  fr: (d) => ({ subject: `Bonjour ${d.name}`, blocks: [paragraph(`La sonde salue ${d.name}.`)] }),
  en: (d) => ({ subject: `Hello ${d.name}`, blocks: [paragraph(`The probe greets ${d.name}.`)] }),
});

export const ring = actionKind({
  kind: 'probe.ring',
  payload: Type.Object({ times: Type.Integer({ minimum: 1 }) }),
  // The payload arrives typed and checked: `times` is a number here, never re-checked by hand.
  run: async (_tx, payload) => ({ rang: payload.times * 2 }),
});

export const probeModule = defineModule({
  name: 'probe',
  errors,
  templates: [probeHello],
  actions: [ring],
  policies: { 'probe.use': ['admin', 'agent'] },
  fieldLabels: { probeName: ['Nom de la sonde', 'Probe name'] },
  routes: (app, deps) => {
    app.post(
      '/api/probe/refuse',
      {
        schema: {
          summary: 'Refuses, with the module’s own error',
          body: Type.Object({ probeName: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
          response: errorResponses,
        },
        config: { policy: 'probe.use' as never },
      },
      (req) => {
        // The code is the probe module's, outside Relais' list of modules: hence the cast.
        throw new AppError('probe.refused' as ErrorCode, { name: req.body.probeName });
      },
    );
    app.post(
      '/api/probe/hello',
      {
        schema: {
          summary: 'Greets by e-mail and schedules a ring',
          body: Type.Object({ to: Type.String(), times: Type.Unknown() }),
          response: { 201: Type.Object({ actionId: Type.String() }), ...errorResponses },
        },
        config: { policy: 'probe.use' as never },
      },
      (req, reply) =>
        mutation(deps, req, reply, {
          status: 201,
          run: async (ctx) => {
            await enqueueModuleEmail(ctx.tx, probeHello, {
              to: req.body.to,
              locale: ctx.locale,
              data: { name: 'Alice' },
              now: ctx.now,
            });
            const a = await scheduleAction(ctx.tx, deps.actions, {
              kind: ring.kind,
              entityType: 'probe',
              entityId: 'p1',
              effectiveAt: ctx.now,
              payload: { times: req.body.times },
              createdBy: ctx.actor.label,
              now: ctx.now,
              maxAttempts: 1,
            });
            return { actionId: a.id };
          },
        }),
    );
    app.get(
      '/api/probe/ping',
      {
        schema: { summary: 'Answers when the policy allows', response: errorResponses },
        config: { policy: 'probe.use' as never },
      },
      async (req) => inTenant(deps, req, async () => ({ pong: true })),
    );
  },
});
