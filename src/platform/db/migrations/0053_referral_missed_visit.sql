-- REF-04/REF-05, Reading 15: a referral whose visit was not recorded by day 20 (or whose booked
-- visit day passed without the checklist) is late: the reseller is alerted and the referral is
-- offered for reassignment, or reassigned at once, as the tenant chose. Plain SQL for PostgreSQL 15
-- and PGlite.
ALTER TABLE referrals ADD COLUMN visit_missed_at timestamptz;

CREATE TABLE referral_settings (
  tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
  -- 'offer': an agent clicks « Réattribuer »; 'perform': the visit check reassigns at once.
  missed_visit text NOT NULL CHECK (missed_visit IN ('offer', 'perform')),
  updated_at timestamptz NOT NULL,
  updated_by text NOT NULL
);
ALTER TABLE referral_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON referral_settings USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON referral_settings TO relais_app;
