-- The account search matches an Israeli ID number (ח.פ./ת.ז., 0037) on every search that looks like
-- one — a SIRET, a phone number, an MSISDN, an ICCID typed into the search box too. The only index on
-- the column was 0037's uniqueness key, partial on active accounts, which a search over every account
-- cannot use: each such search read the whole tenant's accounts (BENCHMARKS.md, fleet at 1,000,000
-- lines: 65 ms of PostgreSQL CPU per search, down from 2 ms before 0037). Equality implies NOT NULL,
-- so this partial index serves `national_id = …`, and stays as small as the Israeli accounts.
-- Plain SQL for PostgreSQL 15 and PGlite.
CREATE INDEX customer_accounts_national_id ON customer_accounts (tenant_id, national_id)
  WHERE national_id IS NOT NULL;
