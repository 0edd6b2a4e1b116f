import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { addTestInstaller, signTestCharter } from '../support/referral.ts';
import { indexBuilds } from '../../src/modules/referral/installer-index.ts';

/**
 * Issue 13: the nearest-installer search tree is kept per tenant between referrals and follows the
 * directory: adds, signatures, deactivations, a write made outside this process's use cases (as
 * another app instance sharing the database would), and never crosses tenants.
 */
describe(`referral: the kept search tree follows the directory (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let admin: Client;
  let agent: Client;
  const ids: Record<string, string> = {};
  let n = 0;

  async function addInstaller(as: Client, key: string, body: Record<string, unknown>, charter: boolean) {
    ids[key] = (await addTestInstaller(as, key, body, charter)).id;
  }

  const sign = (as: Client, key: string) => signTestCharter(as, ids[key]!);

  /** A new consenting customer in Annecy, referred: the referral's body. */
  async function refer(as: Client = agent): Promise<Record<string, unknown>> {
    n++;
    const acc = await as.post('/api/accounts', {
      kind: 'person',
      firstName: `Client${n}`,
      lastName: 'Annecy',
      email: `client${n}@client.test`,
      billingDay: 1,
    });
    expect(acc.status, JSON.stringify(acc.body)).toBe(201);
    const id = String(acc.body.id);
    await as.post(`/api/referral/accounts/${id}/consents`, { purpose: 'Mise en relation', channel: 'phone' });
    const res = await as.post(`/api/referral/accounts/${id}/referrals`, {
      postalCode: '74000',
      needsSatelliteAndInternet: true,
      tvOverAdslEligible: false,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  beforeAll(async () => {
    t = await startTestApp({}, undefined);
    t.clock.set(new Date('2026-12-01T09:00:00Z'));
    a = await createTenant(t.db, 'alpha');
    admin = await Client.login(t.url, a.users.admin.email);
    agent = await Client.login(t.url, a.users.agent.email);
    await addInstaller(
      admin,
      'aix',
      { company: 'Savoie Satellite', postalCode: '73100', communeCode: '73008' },
      true,
    );
    await addInstaller(
      admin,
      'chambery',
      { company: 'Chambéry Paraboles', postalCode: '73000', communeCode: '73065' },
      true,
    );
  }, 240_000);
  afterAll(() => t.close());

  it('REF-03 the tree is built once and reused while the directory does not move', async () => {
    const before = indexBuilds.count;
    expect(await refer()).toMatchObject({ installerCompany: 'Savoie Satellite' });
    expect(await refer()).toMatchObject({ installerCompany: 'Savoie Satellite' });
    expect(await refer()).toMatchObject({ installerCompany: 'Savoie Satellite' });
    expect(indexBuilds.count - before).toBe(1);
  });

  it('REF-01 REF-03 the tree follows an add (unsigned: skipped), then its signature', async () => {
    await addInstaller(admin, 'annecy', { company: 'Antennes du Lac', postalCode: '74000' }, false);
    expect(await refer()).toMatchObject({
      installerCompany: 'Savoie Satellite',
      skipped: [{ company: 'Antennes du Lac', reason: 'unsigned' }],
    });
    await sign(admin, 'annecy');
    expect(await refer()).toMatchObject({ installerCompany: 'Antennes du Lac', skipped: [] });
  });

  it('REF-01 the tree follows a deactivation', async () => {
    const off = await admin.post(`/api/referral/installers/${ids.annecy}/active`, { active: false });
    expect(off.status).toBe(200);
    expect(await refer()).toMatchObject({
      installerCompany: 'Savoie Satellite',
      skipped: [{ company: 'Antennes du Lac', reason: 'inactive' }],
    });
  });

  it('REF-01 a change written by another app instance sharing the database is seen', async () => {
    // Not through this process's use cases: straight to the database, as another instance would.
    await t.db.system((tx) =>
      tx.query(`UPDATE referral_installers SET active = false WHERE id = $1`, [ids.aix]),
    );
    expect(await refer()).toMatchObject({
      installerCompany: 'Chambéry Paraboles',
      skipped: [
        { company: 'Antennes du Lac', reason: 'inactive' },
        { company: 'Savoie Satellite', reason: 'inactive' },
      ],
    });
  });

  it('REF-03 each tenant has its own tree: no referral crosses tenants', async () => {
    const b = await createTenant(t.db, 'beta');
    const bAdmin = await Client.login(t.url, b.users.admin.email);
    const bAgent = await Client.login(t.url, b.users.agent.email);
    await addInstaller(bAdmin, 'beta-annecy', { company: 'Beta Annecy', postalCode: '74000' }, true);
    expect(await refer(bAgent)).toMatchObject({ installerCompany: 'Beta Annecy', skipped: [] });
    // Alpha's tree does not see beta's installer in Annecy, nor beta's alpha's.
    expect(await refer()).toMatchObject({ installerCompany: 'Chambéry Paraboles' });
  });
});
