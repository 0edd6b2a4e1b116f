-- Issue 11 §3, the equipment that travels (seed 000). Owned by the internet module.
-- NET-04, NET-17, Reading 16: each extender ordered is delivered by courier in 2–3 Israeli
-- business days to a checked phone (E.164); the courier's tracking number is recorded once the
-- operator gives it.
CREATE TABLE internet_extender_deliveries (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  subscription_id uuid NOT NULL,
  phone text NOT NULL,
  ordered_at timestamptz NOT NULL,
  delivery_from timestamptz NOT NULL,
  delivery_to timestamptz NOT NULL,
  tracking_number text,
  tracking_recorded_at timestamptz,
  tracking_recorded_by text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, subscription_id) REFERENCES internet_subscriptions (tenant_id, id)
);
CREATE INDEX internet_extender_deliveries_subscription
  ON internet_extender_deliveries (tenant_id, subscription_id, ordered_at);
ALTER TABLE internet_extender_deliveries ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON internet_extender_deliveries USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON internet_extender_deliveries TO relais_app;

-- NET-10: a box replacement, the new box and the old one, whose return is tracked like a
-- termination's: due 30 days after the swap, else 250 ₪ (fee_charged_at) — never both.
CREATE TABLE internet_box_swaps (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  subscription_id uuid NOT NULL,
  old_box_model text NOT NULL,
  old_box_serial text,
  new_box_model text NOT NULL,
  new_box_serial text NOT NULL,
  swapped_at timestamptz NOT NULL,
  swapped_by text NOT NULL,
  return_deadline timestamptz NOT NULL,
  returned_at timestamptz,
  fee_charged_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, subscription_id) REFERENCES internet_subscriptions (tenant_id, id),
  CHECK (returned_at IS NULL OR fee_charged_at IS NULL)
);
CREATE INDEX internet_box_swaps_subscription ON internet_box_swaps (tenant_id, subscription_id, swapped_at);
ALTER TABLE internet_box_swaps ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON internet_box_swaps USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON internet_box_swaps TO relais_app;
