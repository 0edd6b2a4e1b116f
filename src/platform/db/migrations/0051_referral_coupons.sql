-- Issue 13, REF-04/REF-09 steps and REF-06/REF-08 coupons. Plain SQL for PostgreSQL 15 and PGlite.

-- REF-04: the visit is agreed only if the customer accepts the installer's quote; a refusal closes
-- the referral ('quote_refused'). REF-09: before travelling, the installer confirms the customer has
-- the equipment and the login credentials.
ALTER TABLE referrals DROP CONSTRAINT referrals_status_check;
ALTER TABLE referrals ADD CONSTRAINT referrals_status_check CHECK (status IN
  ('sent', 'contacted', 'visit_booked', 'completed', 'reassigned', 'withdrawn', 'lapsed', 'quote_refused'));
ALTER TABLE referrals ADD COLUMN quote_decision text CHECK (quote_decision IN ('accepted', 'refused'));
ALTER TABLE referrals ADD COLUMN quote_decided_at timestamptz;
ALTER TABLE referrals ADD COLUMN pretravel_checked_at timestamptz;

-- REF-06: the 100 € discount coupon the installer hands over after the installation, on the bill
-- of the reseller running the scheme. One per referral; its code is what the customer writes back.
CREATE TABLE referral_coupons (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  referral_id uuid NOT NULL,
  account_id uuid NOT NULL,
  code text NOT NULL CHECK (code ~ '^BON-[0-9A-Z]{4}-[0-9A-Z]{4}$'),
  amount_minor bigint NOT NULL CHECK (amount_minor > 0),
  currency text NOT NULL CHECK (currency IN ('EUR', 'ILS')),
  -- Printed from the scheme's site, or on paper when the customer has no printer.
  medium text NOT NULL CHECK (medium IN ('printed', 'paper')),
  issued_at timestamptz NOT NULL,
  issued_by text NOT NULL,
  -- The filled coupon came back with both invoices; the discount went to the customer's charges.
  returned_at timestamptz,
  returned_recorded_by text,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, referral_id),
  UNIQUE (tenant_id, code),
  FOREIGN KEY (tenant_id, referral_id) REFERENCES referrals (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES customer_accounts (tenant_id, id),
  CHECK ((returned_at IS NULL) = (returned_recorded_by IS NULL))
);
CREATE INDEX referral_coupons_account ON referral_coupons (tenant_id, account_id);
ALTER TABLE referral_coupons ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON referral_coupons USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON referral_coupons TO relais_app;

-- REF-06: the returned coupon and the copies of the internet and installation invoices. Sniffed
-- type (PDF, PNG, JPEG) and a size limit are checked before the insert; immutable once written.
CREATE TABLE referral_coupon_files (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  coupon_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('coupon', 'internet_invoice', 'installation_invoice')),
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 2097152),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea NOT NULL,
  uploaded_at timestamptz NOT NULL,
  uploaded_by text NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, coupon_id, kind),
  FOREIGN KEY (tenant_id, coupon_id) REFERENCES referral_coupons (tenant_id, id)
);
ALTER TABLE referral_coupon_files ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON referral_coupon_files USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON referral_coupon_files TO relais_app;
