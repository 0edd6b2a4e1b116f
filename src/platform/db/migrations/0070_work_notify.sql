-- Issue 12 (alert latency): the worker is woken when work is committed instead of waiting for its
-- next poll. A transaction that adds outbox rows or jobs, or puts a failed message back in the
-- queue, sends NOTIFY relais_outbox; PostgreSQL delivers it at commit (never on rollback), once
-- per transaction however many rows or statements sent it, to every listening session: a worker
-- in another process (LISTEN on its own connection) as well as the server's own worker. PGlite
-- delivers it to its one backend's listeners, in process. Triggers rather than a call in each
-- store: every writer is covered, also a batch insert or a future one, at no extra round trip.
-- The poll stays: a signal missed while a listener reconnects costs one poll interval, never a
-- message.
CREATE FUNCTION relais_notify_work() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
  PERFORM pg_notify('relais_outbox', '');
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION relais_notify_work() FROM PUBLIC;

-- One per statement: an import batch that writes hundreds of alerts notifies once.
CREATE TRIGGER outbox_notify_insert AFTER INSERT ON outbox
  FOR EACH STATEMENT EXECUTE FUNCTION relais_notify_work();
-- A failed message retried from the UI (failed → pending). The worker's own claims and results
-- never move a row into 'pending' from another status, so they do not wake anyone.
CREATE TRIGGER outbox_notify_requeue AFTER UPDATE OF status ON outbox
  FOR EACH ROW WHEN (NEW.status = 'pending' AND OLD.status <> 'pending')
  EXECUTE FUNCTION relais_notify_work();
CREATE TRIGGER jobs_notify_insert AFTER INSERT ON jobs
  FOR EACH STATEMENT EXECUTE FUNCTION relais_notify_work();
