-- The fleet's search by the line user's name at 1,000,000 lines (issue 14). A short fragment or a
-- first name matches tens of thousands of lines (« vin »: 45,941); the search read every match
-- through the trigram index, then sorted them all for a page of 25 and counted them (~930 ms).
-- The fleet page shows the newest 25 and how many match, and past 1,000 matches « plus de 1 000 »
-- says enough (the store's NAME_SEARCH_CAP). So a search by name, in the fleet's order:
--   1. counts the matches through the trigram index, stopping after 1,001 (the function below),
--      and when there are 1,000 or fewer, returns the page of them itself, newest first;
--   2. with more, walks the fleet newest first and stops at the page's last match: at 1,000 matches
--      or more in 1,000,000 lines, at most ~25,000 index entries for the first page, fewer the
--      commoner the fragment (« vin »: ~550).

-- The walk reads the user name from the index of the fleet's order itself (an index-only scan, no
-- line read until the page's 25): the index of 0011, now carrying the user name. Same key, same
-- name, so the lists it served are served as before.
DROP INDEX lines_recent;
CREATE INDEX lines_recent ON lines (tenant_id, created_at DESC, position, id) INCLUDE (user_name);

-- Runs as the tables' owner, as relais_search_lines (0017) does, since LIKE is not leakproof and
-- row-level security would keep the trigram index from serving it: it scopes the tenant itself and
-- returns ids only, which the store joins back under row-level security. Same matches as
-- relais_search_lines (equal MSISDN, equal ICCID, the folded fragment in the folded user name),
-- within the fleet page's filters (state, network, offer; NULL: any). Always one row at least: `matches` is how many
-- lines match, counted up to cap + 1; `line_id` the page's lines, newest first, when there are cap
-- or fewer (NULL otherwise, or when the page is past the last match).
-- The same hardening as 0014: search_path pinned, every name schema-qualified.
-- A SQL function's statement is planned once for any argument, not knowing the fragment, and with
-- a LIMIT the planner may then prefer reading the tenant's lines through any index that starts with
-- tenant_id, testing each (it does on a small fleet): for a rare fragment, the whole fleet. The
-- count must come from the trigram index, so the planning allows bitmap scans only, and the name's
-- branch states its tenant as IS NOT DISTINCT FROM, the same test (tenant_id is never NULL, and no
-- tenant set matches nothing), which no index serves: the indexes left to it are the trigram index
-- and the MSISDN and ICCID keys, each with its own branch.
DO $do$
BEGIN
  EXECUTE format($f$
    CREATE FUNCTION %1$I.relais_search_lines_page(q text, line_state text, line_network text, offer text,
                                                  cap integer, page_size integer, skip integer)
      RETURNS TABLE (line_id uuid, matches integer)
      LANGUAGE sql STABLE SECURITY DEFINER ROWS 25
      SET search_path = pg_catalog, %1$I, pg_temp SET enable_seqscan = off SET enable_indexscan = off AS $$
      WITH found AS MATERIALIZED (
        SELECT l.id, l.created_at, l.position FROM %1$I.lines l
         WHERE ((l.tenant_id = %1$I.relais_tenant() AND l.msisdn = q)
                OR (l.tenant_id = %1$I.relais_tenant() AND l.iccid = q)
                OR (l.tenant_id IS NOT DISTINCT FROM %1$I.relais_tenant()
                    AND pg_catalog.lower(l.user_name) LIKE '%%' || pg_catalog.lower(q) || '%%'))
           AND (line_state IS NULL OR l.state = line_state)
           AND (line_network IS NULL OR l.network = line_network) AND (offer IS NULL OR l.offer_code = offer)
         LIMIT cap + 1
      ), counted AS (SELECT pg_catalog.count(*)::integer AS n FROM found)
      SELECT page.id, counted.n FROM counted
        LEFT JOIN LATERAL (
          SELECT found.id FROM found WHERE counted.n <= cap
           ORDER BY found.created_at DESC, found.position, found.id LIMIT page_size OFFSET skip
        ) page ON true
    $$;
    REVOKE ALL ON FUNCTION %1$I.relais_search_lines_page(text, text, text, text, integer, integer, integer) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION %1$I.relais_search_lines_page(text, text, text, text, integer, integer, integer) TO relais_app;
  $f$, current_schema());
END
$do$;
