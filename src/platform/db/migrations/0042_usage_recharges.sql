-- Usage (issue 12, third slice): data recharges (USE-06, Reading 14). An agent orders a recharge
-- from the catalog's recharge volumes; the operator applies it (up to 30 minutes: the worker calls it
-- outside any transaction, claim → call → record); once applied it adds to the month it was ordered
-- in only (the month's "recharged" total, the envelope the alerts and the data state read) and lifts
-- the month's data block. A second recharge on the same line within 30 minutes of another needs an
-- explicit confirmation, recorded here (confirmed_duplicate).
CREATE TABLE usage_recharges (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  line_id uuid NOT NULL,
  account_id uuid NOT NULL,
  -- 'YYYY-MM' of ordered_at in the tenant's time zone (CAL-04): the only month it adds to.
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
  option_code text NOT NULL,
  volume_mb bigint NOT NULL CHECK (volume_mb > 0),
  state text NOT NULL CHECK (state IN ('pending', 'applied')),
  -- The catalog's one-off price in minor units excl. VAT; null with price_to_be_set ("à définir").
  amount_minor bigint CHECK (amount_minor >= 0),
  price_to_be_set boolean NOT NULL,
  confirmed_duplicate boolean NOT NULL,
  ordered_by text NOT NULL,
  ordered_at timestamptz NOT NULL,
  applied_at timestamptz,
  operator_ref text,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX usage_recharges_line ON usage_recharges (tenant_id, line_id, ordered_at DESC);
ALTER TABLE usage_recharges ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON usage_recharges USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON usage_recharges TO relais_app;
