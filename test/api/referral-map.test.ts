import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { addTestInstaller, installerSignsIn, type TestInstaller } from '../support/referral.ts';

/**
 * Issue 13 §7 over HTTP: the map's points (installers signed or not, open referrals) and each
 * installer's figures (REF-04 contact within 48 h and visits on day 15–20, REF-06 coupons),
 * computed from the real tables at the server's clock, tenant-scoped.
 */
describe(`referral: map and installer figures (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let admin: Client;
  let agent: Client;
  const installers: Record<string, TestInstaller> = {};

  async function refer(first: string): Promise<string> {
    const acc = await agent.post('/api/accounts', {
      kind: 'person',
      firstName: first,
      lastName: 'Client',
      email: `${first.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}@client.test`,
      billingDay: 1,
    });
    expect(acc.status, JSON.stringify(acc.body)).toBe(201);
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
    return String(res.body.id);
  }

  beforeAll(async () => {
    t = await startTestApp({}, undefined);
    t.clock.set(new Date('2026-12-01T09:00:00Z'));
    a = await createTenant(t.db, 'alpha');
    admin = await Client.login(t.url, a.users.admin.email);
    agent = await Client.login(t.url, a.users.agent.email);
    installers.aix = await addTestInstaller(
      admin,
      'aix',
      { company: 'Savoie Satellite', postalCode: '73100', communeCode: '73008' },
      true,
    );
    installers.lyon = await addTestInstaller(
      admin,
      'lyon',
      { company: 'Lyon Antennes', postalCode: '69001' },
      false,
    );
  }, 240_000);
  afterAll(() => t.close());

  it('REF-04 REF-06 the figures count contact hours, the 48 h share, visits in the window and coupons', async () => {
    const hugo = await refer('Hugo');
    await refer('Léa');
    // Savoie Satellite calls Hugo three hours after the e-mail; Léa is never called.
    t.clock.set(new Date('2026-12-01T12:00:00Z'));
    let aix = await installerSignsIn(t, installers.aix!);
    const step = async (path: string, body?: unknown) => {
      const res = await aix.post(`/api/referral/portal/referrals/${hugo}/${path}`, body);
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    };
    await step('contact');
    await step('quote', { decision: 'accepted' });
    await step('visit', { visitDate: '2026-12-17' });

    // Before Léa's 48 h are over she counts neither way.
    const early = await agent.get('/api/referral/installer-figures');
    expect(early.status).toBe(200);
    const savoie = (body: { items?: Record<string, unknown>[] }) =>
      body.items!.find((i) => i.installerId === installers.aix!.id);
    expect(savoie(early.body)).toMatchObject({
      company: 'Savoie Satellite',
      receivesReferrals: true,
      referrals: 2,
      contacted: 1,
      medianContactHours: 3,
      meanContactHours: 3,
      contactDue: 1,
      contactedWithin48h: 1,
      shareWithin48h: 1,
      visitsBooked: 1,
      visitsInWindow: 1,
      couponsIssued: 0,
      couponsReturned: 0,
    });

    // Two days later (sessions idle out: everyone signs in again).
    t.clock.set(new Date('2026-12-03T10:00:00Z'));
    aix = await installerSignsIn(t, installers.aix!);
    agent = await Client.login(t.url, a.users.agent.email);
    await step('pretravel-check', { equipmentReceived: true, credentialsReceived: true });
    await step('checklist', {
      items: {
        box: 'done',
        wifiAdapter: 'not_needed',
        key3g: 'not_needed',
        internetComputers: 'done',
        mailbox: 'done',
        tvDecoder: 'done',
        powerline: 'done',
        firstLesson: 'done',
      },
    });
    await step('coupon', { medium: 'printed' });
    const later = await agent.get('/api/referral/installer-figures');
    expect(savoie(later.body)).toMatchObject({
      contactDue: 2,
      contactedWithin48h: 1,
      shareWithin48h: 0.5,
      couponsIssued: 1,
      couponsReturned: 0,
    });
    const lyon = later.body.items!.find((i) => i.installerId === installers.lyon!.id);
    expect(lyon).toMatchObject({
      company: 'Lyon Antennes',
      receivesReferrals: false,
      referrals: 0,
      medianContactHours: null,
      shareWithin48h: null,
    });
  });

  it('the map lists the installers, signed or not, and only the open referrals, located', async () => {
    const res = await agent.get('/api/referral/map');
    expect(res.status).toBe(200);
    const byCompany = Object.fromEntries(
      (res.body.installers as Record<string, unknown>[]).map((i) => [i.company, i]),
    );
    expect(byCompany['Savoie Satellite']).toMatchObject({
      charterSigned: true,
      active: true,
      receivesReferrals: true,
    });
    expect(byCompany['Lyon Antennes']).toMatchObject({ charterSigned: false, receivesReferrals: false });
    expect(byCompany['Lyon Antennes'].latitude).toBeCloseTo(45.77, 1);
    // Hugo's referral is completed; Léa's is still open, in Annecy.
    const open = res.body.openReferrals as Record<string, unknown>[];
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      accountName: 'Léa Client',
      installerCompany: 'Savoie Satellite',
      postalCode: '74000',
      status: 'sent',
    });
    expect(open[0]!.latitude).toBeCloseTo(45.9, 1);
  });

  it('another tenant sees none of it; an installer may not read it', async () => {
    const b = await createTenant(t.db, 'beta-map');
    const other = await Client.login(t.url, b.users.agent.email);
    expect((await other.get('/api/referral/map')).body).toEqual({ installers: [], openReferrals: [] });
    expect((await other.get('/api/referral/installer-figures')).body).toEqual({ items: [] });
    const aix = await installerSignsIn(t, installers.aix!);
    expect((await aix.get('/api/referral/map')).status).toBe(403);
    expect((await aix.get('/api/referral/installer-figures')).status).toBe(403);
  });
});
