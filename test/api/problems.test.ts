import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { iccid, simCsv } from '../support/stock.ts';

type Issue = { pointer: string; code: string; detail: string };

/**
 * Issue 10 item 4: a refused request says, in the user's language, which field is wrong and what
 * to do — no JSON-schema jargon, no internal values, no English parser text in French — and lists
 * every problem, not the first.
 */
describe(`problems a person understands (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let fr: Client;
  let en: Client;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'alpha');
    fr = await Client.login(t.url, a.users.agent.email);
    en = new Client(t.url, 'en');
    en.cookie = fr.cookie;
    en.csrf = fr.csrf;
    admin = await Client.login(t.url, a.users.admin.email);
  }, 240_000);
  afterAll(() => t.close());

  const issues = (body: Record<string, unknown>) => body.errors as Issue[];

  it('a search over 100 characters names the search box and says to shorten it', async () => {
    const q = 'x'.repeat(101);
    const res = await fr.get(`/api/accounts?q=${q}`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation.failed');
    expect(res.body.title).toBe('Saisie à corriger');
    expect(res.body.detail).toBe('Le champ « Recherche » dépasse 100 caractères : raccourcissez-le.');
    expect(issues(res.body)).toEqual([
      {
        pointer: '/query/q',
        code: 'maxLength',
        detail: 'Le champ « Recherche » dépasse 100 caractères : raccourcissez-le.',
      },
    ]);
    const english = await en.get(`/api/accounts?q=${q}`);
    expect(english.body.title).toBe('Please correct your input');
    expect(english.body.detail).toBe('"Search" is longer than 100 characters: shorten it.');
  });

  it('an empty subject says to fill it in; an unknown kind says it is not one of the choices, without the internal values', async () => {
    const account = await fr.post('/api/accounts', {
      kind: 'person',
      firstName: 'Julien',
      lastName: 'Moreau',
      email: 'julien.moreau@example.fr',
      billingDay: 1,
    });
    expect(account.status).toBe(201);
    const incident = {
      accountId: account.body.id,
      service: 'adsl',
      channel: 'phone',
      priority: 'normal',
      title: '',
    };
    const empty = await fr.post('/api/incidents', incident);
    expect(empty.status).toBe(400);
    expect(issues(empty.body)).toEqual([
      { pointer: '/body/title', code: 'minLength', detail: 'Le champ « Objet » est vide : renseignez-le.' },
    ]);
    expect(issues((await en.post('/api/incidents', incident)).body)[0]?.detail).toBe(
      '"Subject" is empty: fill it in.',
    );

    const robot = { kind: 'robot', firstName: 'R2', lastName: 'D2', email: 'r2@example.fr', billingDay: 1 };
    const unknown = await fr.post('/api/accounts', robot);
    expect(unknown.status).toBe(400);
    const kind = issues(unknown.body).filter((i) => i.pointer === '/body/kind');
    // One problem for the field, not one per allowed value plus a "does not match".
    expect(kind).toEqual([
      {
        pointer: '/body/kind',
        code: 'const',
        detail:
          'La valeur du champ « Type » ne fait pas partie des choix possibles : choisissez-en une dans la liste.',
      },
    ]);
    expect(unknown.text).not.toMatch(/person|business/);
    const englishKind = issues((await en.post('/api/accounts', robot)).body).find(
      (i) => i.pointer === '/body/kind',
    );
    expect(englishKind?.detail).toBe(
      'The value of "Type" is not one of the choices: pick one from the list.',
    );
  });

  it('every field problem is listed, each naming its field', async () => {
    const res = await admin.post('/api/users', {
      email: 'pas-un-email',
      displayName: 42,
      role: 'agent',
      admin: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.detail).toBe('Corrigez les champs signalés puis réessayez.');
    expect(Object.fromEntries(issues(res.body).map((i) => [i.pointer, i.detail]))).toEqual({
      '/body/email':
        'Le champ « Adresse e-mail » attend une adresse e-mail valide (exemple : nom@domaine.fr).',
      '/body/displayName': 'Le champ « Nom affiché » attend du texte.',
      '/body/admin': 'Champ inconnu « admin » : retirez-le.',
    });
  });

  it('malformed JSON: the French detail says what to check, with no English parser text', async () => {
    const res = await admin.post('/api/users', '{"email": "x@alpha.test", ');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('request.malformed_json');
    expect(res.body.detail).toBe(
      'Le corps de la requête n’est pas un JSON valide : vérifiez les guillemets, les virgules et les accolades, puis réessayez.',
    );
    expect(res.text).not.toMatch(/Unexpected|position|JSON at/);
    const en = new Client(t.url, 'en');
    en.cookie = admin.cookie;
    en.csrf = admin.csrf;
    const english = await en.post('/api/users', '{"email": "x@alpha.test", ');
    expect(english.body.detail).toMatch(/^The request body is not valid JSON: /);
  });

  it('a CSV import lists every rejected row, beyond 200', async () => {
    const rows = Array.from({ length: 250 }, (_, n) => ({ iccid: `${iccid(n + 1)}`.slice(0, -1) + 'X' }));
    const res = await fr.post('/api/stock/sims/import', { csv: simCsv(rows) });
    expect(res.status).toBe(400);
    const list = issues(res.body);
    expect(list).toHaveLength(250);
    expect(list[249]?.detail).toMatch(/^Ligne 251 : /);
  });
});
