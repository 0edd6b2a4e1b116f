-- Issue 11 §4 / NET-20: an overdue installation technician is chased with the operator and the
-- customer informed, once per booked slot. The instant and whom it went to (the operator contact's
-- name) are recorded on the subscription; a rescheduled slot clears them. Owned by the internet module.
ALTER TABLE internet_subscriptions ADD COLUMN technician_chased_at timestamptz;
ALTER TABLE internet_subscriptions ADD COLUMN technician_chase_to text;
