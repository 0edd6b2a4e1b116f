-- Usage import throughput (issue 12, speed). Two per-row costs of the CDR import's hot path.
--
-- 1. The foreign keys of usage_records (to tenants and to usage_imports) and of usage_counters (to
--    tenants) are dropped. A foreign key is a per-row trigger: each record inserted ran two look-ups
--    with a row lock (FOR KEY SHARE on its tenant and its import), a third of the insert's time
--    (EXPLAIN ANALYZE of a batch of 5,000 records). They guarded nothing the schema does not already
--    hold otherwise:
--    - tenant_id: the tables' RLS policy (WITH CHECK tenant_id = relais_tenant()) only lets the
--      application write the tenant its transaction is scoped to, and no role of the application
--      deletes a tenant (relais_app has no DELETE on tenants);
--    - import_id: the import writes its own usage_imports row in the transaction before its first
--      batch, and usage_imports rows are never deleted (relais_app has no DELETE on it); records
--      are purged by month (0045), the import that wrote them stays.
--    The tables are append-and-count only; the other usage tables keep their foreign keys.
-- 2. usage_counters are updated in place by every batch that touches a line (a 1,000,000-record
--    file updates each counter dozens of times): with room left on each page, an update can stay on
--    its page (a HOT update: no new entry in the primary key's index) and the page's dead versions
--    are pruned as it is read, without waiting for VACUUM (autovacuum may be off or behind an
--    import). Applies to the pages written from now on.
ALTER TABLE usage_records DROP CONSTRAINT usage_records_tenant_id_fkey;
ALTER TABLE usage_records DROP CONSTRAINT usage_records_tenant_id_import_id_fkey;
ALTER TABLE usage_counters DROP CONSTRAINT usage_counters_tenant_id_fkey;
ALTER TABLE usage_counters SET (fillfactor = 50);
