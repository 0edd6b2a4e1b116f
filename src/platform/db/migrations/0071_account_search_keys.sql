-- The account search by name at 1,000,000 lines and 200,000 accounts (issue 14): a common surname
-- prefix (« Marti ») finds thousands of accounts. The search function returned their ids only, and
-- the store read each found account again by key under row-level security to sort them by name and
-- count them: two reads of every match (3,442 matches: 2,900 heap pages in the function, then
-- 13,800 index and heap pages joining back), for a page of 25.
--
-- The function now returns, with each id, the columns a page of the search is sorted and filtered
-- by (display name, reference, creation, billing day, kind, status), read from the row it already
-- reads; the store sorts and counts those, and joins only the page's 25 ids back under row-level
-- security for the rest of their columns. The matches are the same: words (prefixes), the account's
-- e-mail, a contact's e-mail. The branches after the first leave out what an earlier branch found,
-- so the result holds each account once without hashing every match on its way out.
-- Same hardening as 0014: search_path pinned, every name schema-qualified. Plain SQL for
-- PostgreSQL 15 and PGlite. The name stays, its result type changes: drop, then create.
DROP FUNCTION relais_search_accounts(text, text);

DO $do$
BEGIN
  EXECUTE format($f$
    CREATE FUNCTION %1$I.relais_search_accounts(words text, folded text)
      RETURNS TABLE (account_id uuid, display_name text, reference text, created_at timestamptz,
                     billing_day smallint, kind text, status text)
      LANGUAGE sql STABLE SECURITY DEFINER ROWS 20 SET search_path = pg_catalog, %1$I, pg_temp AS $$
      SELECT a.id, a.display_name, a.reference, a.created_at, a.billing_day, a.kind, a.status
        FROM %1$I.customer_accounts a
       WHERE a.tenant_id = %1$I.relais_tenant() AND words IS NOT NULL
         AND a.search_vector @@ pg_catalog.to_tsquery('simple', words)
      UNION ALL
      SELECT a.id, a.display_name, a.reference, a.created_at, a.billing_day, a.kind, a.status
        FROM %1$I.customer_accounts a
       WHERE a.tenant_id = %1$I.relais_tenant() AND pg_catalog.lower(a.email) = folded
         AND NOT (words IS NOT NULL AND a.search_vector @@ pg_catalog.to_tsquery('simple', words))
      UNION ALL
      SELECT DISTINCT a.id, a.display_name, a.reference, a.created_at, a.billing_day, a.kind, a.status
        FROM %1$I.account_contacts c
        JOIN %1$I.customer_accounts a ON a.tenant_id = c.tenant_id AND a.id = c.account_id
       WHERE c.tenant_id = %1$I.relais_tenant() AND pg_catalog.lower(c.email) = folded
         AND NOT (words IS NOT NULL AND a.search_vector @@ pg_catalog.to_tsquery('simple', words))
         AND pg_catalog.lower(a.email) <> folded
    $$;
    REVOKE ALL ON FUNCTION %1$I.relais_search_accounts(text, text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION %1$I.relais_search_accounts(text, text) TO relais_app;
  $f$, current_schema());
END
$do$;
