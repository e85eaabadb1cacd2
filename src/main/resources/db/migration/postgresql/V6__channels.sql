-- Where a resident first came from (a Telegram deep-link payload such as a poster code); not personal.
ALTER TABLE residents ADD COLUMN source TEXT;

-- Opt-outs, by keyed hash of the channel address: SMS STOP, a Telegram block, Twilio error 21610.
-- Kept when a resident is forgotten, so "forget" never re-opens a number that said STOP.
CREATE TABLE opt_outs (
    channel       TEXT    NOT NULL,
    address_hash  TEXT    NOT NULL,
    reason        TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    PRIMARY KEY (channel, address_hash)
);

-- Outbox: messages longer than one platform message go out part by part, resuming after the last
-- part accepted; notices (opt-out confirmation, help, the farewell after "forget") go even to a
-- resident who opted out, and carry their own sealed address because the resident may be gone.
ALTER TABLE outbox ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN notice BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE outbox ADD COLUMN channel TEXT;
ALTER TABLE outbox ADD COLUMN address_enc BYTEA;
CREATE INDEX outbox_platform_ix ON outbox (platform_id);

-- What each channel spent per day (SMS segments), per resident and overall ('*'), for the daily caps.
CREATE TABLE send_usage (
    day      TEXT    NOT NULL,
    channel  TEXT    NOT NULL,
    scope    TEXT    NOT NULL,
    units    INTEGER NOT NULL,
    PRIMARY KEY (day, channel, scope)
);
