-- Internet troubleshooting (issue 11 §4, seed 000, NET-10, NET-21, SET-07, SET-09). Plain SQL for
-- PostgreSQL 15 and PGlite.

-- Seed 000: whom the agents call or write at each operator, editable by the tenant. One row per
-- tenant, absent until edited (the seed's values apply: troubleshoot-rules.ts SEED_CONTACTS).
CREATE TABLE internet_operator_contacts (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  hot_contact_name text NOT NULL CHECK (length(hot_contact_name) BETWEEN 1 AND 120),
  hot_contact_phone text CHECK (length(hot_contact_phone) BETWEEN 3 AND 40),
  partner_group_name text NOT NULL CHECK (length(partner_group_name) BETWEEN 1 AND 120),
  partner_technical_email text CHECK (length(partner_technical_email) BETWEEN 3 AND 254),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL,
  PRIMARY KEY (tenant_id)
);
ALTER TABLE internet_operator_contacts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON internet_operator_contacts USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON internet_operator_contacts TO relais_app;

-- One pass of the guided flow on a subscription: what the customer read and did, the verdicts, the
-- escalation. It opens or updates the support incident (the customer's history holds it).
CREATE TABLE internet_troubleshooting (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  subscription_id uuid NOT NULL,
  incident_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('no_internet', 'slow', 'wifi_led_off', 'split_bands')),
  box_model text NOT NULL,
  -- NET-01: LED function → on / off / blinking, as read by the customer.
  leds jsonb NOT NULL,
  -- NET-21: { connection: wifi|cable, distanceOk, repeaters }.
  conditions jsonb,
  power_cycled boolean NOT NULL,
  wifi_button_held boolean NOT NULL,
  solved boolean NOT NULL,
  speed_down_mbps double precision CHECK (speed_down_mbps >= 0),
  speed_up_mbps double precision CHECK (speed_up_mbps >= 0),
  speed_over_wifi boolean,
  speed_verdict text CHECK (speed_verdict IN ('ok', 'too_slow')),
  -- SET-09: { attenuationDb, snrDb, ontRxDbm } and its verdict.
  line_test jsonb,
  line_verdict text NOT NULL CHECK (line_verdict IN ('ok', 'weak', 'not_measured')),
  diagnosis text NOT NULL,
  next_step text NOT NULL,
  escalation text CHECK (escalation IN ('hot_call', 'partner_email')),
  outbox_id uuid,
  outage_id uuid,
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
  created_at timestamptz NOT NULL,
  created_by text NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, subscription_id) REFERENCES internet_subscriptions (tenant_id, id),
  FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents (tenant_id, id),
  CHECK ((speed_down_mbps IS NULL) = (speed_verdict IS NULL))
);
CREATE INDEX internet_troubleshooting_subscription ON internet_troubleshooting (tenant_id, subscription_id, created_at DESC);
ALTER TABLE internet_troubleshooting ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON internet_troubleshooting USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
-- outage_id is set when an outage is recorded after the pass (SET-08).
GRANT SELECT, INSERT, UPDATE (outage_id) ON internet_troubleshooting TO relais_app;
