-- Search and fleet-list indexes (issue 3 §8: account search, fleet list and line detail at
-- 1,000,000 lines and 200,000 accounts with p99 ≤ 20 ms; measured in BENCHMARKS.md, `lines` entry).
-- Plain SQL for PostgreSQL 15 and PGlite, no extension.

-- Account search words and e-mails, scoped to the caller's tenant. Under row-level security the
-- planner may not evaluate a condition that is not leakproof before the tenant policy, so
-- `search_vector @@ tsquery` and `lower(email) = …` (neither is leakproof) could never use their
-- indexes as relais_app: every search read all of the tenant's accounts and contacts. This function
-- runs as the tables' owner, which row-level security does not restrict, and applies the tenant
-- scope itself (relais_tenant(): no tenant set, no row), so the GIN and e-mail indexes serve it.
-- The store only ever joins the ids it returns to customer_accounts under row-level security.
-- $1: the tsquery of word prefixes the application built (NULL: no words); $2: the folded input.
-- ROWS: a search finds a few accounts; the planner's default guess for a function (1000 rows)
-- made it hash-join against every account instead of reading the few it found by key.
CREATE FUNCTION relais_search_accounts(words text, folded text) RETURNS TABLE (account_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER ROWS 20 SET search_path FROM CURRENT AS $$
  SELECT id FROM customer_accounts
   WHERE tenant_id = relais_tenant() AND words IS NOT NULL AND search_vector @@ to_tsquery('simple', words)
  UNION
  SELECT id FROM customer_accounts WHERE tenant_id = relais_tenant() AND lower(email) = folded
  UNION
  SELECT account_id FROM account_contacts WHERE tenant_id = relais_tenant() AND lower(email) = folded
$$;
REVOKE ALL ON FUNCTION relais_search_accounts(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION relais_search_accounts(text, text) TO relais_app;

-- Contacts found by e-mail (relais_search_accounts).
CREATE INDEX account_contacts_email ON account_contacts (tenant_id, lower(email)) WHERE email IS NOT NULL;

-- Search by SIRET: the unique index only covers active accounts, and a search finds closed ones too.
CREATE INDEX customer_accounts_siret ON customer_accounts (tenant_id, siret) WHERE siret IS NOT NULL;

-- The fleet list in its order (newest first), unfiltered: the first page is read from the index
-- instead of sorting the whole fleet.
CREATE INDEX lines_recent ON lines (tenant_id, created_at DESC, position, id);

-- The fleet list by state and network, in the same order; its total is counted from the index.
CREATE INDEX lines_state_network ON lines (tenant_id, state, network, created_at DESC, position, id);
