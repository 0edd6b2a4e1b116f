-- TMF646 create with the standard's mandatory attributes only (issue 15): an appointment sent with
-- its validFor but without its trouble ticket (relatedEntity), place (relatedPlace), phone
-- (contactMedium) or kind (category) is kept as received, « à compléter », in TMF state
-- initialized. No technician is booked. An agent rejects it (TMF cancelled), or completes it: the
-- intervention is planned on the chosen incident under the same id, so the client's appointment
-- carries on as that intervention.
CREATE TABLE held_appointments (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  -- The TMF646 Appointment_Create body as it was sent.
  request jsonb NOT NULL,
  slot_start timestamptz NOT NULL,
  slot_end timestamptz NOT NULL,
  state text NOT NULL CHECK (state IN ('held', 'completed', 'rejected')),
  incident_id uuid,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, incident_id) REFERENCES incidents (tenant_id, id),
  CHECK ((state = 'completed') = (incident_id IS NOT NULL)),
  CHECK (slot_end > slot_start)
);
CREATE INDEX held_appointments_created ON held_appointments (tenant_id, created_at DESC);
ALTER TABLE held_appointments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON held_appointments USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON held_appointments TO relais_app;
