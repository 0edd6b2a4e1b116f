-- SIM and number stock, orders and mobile lines (issue 3: SC-06, ORD-01..ORD-09, ACT-10).

-- SIM cards and eSIM profiles delivered to the reseller, imported from CSV (Luhn-checked ICCIDs).
-- state: free (in the reseller's stock), assigned (given to a customer, SC-06, not yet on a line),
-- in_use (on a line), retired (its line was terminated: ORD-07, never used again).
CREATE TABLE sim_cards (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  iccid text NOT NULL CHECK (iccid ~ '^89[0-9]{17,18}$'),
  network text NOT NULL CHECK (network IN ('orange', 'bouygues')),
  sim_type text NOT NULL CHECK (sim_type IN ('pin', 'no_pin', 'esim')),
  state text NOT NULL DEFAULT 'free' CHECK (state IN ('free', 'assigned', 'in_use', 'retired')),
  account_id uuid,
  -- PUK1 as delivered with the SIM, encrypted with RELAIS_SECRET_KEY (a secret, ORD-08).
  puk_secret text,
  -- ORD-05: an eSIM profile's SM-DP+ address and matching ID (the LPA activation code's parts).
  smdp_address text,
  matching_id text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, iccid),
  FOREIGN KEY (tenant_id, account_id) REFERENCES customer_accounts (tenant_id, id),
  CHECK (sim_type <> 'esim' OR (smdp_address IS NOT NULL AND matching_id IS NOT NULL)),
  CHECK (state <> 'assigned' OR account_id IS NOT NULL)
);
CREATE INDEX sim_cards_state ON sim_cards (tenant_id, network, sim_type, state);
CREATE INDEX sim_cards_account ON sim_cards (tenant_id, account_id) WHERE account_id IS NOT NULL;
ALTER TABLE sim_cards ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sim_cards USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON sim_cards TO relais_app;

-- 10-digit numbers imported by range. (14-digit Orange data-only/M2M numbers are given by Orange at
-- activation, CAT-07/CAT-10, and never stocked.)
CREATE TABLE phone_numbers (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  msisdn text NOT NULL CHECK (msisdn ~ '^0[1-9][0-9]{8}$'),
  network text NOT NULL CHECK (network IN ('orange', 'bouygues')),
  state text NOT NULL DEFAULT 'free' CHECK (state IN ('free', 'in_use', 'retired')),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, msisdn)
);
CREATE INDEX phone_numbers_free ON phone_numbers (tenant_id, network, state);
ALTER TABLE phone_numbers ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON phone_numbers USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON phone_numbers TO relais_app;

-- ORD-07: a retired SIM or number stays retired, whatever the application does.
CREATE FUNCTION relais_stock_never_reused() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.state = 'retired' AND NEW.state <> 'retired' THEN
    RAISE EXCEPTION 'ORD-07: % is retired and cannot be reused', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER sim_cards_never_reused BEFORE UPDATE ON sim_cards
  FOR EACH ROW EXECUTE FUNCTION relais_stock_never_reused();
CREATE TRIGGER phone_numbers_never_reused BEFORE UPDATE ON phone_numbers
  FOR EACH ROW EXECUTE FUNCTION relais_stock_never_reused();

CREATE TABLE order_counters (
  tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
  last_value bigint NOT NULL
);
ALTER TABLE order_counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON order_counters USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON order_counters TO relais_app;

-- ORD-01: an order of one (unit) or many (multiple) lines for one account. state: queued (waits
-- for the network's opening, ORD-03), in_progress (sent to the operator), completed, failed.
CREATE TABLE orders (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  reference text NOT NULL,
  account_id uuid NOT NULL,
  configuration text NOT NULL CHECK (configuration IN ('unit', 'multiple')),
  network text NOT NULL CHECK (network IN ('orange', 'bouygues')),
  state text NOT NULL CHECK (state IN ('queued', 'in_progress', 'completed', 'failed')),
  -- ORD-03: when the request reaches the operator (now, or the window's next opening).
  submit_at timestamptz NOT NULL,
  failure text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  completed_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES customer_accounts (tenant_id, id)
);
CREATE UNIQUE INDEX orders_reference_key ON orders (tenant_id, reference);
CREATE INDEX orders_account ON orders (tenant_id, account_id, created_at);
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON orders USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON orders TO relais_app;

-- A mobile line. It is created by its order in state in_progress; cancelled when its order failed
-- before activation (its number and SIM go back to stock, never having been used).
CREATE TABLE lines (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  order_id uuid NOT NULL,
  position smallint NOT NULL,
  network text NOT NULL CHECK (network IN ('orange', 'bouygues')),
  offer_code text NOT NULL,
  state text NOT NULL CHECK (state IN ('in_progress', 'active', 'suspended', 'terminated', 'cancelled')),
  -- 10 digits (0XXXXXXXXX) or the 14 digits Orange gives to data-only/M2M lines (CAT-07/10).
  msisdn text CHECK (msisdn ~ '^([0-9]{10}|[0-9]{14})$'),
  iccid text,
  sim_type text NOT NULL CHECK (sim_type IN ('pin', 'no_pin', 'esim')),
  user_name text NOT NULL CHECK (length(user_name) BETWEEN 1 AND 200),
  site_id uuid,
  -- ORD-06: portability carries the number to port and its RIO.
  portability boolean NOT NULL,
  rio text CHECK (rio ~ '^[0-9A-Z]{2}[PE][0-9A-Z]{6}[0-9A-Z]{3}$'),
  -- ORD-02: the requested activation instant.
  activation_at timestamptz NOT NULL,
  -- eSIM (ORD-04/05/08): contacts, confirmation code (encrypted), tries.
  esim_contact_email text,
  esim_contact_mobile text,
  esim_code_secret text,
  esim_wrong_tries smallint NOT NULL DEFAULT 0,
  esim_confirmed_at timestamptz,
  created_at timestamptz NOT NULL,
  activated_at timestamptz,
  terminated_at timestamptz,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES customer_accounts (tenant_id, id),
  FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id),
  CHECK (portability = (rio IS NOT NULL)),
  CHECK (sim_type <> 'esim' OR (esim_contact_email IS NOT NULL AND esim_contact_mobile IS NOT NULL))
);
-- ORD-07: a number or a SIM belongs to one line ever, terminated lines included.
CREATE UNIQUE INDEX lines_msisdn_key ON lines (tenant_id, msisdn) WHERE msisdn IS NOT NULL;
CREATE UNIQUE INDEX lines_iccid_key ON lines (tenant_id, iccid) WHERE iccid IS NOT NULL;
CREATE INDEX lines_account ON lines (tenant_id, account_id, created_at);
CREATE INDEX lines_order ON lines (tenant_id, order_id, position);
CREATE INDEX lines_state ON lines (tenant_id, state, created_at, id);
ALTER TABLE lines ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON lines USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON lines TO relais_app;

-- ACT-10: each option of a line with its status and dates.
CREATE TABLE line_options (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  line_id uuid NOT NULL,
  option_code text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'active', 'terminated')),
  created_at timestamptz NOT NULL,
  activated_at timestamptz,
  ended_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, line_id) REFERENCES lines (tenant_id, id)
);
CREATE INDEX line_options_line ON line_options (tenant_id, line_id);
ALTER TABLE line_options ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON line_options USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON line_options TO relais_app;

-- The account's charges ledger (issue 3 §6, first part): what an order's activation makes due.
-- kind: one_off (e.g. CAT-11 eSIM fee), first_month (CAT-01 + Reading 7: monthly price pro rata
-- from the activation day to the end of that month). Later months come with invoicing.
CREATE TABLE account_charges (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  line_id uuid,
  order_id uuid,
  kind text NOT NULL CHECK (kind IN ('one_off', 'first_month', 'monthly')),
  item_type text NOT NULL CHECK (item_type IN ('offer', 'option')),
  item_code text NOT NULL,
  -- Minor units, with the currency and whether VAT is included (seed 003 prices are HT).
  amount_minor bigint NOT NULL,
  currency text NOT NULL CHECK (currency IN ('EUR', 'ILS')),
  vat_included boolean NOT NULL,
  -- The local dates the charge covers (inclusive); null for a one-off fee.
  period_start date,
  period_end date,
  -- A monthly price and the days charged, to show how a pro rata was computed.
  monthly_minor bigint,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES customer_accounts (tenant_id, id),
  FOREIGN KEY (tenant_id, line_id) REFERENCES lines (tenant_id, id)
);
CREATE INDEX account_charges_account ON account_charges (tenant_id, account_id, created_at);
ALTER TABLE account_charges ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON account_charges USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON account_charges TO relais_app;
