-- Issue 11 §6: an Israeli reseller's product.

-- Which product families a tenant sells. It drives the navigation, the catalog page, the order and
-- incident forms. Existing tenants keep what they had: French ones sell mobile lines; Israeli ones
-- sell internet (HOT, Partner) only, as demo-il does.
ALTER TABLE tenants ADD COLUMN product_families text[] NOT NULL DEFAULT ARRAY['mobile']::text[];
ALTER TABLE tenants ADD CONSTRAINT tenants_product_families_check
  CHECK (cardinality(product_families) BETWEEN 1 AND 2
         AND product_families <@ ARRAY['internet', 'mobile']::text[]);
UPDATE tenants SET product_families = ARRAY['internet']::text[] WHERE country = 'IL';

-- Israeli customers are identified by a company number (ח.פ., il_company) or an identity number
-- (ת.ז., il_identity), 9 digits with a check digit (checked by the accounts rules), instead of a SIRET.
ALTER TABLE customer_accounts ADD COLUMN national_id_kind text
  CHECK (national_id_kind IN ('il_company', 'il_identity'));
ALTER TABLE customer_accounts ADD COLUMN national_id text CHECK (national_id ~ '^[0-9]{9}$');
ALTER TABLE customer_accounts ADD CONSTRAINT customer_accounts_national_id_pair
  CHECK ((national_id IS NULL) = (national_id_kind IS NULL)
         AND (kind = 'business' OR national_id_kind IS DISTINCT FROM 'il_company'));
CREATE UNIQUE INDEX customer_accounts_national_id_key ON customer_accounts (tenant_id, national_id)
  WHERE national_id IS NOT NULL AND status = 'active';
