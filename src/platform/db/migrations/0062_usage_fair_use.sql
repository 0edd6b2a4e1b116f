-- CAT-05: the fair use of unlimited plans. At most 250 distinct callees and 250 distinct SMS/MMS
-- recipients a month, calls up to 2 h each; beyond, billed per use. Orange: at most 500 SMS an
-- hour, beyond which SMS sending is suspended for 3 days.

-- Why a record is billed although the plan includes its kind: 'callees' (a 251st distinct callee),
-- 'recipients' (a 251st distinct SMS/MMS recipient), 'duration' (the part of a call beyond 2 h).
-- The journal marks these records. Distinct numbers are counted over called_number, which the
-- records keep for their 3 viewable months.
ALTER TABLE usage_records
  ADD COLUMN fair_use text CHECK (fair_use IN ('callees', 'recipients', 'duration'));
GRANT UPDATE ON usage_records TO relais_app;

-- Orange's SMS suspension (CAT-05): from the SMS that went past 500 in an hour, for 3 days, as an
-- operator command (pending → sent), lifted by itself at `until` by an effective-dated action
-- (lifted_at set, the lifting command pending → sent).
CREATE TABLE usage_sms_suspensions (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  line_id uuid NOT NULL,
  since timestamptz NOT NULL,
  until timestamptz NOT NULL CHECK (until > since),
  command_status text NOT NULL CHECK (command_status IN ('pending', 'sent')),
  lifted_at timestamptz,
  lift_status text CHECK (lift_status IN ('pending', 'sent')),
  PRIMARY KEY (tenant_id, line_id, since)
);
ALTER TABLE usage_sms_suspensions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_sms_suspensions USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON usage_sms_suspensions TO relais_app;
