-- The fleet list's search (`q` on GET /api/lines: an MSISDN, an ICCID or a fragment of the line's
-- user name) at 1,000,000 lines (issue 14 §3). Before, `lower(user_name) LIKE '%…%'` read every line
-- of the tenant on each search.

-- pg_trgm is a trusted extension (PostgreSQL ≥ 13): the database owner, which runs the migrations,
-- may create it without being superuser. PGlite loads the module in openPglite (pglite.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- A trigram index serves LIKE '%fragment%' (fragments of 3 characters or more; shorter ones scan
-- the index). It cannot hold tenant_id (GIN has no uuid operator class without btree_gin): the
-- search function below checks the tenant on the few rows it finds.
CREATE INDEX lines_user_name_trgm ON lines USING gin (lower(user_name) gin_trgm_ops);

-- Under row-level security the planner may not evaluate a condition that is not leakproof before
-- the tenant policy, and LIKE is not leakproof: as relais_app, the trigram index could never serve
-- the search (same reason as relais_search_accounts in 0011). This function runs as the tables'
-- owner, applies the tenant scope itself (relais_tenant(): no tenant set, no row) and returns ids
-- only; the store joins them to lines under row-level security. Same match as before: equal MSISDN,
-- equal ICCID, or the folded fragment inside the folded user name.
-- ROWS: a search finds a handful of lines; the default guess (1000) would favour reading the fleet.
CREATE FUNCTION relais_search_lines(q text) RETURNS TABLE (line_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER ROWS 50 SET search_path FROM CURRENT AS $$
  SELECT id FROM lines WHERE tenant_id = relais_tenant() AND msisdn = q
  UNION
  SELECT id FROM lines WHERE tenant_id = relais_tenant() AND iccid = q
  UNION
  SELECT id FROM lines WHERE tenant_id = relais_tenant() AND lower(user_name) LIKE '%' || lower(q) || '%'
$$;
REVOKE ALL ON FUNCTION relais_search_lines(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION relais_search_lines(text) TO relais_app;
