-- Monthly recurring charges (issue 3 §6: CAT-01, ACT-01, CAT-09, Reading 7).

-- Exactly once: a line's item is charged once per month and kind. The monthly run inserts with
-- ON CONFLICT DO NOTHING, so running it twice (a retried job, two workers, a late run after a
-- termination already wrote the started month) writes nothing more. Only `monthly` rows: one-off
-- fees have no period, and a first month is written once by its activation.
CREATE UNIQUE INDEX account_charges_once ON account_charges (tenant_id, line_id, item_type, item_code, period_start, kind)
  WHERE kind = 'monthly';

-- The CSV export and the card's total read an account's charges by date.
CREATE INDEX account_charges_account_period ON account_charges (tenant_id, account_id, period_start);
