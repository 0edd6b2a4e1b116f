import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { App } from '../../platform/http/server.ts';
import type { Ctx, Deps } from '../../platform/context.ts';
import { inTenant } from '../../platform/http/unit-of-work.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import { AppError } from '../../platform/errors.ts';
import { communesOf, isLocated } from './geocode.ts';
import { addInstaller } from './add-installer.ts';
import { listInstallers, recordCharter, setInstallerActive } from './manage-installer.ts';
import { recordConsent, withdrawConsent } from './consent.ts';
import { reassignLateReferral, referCustomer } from './refer-customer.ts';
import { missedVisitPolicy, setMissedVisitPolicy } from './choose-missed-visit-policy.ts';
import { accountReferrals } from './read-referrals.ts';
import {
  bookVisit,
  completeChecklist,
  decideQuote,
  myReferrals,
  recordContact,
  recordPretravelCheck,
} from './portal.ts';
import { issueCoupon } from './issue-coupon.ts';
import { recordCouponReturn } from './record-coupon-return.ts';
import { referralMapRoutes } from './read-installer-map.ts';
import { readCouponFile } from './read-referrals.ts';
import { CHECKLIST, COUPON_FILE_KINDS, COUPON_FILE_MAX_BYTES } from './rules.ts';
import {
  Str,
  Id,
  AccountParam,
  InstallerSchema,
  ConsentSchema,
  COUPON_RETURN_BODY_LIMIT,
  ReferralSchema,
  Channel,
  ChecklistValue,
} from './schemas.ts';

function webBaseUrl(deps: Deps, req: FastifyRequest): string {
  return deps.config.publicUrl ?? `${req.protocol}://${req.host}`;
}

export function referralRoutes(app: App, deps: Deps): void {
  const tags = ['referral'];
  const routes = moduleRoutes(app, deps, tags);

  app.get(
    '/api/referral/geocode',
    {
      schema: {
        tags,
        operationId: 'referralGeocode',
        summary: 'The communes of a French postal code, offline (La Poste base), and whether each is located',
        querystring: Type.Object(
          { postalCode: Type.String({ pattern: '^[0-9]{5}$' }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            postalCode: Str,
            communes: Type.Array(Type.Object({ code: Str, name: Str, located: Type.Boolean() })),
          }),
          ...errorResponses,
        },
      },
      config: { policy: 'referral.read' },
    },
    async (req) => {
      const communes = communesOf(req.query.postalCode);
      if (communes.length === 0)
        throw new AppError('referral.postal_code_unknown', { postalCode: req.query.postalCode }, [
          { pointer: '/query/postalCode', code: 'unknown', detail: '' },
        ]);
      return {
        postalCode: req.query.postalCode,
        communes: communes.map((c) => ({ code: c.code, name: c.name, located: isLocated(c.code) })),
      };
    },
  );

  routes.get('/api/referral/installers', {
    operationId: 'listReferralInstallers',
    summary: 'REF-01: the installer directory',
    response: { 200: Type.Object({ items: Type.Array(InstallerSchema) }) },
    policy: 'referral.read',
    read: async (ctx) => ({ items: await listInstallers(ctx) }),
  });

  routes.post('/api/referral/installers', {
    operationId: 'addReferralInstaller',
    summary:
      'REF-01: adds an installer (address geocoded offline) and its installer user (set-password link)',
    body: Type.Object(
      {
        company: Type.String({ minLength: 1, maxLength: 200 }),
        contactName: Type.String({ minLength: 1, maxLength: 200 }),
        email: Type.String({ format: 'email', maxLength: 254 }),
        phone: Type.Optional(Type.String({ maxLength: 40 })),
        line1: Type.String({ minLength: 1, maxLength: 200 }),
        postalCode: Type.String({ pattern: '^[0-9]{5}$' }),
        communeCode: Type.Optional(Type.String({ pattern: '^[0-9AB]{5}$' })),
      },
      { additionalProperties: false },
    ),
    response: {
      201: Type.Object({
        installer: InstallerSchema,
        passwordLink: Type.Object({ sentTo: Str, expiresAt: Type.String({ format: 'date-time' }) }),
      }),
    },
    policy: 'referral.manage',
    run: (ctx, req) => addInstaller(ctx, req.body, webBaseUrl(deps, req)),
  });

  routes.post('/api/referral/installers/:id/charter', {
    operationId: 'recordInstallerCharter',
    summary: 'REF-01: records the installer’s acceptance of the quality charter (version, instant, who)',
    params: Id,
    body: Type.Object(
      { charterVersion: Type.String({ minLength: 1, maxLength: 40 }) },
      { additionalProperties: false },
    ),
    response: { 200: InstallerSchema },
    policy: 'referral.manage',
    run: (ctx, req) => recordCharter(ctx, req.params.id, req.body.charterVersion),
  });

  routes.post('/api/referral/installers/:id/active', {
    operationId: 'setReferralInstallerActive',
    summary: 'REF-01: activates or deactivates an installer (an inactive one receives no referral)',
    params: Id,
    body: Type.Object({ active: Type.Boolean() }, { additionalProperties: false }),
    response: { 200: InstallerSchema },
    policy: 'referral.manage',
    run: (ctx, req) => setInstallerActive(ctx, req.params.id, req.body.active),
  });

  routes.get('/api/referral/accounts/:accountId', {
    operationId: 'getAccountReferrals',
    summary: 'A customer’s referral card: consent in force, consents, referrals with their deadlines',
    params: AccountParam,
    response: {
      200: Type.Object({
        consentInForce: Type.Union([ConsentSchema, Type.Null()]),
        consents: Type.Array(ConsentSchema),
        referrals: Type.Array(ReferralSchema),
      }),
    },
    policy: 'referral.read',
    read: (ctx, req) => accountReferrals(ctx, req.params.accountId),
  });

  routes.post('/api/referral/accounts/:accountId/consents', {
    operationId: 'recordReferralConsent',
    summary: 'REF-02: records the customer’s consent to share their details with an installer',
    params: AccountParam,
    body: Type.Object(
      { purpose: Type.String({ minLength: 1, maxLength: 1000 }), channel: Channel },
      { additionalProperties: false },
    ),
    response: { 201: ConsentSchema },
    policy: 'referral.refer',
    run: (ctx, req) => recordConsent(ctx, req.params.accountId, req.body),
  });

  routes.post('/api/referral/consents/:id/withdrawal', {
    operationId: 'withdrawReferralConsent',
    summary:
      'REF-02: the customer withdraws consent: no further sharing, open referrals closed, installers told',
    params: Id,
    body: Type.Object({ channel: Channel }, { additionalProperties: false }),
    response: { 200: ConsentSchema },
    policy: 'referral.refer',
    run: (ctx, req) => withdrawConsent(ctx, req.params.id, req.body.channel),
  });

  routes.post('/api/referral/accounts/:accountId/referrals', {
    operationId: 'referCustomer',
    summary: 'REF-03, REF-07: refers a consenting customer to the nearest signed, active installer by e-mail',
    params: AccountParam,
    body: Type.Object(
      {
        postalCode: Type.String({ pattern: '^[0-9]{5}$' }),
        communeCode: Type.Optional(Type.String({ pattern: '^[0-9AB]{5}$' })),
        needsSatelliteAndInternet: Type.Boolean(),
        tvOverAdslEligible: Type.Boolean(),
      },
      { additionalProperties: false },
    ),
    response: { 201: ReferralSchema },
    policy: 'referral.refer',
    run: (ctx, req) => referCustomer(ctx, deps.actions, req.params.accountId, req.body),
  });

  routes.post('/api/referral/referrals/:id/reassign', {
    operationId: 'reassignLateReferral',
    summary:
      'REF-04: reassigns a late referral (48 h contact or visit missed) to the next nearest signed installer with consent in force',
    params: Id,
    response: { 200: ReferralSchema },
    policy: 'referral.refer',
    run: (ctx, req) => reassignLateReferral(ctx, req.params.id),
  });

  const Policy = (description: string) =>
    Type.Union([Type.Literal('offer'), Type.Literal('perform')], { description });
  const SettingsSchema = Type.Object(
    {
      missedVisit: Policy('REF-04: on a missed visit, offer the reassignment to an agent, or perform it'),
      missedContact: Policy(
        'REF-04: on a missed 48 h contact, offer the reassignment to an agent, or perform it',
      ),
    },
    { additionalProperties: false },
  );
  const SettingsChangeSchema = Type.Partial(SettingsSchema, {
    additionalProperties: false,
    minProperties: 1,
  });

  routes.get('/api/referral/settings', {
    operationId: 'getReferralSettings',
    summary: 'The tenant’s referral settings (what a missed visit or 48 h contact does)',
    response: { 200: SettingsSchema },
    policy: 'referral.settings',
    read: (ctx) => missedVisitPolicy(ctx),
  });

  routes.put('/api/referral/settings', {
    operationId: 'updateReferralSettings',
    summary:
      'Chooses what a missed visit or 48 h contact does: offer the reassignment (default) or perform it',
    body: SettingsChangeSchema,
    response: { 200: SettingsSchema },
    policy: 'referral.settings',
    run: (ctx, req) => setMissedVisitPolicy(ctx, req.body),
  });

  routes.get('/api/referral/portal', {
    operationId: 'getInstallerPortal',
    summary: 'Installer portal: the signed-in installer and its own referrals with their deadlines',
    response: {
      200: Type.Object({
        installer: InstallerSchema,
        resellerName: Str,
        items: Type.Array(ReferralSchema),
      }),
    },
    policy: 'referral.portal',
    read: (ctx) => myReferrals(ctx),
  });

  portalStep(
    app,
    deps,
    {
      path: 'contact',
      operationId: 'recordReferralContact',
      summary:
        'REF-04: the installer records that it called the customer (within 48 h of the referral e-mail)',
    },
    (ctx, id) => recordContact(ctx, id),
  );

  portalStep(
    app,
    deps,
    {
      path: 'visit',
      operationId: 'bookReferralVisit',
      summary: 'REF-04: the installer books the visit (day 15 to 20, unless safety conditions are not met)',
      body: Type.Object(
        {
          visitDate: Type.String({ format: 'date' }),
          safetyReason: Type.Optional(Type.String({ maxLength: 1000 })),
        },
        { additionalProperties: false },
      ),
    },
    (ctx, id, body) => bookVisit(ctx, id, body),
  );

  portalStep(
    app,
    deps,
    {
      path: 'checklist',
      operationId: 'completeReferralChecklist',
      summary: 'REF-05: the installer records the packaged installation’s checklist at the visit',
      body: Type.Object(
        {
          items: Type.Object(
            Object.fromEntries(CHECKLIST.map((c) => [c.key, Type.Optional(ChecklistValue)])),
            { additionalProperties: false },
          ),
        },
        { additionalProperties: false },
      ),
    },
    (ctx, id, body) => completeChecklist(ctx, id, body.items),
  );

  portalStep(
    app,
    deps,
    {
      path: 'quote',
      operationId: 'decideReferralQuote',
      summary: 'REF-04: the installer records whether the customer accepted or refused the quote',
      body: Type.Object(
        { decision: Type.Union([Type.Literal('accepted'), Type.Literal('refused')]) },
        { additionalProperties: false },
      ),
    },
    (ctx, id, body) => decideQuote(ctx, id, body.decision),
  );

  portalStep(
    app,
    deps,
    {
      path: 'pretravel-check',
      operationId: 'recordReferralPretravelCheck',
      summary: 'REF-09: before travelling, the customer has received the equipment and the login credentials',
      body: Type.Object(
        { equipmentReceived: Type.Boolean(), credentialsReceived: Type.Boolean() },
        { additionalProperties: false },
      ),
    },
    (ctx, id, body) => recordPretravelCheck(ctx, id, body),
  );

  portalStep(
    app,
    deps,
    {
      path: 'coupon',
      operationId: 'issueReferralCoupon',
      summary:
        'REF-06: the installer issues the 100 € discount coupon (printed, or on paper) after the installation',
      body: Type.Object(
        { medium: Type.Union([Type.Literal('printed'), Type.Literal('paper')]) },
        { additionalProperties: false },
      ),
      status: 201,
    },
    (ctx, id, body) => issueCoupon(ctx, id, body.medium),
  );

  routes.post('/api/referral/coupons/:id/return', {
    bodyLimit: COUPON_RETURN_BODY_LIMIT,
    operationId: 'recordReferralCouponReturn',
    summary:
      'REF-06, REF-08: records the filled coupon returned with the internet and installation invoices, then credits the 100 € discount',
    params: Id,
    body: Type.Object(
      {
        files: Type.Array(
          Type.Object(
            {
              kind: Type.Union(COUPON_FILE_KINDS.map((k) => Type.Literal(k))),
              fileName: Type.String({ minLength: 1, maxLength: 200 }),
              contentBase64: Type.String({
                minLength: 1,
                maxLength: Math.ceil((COUPON_FILE_MAX_BYTES * 4) / 3) + 4,
                pattern: '^[A-Za-z0-9+/]*={0,2}$',
              }),
            },
            { additionalProperties: false },
          ),
          { minItems: 1, maxItems: 3 },
        ),
      },
      { additionalProperties: false },
    ),
    response: { 200: ReferralSchema },
    policy: 'referral.refer',
    run: (ctx, req) => recordCouponReturn(ctx, req.params.id, req.body.files),
  });

  app.get(
    '/api/referral/coupons/:id/files/:fileId',
    {
      schema: {
        tags,
        operationId: 'getReferralCouponFile',
        summary: 'REF-06: one returned file (coupon or invoice copy), as it was received',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), fileId: Type.String({ format: 'uuid' }) }),
        response: {
          200: Type.String({ description: 'application/pdf, image/png or image/jpeg' }),
          ...errorResponses,
        },
      },
      config: { policy: 'referral.read' },
    },
    async (req, reply) => {
      const f = await inTenant(deps, req, (ctx) => readCouponFile(ctx, req.params.id, req.params.fileId));
      return reply
        .header('Content-Disposition', `attachment; filename="${f.kind}${EXTENSION[f.media_type] ?? ''}"`)
        .header('X-Content-Type-Options', 'nosniff')
        .type(f.media_type)
        .send(Buffer.from(f.content));
    },
  );

  referralMapRoutes(app, deps);
}

/**
 * One installer step on one of its referrals (REF-04..REF-06, REF-09): a POST under the portal's
 * policy that answers the referral as it is after the step.
 */
function portalStep<B extends TSchema>(
  app: App,
  deps: Deps,
  step: { path: string; operationId: string; summary: string; body?: B; status?: 200 | 201 },
  run: (ctx: Ctx, id: string, body: Static<B>) => Promise<unknown>,
): void {
  moduleRoutes(app, deps, ['referral']).post(`/api/referral/portal/referrals/:id/${step.path}`, {
    operationId: step.operationId,
    summary: step.summary,
    params: Id,
    body: step.body,
    response: { [step.status ?? 200]: ReferralSchema },
    policy: 'referral.portal',
    run: (ctx, req) => run(ctx, req.params.id, req.body as Static<B>),
  });
}

/** The download's name is built from the kind, never from the sender's file name (no header injection). */
const EXTENSION: Record<string, string> = {
  'application/pdf': '.pdf',
  'image/png': '.png',
  'image/jpeg': '.jpg',
};
