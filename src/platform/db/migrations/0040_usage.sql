-- Usage (issue 12, first slice): CDR imports, rated usage records, monthly counters per line and
-- kind, data alerts at 80/100 % of the envelope and the data state they lead to (USE-01..USE-04,
-- USE-07, Reading 11, CAL-04).

-- One CDR file received (POST /api/usage/imports) and its figures.
CREATE TABLE usage_imports (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  filename text,
  state text NOT NULL CHECK (state IN ('done')),
  read_count integer NOT NULL,
  new_count integer NOT NULL,
  duplicate_count integer NOT NULL,
  rejected_count integer NOT NULL,
  unknown_line_count integer NOT NULL,
  alert_count integer NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX usage_imports_recent ON usage_imports (tenant_id, created_at DESC);
ALTER TABLE usage_imports ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_imports USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON usage_imports TO relais_app;

-- The rows of an import that were not counted: malformed (reason code + field) or for a number
-- that is none of the tenant's lines. line_no is the file's line number (the header is line 1).
CREATE TABLE usage_import_rejects (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  import_id uuid NOT NULL,
  line_no integer NOT NULL,
  reason text NOT NULL,
  field text,
  raw text NOT NULL,
  PRIMARY KEY (tenant_id, import_id, line_no),
  FOREIGN KEY (tenant_id, import_id) REFERENCES usage_imports (tenant_id, id)
);
ALTER TABLE usage_import_rejects ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_import_rejects USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON usage_import_rejects TO relais_app;

-- One rated usage record. Exactly once (issue 12 §2): the operator's record id is the key, and
-- records are inserted with ON CONFLICT DO NOTHING before anything is counted; only the rows the
-- insert returns move the counters, in the same transaction.
CREATE TABLE usage_records (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  record_id text NOT NULL,
  import_id uuid NOT NULL,
  line_id uuid NOT NULL,
  -- 'YYYY-MM' of started_at in the tenant's time zone (CAL-04).
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
  started_at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('voice', 'sms', 'mms', 'data', 'sva')),
  direction text NOT NULL CHECK (direction IN ('out', 'in')),
  zone text NOT NULL,
  destination_zone text,
  called_number text,
  quantity bigint NOT NULL CHECK (quantity >= 0),
  -- USE-02: included in the plan, or off-plan (billed per use).
  off_plan boolean NOT NULL,
  -- Off-plan amount in minor units excl. VAT; null with price_to_be_set ("à définir").
  amount_minor bigint,
  price_to_be_set boolean NOT NULL,
  PRIMARY KEY (tenant_id, record_id),
  FOREIGN KEY (tenant_id, import_id) REFERENCES usage_imports (tenant_id, id)
);
CREATE INDEX usage_records_line_month ON usage_records (tenant_id, line_id, month, started_at DESC);
ALTER TABLE usage_records ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_records USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON usage_records TO relais_app;

-- Monthly counters per line, month and kind (USE-07), moved in the transaction of the records.
-- in_plan: included quantity; off_plan: billed-per-use quantity; off_plan_minor: its priced amount;
-- to_be_set: off-plan records without a price ("à définir"). Data in France/zone 1 counts against
-- the envelope (in_plan). SVA: in_plan = non billable, off_plan = billed.
CREATE TABLE usage_counters (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  line_id uuid NOT NULL,
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
  kind text NOT NULL CHECK (kind IN ('voice', 'sms', 'mms', 'data', 'sva')),
  in_plan bigint NOT NULL DEFAULT 0,
  off_plan bigint NOT NULL DEFAULT 0,
  off_plan_minor bigint NOT NULL DEFAULT 0,
  to_be_set integer NOT NULL DEFAULT 0,
  records integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, line_id, month, kind)
);
ALTER TABLE usage_counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_counters USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON usage_counters TO relais_app;

-- USE-03: a data alert, once per line, month and threshold (the key). Written in the transaction
-- that crosses the threshold, with the e-mails it sends (outbox).
CREATE TABLE usage_alerts (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  line_id uuid NOT NULL,
  month text NOT NULL,
  threshold smallint NOT NULL CHECK (threshold IN (80, 100)),
  used_bytes bigint NOT NULL,
  envelope_bytes bigint NOT NULL,
  import_id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, line_id, month, threshold)
);
ALTER TABLE usage_alerts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_alerts USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON usage_alerts TO relais_app;

-- USE-04: the line's data state for a month once its envelope is reached: a blocked plan's data is
-- stopped ("Data bloquée"), an unblocked plan goes on at reduced speed ("Débit réduit"). For a
-- block, the operator command is recorded here as pending (this slice sends no command yet).
CREATE TABLE usage_data_states (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  line_id uuid NOT NULL,
  month text NOT NULL,
  state text NOT NULL CHECK (state IN ('data_blocked', 'throttled')),
  operator_command text CHECK (operator_command IN ('block_data')),
  command_status text CHECK (command_status IN ('pending')),
  since timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, line_id, month)
);
ALTER TABLE usage_data_states ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_data_states USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON usage_data_states TO relais_app;
