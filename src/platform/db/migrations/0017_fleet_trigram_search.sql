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

-- The fleet's figures (issue 14 §3): how many lines per state, network and offer, kept by triggers,
-- so that the fleet list's total without an account or a search is a sum over a few hundred rows
-- instead of counting (up to COUNT_CAP of) 850,000 index entries on every page view, and is exact.
CREATE TABLE line_counts (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  state text NOT NULL,
  network text NOT NULL,
  offer_code text NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (tenant_id, state, network, offer_code)
);
ALTER TABLE line_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON line_counts USING (tenant_id = relais_tenant());
GRANT SELECT ON line_counts TO relais_app;

INSERT INTO line_counts (tenant_id, state, network, offer_code, n)
SELECT tenant_id, state, network, offer_code, count(*) FROM lines GROUP BY 1, 2, 3, 4;

-- Statement-level triggers over the transition tables: one upsert per statement and group, also for
-- bulk inserts. Groups whose count does not change (an update of anything but state, network or
-- offer) are skipped, so they take no lock. Upserts run in key order, so two transactions changing
-- the same groups lock them in the same order (no deadlock). SECURITY DEFINER: relais_app may only
-- read the counts; the counts follow the lines it may write.
CREATE FUNCTION relais_line_counts_apply() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO line_counts AS c (tenant_id, state, network, offer_code, n)
    SELECT tenant_id, state, network, offer_code, count(*) FROM new_rows
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (tenant_id, state, network, offer_code) DO UPDATE SET n = c.n + excluded.n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO line_counts AS c (tenant_id, state, network, offer_code, n)
    SELECT tenant_id, state, network, offer_code, sum(d) FROM (
      SELECT tenant_id, state, network, offer_code, 1 AS d FROM new_rows
      UNION ALL
      SELECT tenant_id, state, network, offer_code, -1 AS d FROM old_rows
    ) delta GROUP BY 1, 2, 3, 4 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (tenant_id, state, network, offer_code) DO UPDATE SET n = c.n + excluded.n;
  ELSE
    INSERT INTO line_counts AS c (tenant_id, state, network, offer_code, n)
    SELECT tenant_id, state, network, offer_code, -count(*) FROM old_rows
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (tenant_id, state, network, offer_code) DO UPDATE SET n = c.n + excluded.n;
  END IF;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION relais_line_counts_apply() FROM PUBLIC;

CREATE TRIGGER lines_counts_insert AFTER INSERT ON lines REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION relais_line_counts_apply();
CREATE TRIGGER lines_counts_update AFTER UPDATE ON lines REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION relais_line_counts_apply();
CREATE TRIGGER lines_counts_delete AFTER DELETE ON lines REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION relais_line_counts_apply();
