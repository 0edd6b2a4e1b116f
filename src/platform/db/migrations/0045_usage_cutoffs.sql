-- Usage (issue 12, cut-offs slice): roaming data cut-offs per zone (USE-05, USE-08, USE-09) and the
-- pay-as-you-go data threshold (CAT-09), their 80/100 % alerts and the data blocks they lead to;
-- the purge of detailed records past the 3 viewable months (issue 12 §4) and the month's close
-- into the charges ledger (issue 12 §3).

-- A limit's alert, once per line, month, scope, limit in force and threshold (the key), written in
-- the transaction that crosses it with the messages it sends (outbox). Scope: a roaming zone of the
-- line's cut-offs ('usa_canada', 'maghreb_turkey', 'rest_of_world' on Orange; 'europe', 'world'
-- on Bouygues) or 'threshold' (the pay-as-you-go data threshold). limit_key names the limit in
-- force (the cut-off's catalog code, or '5gb' for a threshold): a changed cut-off alerts afresh,
-- and the month's earlier alerts stay as history.
CREATE TABLE usage_limit_alerts (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  line_id uuid NOT NULL,
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
  scope text NOT NULL CHECK (scope IN ('usa_canada', 'maghreb_turkey', 'rest_of_world', 'europe', 'world', 'threshold')),
  limit_key text NOT NULL,
  threshold smallint NOT NULL CHECK (threshold IN (80, 100)),
  -- What was used and the limit, in the limit's unit: bytes, or minor units for a cut-off in euros.
  used bigint NOT NULL,
  limit_value bigint NOT NULL,
  unit text NOT NULL CHECK (unit IN ('bytes', 'minor')),
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, line_id, month, scope, limit_key, threshold)
);
ALTER TABLE usage_limit_alerts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_limit_alerts USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON usage_limit_alerts TO relais_app;

-- The data of one scope stopped at its limit (USE-05, CAT-09), with the operator command's state
-- (pending → sent once the operator confirmed it, as usage_data_states). option_code is the
-- cut-off it was reached under; changing the cut-off (or the threshold) lifts the block at once:
-- lifted_at is set and the unblock command goes pending → sent.
CREATE TABLE usage_limit_blocks (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  line_id uuid NOT NULL,
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
  scope text NOT NULL CHECK (scope IN ('usa_canada', 'maghreb_turkey', 'rest_of_world', 'europe', 'world', 'threshold')),
  option_code text,
  since timestamptz NOT NULL,
  command_status text NOT NULL CHECK (command_status IN ('pending', 'sent')),
  command_sent_at timestamptz,
  lifted_at timestamptz,
  lift_status text CHECK (lift_status IN ('pending', 'sent')),
  PRIMARY KEY (tenant_id, line_id, month, scope)
);
ALTER TABLE usage_limit_blocks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_limit_blocks USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON usage_limit_blocks TO relais_app;

-- CAT-09: a pay-as-you-go line's data threshold (1 to 100 GB), set by the reseller's staff.
CREATE TABLE usage_data_thresholds (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  line_id uuid NOT NULL,
  threshold_gb smallint NOT NULL CHECK (threshold_gb BETWEEN 1 AND 100),
  set_by text NOT NULL,
  set_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, line_id)
);
ALTER TABLE usage_data_thresholds ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_data_thresholds USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON usage_data_thresholds TO relais_app;

-- Issue 12 §3: a month closed into the ledger, once (the key); its figures. Amounts without a
-- price ("à définir") are listed per line and kind in usage_close_flags, never charged as 0.
CREATE TABLE usage_month_closes (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
  closed_at timestamptz NOT NULL,
  charges integer NOT NULL,
  amount_minor bigint NOT NULL,
  flagged integer NOT NULL,
  PRIMARY KEY (tenant_id, month)
);
ALTER TABLE usage_month_closes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_month_closes USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON usage_month_closes TO relais_app;

CREATE TABLE usage_close_flags (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  month text NOT NULL,
  line_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('voice', 'sms', 'mms', 'data', 'sva')),
  -- Off-plan records (or, for data pay-as-you-go, the month's data) without a price.
  records integer NOT NULL,
  PRIMARY KEY (tenant_id, month, line_id, kind),
  FOREIGN KEY (tenant_id, month) REFERENCES usage_month_closes (tenant_id, month)
);
ALTER TABLE usage_close_flags ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_close_flags USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON usage_close_flags TO relais_app;

-- Issue 12 §4: detailed records past the 3 viewable months are purged (the monthly totals of
-- usage_counters stay).
GRANT DELETE ON usage_records TO relais_app;

-- Issue 12 §3: off-plan usage is charged in arrears at the month's close, as its own kind of
-- charge (item: the line's offer), once per line, offer, month (the unique index of 0010).
ALTER TABLE account_charges DROP CONSTRAINT account_charges_kind_check;
ALTER TABLE account_charges
  ADD CONSTRAINT account_charges_kind_check CHECK (kind IN ('one_off', 'first_month', 'monthly', 'usage'));
CREATE UNIQUE INDEX account_charges_usage_once ON account_charges (tenant_id, line_id, item_type, item_code, period_start, kind)
  WHERE kind = 'usage';
