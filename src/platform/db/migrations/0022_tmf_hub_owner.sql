-- Issue 15 review: an agent could delete any reseller's TM Forum listener. A listener is now
-- registered by an admin or a supervisor, or by an API token; it is unregistered by an admin or a
-- supervisor, or by the token that registered it (its id kept here; null for one registered by a
-- signed-in user, or before this migration).
ALTER TABLE tmf_hub_subscriptions ADD COLUMN created_by_token uuid;
