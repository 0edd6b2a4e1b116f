-- Platform schema: tenants, identity, audit, outbox, jobs, pending actions, idempotency.
-- Forward only. Every tenant-owned table has tenant_id in its primary key and a row-level-security
-- policy on the setting relais.tenant_id; without it set, a query sees nothing.

DO $$ BEGIN
  CREATE ROLE relais_app NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
-- The connecting role must be able to SET ROLE relais_app (superusers can anyway).
DO $$ BEGIN
  EXECUTE format('GRANT relais_app TO %I', current_user);
EXCEPTION WHEN OTHERS THEN NULL;
END $$;
DO $$ BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO relais_app', current_schema());
END $$;

CREATE FUNCTION relais_tenant() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('relais.tenant_id', true), '')::uuid $$;
GRANT EXECUTE ON FUNCTION relais_tenant() TO relais_app;

CREATE TABLE tenants (
  id uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$'),
  legal_name text NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 200),
  country text NOT NULL CHECK (country IN ('FR', 'IL')),
  time_zone text NOT NULL,
  currency text NOT NULL CHECK (currency IN ('EUR', 'ILS')),
  logo_data_url text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenants USING (id = relais_tenant()) WITH CHECK (id = relais_tenant());
GRANT SELECT, UPDATE ON tenants TO relais_app;

CREATE TABLE users (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  email text NOT NULL,
  login text,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'supervisor', 'agent', 'fleet_manager', 'installer')),
  customer_account_id uuid,
  locale text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT true,
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  last_login_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX users_email_key ON users (tenant_id, lower(email));
CREATE UNIQUE INDEX users_login_key ON users (tenant_id, lower(login));
CREATE INDEX users_email_lookup ON users (lower(email));
CREATE INDEX users_login_lookup ON users (lower(login));
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON users USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON users TO relais_app;

CREATE TABLE sessions (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  token_hash text NOT NULL,
  user_id uuid NOT NULL,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  ip text,
  user_agent text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id)
);
CREATE UNIQUE INDEX sessions_token_key ON sessions (tenant_id, token_hash);
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sessions USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO relais_app;

CREATE TABLE api_tokens (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  name text NOT NULL,
  token_hash text NOT NULL,
  prefix text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'supervisor', 'agent', 'fleet_manager', 'installer')),
  created_by uuid,
  created_at timestamptz NOT NULL,
  expires_at timestamptz,
  last_used_at timestamptz,
  revoked_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX api_tokens_hash_key ON api_tokens (tenant_id, token_hash);
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_tokens USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON api_tokens TO relais_app;

-- Append-only: the application role may insert and read, never update or delete.
CREATE TABLE audit_events (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  at timestamptz NOT NULL,
  actor_type text NOT NULL CHECK (actor_type IN ('user', 'token', 'system')),
  actor_id uuid,
  actor_label text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  -- What a person reads in the log ("Nina Nouvelle <nina@…>"), as it was at the time.
  entity_label text,
  action text NOT NULL,
  before jsonb,
  after jsonb,
  request_id text,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_events_at ON audit_events (tenant_id, at DESC, id DESC);
CREATE INDEX audit_events_entity ON audit_events (tenant_id, entity_type, entity_id);
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_events USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON audit_events TO relais_app;

CREATE TABLE outbox (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  recipient text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  body_html text,
  template text NOT NULL,
  locale text NOT NULL DEFAULT 'fr',
  entity_type text,
  entity_id text,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  transport text,
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 8,
  next_attempt_at timestamptz NOT NULL,
  last_error text,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX outbox_list ON outbox (tenant_id, created_at DESC, id DESC);
ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON outbox USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON outbox TO relais_app;

-- Infrastructure: claimed across tenants by the worker (system role) with FOR UPDATE SKIP LOCKED.
-- The application role may only enqueue jobs for its own tenant (in the change's transaction);
-- it can neither read nor change them. A job runs its handler scoped to its tenant.
CREATE TABLE jobs (
  id uuid PRIMARY KEY,
  tenant_id uuid REFERENCES tenants (id),
  kind text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  run_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed', 'cancelled')),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5,
  last_error text,
  dedupe_key text,
  created_at timestamptz NOT NULL,
  finished_at timestamptz
);
CREATE INDEX jobs_due ON jobs (run_at) WHERE status = 'pending';
-- Per tenant, so a key chosen by one tenant can never suppress another tenant's job.
CREATE UNIQUE INDEX jobs_dedupe ON jobs (tenant_id, dedupe_key) NULLS NOT DISTINCT WHERE dedupe_key IS NOT NULL;
ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_enqueue ON jobs FOR INSERT TO relais_app WITH CHECK (tenant_id = relais_tenant());
GRANT INSERT ON jobs TO relais_app;

-- Effective-dated actions: what a module schedules (a plan change on the 1st, a termination at
-- the Billing Day); the worker runs the module's handler when due. Cancellable while scheduled.
CREATE TABLE pending_actions (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  kind text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  effective_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'done', 'cancelled', 'failed')),
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  result jsonb,
  last_error text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  done_at timestamptz,
  cancelled_at timestamptz,
  cancelled_by text,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX pending_actions_entity ON pending_actions (tenant_id, entity_type, entity_id);
CREATE INDEX pending_actions_due ON pending_actions (tenant_id, effective_at) WHERE status = 'scheduled';
ALTER TABLE pending_actions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON pending_actions USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON pending_actions TO relais_app;

CREATE TABLE idempotency_keys (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  key text NOT NULL,
  principal text NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  request_hash text NOT NULL,
  status_code integer NOT NULL,
  response_headers jsonb NOT NULL DEFAULT '{}'::jsonb,
  response_body text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, key)
);
ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON idempotency_keys USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT ON idempotency_keys TO relais_app;
