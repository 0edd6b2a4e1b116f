import { Type } from '@sinclair/typebox';
import type { App } from '../../platform/http/server.ts';
import type { Deps } from '../../platform/context.ts';
import { moduleRoutes } from '../../platform/http/route.ts';
import { etagOf } from '../../platform/http/etag.ts';
import { operatorContacts, setOperatorContacts } from './operator-contacts.ts';
import { listOpenOutages, recordOutage } from './record-outage.ts';
import {
  listTroubleshooting,
  previewTroubleshooting,
  troubleshootInternet,
} from './troubleshoot-internet.ts';
import { OperatorContacts, OutageBody, TroubleKind, TroubleshootBody } from './troubleshoot-schemas.ts';
import { internetRoute, subscriptionRoute } from './route-kit.ts';

/** Issue 11 §4: the troubleshooting flow, sector outages, the operators' contacts. */
export function troubleshootRoutes(app: App, deps: Deps): void {
  const tags = ['internet'];

  subscriptionRoute(
    app,
    deps,
    {
      path: '/troubleshooting/preview',
      operationId: 'previewInternetTroubleshooting',
      summary:
        'NET-01/NET-10/NET-21/SET-07/SET-08: the diagnosis of the LEDs read and the flow’s next step (nothing is written)',
      body: TroubleshootBody,
      response: Type.Ref('InternetTroubleshootVerdict'),
      policy: 'internet.read',
      read: true,
    },
    (ctx, id, body) => previewTroubleshooting(ctx, id, body),
  );

  subscriptionRoute(
    app,
    deps,
    {
      path: '/troubleshooting',
      operationId: 'recordInternetTroubleshooting',
      summary:
        'Records a pass of the guided flow: opens or updates the support incident, escalates (HOT call sheet, Partner Hebrew e-mail) when the rules say so',
      body: TroubleshootBody,
      response: Type.Ref('InternetTroubleshooting'),
      status: 201,
    },
    (ctx, id, body) => troubleshootInternet(ctx, deps, id, body),
  );

  subscriptionRoute(
    app,
    deps,
    {
      method: 'GET',
      path: '/troubleshooting',
      operationId: 'listInternetTroubleshooting',
      summary: 'The troubleshooting passes of a subscription, newest first',
      response: Type.Object({
        items: Type.Array(
          Type.Object({
            id: Type.String({ format: 'uuid' }),
            kind: TroubleKind,
            diagnosis: Type.String(),
            nextStep: Type.String(),
            escalation: Type.Union([Type.String(), Type.Null()]),
            incidentId: Type.String({ format: 'uuid' }),
            outageId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
            createdAt: Type.String({ format: 'date-time' }),
            createdBy: Type.String(),
          }),
        ),
      }),
    },
    async (ctx, id) => ({ items: await listTroubleshooting(ctx, id) }),
  );

  internetRoute(
    app,
    deps,
    {
      method: 'GET',
      path: '/api/internet/outages',
      operationId: 'listInternetOutages',
      summary: 'SET-08: the sector outages not yet past their announced resolution',
      response: Type.Object({ items: Type.Array(Type.Ref('InternetOutage')) }),
    },
    async (ctx) => ({ items: await listOpenOutages(ctx) }),
  );

  internetRoute(
    app,
    deps,
    {
      method: 'POST',
      path: '/api/internet/outages',
      operationId: 'recordInternetOutage',
      summary:
        'SET-08: records a sector outage once with the operator’s resolution delay; links the affected customers’ incidents and tells them',
      body: OutageBody,
      response: Type.Object({
        id: Type.String({ format: 'uuid' }),
        operator: Type.Union([Type.Literal('hot'), Type.Literal('partner')]),
        area: Type.String(),
        delayHours: Type.Integer(),
        resolvedBy: Type.String({ format: 'date-time' }),
        linked: Type.Integer(),
      }),
      status: 201,
    },
    (ctx, req) => recordOutage(ctx, req.body),
  );

  // ETag on the read, If-Match on the edit: the platform's route kit says both.
  const routes = moduleRoutes(app, deps, tags);
  routes.get('/api/internet/operator-contacts', {
    operationId: 'getInternetOperatorContacts',
    summary: 'Whom agents call at HOT and write to at Partner (seed 000’s values until edited)',
    response: { 200: Type.Ref('InternetOperatorContacts') },
    policy: 'internet.read',
    read: (ctx) => operatorContacts(ctx),
    headers: (c) => ({ ETag: etagOf(c.version) }),
  });

  routes.put('/api/internet/operator-contacts', {
    operationId: 'setInternetOperatorContacts',
    summary: 'Edits the operator contacts (If-Match required: "0" before the first edit)',
    body: OperatorContacts,
    response: { 200: Type.Ref('InternetOperatorContacts') },
    policy: 'internet.contacts.write',
    ifMatch: true,
    run: (ctx, req, version) => setOperatorContacts(ctx, req.body, version),
    headers: (c) => ({ ETag: etagOf(c.version) }),
  });
}
