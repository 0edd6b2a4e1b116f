-- Partial ICCID search (issue 10): an agent types the first or the last digits printed on a SIM.
-- Both must use an index at a million lines, and under row-level security only leakproof
-- operators can drive an index scan: plain text comparisons are, `LIKE` and `reverse()` are not.
-- So a prefix is a range on the ICCID in the C collation (digits sort as bytes), and a suffix a
-- range on a stored reversed copy, kept by the database itself.
ALTER TABLE sim_cards ADD COLUMN iccid_reversed text GENERATED ALWAYS AS (reverse(iccid)) STORED;
CREATE INDEX sim_cards_iccid_prefix ON sim_cards (tenant_id, (iccid COLLATE "C"));
CREATE INDEX sim_cards_iccid_suffix ON sim_cards (tenant_id, (iccid_reversed COLLATE "C"));

ALTER TABLE lines ADD COLUMN iccid_reversed text GENERATED ALWAYS AS (reverse(iccid)) STORED;
CREATE INDEX lines_iccid_prefix ON lines (tenant_id, (iccid COLLATE "C")) WHERE iccid IS NOT NULL;
CREATE INDEX lines_iccid_suffix ON lines (tenant_id, (iccid_reversed COLLATE "C")) WHERE iccid IS NOT NULL;
