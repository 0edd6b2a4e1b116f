-- TMF622 create with the standard's mandatory attributes only (issue 15): a product order sent
-- without a customer (relatedParty) or an offer on an item is kept as received, « à compléter »,
-- in state held. Nothing reaches an operator. An agent rejects it, or completes it: a real order
-- is created through the usual form and the held one is released with that order's id.
CREATE TABLE held_orders (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  -- The TMF622 ProductOrder_Create body as it was sent.
  request jsonb NOT NULL,
  state text NOT NULL CHECK (state IN ('held', 'released', 'rejected')),
  order_id uuid,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, order_id) REFERENCES orders (tenant_id, id),
  CHECK ((state = 'released') = (order_id IS NOT NULL))
);
CREATE INDEX held_orders_created ON held_orders (tenant_id, created_at DESC);
ALTER TABLE held_orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON held_orders USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON held_orders TO relais_app;
