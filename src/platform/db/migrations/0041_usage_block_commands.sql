-- Usage (issue 12, second slice): the data block is sent to the operator (USE-04), and lifted by a
-- recharge or a cut-off change (USE-05, USE-06). The block command goes pending → sent once the
-- operator confirmed it (the worker calls the operator outside any transaction); a lifted block
-- keeps its row (the month's history) with when it was lifted and the unblock command's status.
ALTER TABLE usage_data_states DROP CONSTRAINT usage_data_states_command_status_check;
ALTER TABLE usage_data_states
  ADD CONSTRAINT usage_data_states_command_status_check CHECK (command_status IN ('pending', 'sent'));
ALTER TABLE usage_data_states ADD COLUMN command_sent_at timestamptz;
ALTER TABLE usage_data_states ADD COLUMN lifted_at timestamptz;
ALTER TABLE usage_data_states
  ADD COLUMN lift_status text CHECK (lift_status IN ('pending', 'sent'));
GRANT UPDATE ON usage_data_states TO relais_app;
