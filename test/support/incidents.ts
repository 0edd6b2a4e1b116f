import { expect } from 'vitest';
import type { Client } from './app.ts';

type Body = Record<string, unknown>;

/**
 * An incident ready for an intervention (SUP-02 checks confirmed and site information given, so
 * escalated to the operator; SUP-03 the customer's written consent): its id.
 */
export async function incidentReadyForIntervention(
  client: Client,
  accountId: string,
  service = 'adsl',
): Promise<string> {
  const created = await client.post('/api/incidents', {
    accountId,
    service,
    channel: 'phone',
    priority: 'normal',
    title: 'Plus de synchronisation ADSL',
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const d = created.body as Body & { id: string; notice: { checks: string[] } };
  const ok = async (res: Promise<{ status: number; body: Body }>, status = 201) => {
    const r = await res;
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    return r.body;
  };
  await ok(client.post(`/api/incidents/${d.id}/transitions`, { to: 'diagnosis' }));
  for (const check of d.notice.checks)
    await ok(
      client.post(`/api/incidents/${d.id}/checks`, {
        check,
        by: 'Julien Moreau',
        channel: 'email',
        text: 'Fait.',
      }),
    );
  const current = await ok(client.get(`/api/incidents/${d.id}`), 200);
  await ok(
    client.patch(
      `/api/incidents/${d.id}`,
      {
        siteContactName: 'Mme Claire Durand',
        siteContactPhone: '+33142000000',
        siteOpeningHours: 'Lun–Ven 9h–18h',
        modemMakeModel: 'Zyxel VMG8825',
        routerMakeModel: 'Cisco RV340',
        modemLedStates: 'Power vert fixe, DSL orange clignotant',
      },
      { 'if-match': `"${String(current.version)}"` },
    ),
    200,
  );
  await ok(client.post(`/api/incidents/${d.id}/transitions`, { to: 'with_operator' }));
  await ok(
    client.post(`/api/incidents/${d.id}/consents`, {
      by: 'Julien Moreau',
      channel: 'email',
      text: "J'accepte l'intervention d'un technicien et ses frais éventuels.",
    }),
  );
  return d.id;
}
