-- Inbound messages from push channels are written here, once (unique on channel and platform id),
-- before the platform is acknowledged; workers claim them with a lease, one resident at a time.
CREATE TABLE inbox (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    channel       TEXT    NOT NULL,
    external_id   TEXT    NOT NULL,
    resident_id   TEXT    NOT NULL,
    text_enc      BLOB    NOT NULL,
    option_value  TEXT,
    received_at   BIGINT  NOT NULL,
    status        TEXT    NOT NULL,
    lease_owner   TEXT,
    lease_until   BIGINT,
    detail        TEXT,
    CONSTRAINT inbox_external_uk UNIQUE (channel, external_id)
);
CREATE INDEX inbox_pending_ix ON inbox (status, resident_id, id);
