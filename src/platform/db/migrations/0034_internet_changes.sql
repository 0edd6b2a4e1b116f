-- Issue 11 §3: the internet lifecycle requests that wait for a date or for someone (plan change at
-- the Billing Day, move on the agreed date, Partner's fixed IP until Partner confirms, a
-- reactivation until the operator confirms, a provider switch). Owned by the internet module.
CREATE TABLE internet_subscription_changes (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  subscription_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('plan_change', 'move', 'fixed_ip', 'reactivation', 'provider_switch')),
  state text NOT NULL CHECK (state IN ('scheduled', 'awaiting_confirmation', 'done', 'cancelled')),
  details jsonb NOT NULL,
  effective_at timestamptz,
  requested_at timestamptz NOT NULL,
  requested_by text NOT NULL,
  done_at timestamptz,
  done_by text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, subscription_id) REFERENCES internet_subscriptions (tenant_id, id)
);
CREATE INDEX internet_subscription_changes_subscription
  ON internet_subscription_changes (tenant_id, subscription_id, requested_at);
ALTER TABLE internet_subscription_changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON internet_subscription_changes USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON internet_subscription_changes TO relais_app;
