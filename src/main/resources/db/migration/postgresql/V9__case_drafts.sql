-- What a resident disclosed, kept (encrypted) only while they decide whether to pass it on: one per
-- resident, replaced by their next disclosure, deleted when a case is opened, when they are
-- forgotten, or a day later.
CREATE TABLE case_drafts (
    resident_id  TEXT    NOT NULL PRIMARY KEY,
    category     TEXT    NOT NULL,
    emergency    BOOLEAN NOT NULL,
    text_enc     BYTEA    NOT NULL,
    times_enc    BYTEA,
    created_at   BIGINT  NOT NULL
);
