-- Issue 11 / NET-09 / Reading 17 / CAL-06: the monthly charges of an internet subscription (plan,
-- services such as the fixed IP, extender rental, box rental) go to the account's ledger once per
-- billing period, from one Billing Day to the day before the next (the first period pro rata from
-- the installation). The ledger's own once-a-month index needs a line; this table is the internet
-- module's claim on a period, taken in the same transaction as the charges: a retried or repeated
-- run finds the period claimed and writes nothing. Owned by the internet module.
CREATE TABLE internet_charged_periods (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  subscription_id uuid NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL,
  amount_minor bigint NOT NULL,
  -- The items charged and those with no price yet ("à définir"), for the audit and the page.
  items jsonb NOT NULL,
  charged_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, subscription_id, period_start),
  FOREIGN KEY (tenant_id, subscription_id) REFERENCES internet_subscriptions (tenant_id, id)
);
ALTER TABLE internet_charged_periods ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON internet_charged_periods USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON internet_charged_periods TO relais_app;
