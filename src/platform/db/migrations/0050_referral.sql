-- Referral of customers to chartered satellite + internet installers (issue 13, seed 001,
-- REF-01..REF-05, REF-07, REF-09, Reading 15). Plain SQL for PostgreSQL 15 and PGlite.

-- REF-01: the installer directory. Only a signed (charter version + instant) and active installer
-- receives referrals. The declared address is geocoded offline to its commune's coordinates.
CREATE TABLE referral_installers (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  company text NOT NULL CHECK (length(company) BETWEEN 1 AND 200),
  contact_name text NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 200),
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  phone text CHECK (phone ~ '^\+[1-9][0-9]{5,14}$'),
  line1 text NOT NULL CHECK (length(line1) BETWEEN 1 AND 200),
  postal_code text NOT NULL CHECK (postal_code ~ '^[0-9]{5}$'),
  commune_code text NOT NULL,
  commune_name text NOT NULL,
  latitude double precision NOT NULL,
  longitude double precision NOT NULL,
  -- How the coordinates were found: the commune's own point, or a commune of the same postal code.
  located_by text NOT NULL CHECK (located_by IN ('commune', 'postal_code')),
  charter_version text,
  charter_signed_at timestamptz,
  charter_recorded_by text,
  active boolean NOT NULL DEFAULT true,
  user_id uuid NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id),
  CHECK ((charter_version IS NULL) = (charter_signed_at IS NULL))
);
CREATE UNIQUE INDEX referral_installers_user ON referral_installers (tenant_id, user_id);
CREATE INDEX referral_installers_name ON referral_installers (tenant_id, lower(company), id);
ALTER TABLE referral_installers ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON referral_installers USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON referral_installers TO relais_app;

-- REF-02: the customer's consent to share their details with an installer. Immutable: the
-- application role may only insert and read; a withdrawal is its own row.
CREATE TABLE referral_consents (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  account_id uuid NOT NULL,
  purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 1000),
  channel text NOT NULL CHECK (channel IN ('phone', 'email', 'shop', 'post', 'web_form')),
  given_at timestamptz NOT NULL,
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES customer_accounts (tenant_id, id)
);
CREATE INDEX referral_consents_account ON referral_consents (tenant_id, account_id, given_at);
ALTER TABLE referral_consents ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON referral_consents USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON referral_consents TO relais_app;

CREATE TABLE referral_consent_withdrawals (
  tenant_id uuid NOT NULL,
  consent_id uuid NOT NULL,
  channel text NOT NULL CHECK (channel IN ('phone', 'email', 'shop', 'post', 'web_form')),
  withdrawn_at timestamptz NOT NULL,
  recorded_by text NOT NULL,
  PRIMARY KEY (tenant_id, consent_id),
  FOREIGN KEY (tenant_id, consent_id) REFERENCES referral_consents (tenant_id, id)
);
ALTER TABLE referral_consent_withdrawals ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON referral_consent_withdrawals USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON referral_consent_withdrawals TO relais_app;

-- REF-03, REF-04: one referral sent to one installer. A reassignment closes it ('reassigned') and
-- opens the next one with previous_id pointing back.
CREATE TABLE referrals (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  reference text NOT NULL,
  account_id uuid NOT NULL,
  consent_id uuid NOT NULL,
  installer_id uuid NOT NULL,
  previous_id uuid,
  postal_code text NOT NULL,
  commune_code text NOT NULL,
  commune_name text NOT NULL,
  latitude double precision NOT NULL,
  longitude double precision NOT NULL,
  distance_km double precision NOT NULL,
  -- Nearer installers passed over (unsigned or inactive), shown on the customer page.
  skipped jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL CHECK (status IN ('sent', 'contacted', 'visit_booked', 'completed', 'reassigned', 'withdrawn', 'lapsed')),
  -- Reading 15: the day count starts at the referral (the first one of the chain).
  referred_at timestamptz NOT NULL,
  sent_at timestamptz NOT NULL,
  contacted_at timestamptz,
  visit_date date,
  safety_reason text,
  checklist jsonb,
  checklist_done_at timestamptz,
  closed_at timestamptz,
  created_by text NOT NULL,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES customer_accounts (tenant_id, id),
  FOREIGN KEY (tenant_id, consent_id) REFERENCES referral_consents (tenant_id, id),
  FOREIGN KEY (tenant_id, installer_id) REFERENCES referral_installers (tenant_id, id)
);
CREATE INDEX referrals_account ON referrals (tenant_id, account_id, sent_at);
CREATE INDEX referrals_installer ON referrals (tenant_id, installer_id, sent_at);
ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON referrals USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON referrals TO relais_app;
