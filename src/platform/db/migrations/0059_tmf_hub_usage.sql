-- Issue 12 §1: TMF635 Usage Management has an event hub too (UsageCreateEvent for each record
-- counted through POST /tmf-api/usageManagement/v4/usage). The list of APIs a listener may
-- register with is widened by TMF635; the name is the one PostgreSQL gave the inline CHECK of 0018.
ALTER TABLE tmf_hub_subscriptions DROP CONSTRAINT tmf_hub_subscriptions_api_check;
ALTER TABLE tmf_hub_subscriptions ADD CONSTRAINT tmf_hub_subscriptions_api_check
  CHECK (api IN ('TMF620', 'TMF621', 'TMF622', 'TMF629', 'TMF635', 'TMF637', 'TMF646', 'TMF681'));
