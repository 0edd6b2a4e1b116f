-- A SECURITY DEFINER function runs as the tables' owner; the search_path it runs with decides what
-- its unqualified names mean. 0014 pinned relais_search_accounts' path (pg_catalog first, pg_temp
-- last) because a path taken FROM CURRENT at migration time (`"$user", public`) searches pg_temp
-- first: a caller able to create temporary objects could shadow a table or function the body uses
-- and run code as the owner. 0017's fleet search (relais_search_lines) and its counts trigger
-- (relais_line_counts_apply) were still created FROM CURRENT. Revoking TEMPORARY (0014) only holds
-- where the migrating role owns the database, so every definer function of the schema gets the
-- pinned path here, and test/platform/definer-functions.test.ts keeps it so for future ones.
-- Their bodies name the schema's objects unqualified: with pg_catalog first and the schema next,
-- they resolve as before. Plain SQL for PostgreSQL 15 and PGlite.
DO $do$
DECLARE
  f regprocedure;
BEGIN
  FOR f IN
    SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
      JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = current_schema() AND p.prosecdef
       AND NOT EXISTS (SELECT 1 FROM pg_catalog.unnest(p.proconfig) c
                        WHERE c LIKE 'search\_path=pg\_catalog, %pg\_temp')
  LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, %I, pg_temp', f, current_schema());
  END LOOP;
END
$do$;
