-- Issue 8 §4: hardening at the edges. Plain SQL for PostgreSQL 15 and PGlite.

-- A user's customer account is a real account of the user's own reseller, and only fleet managers
-- have one (the service requires it for them). Rows that broke this before the constraint existed
-- lose the dangling link rather than stopping the upgrade.
UPDATE users SET customer_account_id = NULL
 WHERE customer_account_id IS NOT NULL
   AND (role <> 'fleet_manager'
        OR NOT EXISTS (SELECT 1 FROM customer_accounts a
                        WHERE a.tenant_id = users.tenant_id AND a.id = users.customer_account_id));
ALTER TABLE users
  ADD CONSTRAINT users_customer_account_fk FOREIGN KEY (tenant_id, customer_account_id)
    REFERENCES customer_accounts (tenant_id, id),
  ADD CONSTRAINT users_customer_account_fleet_manager_only
    CHECK (customer_account_id IS NULL OR role = 'fleet_manager');

-- The SECURITY DEFINER search (0011) ran with the migrating session's search_path, `"$user",
-- public`, where pg_temp is implicitly searched first: a caller able to create temporary objects
-- could shadow a table or function it uses and run code as the tables' owner. pg_catalog first,
-- pg_temp last and explicit, every table and function schema-qualified.
-- The schema is the one the migrations run in (0001 grants relais_app usage of current_schema()).
DO $do$
BEGIN
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION %1$I.relais_search_accounts(words text, folded text) RETURNS TABLE (account_id uuid)
      LANGUAGE sql STABLE SECURITY DEFINER ROWS 20 SET search_path = pg_catalog, %1$I, pg_temp AS $$
      SELECT a.id FROM %1$I.customer_accounts a
       WHERE a.tenant_id = %1$I.relais_tenant() AND words IS NOT NULL
         AND a.search_vector @@ pg_catalog.to_tsquery('simple', words)
      UNION
      SELECT a.id FROM %1$I.customer_accounts a
       WHERE a.tenant_id = %1$I.relais_tenant() AND pg_catalog.lower(a.email) = folded
      UNION
      SELECT c.account_id FROM %1$I.account_contacts c
       WHERE c.tenant_id = %1$I.relais_tenant() AND pg_catalog.lower(c.email) = folded
    $$;
    REVOKE ALL ON FUNCTION %1$I.relais_search_accounts(text, text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION %1$I.relais_search_accounts(text, text) TO relais_app;
  $f$, current_schema());
END
$do$;

-- relais_app needs no temporary objects; it held TEMP through PUBLIC's default grant. The database's
-- name differs per install (and PGlite's is fixed), hence current_database(). Revoking from PUBLIC
-- needs the database's owner: when the migrating role is not, an administrator runs the REVOKE
-- (README), and the upgrade goes on, the search_path above being the main defence.
DO $$
BEGIN
  EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC, relais_app', current_database());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'relais: could not revoke TEMPORARY on database % from PUBLIC (not its owner); run: REVOKE TEMPORARY ON DATABASE % FROM PUBLIC', current_database(), current_database();
END
$$;
