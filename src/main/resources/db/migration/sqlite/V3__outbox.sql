-- Outbound messages wait here until a channel has accepted them: nothing is lost in a restart.
-- Lanes: 0 safety (emergency replies, officer alerts), 1 replies and relays, 2 campaigns.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    resident_id      TEXT    NOT NULL,
    lane             INTEGER NOT NULL,
    body_enc         BLOB    NOT NULL,
    status           TEXT    NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  BIGINT  NOT NULL,
    platform_id      TEXT,
    detail           TEXT,
    created_at       BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL
);
CREATE INDEX outbox_due_ix ON outbox (status, lane, next_attempt_at, id);
CREATE INDEX outbox_resident_ix ON outbox (resident_id);
