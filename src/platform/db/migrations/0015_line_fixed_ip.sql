-- CAT-20: what the operator gives for a line's fixed IP, shown in the line's technical information:
-- Orange (internet only, through an IPsec tunnel) a password for the login `<msisdn>@<domain>.otd`,
-- Bouygues Telecom the IP address itself. The password is a secret: encrypted with the app's key,
-- shown only on an explicit, audited request (POST /api/lines/{id}/secrets).
CREATE TABLE line_fixed_ip (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  line_id uuid NOT NULL,
  option_code text NOT NULL,
  address text,
  password_secret text,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, line_id),
  FOREIGN KEY (tenant_id, line_id) REFERENCES lines (tenant_id, id),
  CHECK (address IS NOT NULL OR password_secret IS NOT NULL)
);
ALTER TABLE line_fixed_ip ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON line_fixed_ip USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON line_fixed_ip TO relais_app;
