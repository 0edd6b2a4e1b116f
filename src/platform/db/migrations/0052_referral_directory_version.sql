-- Issue 13: the nearest-installer search tree is kept in memory per tenant (REF-03 at 100,000
-- installers). Each app instance checks this stamp before using its tree and rebuilds when it
-- moved, so a change made through another instance sharing the database is seen. Plain SQL for
-- PostgreSQL 15 and PGlite.
CREATE TABLE referral_directory_versions (
  tenant_id uuid PRIMARY KEY REFERENCES tenants (id),
  -- A counter for people reading the table; the stamp is what instances compare: a fresh uuid per
  -- write, so a rolled-back write's stamp never comes back attached to other contents.
  version bigint NOT NULL,
  stamp uuid NOT NULL
);
ALTER TABLE referral_directory_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON referral_directory_versions USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON referral_directory_versions TO relais_app;

-- Bumped by a trigger in the same transaction as any write to the directory, whichever code path
-- wrote (use cases, the demo seed, a future import), so no writer can forget it.
CREATE FUNCTION referral_directory_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO referral_directory_versions (tenant_id, version, stamp)
  VALUES (COALESCE(NEW.tenant_id, OLD.tenant_id), 1, gen_random_uuid())
  ON CONFLICT (tenant_id) DO UPDATE
    SET version = referral_directory_versions.version + 1, stamp = EXCLUDED.stamp;
  RETURN NULL;
END $$;
CREATE TRIGGER referral_installers_bump AFTER INSERT OR UPDATE OR DELETE ON referral_installers
  FOR EACH ROW EXECUTE FUNCTION referral_directory_bump();

INSERT INTO referral_directory_versions (tenant_id, version, stamp)
SELECT tenant_id, 1, gen_random_uuid() FROM (SELECT DISTINCT tenant_id FROM referral_installers) t;
