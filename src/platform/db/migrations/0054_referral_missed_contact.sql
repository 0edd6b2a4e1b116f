-- REF-04, issue 13 §5: a missed 48 h contact, like a missed visit (0053), is offered to an agent
-- for reassignment or reassigned at once, as the tenant chose ('offer' until an admin chooses).
-- Plain SQL for PostgreSQL 15 and PGlite.
ALTER TABLE referrals ADD COLUMN contact_missed_at timestamptz;
ALTER TABLE referral_settings ADD COLUMN missed_contact text NOT NULL DEFAULT 'offer'
  CHECK (missed_contact IN ('offer', 'perform'));
