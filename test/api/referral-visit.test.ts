import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { runDueActions } from '../support/fleet.ts';
import { addTestInstaller, installerSignsIn, type TestInstaller } from '../support/referral.ts';

/**
 * REF-04, REF-05 (Reading 15): a visit not recorded by day 20, or a booked visit day passed without
 * the checklist, alerts the reseller and offers (or, by the tenant's setting, performs) the
 * reassignment to the next nearest signed installer. Real server, database and clock.
 */
describe(`referral: a missed visit window (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let admin: Client;
  let agent: Client;
  const installers: Record<string, TestInstaller> = {};

  async function at(iso: string) {
    t.clock.set(new Date(iso));
    admin = await Client.login(t.url, a.users.admin.email);
    agent = await Client.login(t.url, a.users.agent.email);
  }

  const signIn = (key: string) => installerSignsIn(t, installers[key]!);
  async function addInstaller(key: string, body: Record<string, unknown>) {
    installers[key] = await addTestInstaller(admin, key, body, true);
  }

  /** A consenting customer in Annecy referred now, contacted by Aix and its quote accepted. */
  async function referredAndContacted(first: string): Promise<{ account: string; referral: string }> {
    const acc = await agent.post('/api/accounts', {
      kind: 'person',
      firstName: first,
      lastName: 'Client',
      email: `${first.toLowerCase()}@client.test`,
      billingDay: 1,
    });
    const account = String(acc.body.id);
    await agent.post(`/api/referral/accounts/${account}/consents`, {
      purpose: 'Mise en relation',
      channel: 'phone',
    });
    const res = await agent.post(`/api/referral/accounts/${account}/referrals`, {
      postalCode: '74000',
      needsSatelliteAndInternet: true,
      tvOverAdslEligible: false,
    });
    expect(res.body).toMatchObject({ installerCompany: 'Savoie Satellite' });
    const referral = String(res.body.id);
    const aix = await signIn('aix');
    expect((await aix.post(`/api/referral/portal/referrals/${referral}/contact`)).status).toBe(200);
    expect(
      (await aix.post(`/api/referral/portal/referrals/${referral}/quote`, { decision: 'accepted' })).status,
    ).toBe(200);
    return { account, referral };
  }

  const mails = async (template: string) =>
    ((await admin.get('/api/outbox?limit=200')).body.items ?? []).filter((m) => m.template === template);
  const referralsOf = async (account: string) =>
    (await agent.get(`/api/referral/accounts/${account}`)).body.referrals as Record<string, unknown>[];

  beforeAll(async () => {
    t = await startTestApp({}, undefined);
    // 10:00 in Paris on 1 December: day 20 is 21 December, which ends at 23:00 UTC.
    t.clock.set(new Date('2026-12-01T09:00:00Z'));
    a = await createTenant(t.db, 'alpha');
    admin = await Client.login(t.url, a.users.admin.email);
    agent = await Client.login(t.url, a.users.agent.email);
    await addInstaller('aix', { company: 'Savoie Satellite', postalCode: '73100', communeCode: '73008' });
    await addInstaller('chambery', {
      company: 'Chambéry Paraboles',
      postalCode: '73000',
      communeCode: '73065',
    });
  }, 240_000);
  afterAll(() => t.close());

  let first: { account: string; referral: string };

  it('REF-04 day 20 at 23:59 (Paris) is on time; day 21 raises the alert and marks the referral late (offer, the default)', async () => {
    first = await referredAndContacted('Hugo');
    await at('2026-12-21T22:59:59Z');
    await runDueActions(t);
    expect((await referralsOf(first.account))[0]).toMatchObject({ status: 'contacted', visitMissedAt: null });
    expect(await mails('referral.visit_missed')).toHaveLength(0);
    await at('2026-12-21T23:00:00Z');
    await runDueActions(t);
    const [late] = await referralsOf(first.account);
    expect(late).toMatchObject({
      status: 'contacted',
      installerCompany: 'Savoie Satellite',
      visitMissedAt: '2026-12-21T23:00:00.000Z',
      visitDueBy: '2026-12-21T23:00:00.000Z',
    });
    const alerts = await mails('referral.visit_missed');
    expect(alerts.map((m) => m.recipient).sort()).toEqual(
      [a.users.admin.email, a.users.supervisor.email].sort(),
    );
    expect(String(alerts[0]!.subject)).toContain('Hugo Client');
    // The check ran once: a second pass raises nothing more.
    await runDueActions(t);
    expect(await mails('referral.visit_missed')).toHaveLength(2);
  });

  it('REF-04 the agent reassigns the late referral to the next nearest signed installer, with a fresh window', async () => {
    const notLate = await agent.post(`/api/referral/referrals/${first.referral}/reassign`);
    expect(notLate.status, JSON.stringify(notLate.body)).toBe(200);
    expect(notLate.body).toMatchObject({
      status: 'sent',
      installerCompany: 'Chambéry Paraboles',
      previousId: first.referral,
      referredAt: '2026-12-21T23:00:00.000Z',
      visitFrom: '2027-01-06',
    });
    const [, old] = await referralsOf(first.account);
    expect(old).toMatchObject({ id: first.referral, status: 'reassigned' });
    const again = await agent.post(`/api/referral/referrals/${first.referral}/reassign`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'referral.not_late', title: 'Mise en relation non en retard' });
  });

  it('REF-04 only admins choose the setting; a value outside offer/perform is refused', async () => {
    expect((await admin.get('/api/referral/settings')).body).toEqual({
      missedVisit: 'offer',
      missedContact: 'offer',
    });
    expect((await agent.request('PUT', '/api/referral/settings', { missedVisit: 'perform' })).status).toBe(
      403,
    );
    const bad = await admin.request('PUT', '/api/referral/settings', { missedVisit: 'sometimes' });
    expect(bad.status).toBe(400);
    expect((await admin.request('PUT', '/api/referral/settings', { missedContact: 'never' })).status).toBe(
      400,
    );
    expect((await admin.request('PUT', '/api/referral/settings', {})).status).toBe(400);
    const ok = await admin.request('PUT', '/api/referral/settings', { missedVisit: 'perform' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await admin.get('/api/referral/settings')).body).toEqual({
      missedVisit: 'perform',
      missedContact: 'offer',
    });
  });

  it('REF-05 a booked visit day passed without the checklist: reassigned at once when the tenant chose "perform"', async () => {
    await at('2027-01-04T09:00:00Z');
    const second = await referredAndContacted('Ines');
    const aix = await signIn('aix');
    const booked = await aix.post(`/api/referral/portal/referrals/${second.referral}/visit`, {
      visitDate: '2027-01-20', // day 16
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(200);
    expect(booked.body).toMatchObject({ visitDueBy: '2027-01-20T23:00:00.000Z' });
    await at('2027-01-20T22:59:59Z');
    await runDueActions(t);
    expect((await referralsOf(second.account))[0]).toMatchObject({ status: 'visit_booked' });
    await at('2027-01-20T23:00:00Z');
    await runDueActions(t);
    const [next, old] = await referralsOf(second.account);
    expect(old).toMatchObject({ status: 'reassigned', visitMissedAt: '2027-01-20T23:00:00.000Z' });
    expect(next).toMatchObject({ status: 'sent', installerCompany: 'Chambéry Paraboles' });
    const alerts = (await mails('referral.visit_missed')).filter((m) => String(m.subject).includes('Ines'));
    expect(alerts).toHaveLength(2);
    const full = await admin.get(`/api/outbox/${String(alerts[0]!.id)}`);
    expect(String(full.body.bodyText)).toContain('Chambéry Paraboles');
  });
});
