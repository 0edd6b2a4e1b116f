-- TMF621 create with the standard's mandatory attributes only (issue 15): a trouble ticket sent
-- without a customer (relatedParty) nor a service (relatedEntity role "service") is kept « à
-- rattacher » in the agents' queue until an agent attaches it to a customer account, choosing the
-- service then if the ticket named none. An attached incident always has both; the attach query
-- only sets an account where there was none, so an incident is never detached.
ALTER TABLE incidents ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE incidents ALTER COLUMN service DROP NOT NULL;
ALTER TABLE incidents ADD CONSTRAINT incidents_attached_has_service CHECK (account_id IS NULL OR service IS NOT NULL);
-- The « à rattacher » queue of the desk's list.
CREATE INDEX incidents_unattached ON incidents (tenant_id, opened_at DESC) WHERE account_id IS NULL;
-- The attachment shows on the incident's timeline (who attached it to which customer, when).
ALTER TABLE incident_events DROP CONSTRAINT incident_events_kind_check;
ALTER TABLE incident_events ADD CONSTRAINT incident_events_kind_check
  CHECK (kind IN ('contact', 'state_changed', 'information_updated', 'sav_plus_step', 'attached'));
