-- The audit trail of every case: who viewed, claimed, replied to, escalated or closed it, and when.
CREATE TABLE case_events (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id   TEXT    NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    actor     TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    at        BIGINT  NOT NULL
);
CREATE INDEX case_events_case_ix ON case_events (case_id, id);
