-- Mobile catalog (issue 3, CAT-xx). The reference catalog is global: loaded from the data files of
-- src/modules/catalog/data at start, identical for every tenant, readable (never writable) by the
-- application role, hence no tenant_id and no row-level security. What a tenant changes — its own
-- price versions, e.g. a price the seed leaves "à définir" — is tenant-owned, under RLS.

CREATE TABLE catalog_versions (
  id text PRIMARY KEY,
  effective_from timestamptz NOT NULL,
  currency text NOT NULL CHECK (currency IN ('EUR', 'ILS')),
  vat_included boolean NOT NULL,
  -- sha256 of the data file's content: a loaded version is never silently changed.
  checksum text NOT NULL,
  source text NOT NULL,
  -- ORD-03 opening hours per network and request type, as OpeningWindow data.
  opening_hours jsonb NOT NULL,
  loaded_at timestamptz NOT NULL
);
GRANT SELECT ON catalog_versions TO relais_app;

CREATE TABLE catalog_offers (
  version_id text NOT NULL REFERENCES catalog_versions (id),
  code text NOT NULL,
  position integer NOT NULL,
  network text NOT NULL CHECK (network IN ('orange', 'bouygues')),
  range text NOT NULL CHECK (range IN ('unlimited', 'travel', 'data_only', 'payg', 'data_payg', 'm2m')),
  name_fr text NOT NULL,
  name_en text NOT NULL,
  envelope_mb bigint,
  blocked boolean,
  five_g boolean NOT NULL,
  -- The other facts the rules read (recharge policy, number length, session limit, eSIM, zones…).
  facts jsonb NOT NULL,
  PRIMARY KEY (version_id, code)
);
CREATE INDEX catalog_offers_code ON catalog_offers (code);
GRANT SELECT ON catalog_offers TO relais_app;

CREATE TABLE catalog_options (
  version_id text NOT NULL REFERENCES catalog_versions (id),
  code text NOT NULL,
  position integer NOT NULL,
  kind text NOT NULL,
  network text NOT NULL CHECK (network IN ('orange', 'bouygues')),
  name_fr text NOT NULL,
  name_en text NOT NULL,
  facts jsonb NOT NULL,
  PRIMARY KEY (version_id, code)
);
CREATE INDEX catalog_options_code ON catalog_options (code);
GRANT SELECT ON catalog_options TO relais_app;

-- Reference prices: one row per item and price component; amount NULL = "à définir".
CREATE TABLE catalog_prices (
  version_id text NOT NULL REFERENCES catalog_versions (id),
  item_type text NOT NULL CHECK (item_type IN ('offer', 'option')),
  item_code text NOT NULL,
  component text NOT NULL,
  amount_minor bigint CHECK (amount_minor >= 0),
  tiers jsonb,
  source text NOT NULL,
  PRIMARY KEY (version_id, item_type, item_code, component)
);
CREATE INDEX catalog_prices_item ON catalog_prices (item_type, item_code);
GRANT SELECT ON catalog_prices TO relais_app;

-- A tenant's price versions (append-only: a change is a new version with its effective instant).
CREATE TABLE catalog_tenant_prices (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  item_type text NOT NULL CHECK (item_type IN ('offer', 'option')),
  item_code text NOT NULL,
  component text NOT NULL,
  amount_minor bigint CHECK (amount_minor >= 0),
  tiers jsonb,
  currency text NOT NULL CHECK (currency IN ('EUR', 'ILS')),
  effective_from timestamptz NOT NULL,
  -- The date the admin chose, in the tenant's zone, as shown back in the UI.
  effective_date date NOT NULL,
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CHECK (amount_minor IS NOT NULL OR tiers IS NOT NULL)
);
CREATE INDEX catalog_tenant_prices_item ON catalog_tenant_prices (tenant_id, item_type, item_code, effective_from);
ALTER TABLE catalog_tenant_prices ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON catalog_tenant_prices
  USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON catalog_tenant_prices TO relais_app;
