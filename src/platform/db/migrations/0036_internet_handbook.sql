-- Issue 11 §3/§4, the handbook's remaining steps (seed 000). Owned by the internet module.
-- NET-09: the installer found Partner's fibre on a Bezeq infrastructure not ready: the booked
-- installation waits for Bezeq from this instant (reported by e-mail or as a recorded manual step),
-- and is rescheduled once Bezeq has resolved it (both columns then go back to NULL).
ALTER TABLE internet_subscriptions ADD COLUMN bezeq_reported_at timestamptz;
ALTER TABLE internet_subscriptions ADD COLUMN bezeq_report_channel text
  CHECK (bezeq_report_channel IN ('email', 'manual'));
-- NET-12: HOT changes the Wi-Fi name and password itself: the new values wait here, encrypted with
-- the app's key, until the agent records that HOT has made the change.
ALTER TABLE internet_subscriptions ADD COLUMN wifi_pending_ssid_secret text;
ALTER TABLE internet_subscriptions ADD COLUMN wifi_pending_password_secret text;
ALTER TABLE internet_subscriptions ADD COLUMN wifi_pending_at timestamptz;
