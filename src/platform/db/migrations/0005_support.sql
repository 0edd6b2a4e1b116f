-- Support desk (issue 4, SUP-01..SUP-10, NET-05, CS-01): incidents on a customer's service, the
-- customer's written confirmations, consent, interventions (appointments) and their charges.
-- Forward only; plain SQL for PostgreSQL 15 and PGlite.

-- Per-tenant settings: where late contests go (SUP-07) and where escalations go (SUP-02).
CREATE TABLE support_settings (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  customer_service_email text NOT NULL,
  operator_name text NOT NULL,
  operator_email text NOT NULL,
  supervisor_email text,
  PRIMARY KEY (tenant_id)
);
ALTER TABLE support_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON support_settings USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON support_settings TO relais_app;

-- SUP-04: the wrongful-intervention tariff is data per tenant, copied from the seed on first use.
CREATE TABLE support_tariff (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,60}$'),
  label_fr text NOT NULL,
  label_en text NOT NULL,
  services text[] NOT NULL,
  -- € HT in cents; NULL for a line on quote.
  amount_cents integer CHECK (amount_cents >= 0),
  on_quote boolean NOT NULL,
  kind text NOT NULL CHECK (kind IN ('qualification', 'fee')),
  PRIMARY KEY (tenant_id, code),
  CHECK (on_quote = (amount_cents IS NULL))
);
ALTER TABLE support_tariff ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON support_tariff USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON support_tariff TO relais_app;

CREATE TABLE incident_counters (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  last_value bigint NOT NULL,
  PRIMARY KEY (tenant_id)
);
ALTER TABLE incident_counters ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_counters USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON incident_counters TO relais_app;

CREATE TABLE incidents (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  reference text NOT NULL,
  account_id uuid NOT NULL,
  service text NOT NULL CHECK (service IN ('adsl', 'sdsl', 'vga', 'fibre', 'cable', 'mobile')),
  -- CS-01: where the first contact came from.
  channel text NOT NULL CHECK (channel IN ('phone', 'email', 'chat', 'web_form', 'social', 'post', 'shop')),
  priority text NOT NULL CHECK (priority IN ('critical', 'high', 'normal', 'low')),
  state text NOT NULL CHECK (state IN ('new', 'diagnosis', 'waiting_customer', 'with_operator', 'intervention_planned', 'resolved', 'closed')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  -- SUP-02 required information.
  site_contact_name text,
  site_contact_phone text,
  site_opening_hours text,
  modem_make_model text,
  router_make_model text,
  modem_led_states text,
  opened_at timestamptz NOT NULL,
  first_response_at timestamptz,
  escalated_at timestamptz,
  resolved_at timestamptz,
  closed_at timestamptz,
  -- SLA: customer pauses (waiting_customer) as [from, to] pairs; the open one has to = null.
  pauses jsonb NOT NULL DEFAULT '[]',
  -- SLA: the highest alert already sent to the supervisors (at_risk, breached), so each goes once.
  sla_alert text CHECK (sla_alert IN ('at_risk', 'breached')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES customer_accounts (tenant_id, id)
);
CREATE UNIQUE INDEX incidents_reference_key ON incidents (tenant_id, reference);
CREATE INDEX incidents_account ON incidents (tenant_id, account_id, opened_at DESC);
CREATE INDEX incidents_state ON incidents (tenant_id, state, opened_at DESC);
ALTER TABLE incidents ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incidents USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON incidents TO relais_app;

-- CS-01 contacts and the state changes: the incident's timeline entries. Append only.
CREATE TABLE incident_events (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  incident_id uuid NOT NULL,
  at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('contact', 'state_changed', 'information_updated', 'sav_plus_step')),
  channel text CHECK (channel IN ('phone', 'email', 'chat', 'web_form', 'social', 'post', 'shop')),
  actor_label text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents (tenant_id, id)
);
CREATE INDEX incident_events_incident ON incident_events (tenant_id, incident_id, at);
ALTER TABLE incident_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_events USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON incident_events TO relais_app;

-- SUP-02: the customer's written confirmation of each check (who, when, channel, text). Append only.
CREATE TABLE incident_checks (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  incident_id uuid NOT NULL,
  check_code text NOT NULL,
  confirmed_by text NOT NULL CHECK (length(confirmed_by) BETWEEN 1 AND 200),
  confirmed_at timestamptz NOT NULL,
  channel text NOT NULL CHECK (channel IN ('phone', 'email', 'chat', 'web_form', 'social', 'post', 'shop')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents (tenant_id, id)
);
CREATE UNIQUE INDEX incident_checks_key ON incident_checks (tenant_id, incident_id, check_code);
ALTER TABLE incident_checks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_checks USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON incident_checks TO relais_app;

-- SUP-03: the customer's written consent. Immutable: the application role may not UPDATE or DELETE.
CREATE TABLE incident_consents (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  incident_id uuid NOT NULL,
  given_by text NOT NULL CHECK (length(given_by) BETWEEN 1 AND 200),
  given_at timestamptz NOT NULL,
  channel text NOT NULL CHECK (channel IN ('phone', 'email', 'chat', 'web_form', 'social', 'post', 'shop')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents (tenant_id, id)
);
CREATE INDEX incident_consents_incident ON incident_consents (tenant_id, incident_id);
ALTER TABLE incident_consents ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_consents USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON incident_consents TO relais_app;

-- SUP-04..SUP-09, NET-05: an intervention is scheduled as an appointment, then qualified.
CREATE TABLE incident_interventions (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  incident_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('on_site', 'expertise', 'sav_plus')),
  slot_start timestamptz NOT NULL,
  slot_end timestamptz NOT NULL,
  address text NOT NULL CHECK (length(address) BETWEEN 1 AND 400),
  -- NET-05: the numbers where the customer is reachable; the technician calls first.
  reachable_phones text[] NOT NULL,
  technician_calls_first boolean NOT NULL DEFAULT true,
  -- SUP-06: the customer's technical referent at the exchange.
  referent text,
  status text NOT NULL CHECK (status IN ('planned', 'qualified', 'cancelled')),
  qualification text,
  planned_at timestamptz NOT NULL,
  qualified_at timestamptz,
  cancelled_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents (tenant_id, id),
  CHECK (slot_end > slot_start),
  CHECK (cardinality(reachable_phones) >= 1)
);
CREATE INDEX incident_interventions_incident ON incident_interventions (tenant_id, incident_id, planned_at);
ALTER TABLE incident_interventions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_interventions USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON incident_interventions TO relais_app;

-- SUP-05..SUP-09: charges in € HT cents, with the contest window computed when notified.
CREATE TABLE incident_charges (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  incident_id uuid NOT NULL,
  intervention_id uuid,
  code text NOT NULL,
  label text NOT NULL,
  amount_cents integer NOT NULL CHECK (amount_cents >= 0),
  currency text NOT NULL DEFAULT 'EUR' CHECK (currency IN ('EUR', 'ILS')),
  status text NOT NULL CHECK (status IN ('due', 'awaiting_acceptance', 'contested', 'waived')),
  notified_at timestamptz NOT NULL,
  contest_deadline timestamptz NOT NULL,
  contested_at timestamptz,
  contest_text text,
  waived_at timestamptz,
  waived_reason text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents (tenant_id, id),
  FOREIGN KEY (tenant_id, intervention_id) REFERENCES incident_interventions (tenant_id, id)
);
CREATE INDEX incident_charges_incident ON incident_charges (tenant_id, incident_id, created_at);
ALTER TABLE incident_charges ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_charges USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON incident_charges TO relais_app;
