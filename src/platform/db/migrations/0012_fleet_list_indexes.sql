-- The fleet list's remaining filters in its default order (newest first, an order's lines in their
-- order), so a page is read from an index instead of sorting every matching line (issue 3 §8,
-- BENCHMARKS.md `lines`). 0011 covers no filter and state + network.

-- By state alone (e.g. every active line): (state, network, …) of 0011 cannot give this order
-- without reading both networks' lines and sorting them.
CREATE INDEX lines_state_recent ON lines (tenant_id, state, created_at DESC, position, id);

-- By offer, with or without a state. The network rides along (INCLUDE) so that "network = …", which
-- the fleet page sends with the offer, is checked in the index: without it, counting an offer's
-- 10,000 lines read each line's heap page (24 ms instead of ~2).
CREATE INDEX lines_offer_recent ON lines (tenant_id, offer_code, state, created_at DESC, position, id)
  INCLUDE (network);
