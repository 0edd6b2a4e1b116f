-- CAT-09: a pay-as-you-go line's monthly minimum (2.50 €) is billed in arrears, at the usage
-- month's close: a month whose usage cost less is topped up to the minimum by a charge of its own
-- kind, `usage_minimum` (« Complément au minimum mensuel »), once per line, offer and month.
ALTER TABLE account_charges DROP CONSTRAINT account_charges_kind_check;
ALTER TABLE account_charges
  ADD CONSTRAINT account_charges_kind_check CHECK (kind IN ('one_off', 'first_month', 'monthly', 'usage', 'usage_minimum'));
CREATE UNIQUE INDEX account_charges_usage_minimum_once ON account_charges (tenant_id, line_id, item_type, item_code, period_start, kind)
  WHERE kind = 'usage_minimum';
