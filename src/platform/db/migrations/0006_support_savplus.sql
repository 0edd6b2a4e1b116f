-- SAV+ follow-up (issue 4, SUP-08): the site tests, then, when they show a fault, the main frame
-- (répartiteur), the sub-frame (sous-répartiteur), the concentration point and a second site visit,
-- each with the speed measured there. Append only: a measurement is a fact of the technician's visit.
-- Forward only; 0005 is applied and checksummed, so this is a new file.

CREATE TABLE incident_sav_plus_steps (
  tenant_id uuid NOT NULL,
  id uuid NOT NULL,
  incident_id uuid NOT NULL,
  intervention_id uuid NOT NULL,
  step text NOT NULL CHECK (step IN ('site_tests', 'main_frame', 'sub_frame', 'concentration_point', 'second_site_visit')),
  -- SUP-08: whether a fault shows at this point; after the site tests, it decides whether to go on.
  fault_shown boolean NOT NULL,
  -- SUP-08: the speed measured at the point, in kbit/s (a Mb/s entry is converted by the rules).
  down_kbps integer NOT NULL CHECK (down_kbps >= 0),
  up_kbps integer NOT NULL CHECK (up_kbps >= 0),
  note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  measured_at timestamptz NOT NULL,
  recorded_by text NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents (tenant_id, id),
  FOREIGN KEY (tenant_id, intervention_id) REFERENCES incident_interventions (tenant_id, id)
);
-- SUP-08: each point once per SAV+ appointment; a concurrent duplicate fails on this key.
CREATE UNIQUE INDEX incident_sav_plus_steps_key ON incident_sav_plus_steps (tenant_id, intervention_id, step);
CREATE INDEX incident_sav_plus_steps_incident ON incident_sav_plus_steps (tenant_id, incident_id, recorded_at);
ALTER TABLE incident_sav_plus_steps ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON incident_sav_plus_steps USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON incident_sav_plus_steps TO relais_app;
