-- SET-08: a sector outage, recorded once with the operator's announced resolution delay, linked to
-- every affected customer's troubleshooting pass (and so its incident). Plain SQL for PostgreSQL 15
-- and PGlite.
CREATE TABLE internet_outages (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  operator text NOT NULL CHECK (operator IN ('hot', 'partner')),
  -- The area as the agents name it (a town, a neighbourhood); matched against installation addresses.
  area text NOT NULL CHECK (length(area) BETWEEN 2 AND 120),
  delay_hours integer NOT NULL CHECK (delay_hours BETWEEN 1 AND 720),
  resolved_by timestamptz NOT NULL,
  closed_at timestamptz,
  recorded_at timestamptz NOT NULL,
  recorded_by text NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX internet_outages_open ON internet_outages (tenant_id, operator, resolved_by DESC);
ALTER TABLE internet_outages ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON internet_outages USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE (closed_at) ON internet_outages TO relais_app;
ALTER TABLE internet_troubleshooting ADD FOREIGN KEY (tenant_id, outage_id) REFERENCES internet_outages (tenant_id, id);
