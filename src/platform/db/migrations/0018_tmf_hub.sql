-- TM Forum conformance (issue 15): the standard ticket type, listener registrations (TMF hub) and
-- their event deliveries through the outbox.

-- TMF621 ticketType is the standard's kind of ticket ("incident", "request"…); the service it is
-- about stays in `service`.
ALTER TABLE incidents ADD COLUMN ticket_type text NOT NULL DEFAULT 'incident'
  CHECK (length(ticket_type) BETWEEN 1 AND 40);

-- Event deliveries are outbox rows of channel 'webhook': the same lease, retries, backoff, and the
-- same page and retry button as e-mails. recipient = the callback URL, subject = the event type,
-- body_text = the event's JSON, entity_type = 'tmf_hub', entity_id = the registration.
ALTER TABLE outbox DROP CONSTRAINT outbox_channel_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_channel_check CHECK (channel IN ('email', 'sms', 'webhook'));

-- A listener registered by POST /tmf-api/<api>/v4/hub. The HMAC secret signing its deliveries is
-- encrypted with RELAIS_SECRET_KEY (shown once, at registration).
CREATE TABLE tmf_hub_subscriptions (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  api text NOT NULL CHECK (api IN ('TMF620', 'TMF621', 'TMF622', 'TMF629', 'TMF637', 'TMF646', 'TMF681')),
  callback text NOT NULL CHECK (length(callback) BETWEEN 8 AND 2000),
  query text CHECK (length(query) <= 1000),
  secret_encrypted text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX tmf_hub_subscriptions_api ON tmf_hub_subscriptions (tenant_id, api);
ALTER TABLE tmf_hub_subscriptions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tmf_hub_subscriptions USING (tenant_id = relais_tenant())
  WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, DELETE ON tmf_hub_subscriptions TO relais_app;
