-- Operator escalation per operator (issue 4 item 7, SUP-02): each local-loop operator has its own
-- escalation e-mail template and the required information it asks for, as data per tenant. An
-- incident names its operator (chosen when declared, else the operator of its service).
-- Forward only; 0005 is applied and checksummed, so this is a new file.

CREATE TABLE support_operators (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,40}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  email text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
  -- The services this operator serves when the incident names none (the first by code wins).
  services text[] NOT NULL,
  -- Which escalation e-mail template the operator receives (templates.ts).
  template text NOT NULL CHECK (template IN ('openip', 'generic')),
  -- SUP-02: the required information listed in this operator's e-mail, in order.
  required_info text[] NOT NULL,
  PRIMARY KEY (tenant_id, code)
);
ALTER TABLE support_operators ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON support_operators USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON support_operators TO relais_app;

-- The seed's OpenIP (copper local loop) and a generic operator, for the tenants that exist now;
-- later tenants get the same rows on first use (store.ts). OpenIP keeps the address in settings.
INSERT INTO support_operators (tenant_id, code, name, email, services, template, required_info)
SELECT t.id, 'openip', 'OpenIP', COALESCE(s.operator_email, 'technique@openip.fr'), ARRAY['adsl', 'sdsl', 'vga'], 'openip',
       ARRAY['siteContactName', 'siteContactPhone', 'siteOpeningHours', 'modemMakeModel', 'routerMakeModel', 'modemLedStates']
  FROM tenants t LEFT JOIN support_settings s ON s.tenant_id = t.id;
INSERT INTO support_operators (tenant_id, code, name, email, services, template, required_info)
SELECT t.id, 'generic', 'Opérateur d’infrastructure', 'support@operateur.example', ARRAY['fibre', 'cable', 'mobile'], 'generic',
       ARRAY['siteContactName', 'siteContactPhone', 'siteOpeningHours', 'routerMakeModel']
  FROM tenants t;

ALTER TABLE incidents ADD COLUMN operator_code text;
UPDATE incidents SET operator_code = CASE WHEN service IN ('adsl', 'sdsl', 'vga') THEN 'openip' ELSE 'generic' END;
ALTER TABLE incidents ADD CONSTRAINT incidents_operator_fkey
  FOREIGN KEY (tenant_id, operator_code) REFERENCES support_operators (tenant_id, code);
CREATE INDEX incidents_operator ON incidents (tenant_id, operator_code, opened_at DESC);
