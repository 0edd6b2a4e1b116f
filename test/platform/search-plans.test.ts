import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../support/install-modules.ts';
import { explaining } from '../support/explaining.ts';
import { createTestDb, testEngine, type TestDb } from '../support/db.ts';
import { listAccounts } from '../../src/modules/accounts/store.ts';
import { searchTerms } from '../../src/modules/accounts/rules.ts';

/**
 * The account search box takes names, SIRETs, Israeli ID numbers, phone numbers, MSISDNs and
 * ICCIDs, and unions a branch per kind of match (some from other modules). One branch without an
 * index makes every search read the tenant's whole customer base: at 1,000,000 lines an ID-number
 * branch that could not use its partial index took a SIRET search from 2 to 65 ms of database time
 * (BENCHMARKS.md). On a test-sized table the planner would rightly scan, so sequential scans are
 * priced out here, on a few thousand analysed accounts: a branch whose searched column is still a
 * filter over the accounts (not an index condition) has no index that could serve it.
 */
const TENANT = '0191f0d0-0000-7000-8000-00000000c0de';
const ACCOUNT_TABLES = /(Scan|Scan using \S+) on (customer_accounts|account_contacts)\b/;
const SEARCHED = /\b(national_id|siret|phone|mobile|email|search_vector)\b/;

/** The scan nodes of the accounts' tables that filter on a searched column instead of an index. */
function unindexedBranches(plan: string): string[] {
  const nodes = plan.split(/\n(?=\s*->)/);
  return nodes.filter((node) => {
    const [head = '', ...rest] = node.split('\n');
    if (!ACCOUNT_TABLES.test(head)) return false;
    return rest.some((l) => /^\s*(Filter|Recheck Cond):/.test(l) && SEARCHED.test(l) && !/Recheck/.test(l));
  });
}

describe(`account search plans (${testEngine})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await t.db.system((tx) =>
      tx.query(
        `INSERT INTO tenants (id, slug, legal_name, country, time_zone, currency, created_at, updated_at)
         VALUES ($1, 'plans', 'Plans', 'FR', 'Europe/Paris', 'EUR', now(), now())`,
        [TENANT],
      ),
    );
    // French businesses (SIRET, phone) and Israeli persons (ID number), with a contact each.
    await t.db.system(async (tx) => {
      await tx.query(
        `INSERT INTO customer_accounts (tenant_id, id, reference, kind, company_type, company_name, siret, first_name, last_name,
           national_id_kind, national_id, display_name, email, phone, country, billing_day, search_text,
           search_vector, created_at, updated_at)
         SELECT $1, gen_random_uuid(), 'C-' || lpad(i::text, 6, '0'),
           CASE WHEN i % 2 = 0 THEN 'business' ELSE 'person' END,
           CASE WHEN i % 2 = 0 THEN 'SAS' END, CASE WHEN i % 2 = 0 THEN 'Société ' || i END,
           CASE WHEN i % 2 = 0 THEN lpad(i::text, 14, '0') END,
           CASE WHEN i % 2 = 1 THEN 'Prénom' || i END, CASE WHEN i % 2 = 1 THEN 'Nom' || i END,
           CASE WHEN i % 2 = 1 THEN 'il_identity' END, CASE WHEN i % 2 = 1 THEN lpad(i::text, 9, '0') END,
           'Client ' || i, 'client' || i || '@example.fr', '+336' || lpad(i::text, 8, '0'),
           CASE WHEN i % 2 = 0 THEN 'FR' ELSE 'IL' END, 1, 'client ' || i,
           to_tsvector('simple', 'client ' || i), now(), now()
         FROM generate_series(1, 4000) AS i`,
        [TENANT],
      );
      await tx.query(
        `INSERT INTO account_contacts (tenant_id, id, account_id, name, email, phone, mobile, created_at, updated_at)
         SELECT tenant_id, gen_random_uuid(), id, 'Contact', 'contact.' || email, phone, phone, now(), now()
         FROM customer_accounts WHERE tenant_id = $1`,
        [TENANT],
      );
      await tx.exec('ANALYZE customer_accounts; ANALYZE account_contacts');
    });
  });
  afterAll(() => t?.close());

  it.each([
    ['a SIRET typed in groups', '732 829 320 00074'],
    ['an Israeli ID number', '000000018'],
    ['a French mobile number', '06 12 34 56 78'],
    ['an MSISDN', '33612345678'],
    ['an ICCID', '8933150319000012345'],
    ['a name', 'Dubo'],
    ['an e-mail', 'jean.dupont@example.fr'],
  ])('every branch of a search for %s can be served by an index', async (_what, q) => {
    const plans: string[] = [];
    await t.db.tenant(TENANT, async (tx) => {
      await tx.query(`SET LOCAL enable_seqscan = off`);
      await listAccounts(explaining(tx, plans), {
        terms: searchTerms(q, ['FR', 'IL']),
        limit: 25,
        offset: 0,
      });
    });
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) expect(unindexedBranches(plan), plan).toEqual([]);
  });
});
