-- Accounts (issue 3, ACC-01, ACC-02, ACC-05, CAL-06): customer accounts, their contacts and
-- addresses. Forward only; plain SQL that runs on PostgreSQL 15 and PGlite (no extension: search
-- uses a 'simple' tsvector over an accent-free text the application builds, and exact E.164 /
-- digit matches on btree indexes).

-- Reference numbers (C-000123): one counter row per tenant. The UPDATE of the row locks it until
-- the creating transaction ends, so two concurrent creations can never take the same number.
CREATE TABLE account_counters (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  last_value bigint NOT NULL,
  PRIMARY KEY (tenant_id)
);
ALTER TABLE account_counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON account_counters USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON account_counters TO relais_app;

CREATE TABLE customer_accounts (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  reference text NOT NULL,
  -- ACC-01: a private person or a business subject to VAT.
  kind text NOT NULL CHECK (kind IN ('person', 'business')),
  -- Business: legal form ("forme juridique": SAS, SARL, EI…), company name ("raison sociale"), SIRET.
  company_type text,
  company_name text,
  siret text CHECK (siret ~ '^[0-9]{14}$'),
  -- Person.
  first_name text,
  last_name text,
  -- What lists and the audit log show: the company name, or "First Last".
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  -- ACC-05: mandatory e-mail.
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  -- ACC-02: E.164, parsed for the account's country.
  phone text CHECK (phone ~ '^\+[1-9][0-9]{5,14}$'),
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  -- CAL-06.
  billing_day smallint NOT NULL CHECK (billing_day BETWEEN 1 AND 31),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  -- Lower-case, accent-free words of the names, e-mails, reference and SIRET (built by the app).
  search_text text NOT NULL DEFAULT '',
  search_vector tsvector NOT NULL DEFAULT ''::tsvector,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  closed_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  CHECK (kind = 'person' OR (company_name IS NOT NULL AND company_type IS NOT NULL)),
  CHECK (kind = 'business' OR (company_name IS NULL AND company_type IS NULL AND siret IS NULL))
);
CREATE UNIQUE INDEX customer_accounts_reference_key ON customer_accounts (tenant_id, reference);
-- One active account per SIRET: a second one is almost always a duplicate typed by mistake.
CREATE UNIQUE INDEX customer_accounts_siret_key ON customer_accounts (tenant_id, siret)
  WHERE siret IS NOT NULL AND status = 'active';
CREATE INDEX customer_accounts_search ON customer_accounts USING gin (search_vector);
CREATE INDEX customer_accounts_name ON customer_accounts (tenant_id, lower(display_name), id);
CREATE INDEX customer_accounts_created ON customer_accounts (tenant_id, created_at, id);
CREATE INDEX customer_accounts_email ON customer_accounts (tenant_id, lower(email));
CREATE INDEX customer_accounts_phone ON customer_accounts (tenant_id, phone) WHERE phone IS NOT NULL;
ALTER TABLE customer_accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON customer_accounts USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON customer_accounts TO relais_app;

CREATE TABLE account_contacts (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  -- Function at the customer ("Responsable flotte", "Comptabilité"…).
  role text,
  email text,
  -- ACC-02: E.164.
  phone text CHECK (phone ~ '^\+[1-9][0-9]{5,14}$'),
  mobile text CHECK (mobile ~ '^\+[1-9][0-9]{5,14}$'),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES customer_accounts (tenant_id, id)
);
CREATE INDEX account_contacts_account ON account_contacts (tenant_id, account_id);
CREATE INDEX account_contacts_phone ON account_contacts (tenant_id, phone) WHERE phone IS NOT NULL;
CREATE INDEX account_contacts_mobile ON account_contacts (tenant_id, mobile) WHERE mobile IS NOT NULL;
ALTER TABLE account_contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON account_contacts USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON account_contacts TO relais_app;

CREATE TABLE account_addresses (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('billing', 'site')),
  label text,
  line1 text NOT NULL CHECK (length(line1) BETWEEN 1 AND 200),
  line2 text,
  postal_code text NOT NULL,
  city text NOT NULL CHECK (length(city) BETWEEN 1 AND 120),
  country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES customer_accounts (tenant_id, id)
);
CREATE INDEX account_addresses_account ON account_addresses (tenant_id, account_id);
-- One billing address per account (sites are many).
CREATE UNIQUE INDEX account_addresses_billing_key ON account_addresses (tenant_id, account_id) WHERE kind = 'billing';
ALTER TABLE account_addresses ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON account_addresses USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON account_addresses TO relais_app;

-- Outbox messages by the entity they are about (the customer page lists its e-mails).
CREATE INDEX outbox_entity ON outbox (tenant_id, entity_type, entity_id, created_at DESC);
