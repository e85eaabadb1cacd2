-- What a resident writes while their case is open (contact in the chat): relayed to the team, kept
-- encrypted with the case.
CREATE TABLE case_followups (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id   TEXT    NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    text_enc  BLOB    NOT NULL,
    at        BIGINT  NOT NULL
);
CREATE INDEX case_followups_case_ix ON case_followups (case_id, id);
