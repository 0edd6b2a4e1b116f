-- TMF629 create with the standard's mandatory attributes only (issue 15): a customer sent with
-- its engagedParty and name but without what an account needs (ACC-05 e-mail, a business's legal
-- form or SIRET…) is kept as received, « à compléter », in TMF status Initialized. No account is
-- opened. An agent rejects it, or completes it: the account is created through the usual form and
-- the held customer is released with that account's id, which then answers for it.
CREATE TABLE held_customers (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  -- The TMF629 Customer_Create body as it was sent.
  request jsonb NOT NULL,
  state text NOT NULL CHECK (state IN ('held', 'released', 'rejected')),
  account_id uuid,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, account_id) REFERENCES customer_accounts (tenant_id, id),
  CHECK ((state = 'released') = (account_id IS NOT NULL))
);
CREATE INDEX held_customers_created ON held_customers (tenant_id, created_at DESC);
ALTER TABLE held_customers ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON held_customers USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON held_customers TO relais_app;
