-- One-time codes (TOTP) for officers and administrators: the app's secret, encrypted; whether a first
-- code confirmed it; the last time step used, so a code works once only; failed codes in a row.
ALTER TABLE staff_accounts ADD COLUMN totp_secret_enc BYTEA;
ALTER TABLE staff_accounts ADD COLUMN totp_confirmed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE staff_accounts ADD COLUMN totp_last_step BIGINT;
ALTER TABLE staff_accounts ADD COLUMN failed_codes INTEGER NOT NULL DEFAULT 0;
