-- Usage (issue 12, streamed imports): a CDR file is read as a stream and counted in batches, each
-- its own transaction, so an import is visible while it runs ('running', with its figures and the
-- bytes read so far) and ends 'done', or 'failed' when its stream broke off (too large, client
-- gone): the batches already committed stay counted, exactly once, and importing the file again
-- counts the rest. updated_at is the last batch's instant: a 'running' import a killed process
-- left behind is told apart by it (views.ts).
ALTER TABLE usage_imports DROP CONSTRAINT usage_imports_state_check;
ALTER TABLE usage_imports ADD CONSTRAINT usage_imports_state_check CHECK (state IN ('running', 'done', 'failed'));
ALTER TABLE usage_imports ADD COLUMN bytes_read bigint NOT NULL DEFAULT 0;
ALTER TABLE usage_imports ADD COLUMN bytes_total bigint;
ALTER TABLE usage_imports ADD COLUMN updated_at timestamptz;
UPDATE usage_imports SET updated_at = created_at;
ALTER TABLE usage_imports ALTER COLUMN updated_at SET NOT NULL;
