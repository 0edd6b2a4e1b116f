/**
 * The fleet data set of the `lines` entry: a reseller with N mobile lines and N / 5 customer
 * accounts on PostgreSQL, built in a few bulk statements as the owner role and kept as a cache.
 *
 * Realistic on purpose, since plans depend on it: businesses (SIRET with a valid key, a contact
 * person, fleets from one line to thousands, power-law sized) and private persons (one to three
 * lines), French names, e-mails, valid E.164 phones (ACC-02); lines on both networks with offers of
 * the real catalog (src/modules/catalog/data, weighted towards the unlimited range), 10-digit
 * MSISDNs and 14-digit Orange data-only/M2M numbers (CAT-07), Luhn-valid ICCIDs, states mostly
 * active with suspended, terminated, in-progress and cancelled ones, eSIMs, options, and the
 * orders the lines came from. A second, small tenant gives row-level security rows to filter out.
 *
 * The rows go through every constraint, foreign key and unique index of the schema: secondary
 * indexes are dropped during the load and created again afterwards (unique ones re-check their
 * rule then), primary keys and foreign keys stay. Search words come from the accounts module's
 * own `searchWords`, so the search index holds what the application would have written.
 * Not generated: SIM/number stock rows, charges, audit, addresses (no benchmarked query reads them).
 */
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { loadMigrations, migrate } from '../../src/platform/db/migrate.ts';
import { openPostgres } from '../../src/platform/db/postgres.ts';
import { catalogChecksum, loadCatalog } from '../../src/modules/catalog/load.ts';
import { CATALOG_VERSIONS } from '../../src/modules/catalog/data/index.ts';
import {
  checkSiret,
  formatReference,
  fold,
  normalizePhone,
  searchWords,
} from '../../src/modules/accounts/rules.ts';
import { luhnValid } from '../../src/modules/stock/rules.ts';
import { createTenant, TEST_PASSWORD } from '../../test/support/app.ts';
import {
  ACTIVITIES,
  CITIES,
  CONTACT_ROLES,
  DOMAINS,
  FIRST_NAMES,
  FORMS,
  hash32,
  pick,
  surname,
  SURNAMES,
} from './fleet-names.ts';

/** Bump when the generator changes: a cached database built by another version is rebuilt. */
const GENERATOR = 2;
/** The instant the data set describes ("now" for it): every date is before it. */
export const FLEET_NOW = new Date('2026-11-01T00:00:00Z');
const FIRST_DAY = new Date('2021-01-04T08:00:00Z');

export interface Fleet {
  url: string;
  database: string;
  tenantId: string;
  adminEmail: string;
  password: string;
  lines: number;
  accounts: number;
  /** Built in this run (false: the cached database was reused). */
  built: boolean;
  buildSeconds: number;
  /** Migrations applied to a cached database in this run (its data kept). */
  migrated: string[];
  tables: { table: string; rows: number; tableMb: number; indexMb: number }[];
}

export interface FleetOptions {
  baseUrl: string;
  lines: number;
  accounts: number;
  rebuild: boolean;
  log(message: string): void;
}

export function fleetDatabaseName(lines: number, accounts: number): string {
  return lines === 1_000_000 && accounts === 200_000
    ? 'relais_bench_lines'
    : `relais_bench_lines_${lines}_${accounts}`;
}

function withDatabase(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

interface Meta {
  generator: number;
  lines: number;
  accounts: number;
  tenant_id: string;
  admin_email: string;
  build_seconds: number;
}

/** The cached database when it was built by this generator for this size, with the same migrations. */
async function cached(url: string, o: FleetOptions): Promise<{ meta: Meta; pending: boolean } | null> {
  return withClient(url, async (c) => {
    const has = await c.query(
      `SELECT to_regclass('bench_fleet') AS t, to_regclass('schema_migrations') AS m`,
    );
    if (!has.rows[0]?.t || !has.rows[0]?.m) return null;
    const { rows } = await c.query<Meta>('SELECT * FROM bench_fleet');
    const meta = rows[0];
    if (!meta || meta.generator !== GENERATOR || meta.lines !== o.lines || meta.accounts !== o.accounts) {
      return null;
    }
    const applied = new Map(
      (
        await c.query<{ id: string; checksum: string }>('SELECT id, checksum FROM schema_migrations')
      ).rows.map((r) => [r.id, r.checksum]),
    );
    const files = await loadMigrations();
    for (const [id, checksum] of applied) {
      const f = files.find((m) => m.id === id);
      // A migration edited or removed since: the schema is not the code's any more.
      if (!f || f.checksum !== checksum) return null;
    }
    // A catalog data file changed since (Relais would refuse to start on it), or a new version.
    const loaded = new Map(
      (await c.query<{ id: string; checksum: string }>('SELECT id, checksum FROM catalog_versions')).rows.map(
        (r) => [r.id, r.checksum],
      ),
    );
    if (CATALOG_VERSIONS.some((v) => loaded.get(v.id) !== catalogChecksum(v))) return null;
    return { meta, pending: files.some((f) => !applied.has(f.id)) };
  });
}

/**
 * The fleet database: reused when the cached one matches (its pending migrations applied, then
 * ANALYZE), built otherwise. Returns what the entry needs to sign in and report.
 */
export async function ensureFleet(o: FleetOptions): Promise<Fleet> {
  const database = fleetDatabaseName(o.lines, o.accounts);
  const url = withDatabase(o.baseUrl, database);
  const exists = await withClient(o.baseUrl, async (c) => {
    const { rows } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    return rows.length > 0;
  });
  const hit = exists && !o.rebuild ? await cached(url, o) : null;
  if (hit) {
    let migrated: string[] = [];
    if (hit.pending) {
      o.log(`fleet: ${database} cached; applying new migrations`);
      const db = await openPostgres(url, 2);
      try {
        migrated = await migrate(db);
      } finally {
        await db.close();
      }
      // New indexes on expressions need their statistics.
      await withClient(url, (c) => c.query('ANALYZE'));
    }
    o.log(`fleet: reusing ${database} (${o.lines} lines, ${o.accounts} accounts)`);
    return {
      url,
      database,
      tenantId: hit.meta.tenant_id,
      adminEmail: hit.meta.admin_email,
      password: TEST_PASSWORD,
      lines: o.lines,
      accounts: o.accounts,
      built: false,
      buildSeconds: hit.meta.build_seconds,
      migrated,
      tables: await tableSizes(url),
    };
  }

  const t0 = performance.now();
  await withClient(o.baseUrl, async (c) => {
    if (exists) {
      o.log(`fleet: dropping ${database} (${o.rebuild ? '--rebuild-fleet' : 'stale'})`);
      await c.query(`DROP DATABASE ${database} WITH (FORCE)`);
    }
    await c.query(`CREATE DATABASE ${database}`);
  });
  o.log(`fleet: building ${database}: ${o.lines} lines, ${o.accounts} accounts`);
  const db = await openPostgres(url, 2);
  let tenantId: string;
  let adminEmail: string;
  let otherId: string;
  try {
    await migrate(db);
    await loadCatalog(db, CATALOG_VERSIONS, FLEET_NOW);
    const tenant = await createTenant(db, 'flotte', { now: FIRST_DAY });
    const other = await createTenant(db, 'autre', { now: FIRST_DAY });
    tenantId = tenant.id;
    otherId = other.id;
    adminEmail = tenant.users.admin.email;
  } finally {
    await db.close();
  }
  await withClient(url, async (c) => {
    await c.query(`SET maintenance_work_mem = '512MB'`);
    await c.query(`SET synchronous_commit = off`);
    const indexes = await dropSecondaryIndexes(c);
    const foreignKeys = await dropForeignKeys(c);
    await createHelpers(c);
    await loadTenant(c, tenantId, o.lines, o.accounts, 0, o.log);
    await loadTenant(
      c,
      otherId,
      Math.max(10, Math.round(o.lines / 100)),
      Math.max(2, Math.round(o.accounts / 100)),
      7,
      o.log,
    );
    o.log(
      `fleet: creating ${indexes.length} secondary indexes, validating ${foreignKeys.length} foreign keys`,
    );
    for (const def of indexes) await c.query(def);
    for (const fk of foreignKeys) await c.query(fk);
    o.log('fleet: VACUUM ANALYZE');
    await c.query('VACUUM (ANALYZE)');
    const seconds = (performance.now() - t0) / 1000;
    await c.query(
      `CREATE TABLE bench_fleet (generator int NOT NULL, lines int NOT NULL, accounts int NOT NULL,
         tenant_id uuid NOT NULL, admin_email text NOT NULL, build_seconds real NOT NULL, built_at timestamptz NOT NULL)`,
    );
    await c.query(`INSERT INTO bench_fleet VALUES ($1, $2, $3, $4, $5, $6, now())`, [
      GENERATOR,
      o.lines,
      o.accounts,
      tenantId,
      adminEmail,
      seconds,
    ]);
  });
  const buildSeconds = (performance.now() - t0) / 1000;
  o.log(`fleet: built in ${buildSeconds.toFixed(0)} s`);
  return {
    url,
    database,
    tenantId,
    adminEmail,
    password: TEST_PASSWORD,
    lines: o.lines,
    accounts: o.accounts,
    built: true,
    buildSeconds,
    migrated: [],
    tables: await tableSizes(url),
  };
}

export async function dropFleet(baseUrl: string, database: string): Promise<void> {
  await withClient(baseUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
}

const LOADED = ['customer_accounts', 'account_contacts', 'orders', 'lines', 'line_options'];

async function tableSizes(url: string): Promise<Fleet['tables']> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ table: string; table_mb: number; index_mb: number }>(
      `SELECT relname AS table, pg_table_size(oid) / 1048576.0 AS table_mb, pg_indexes_size(oid) / 1048576.0 AS index_mb
         FROM pg_class WHERE relname = ANY($1) AND relkind = 'r'`,
      [LOADED],
    );
    const out: Fleet['tables'] = [];
    for (const t of LOADED) {
      const r = rows.find((x) => x.table === t);
      if (!r) continue;
      const n = await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${t}`);
      out.push({
        table: t,
        rows: Number(n.rows[0]?.n ?? 0),
        tableMb: Number(r.table_mb),
        indexMb: Number(r.index_mb),
      });
    }
    return out;
  });
}

/** Drops the non-constraint indexes of the loaded tables; returns their definitions. */
async function dropSecondaryIndexes(c: pg.Client): Promise<string[]> {
  const { rows } = await c.query<{ name: string; def: string }>(
    `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
    [LOADED],
  );
  for (const r of rows) await c.query(`DROP INDEX ${r.name}`);
  return rows.map((r) => r.def);
}

/**
 * Drops the foreign keys of the loaded tables; returns the statements that add them back. Adding
 * a foreign key checks every row in one join, where a row-by-row check would take most of the
 * load's time: the rule is enforced all the same, once.
 */
async function dropForeignKeys(c: pg.Client): Promise<string[]> {
  const { rows } = await c.query<{ table: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($1)`,
    [LOADED],
  );
  for (const r of rows) await c.query(`ALTER TABLE ${r.table} DROP CONSTRAINT ${r.name}`);
  return rows.map((r) => `ALTER TABLE ${r.table} ADD CONSTRAINT ${r.name} ${r.def}`);
}

// ── Vocabulary ─────────────────────────────────────────────────────────────────────────────────

function slugOf(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function luhnDigit(payload: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(payload + String(d))) return String(d);
  throw new Error('unreachable');
}

/** A French mobile number valid for libphonenumber, distinct per `n` (tried forward until valid). */
function mobile(n: number, salt: number): string {
  for (let k = 0; ; k++) {
    const body = String((n * 7919 + salt * 1_000_003 + k * 104_729) % 100_000_000).padStart(8, '0');
    const national = `0${(n + k) % 3 === 0 ? 7 : 6}${body}`;
    const p = normalizePhone(national, 'FR');
    if (p.ok) return p.e164;
  }
}

function landline(n: number, salt: number): string {
  for (let k = 0; ; k++) {
    const body = String((n * 6271 + salt * 999_983 + k * 15_485_863) % 100_000_000).padStart(8, '0');
    const national = `0${1 + ((n + k) % 5)}${body}`;
    const p = normalizePhone(national, 'FR');
    if (p.ok) return p.e164;
  }
}

// ── Load ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Helpers living in this session only (pg_temp): a UUIDv7 for an instant (ids are v7, as newId()
 * makes them), and the Luhn key of an 18-digit payload as one inline expression.
 */
async function createHelpers(c: pg.Client): Promise<void> {
  await c.query(`CREATE FUNCTION pg_temp.uuid7(ts timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS $$
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
      PLACING substring(int8send(floor(extract(epoch FROM ts) * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
  $$`);
  // Luhn: from the right of the payload, every other digit (starting with the rightmost) doubled.
  const terms: string[] = [];
  for (let i = 1; i <= 18; i++) {
    const d = `substr(s, ${i}, 1)::int`;
    terms.push((18 - i) % 2 === 0 ? `((2 * ${d}) % 10 + (2 * ${d}) / 10)` : d);
  }
  await c.query(`CREATE FUNCTION pg_temp.luhn18(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT s || ((10 - (${terms.join(' + ')}) % 10) % 10)::text
  $$`);
}

interface AccountGen {
  ids: string[];
  kinds: string[];
  holders: string[];
  emails: string[];
  createdAt: Date[];
  lines: number[];
}

async function loadTenant(
  c: pg.Client,
  tenantId: string,
  nLines: number,
  nAccounts: number,
  salt: number,
  log: (m: string) => void,
): Promise<void> {
  const t0 = performance.now();
  const span = FLEET_NOW.getTime() - FIRST_DAY.getTime();
  const gen: AccountGen = { ids: [], kinds: [], holders: [], emails: [], createdAt: [], lines: [] };
  // Accounts and contacts, computed here (names, SIRET keys, valid phones, search words) and sent
  // as arrays in batches: INSERT … SELECT FROM unnest(…).
  const BATCH = 10_000;
  for (let start = 0; start < nAccounts; start += BATCH) {
    const acc: unknown[][] = Array.from({ length: 14 }, () => []);
    const con: unknown[][] = Array.from({ length: 7 }, () => []);
    for (let i = start; i < Math.min(nAccounts, start + BATCH); i++) {
      const h = hash32(i, salt, 1);
      const business = h % 100 < 40;
      const created = new Date(FIRST_DAY.getTime() + Math.floor((span * 0.97 * i) / nAccounts));
      const id = uuidv7({ msecs: created.getTime() });
      const reference = formatReference(i + 1);
      const first = pick(FIRST_NAMES, hash32(i, salt, 2));
      const last = surname(hash32(i, salt, 3));
      let row: {
        kind: string;
        form: string | null;
        company: string | null;
        siret: string | null;
        first: string | null;
        last: string | null;
        display: string;
        email: string;
        phone: string | null;
      };
      const contactWords: string[] = [];
      if (business) {
        const activity = pick(ACTIVITIES, hash32(i, salt, 4));
        const city = hash32(i, salt, 5) % 100 < 30 ? ` ${pick(CITIES, hash32(i, salt, 6))}` : '';
        const company = `${activity} ${last}${city}`;
        const siren8 = String((i * 7_919 + salt * 131 + 10_000_000) % 100_000_000).padStart(8, '0');
        const siren = siren8 + luhnDigit(siren8);
        const head = `${siren}${String(1 + (hash32(i, salt, 7) % 40)).padStart(4, '0')}`;
        const siret = head + luhnDigit(head);
        const domain = `${slugOf(company)}.fr`;
        row = {
          kind: 'business',
          form: pick(FORMS, hash32(i, salt, 8)),
          company,
          siret: checkSiret(siret).ok && !siret.startsWith('356000000') ? siret : null,
          first: null,
          last: null,
          display: company,
          email: `contact@${domain}`,
          phone: landline(i, salt),
        };
        const cFirst = pick(FIRST_NAMES, hash32(i, salt, 9));
        const cLast = surname(hash32(i, salt, 10));
        const cName = `${cFirst} ${cLast}`;
        const cEmail = `${slugOf(cFirst)}.${slugOf(cLast)}@${domain}`;
        con[0]!.push(uuidv7({ msecs: created.getTime() }));
        con[1]!.push(id);
        con[2]!.push(cName);
        con[3]!.push(pick(CONTACT_ROLES, hash32(i, salt, 11)));
        con[4]!.push(cEmail);
        con[5]!.push(mobile(i + 50_000_000, salt));
        con[6]!.push(created);
        contactWords.push(cName, cEmail);
      } else {
        const n = hash32(i, salt, 12) % 1000;
        row = {
          kind: 'person',
          form: null,
          company: null,
          siret: null,
          first,
          last,
          display: `${first} ${last}`,
          email: `${slugOf(first)}.${slugOf(last)}${n < 500 ? n : ''}@${pick(DOMAINS, hash32(i, salt, 13))}`,
          phone: hash32(i, salt, 14) % 100 < 90 ? mobile(i, salt) : null,
        };
      }
      const closed = hash32(i, salt, 15) % 100 < 2;
      const search = searchWords([
        reference,
        row.display,
        row.first,
        row.last,
        row.company,
        row.email,
        row.siret,
        ...contactWords,
      ]);
      const values = [
        id,
        reference,
        row.kind,
        row.form,
        row.company,
        row.siret,
        row.first,
        row.last,
        row.display,
        row.email,
        row.phone,
        1 + (hash32(i, salt, 16) % 28),
        closed ? 'closed' : 'active',
        search,
      ];
      values.forEach((v, k) => acc[k]!.push(v));
      gen.ids.push(id);
      gen.kinds.push(row.kind);
      gen.holders.push(row.display);
      gen.emails.push(row.email);
      gen.createdAt.push(created);
    }
    await c.query(
      `INSERT INTO customer_accounts (tenant_id, id, reference, kind, company_type, company_name, siret, first_name,
          last_name, display_name, email, phone, country, billing_day, status, search_text, search_vector, created_at,
          updated_at, closed_at)
       SELECT $1, id, reference, kind, form, company, siret, first_name, last_name, display, email, phone, 'FR', day,
              status, search, to_tsvector('simple', search), created, created,
              CASE WHEN status = 'closed' THEN $17::timestamptz END
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::text[], $12::text[], $13::int[], $14::text[], $15::text[], $16::timestamptz[])
              AS t(id, reference, kind, form, company, siret, first_name, last_name, display, email, phone, day, status,
                   search, created)`,
      [tenantId, ...acc, gen.createdAt.slice(start), FLEET_NOW],
    );
    if (con[0]!.length > 0) {
      await c.query(
        `INSERT INTO account_contacts (tenant_id, id, account_id, name, role, email, mobile, created_at, updated_at)
         SELECT $1, id, account_id, name, role, email, mobile, created, created
           FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
                AS t(id, account_id, name, role, email, mobile, created)`,
        [tenantId, ...con],
      );
    }
  }
  await c.query(`INSERT INTO account_counters (tenant_id, last_value) VALUES ($1, $2)`, [
    tenantId,
    nAccounts,
  ]);
  log(`fleet: ${nAccounts} accounts in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // Lines per account: persons 1–3, businesses the rest, power-law sized (a few fleets of
  // thousands of lines, many of a handful).
  const persons = gen.kinds.map((k, i) => (k === 'person' ? i : -1)).filter((i) => i >= 0);
  const businesses = gen.kinds.map((k, i) => (k === 'business' ? i : -1)).filter((i) => i >= 0);
  const counts = new Array<number>(nAccounts).fill(0);
  let used = 0;
  for (const i of persons) {
    const h = hash32(i, salt, 20) % 100;
    counts[i] = 1 + (h < 25 ? 1 : 0) + (h < 6 ? 1 : 0);
    used += counts[i]!;
  }
  if (used > nLines) {
    // A tiny fleet: persons take what there is.
    for (const i of persons) {
      if (used <= nLines) break;
      used -= counts[i]!;
      counts[i] = 0;
    }
  }
  const rest = nLines - used;
  const weights = businesses.map((i) => 1 / Math.max(0.0004, (hash32(i, salt, 21) % 1_000_000) / 1_000_000));
  const total = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  businesses.forEach((i, k) => {
    counts[i] = Math.floor((weights[k]! / total) * rest);
    given += counts[i]!;
  });
  // What rounding left goes one line at a time to the accounts in order.
  for (let k = 0; given < rest && businesses.length > 0; k = (k + 1) % businesses.length) {
    counts[businesses[k]!]!++;
    given++;
  }
  gen.lines = counts;

  // Allocation table: account → its first line number, line count, order chunk size.
  await c.query(`DROP TABLE IF EXISTS pg_temp.bench_alloc`);
  await c.query(
    `CREATE TEMP TABLE bench_alloc (idx int PRIMARY KEY, account_id uuid, kind text, holder text, email text,
       created_at timestamptz, n int, first int, chunk int)`,
  );
  const first: number[] = [];
  let acc = 0;
  for (const n of counts) {
    first.push(acc);
    acc += n;
  }
  for (let start = 0; start < nAccounts; start += 50_000) {
    const end = Math.min(nAccounts, start + 50_000);
    await c.query(
      `INSERT INTO bench_alloc
       SELECT idx, id, kind, holder, email, created, n, first, CASE WHEN kind = 'person' THEN 1 ELSE 20 END
         FROM unnest($1::int[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::int[], $8::int[])
              AS t(idx, id, kind, holder, email, created, n, first)`,
      [
        Array.from({ length: end - start }, (_, k) => start + k),
        gen.ids.slice(start, end),
        gen.kinds.slice(start, end),
        gen.holders.slice(start, end),
        gen.emails.slice(start, end),
        gen.createdAt.slice(start, end),
        counts.slice(start, end),
        first.slice(start, end),
      ],
    );
  }

  // Offers of the real catalog, weighted by range, as 1000 slots per network.
  const version = CATALOG_VERSIONS[CATALOG_VERSIONS.length - 1]!;
  const RANGE_WEIGHT: Record<string, number> = {
    unlimited: 70,
    data_only: 10,
    m2m: 8,
    travel: 3,
    payg: 6,
    data_payg: 3,
  };
  const slots: { network: string; slot: number; code: string; range: string }[] = [];
  for (const network of ['orange', 'bouygues']) {
    const offers = version.offers.filter((o) => o.network === network);
    const w = offers.map((o, k) => (RANGE_WEIGHT[o.range] ?? 1) * (1 + (hash32(k, 30) % 4)));
    const sum = w.reduce((a, b) => a + b, 0);
    let slot = 0;
    offers.forEach((o, k) => {
      const n = k === offers.length - 1 ? 1000 - slot : Math.round((w[k]! / sum) * 1000);
      for (let j = 0; j < n && slot < 1000; j++)
        slots.push({ network, slot: slot++, code: o.code, range: o.range });
    });
  }
  await c.query(`DROP TABLE IF EXISTS pg_temp.bench_offers`);
  await c.query(
    `CREATE TEMP TABLE bench_offers AS
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[]) AS t(network, slot, code, range)`,
    [
      slots.map((s) => s.network),
      slots.map((s) => s.slot),
      slots.map((s) => s.code),
      slots.map((s) => s.range),
    ],
  );

  // Orders: one per person line, up to 20 lines per order for businesses, each on one network.
  const t1 = performance.now();
  await c.query(`DROP TABLE IF EXISTS pg_temp.bench_orders`);
  await c.query(
    `CREATE TEMP TABLE bench_orders AS
     SELECT idx, chunk, pg_temp.uuid7(created_at) AS id, network, created_at, lines
       FROM (SELECT a.idx, k AS chunk, a.account_id,
                    CASE WHEN (hashint4(a.idx * 7 + k * 13 + $1) & 2147483647) % 100 < 58 THEN 'orange' ELSE 'bouygues' END AS network,
                    a.created_at + ($2::timestamptz - a.created_at) * (((hashint4(a.idx * 31 + k + $1) & 2147483647) % 1000) / 1000.0)::float8
                      AS created_at,
                    least(a.chunk, a.n - k * a.chunk) AS lines
               FROM bench_alloc a, generate_series(0, (a.n + a.chunk - 1) / a.chunk - 1) k) x`,
    [salt, FLEET_NOW],
  );
  await c.query(`CREATE INDEX ON bench_orders (idx, chunk)`);
  // Temporary tables get no statistics by themselves: without them the joins below go quadratic.
  await c.query(`ANALYZE bench_alloc; ANALYZE bench_offers; ANALYZE bench_orders`);
  await c.query(
    `INSERT INTO orders (tenant_id, id, reference, account_id, configuration, network, state, submit_at, failure,
        created_by, created_at, updated_at, completed_at)
     SELECT $1, o.id, 'O-' || lpad((row_number() OVER (ORDER BY o.created_at, o.idx, o.chunk))::text, 6, '0'),
            a.account_id, CASE WHEN o.lines > 1 THEN 'multiple' ELSE 'unit' END, o.network, 'completed', o.created_at,
            NULL, 'Agent flotte', o.created_at, o.created_at + interval '1 hour', o.created_at + interval '1 hour'
       FROM bench_orders o JOIN bench_alloc a ON a.idx = o.idx`,
    [tenantId],
  );
  const { rows: oc } = await c.query<{ n: string }>(`SELECT count(*) AS n FROM bench_orders`);
  await c.query(`INSERT INTO order_counters (tenant_id, last_value) VALUES ($1, $2)`, [
    tenantId,
    Number(oc[0]?.n),
  ]);
  log(`fleet: ${oc[0]?.n} orders in ${((performance.now() - t1) / 1000).toFixed(1)} s`);

  // Lines. g = the line's number in the tenant: MSISDN and ICCID are bijections of it (unique).
  const t2 = performance.now();
  await c.query(
    `INSERT INTO lines (tenant_id, id, account_id, order_id, position, network, offer_code, state, msisdn, iccid, sim_type,
        user_name, site_id, portability, rio, activation_at, esim_contact_email, esim_contact_mobile, esim_code_secret,
        esim_wrong_tries, esim_confirmed_at, created_at, activated_at, terminated_at, updated_at, version)
     SELECT $1, pg_temp.uuid7(created_at), account_id, order_id, position, network, code, state,
            CASE WHEN state IN ('cancelled', 'in_progress') THEN NULL
                 WHEN network = 'orange' AND range IN ('data_only', 'm2m')
                   THEN '3370' || lpad(((g * 7919 + $2::int) % 10000000000)::text, 10, '0')
                 ELSE CASE network WHEN 'orange' THEN '06' ELSE '07' END || lpad(((g * 7919 + $2::int) % 100000000)::text, 8, '0')
            END,
            CASE WHEN state = 'cancelled' THEN NULL
                 ELSE pg_temp.luhn18(CASE network WHEN 'orange' THEN '893301' ELSE '893320' END
                                     || lpad(((g * 7919 + $2::int) % 1000000000000)::text, 12, '0'))
            END,
            sim_type, user_name, NULL, false, NULL, created_at + interval '1 day',
            CASE WHEN sim_type = 'esim' THEN email END,
            CASE WHEN sim_type = 'esim' THEN '+336' || lpad(((g * 104729 + $2::int) % 100000000)::text, 8, '0') END,
            NULL, 0,
            CASE WHEN sim_type = 'esim' AND activated_at IS NOT NULL THEN activated_at END,
            created_at, activated_at, terminated_at, coalesce(terminated_at, activated_at, created_at), 1
       FROM (SELECT x.*, f.code, f.range,
                    CASE WHEN x.h3 < 7 AND x.network = 'orange' AND f.range NOT IN ('m2m') THEN 'esim'
                         WHEN x.h3 < 60 THEN 'pin' ELSE 'no_pin' END AS sim_type,
                    CASE WHEN x.state IN ('active', 'suspended', 'terminated')
                         THEN x.created_at + interval '1 day 3 hours' END AS activated_at,
                    CASE WHEN x.state = 'terminated'
                         THEN x.created_at + interval '1 day 3 hours'
                              + ($3::timestamptz - x.created_at - interval '1 day 3 hours') * (x.h3 / 100.0) END
                      AS terminated_at
               FROM (SELECT a.account_id, a.email, (a.first + k)::bigint AS g, o.id AS order_id, o.network,
                            o.created_at, (k % a.chunk + 1) AS position,
                            CASE WHEN a.kind = 'person' THEN a.holder
                                 ELSE ($4::text[])[1 + (hashint4(a.first + k + $2::int * 3) & 2147483647) % array_length($4::text[], 1)]
                                      || ' ' ||
                                      ($5::text[])[1 + (hashint4(a.first + k + $2::int * 5 + 1) & 2147483647) % array_length($5::text[], 1)]
                            END AS user_name,
                            (hashint4(a.first + k + $2::int) & 2147483647) % 1000 AS h1,
                            CASE WHEN (hashint4((a.first + k) * 7 + $2::int) & 2147483647) % 1000 < 850 THEN 'active'
                                 WHEN (hashint4((a.first + k) * 7 + $2::int) & 2147483647) % 1000 < 930 THEN 'suspended'
                                 WHEN (hashint4((a.first + k) * 7 + $2::int) & 2147483647) % 1000 < 980 THEN 'terminated'
                                 WHEN (hashint4((a.first + k) * 7 + $2::int) & 2147483647) % 1000 < 990 THEN 'in_progress'
                                 ELSE 'cancelled' END AS state,
                            (hashint4((a.first + k) * 13 + $2::int) & 2147483647) % 100 AS h3
                       FROM bench_alloc a CROSS JOIN LATERAL generate_series(0, a.n - 1) k
                       JOIN bench_orders o ON o.idx = a.idx AND o.chunk = k / a.chunk) x
               JOIN bench_offers f ON f.network = x.network AND f.slot = x.h1) y`,
    [tenantId, salt, FLEET_NOW, FIRST_NAMES, SURNAMES],
  );
  log(`fleet: ${nLines} lines in ${((performance.now() - t2) / 1000).toFixed(1)} s`);

  // Options (ACT-10): about a third of the voice lines carry one, some a roaming option too.
  const t3 = performance.now();
  const services = version.options.filter((o) => ['handset_service', 'voice_service'].includes(o.kind));
  const roaming = version.options.filter((o) => ['roaming', 'cutoff'].includes(o.kind));
  for (const [list, share, seed] of [
    [services, 35, 1],
    [roaming, 8, 2],
  ] as const) {
    await c.query(
      `INSERT INTO line_options (tenant_id, id, line_id, option_code, status, created_at, activated_at, ended_at)
       SELECT l.tenant_id, pg_temp.uuid7(l.created_at), l.id, o.code,
              CASE l.state WHEN 'in_progress' THEN 'pending' WHEN 'active' THEN 'active' WHEN 'suspended' THEN 'active'
                           ELSE 'terminated' END,
              l.created_at, l.activated_at, CASE WHEN l.state IN ('terminated', 'cancelled') THEN l.updated_at END
         FROM lines l
         JOIN (SELECT network, code, (row_number() OVER (PARTITION BY network ORDER BY code) - 1)::int AS k,
                      count(*) OVER (PARTITION BY network)::int AS n
                 FROM unnest($2::text[], $3::text[]) AS t(network, code)) o
           ON o.network = l.network AND o.k = ((uuid_hash(l.id) & 2147483647) / 7) % o.n
        WHERE l.tenant_id = $1 AND ((uuid_hash(l.id) & 1073741823) + $4::int) % 100 < $5
          AND l.offer_code NOT LIKE '%m2m%' AND l.offer_code NOT LIKE '%data%'`,
      [tenantId, list.map((o) => o.network), list.map((o) => o.code), seed * 17, share],
    );
  }
  log(`fleet: options in ${((performance.now() - t3) / 1000).toFixed(1)} s`);
}
