-- Internet subscriptions resold on HOT and Partner (issue 11, seed 000). The reference catalog
-- (plans, box models with their LED tables, services, fees) is global, loaded from the data files of
-- src/modules/internet/data at start, like the mobile catalog (0003): readable, never writable, by
-- the application role. Subscriptions and eligibility checks are the tenant's, under RLS.

CREATE TABLE internet_catalog_versions (
  id text PRIMARY KEY,
  effective_from timestamptz NOT NULL,
  currency text NOT NULL CHECK (currency IN ('EUR', 'ILS')),
  vat_included boolean NOT NULL,
  -- sha256 of the data file's content: a loaded version is never silently changed.
  checksum text NOT NULL,
  source text NOT NULL,
  loaded_at timestamptz NOT NULL
);
GRANT SELECT ON internet_catalog_versions TO relais_app;

-- One row per plan, box model, service or fee; amount_minor NULL = "à définir".
CREATE TABLE internet_catalog_items (
  version_id text NOT NULL REFERENCES internet_catalog_versions (id),
  item_type text NOT NULL CHECK (item_type IN ('plan', 'box', 'service', 'fee')),
  code text NOT NULL,
  position integer NOT NULL,
  operator text CHECK (operator IN ('hot', 'partner')),
  name_fr text NOT NULL,
  name_en text NOT NULL,
  -- 'monthly', 'one_off' or NULL (a box model has no price of its own).
  price_component text CHECK (price_component IN ('monthly', 'one_off')),
  amount_minor bigint CHECK (amount_minor >= 0),
  -- The other facts the rules read (speed, fibre, LED table, service kind…).
  facts jsonb NOT NULL,
  PRIMARY KEY (version_id, item_type, code)
);
GRANT SELECT ON internet_catalog_items TO relais_app;

-- NET-02/NET-13: a fibre-eligibility check of an address, by the operator's interface (the
-- simulator in development) or recorded by an agent who checked on the operator's own site.
CREATE TABLE internet_eligibility_checks (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  operator text NOT NULL CHECK (operator IN ('hot', 'partner')),
  address text NOT NULL,
  fibre_eligible boolean NOT NULL,
  method text NOT NULL CHECK (method IN ('operator', 'manual')),
  checked_at timestamptz NOT NULL,
  checked_by text NOT NULL,
  reference text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES customer_accounts (tenant_id, id)
);
CREATE INDEX internet_eligibility_checks_account ON internet_eligibility_checks (tenant_id, account_id, created_at);
ALTER TABLE internet_eligibility_checks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON internet_eligibility_checks USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON internet_eligibility_checks TO relais_app;

CREATE TABLE internet_subscriptions (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  reference text NOT NULL,
  account_id uuid NOT NULL,
  operator text NOT NULL CHECK (operator IN ('hot', 'partner')),
  -- ACC-03: the operator's customer number (MASAP; Partner's starts with "a").
  masap text NOT NULL,
  address text NOT NULL,
  -- NET-09: Partner installation in a building of fewer than 4 flats costs 300 ₪.
  building_flats integer CHECK (building_flats >= 1),
  plan_code text NOT NULL,
  catalog_version text NOT NULL,
  eligibility_check_id uuid,
  box_model text,
  box_serial text,
  extenders integer NOT NULL DEFAULT 0 CHECK (extenders >= 0),
  services jsonb NOT NULL DEFAULT '[]',
  -- CAL-06: the account's Billing Day when the subscription was ordered.
  billing_day integer NOT NULL CHECK (billing_day BETWEEN 1 AND 31),
  -- ACC-04: Wi-Fi name and password, encrypted with the app's key.
  wifi_ssid_secret text,
  wifi_password_secret text,
  state text NOT NULL CHECK (state IN ('ordered', 'eligibility_checked', 'installation_booked', 'active',
    'termination_pending', 'terminated', 'box_returned', 'fee_charged')),
  installation_fee_minor bigint NOT NULL DEFAULT 0,
  installation_at timestamptz,
  -- NET-16: a building with no existing installation has no due date.
  installation_no_due_date boolean NOT NULL DEFAULT false,
  installed_at timestamptz,
  termination_requested_at timestamptz,
  termination_reason text,
  termination_effective_at timestamptz,
  box_return_deadline timestamptz,
  box_returned_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, reference),
  FOREIGN KEY (tenant_id, account_id) REFERENCES customer_accounts (tenant_id, id),
  FOREIGN KEY (tenant_id, eligibility_check_id) REFERENCES internet_eligibility_checks (tenant_id, id)
);
CREATE INDEX internet_subscriptions_account ON internet_subscriptions (tenant_id, account_id, created_at);
ALTER TABLE internet_subscriptions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON internet_subscriptions USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON internet_subscriptions TO relais_app;
