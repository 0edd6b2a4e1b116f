-- TMF622 PATCH (issue 15): what a client may change on its product order while Relais can honour
-- it. description and priority (TMF's "0" highest to "4" lowest) are the client's own; an order
-- not yet sent to the operator (queued, ORD-03) may be cancelled: its lines are cancelled, their
-- numbers and SIMs go back to stock, and it never reaches the operator.
ALTER TABLE orders ADD COLUMN description text CHECK (length(description) <= 1000);
ALTER TABLE orders ADD COLUMN priority text CHECK (priority IN ('0', '1', '2', '3', '4'));
ALTER TABLE orders DROP CONSTRAINT orders_state_check;
ALTER TABLE orders ADD CONSTRAINT orders_state_check
  CHECK (state IN ('queued', 'in_progress', 'completed', 'failed', 'cancelled'));
