-- SIM swaps (ACT-07, ACT-09, CAT-11, CAT-21, ORD-03, Reading 13) and custom network name requests
-- (ACT-08) on mobile lines; the reseller's operator partnerships that ACT-08 depends on.

-- ACT-08: the reseller's partnership per network (Orange: Init Sys or Rezocean; Bouygues Telecom:
-- Init Sys). Tenant data, edited by an admin in the settings; none by default.
ALTER TABLE tenants ADD COLUMN operator_partnerships jsonb NOT NULL
  DEFAULT '{"orange": null, "bouygues": null}'::jsonb;
ALTER TABLE tenants ADD CONSTRAINT tenants_operator_partnerships_check CHECK (
  jsonb_typeof(operator_partnerships) = 'object'
  AND coalesce(operator_partnerships ->> 'orange', 'init_sys') IN ('init_sys', 'rezocean')
  AND coalesce(operator_partnerships ->> 'bouygues', 'init_sys') IN ('init_sys')
);

-- ACT-07: each SIM swap of a line, kept as its history. It is requested (scheduled, through a
-- pending action: at once inside the network's opening hours, else at the next opening, ORD-03),
-- then done (the line's SIM changed, the old one retired, ORD-07), failed (the chosen SIM was no
-- longer available when it ran) or cancelled (its pending action cancelled, or the line ended).
CREATE TABLE sim_swaps (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  line_id uuid NOT NULL,
  action_id uuid NOT NULL,
  state text NOT NULL CHECK (state IN ('scheduled', 'done', 'failed', 'cancelled')),
  from_iccid text,
  from_sim_type text NOT NULL CHECK (from_sim_type IN ('pin', 'no_pin', 'esim')),
  to_sim_type text NOT NULL CHECK (to_sim_type IN ('pin', 'no_pin', 'esim')),
  -- The ICCID the agent chose (a physical SIM), or null for an eSIM profile drawn when the swap
  -- runs; once done, the ICCID the line got.
  to_iccid text,
  -- ACT-09: a swap to eSIM needs a contact e-mail (activation details) and mobile (code SMS).
  contact_email text,
  contact_mobile text,
  -- ORD-05: the new eSIM's 6-digit confirmation code, made at request and encrypted (a secret).
  esim_code_secret text,
  effective_at timestamptz NOT NULL,
  failure text,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  done_at timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, line_id) REFERENCES lines (tenant_id, id),
  CHECK (to_sim_type <> 'esim' OR (contact_email IS NOT NULL AND contact_mobile IS NOT NULL AND esim_code_secret IS NOT NULL))
);
CREATE INDEX sim_swaps_line ON sim_swaps (tenant_id, line_id, created_at);
CREATE UNIQUE INDEX sim_swaps_action ON sim_swaps (tenant_id, action_id);
ALTER TABLE sim_swaps ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON sim_swaps USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON sim_swaps TO relais_app;

-- ACT-08: custom network name ("profil électrique") requests: 13 characters at most, spaces
-- included; requested → done (the operator set it) or cancelled. expected_on is the local date the
-- operator's delay gives (Orange about 2 weeks, Bouygues Telecom about 4).
CREATE TABLE network_name_requests (
  tenant_id uuid NOT NULL REFERENCES tenants (id),
  id uuid NOT NULL,
  line_id uuid NOT NULL,
  network text NOT NULL CHECK (network IN ('orange', 'bouygues')),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 13),
  partner text NOT NULL CHECK (partner IN ('init_sys', 'rezocean')),
  state text NOT NULL CHECK (state IN ('requested', 'done', 'cancelled')),
  expected_on date NOT NULL,
  -- Bouygues Telecom sets it on an active line: the handset must be restarted.
  restart_needed boolean NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL,
  closed_at timestamptz,
  closed_by text,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, line_id) REFERENCES lines (tenant_id, id)
);
CREATE INDEX network_name_requests_line ON network_name_requests (tenant_id, line_id, created_at);
-- One open request per line at a time.
CREATE UNIQUE INDEX network_name_requests_open ON network_name_requests (tenant_id, line_id)
  WHERE state = 'requested';
ALTER TABLE network_name_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON network_name_requests USING (tenant_id = relais_tenant()) WITH CHECK (tenant_id = relais_tenant());
GRANT SELECT, INSERT, UPDATE ON network_name_requests TO relais_app;
