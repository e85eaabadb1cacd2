-- Messages for a web chat resident that were not a direct answer (an officer's reply to their case,
-- the case being closed): held, encrypted, until the chat page fetches them, then deleted.
CREATE TABLE web_mailbox (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    resident_id TEXT    NOT NULL,
    body_enc    BLOB    NOT NULL,
    at          BIGINT  NOT NULL
);
CREATE INDEX web_mailbox_resident_ix ON web_mailbox (resident_id, id);
