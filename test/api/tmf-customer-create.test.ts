import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { EventListener } from '../support/listener.ts';
import { tmfErrors } from '../support/tmf.ts';
import { createPlatformWorker, type PlatformWorker } from '../../src/platform/jobs/platform-worker.ts';
import { silentLogger } from '../../src/platform/jobs/logger.ts';

const TMF629 = 'TMF629-Customer-v4.0.0.swagger.json';
const CUSTOMERS = '/tmf-api/customerManagement/v4/customer';

type Body = Record<string, unknown>;

const lefevre = (over: Body = {}): Body => ({
  name: 'Transports Lefèvre',
  engagedParty: { id: 'crm-77', '@referredType': 'Organization' },
  contactMedium: [
    { mediumType: 'email', characteristic: { emailAddress: 'flotte@transports-lefevre.fr' } },
    { mediumType: 'phone', characteristic: { phoneNumber: '01 42 00 00 00' } },
    {
      mediumType: 'postalAddress',
      preferred: true,
      characteristic: { street1: '12 rue des Lilas', postCode: '75011', city: 'Paris', country: 'FR' },
    },
  ],
  characteristic: [
    { name: 'siret', value: '901 122 334 00021' },
    { name: 'companyType', value: 'SAS' },
    { name: 'billingDay', valueType: 'integer', value: 15 },
  ],
  relatedParty: [{ name: 'Julien Moreau', role: 'Responsable flotte', '@referredType': 'Individual' }],
  ...over,
});

/**
 * Issue 15: TMF629 `POST /customer` creates the customer account as the customer form does: the
 * same rules (ACC-01 SIRET and legal form, ACC-02 phones, ACC-05 e-mail, CAL-06 Billing Day, an
 * Israeli reseller's ID numbers), each refusal naming the TMF attribute; 201 with Location,
 * idempotent with Idempotency-Key, CustomerCreateEvent to the listeners.
 */
describe(`TMF629 customer create (${testEngine})`, () => {
  let t: TestApp;
  let agent: Client;
  let admin: Client;
  let il: Client;
  let frId: string;
  let worker: PlatformWorker;
  const listener = new EventListener();
  const count = async (c: Client) =>
    Number((await c.get(`${CUSTOMERS}?limit=1`)).headers.get('x-total-count'));

  beforeAll(async () => {
    t = await startTestApp();
    const fr = await createTenant(t.db, 'tmf629-fr');
    frId = fr.id;
    const israeli = await createTenant(t.db, 'tmf629-il', { country: 'IL' });
    agent = await Client.login(t.url, fr.users.agent.email);
    admin = await Client.login(t.url, fr.users.admin.email);
    il = await Client.login(t.url, israeli.users.agent.email);
    worker = createPlatformWorker(t.deps, silentLogger, { mailboxDir: null });
    await listener.start();
  }, 240_000);
  afterAll(async () => {
    await listener.stop();
    await worker.stop();
    await t.close();
  });

  it('ACC-01 ACC-02 ACC-05 CAL-06 a business from Customer_Create: 201, Location, the account as the form makes it, CustomerCreateEvent', async () => {
    const hub = await admin.post('/tmf-api/customerManagement/v4/hub', { callback: listener.url });
    expect(hub.status, JSON.stringify(hub.body)).toBe(201);
    const res = await agent.post(CUSTOMERS, lefevre());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(tmfErrors(TMF629, 'Customer', res.body)).toEqual([]);
    const id = String(res.body.id);
    expect(res.headers.get('location')).toBe(`${CUSTOMERS}/${id}`);
    expect(res.body).toMatchObject({
      href: `${CUSTOMERS}/${id}`,
      name: 'Transports Lefèvre',
      status: 'Approved',
      engagedParty: { id, '@referredType': 'Organization' },
      relatedParty: [{ name: 'Julien Moreau', role: 'Responsable flotte', '@referredType': 'Individual' }],
    });
    expect(res.body.characteristic).toEqual(
      expect.arrayContaining([
        { name: 'siret', valueType: 'string', value: '90112233400021' },
        { name: 'companyType', valueType: 'string', value: 'SAS' },
        { name: 'billingDay', valueType: 'integer', value: 15 },
        { name: 'reference', valueType: 'string', value: expect.stringMatching(/^C-\d+$/) },
      ]),
    );
    // ACC-02: the phone in E.164; the preferred postal address is the billing address.
    expect(res.body.contactMedium).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          mediumType: 'phone',
          characteristic: expect.objectContaining({ phoneNumber: '+33142000000' }),
        }),
        expect.objectContaining({
          mediumType: 'postalAddress',
          characteristic: expect.objectContaining({
            contactType: 'billing',
            street1: '12 rue des Lilas',
            city: 'Paris',
          }),
        }),
      ]),
    );
    const account = await agent.get(`/api/accounts/${id}`);
    expect(account.body).toMatchObject({
      kind: 'business',
      companyName: 'Transports Lefèvre',
      companyType: 'SAS',
      siret: '90112233400021',
      email: 'flotte@transports-lefevre.fr',
      billingDay: 15,
    });
    expect((await agent.get(`${CUSTOMERS}/${id}`)).body).toEqual(res.body);

    // A person: the name is the last name unless the client splits it.
    const person = await agent.post(CUSTOMERS, {
      name: 'Léa Petit',
      engagedParty: { id: 'crm-78', '@referredType': 'Individual' },
      contactMedium: [{ mediumType: 'email', characteristic: { emailAddress: 'lea.petit@example.fr' } }],
      characteristic: [
        { name: 'firstName', value: 'Léa' },
        { name: 'lastName', value: 'Petit' },
      ],
    });
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    expect(person.body).toMatchObject({ name: 'Léa Petit', engagedParty: { '@referredType': 'Individual' } });
    expect((await agent.get(`/api/accounts/${String(person.body.id)}`)).body).toMatchObject({
      kind: 'person',
      firstName: 'Léa',
      lastName: 'Petit',
      billingDay: 1,
    });

    await worker.deliverEvents();
    const got = listener.of('CustomerCreateEvent');
    expect(got.map((e) => (e.json.event.customer as Body).id).sort()).toEqual([id, person.body.id].sort());
    for (const e of got) expect(tmfErrors(TMF629, 'CustomerCreateEvent', e.json)).toEqual([]);
  });

  it('Idempotency-Key: a retry answers the same customer, created once; the key with another body is 422', async () => {
    const before = await count(agent);
    const body = lefevre({
      name: 'Garage Martin',
      contactMedium: [{ mediumType: 'email', characteristic: { emailAddress: 'garage@martin.fr' } }],
      characteristic: [
        { name: 'siret', value: '442 113 344 00000' },
        { name: 'companyType', value: 'SARL' },
      ],
      relatedParty: undefined,
    });
    const first = await agent.post(CUSTOMERS, body, { 'idempotency-key': 'tmf629-garage-1' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const retry = await agent.post(CUSTOMERS, body, { 'idempotency-key': 'tmf629-garage-1' });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.headers.get('location')).toBe(first.headers.get('location'));
    expect(retry.body.id).toBe(first.body.id);
    expect(await count(agent)).toBe(before + 1);
    const other = await agent.post(
      CUSTOMERS,
      { ...body, name: 'Garage Martin et fils' },
      {
        'idempotency-key': 'tmf629-garage-1',
      },
    );
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency.key_reused');
  });

  it('ACC-01 ACC-05 each refusal is problem+json naming the TMF attribute; nothing written', async () => {
    const before = await count(agent);
    const refused = async (body: Body, status: number, errors: { pointer: string; code: string }[]) => {
      const res = await agent.post(CUSTOMERS, body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(res.body.errors).toEqual(errors.map((e) => expect.objectContaining(e)));
      return res.body;
    };
    // ACC-05, ACC-01: what is missing (the e-mail every customer has; a French business's legal
    // form and SIRET) opens no account: the customer waits « à compléter » (issue 15), counted in
    // the list as held (tmf-held-customer.test.ts).
    const held = async (body: Body) => {
      const res = await agent.post(CUSTOMERS, body);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.status).toBe('Initialized');
      return res.body;
    };
    await held({ name: 'Léa Petit', engagedParty: { id: 'x', '@referredType': 'Individual' } });
    await held(lefevre({ characteristic: undefined }));
    const accounts = await t.db.tenant(frId, (tx) =>
      tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM customer_accounts`),
    );
    const badKey = await agent.post(
      CUSTOMERS,
      lefevre({
        characteristic: [
          { name: 'siret', value: '123 456 789 01234' },
          { name: 'companyType', value: 'SAS' },
        ],
      }),
    );
    expect(badKey.status).toBe(400);
    expect(badKey.body.errors).toEqual([expect.objectContaining({ pointer: '/body/characteristic/0' })]);
    // The SIRET of the business created in the first test.
    await refused(lefevre(), 409, [{ pointer: '/body/characteristic/0', code: 'account.siret_taken' }]);
    await refused(
      lefevre({
        contactMedium: [
          { mediumType: 'phone', characteristic: { phoneNumber: '+33142000000' } },
          { mediumType: 'email', characteristic: { emailAddress: 'pas-un-email' } },
        ],
      }),
      400,
      [{ pointer: '/body/contactMedium/1', code: 'account.email_invalid' }],
    );
    await refused(lefevre({ characteristic: [{ name: 'colour', value: 'blue' }] }), 400, [
      { pointer: '/body/characteristic/0/name', code: 'enum' },
    ]);
    await refused(lefevre({ engagedParty: { id: 'x', '@referredType': 'Robot' } }), 400, [
      { pointer: '/body/engagedParty/@referredType', code: 'enum' },
    ]);
    expect((await agent.post(CUSTOMERS, { name: 'Sans partie' })).status).toBe(400);
    expect((await agent.post(CUSTOMERS, { ...lefevre(), colour: 'blue' })).status).toBe(400);
    // The two held customers are listed; no account was written by any of these.
    expect(await count(agent)).toBe(before + 2);
    expect(
      await t.db.tenant(frId, (tx) =>
        tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM customer_accounts`),
      ),
    ).toEqual(accounts);
  });

  it('ACC-01 on an Israeli reseller: a business needs its ח.פ., its check digit is verified; a French reseller takes none', async () => {
    const cohen = (characteristic: Body[]): Body => ({
      name: 'Cohen Computers',
      engagedParty: { id: 'crm-9', '@referredType': 'Organization' },
      contactMedium: [{ mediumType: 'email', characteristic: { emailAddress: 'office@cohen.co.il' } }],
      characteristic: [{ name: 'companyType', value: 'Ltd' }, ...characteristic],
    });
    // Without its ח.פ. the business is held « à compléter » (issue 15), not opened.
    const missing = await il.post(CUSTOMERS, cohen([]));
    expect(missing.status).toBe(201);
    expect(missing.body.status).toBe('Initialized');
    const bad = await il.post(CUSTOMERS, cohen([{ name: 'nationalId', value: '52-001395-5' }]));
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([
      expect.objectContaining({
        pointer: '/body/characteristic/1',
        code: expect.stringMatching(/^account\.il_id/),
      }),
    ]);
    const ok = await il.post(CUSTOMERS, cohen([{ name: 'nationalId', value: '52-001395-4' }]));
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(tmfErrors(TMF629, 'Customer', ok.body)).toEqual([]);
    expect(ok.body.characteristic).toEqual(
      expect.arrayContaining([
        { name: 'nationalId', valueType: 'string', value: '520013954' },
        { name: 'nationalIdKind', valueType: 'string', value: 'il_company' },
      ]),
    );
    const french = await agent.post(
      CUSTOMERS,
      lefevre({
        name: 'Boulangerie Dupont',
        characteristic: [{ name: 'nationalId', value: '123456782' }],
        engagedParty: { id: 'x', '@referredType': 'Individual' },
        contactMedium: [{ mediumType: 'email', characteristic: { emailAddress: 'dupont@example.fr' } }],
        relatedParty: undefined,
      }),
    );
    expect(french.status).toBe(400);
    expect(french.body.errors).toEqual([
      expect.objectContaining({ pointer: '/body/characteristic/0', code: 'account.il_id_outside_israel' }),
    ]);
  });
});
