-- Issue 8 items 1 and 2: no credential in an e-mail, a stored response or a readable outbox body.

-- Set-password links (welcome and reset). The e-mail carries `<tenant hex>_<secret>`; only SHA-256
-- of the secret is stored, so a database read gives no usable link. A link is single use
-- (used_at), expires (expires_at), and a newer link or a password set revokes the older ones.
CREATE TABLE password_links (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  user_id uuid NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('welcome', 'reset')),
  token_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  revoked_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id)
);
CREATE UNIQUE INDEX password_links_hash_key ON password_links (tenant_id, token_hash);
CREATE INDEX password_links_user ON password_links (tenant_id, user_id);
ALTER TABLE password_links ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON password_links USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON password_links TO relais_app;

-- Messages about a user's access (welcome, reset): their bodies are shown to admins only, and
-- purged once the message has left (SMTP) or its link is used, replaced or expired.
ALTER TABLE outbox ADD COLUMN sensitive boolean NOT NULL DEFAULT false;
UPDATE outbox SET sensitive = true WHERE template IN ('user.welcome', 'user.password_reset');
-- Earlier welcome and reset e-mails carried a temporary password: none of their bodies stays, and
-- those not yet sent will not go out empty (an admin sends a set-password link instead).
UPDATE outbox SET status = 'failed', last_error = 'withdrawn: it carried a password; send a set-password link instead',
                  version = version + 1
 WHERE template IN ('user.welcome', 'user.password_reset') AND status = 'pending';
UPDATE outbox SET body_text = '', body_html = NULL
 WHERE template IN ('user.welcome', 'user.password_reset');

-- Idempotency keys are a retry aid of 24 hours; responses are now stored encrypted. Earlier rows
-- kept API token secrets and temporary passwords in clear: they are dropped rather than kept.
DELETE FROM idempotency_keys;
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
