-- Residents: one pseudonymous id per channel address. The address is stored once, encrypted,
-- and found through a keyed hash; every other table refers to the resident id only.
CREATE TABLE residents (
    id            TEXT    NOT NULL PRIMARY KEY,
    channel       TEXT    NOT NULL,
    address_hash  TEXT    NOT NULL,
    address_enc   BLOB    NOT NULL,
    created_at    BIGINT  NOT NULL,
    last_seen_at  BIGINT  NOT NULL,
    CONSTRAINT residents_address_uk UNIQUE (channel, address_hash)
);

-- Conversation state: the active flow and what the resident was last offered.
CREATE TABLE conversations (
    resident_id      TEXT    NOT NULL PRIMARY KEY REFERENCES residents (id) ON DELETE CASCADE,
    mode             TEXT,
    flow_state       TEXT,
    offered_options  TEXT,
    updated_at       BIGINT  NOT NULL,
    version          BIGINT  NOT NULL
);

-- Transcript: every message in and out, the text encrypted.
CREATE TABLE transcript_entries (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    resident_id  TEXT    NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    direction    TEXT    NOT NULL,
    body_enc     BLOB    NOT NULL,
    handled_as   TEXT,
    article_id   TEXT,
    created_at   BIGINT  NOT NULL
);
CREATE INDEX transcript_entries_resident_ix ON transcript_entries (resident_id, id);

-- Staff accounts.
CREATE TABLE staff_accounts (
    id                    TEXT    NOT NULL PRIMARY KEY,
    username              TEXT    NOT NULL,
    display_name          TEXT    NOT NULL,
    password_hash         TEXT    NOT NULL,
    roles                 TEXT    NOT NULL,
    teams                 TEXT    NOT NULL,
    enabled               BOOLEAN NOT NULL,
    must_change_password  BOOLEAN NOT NULL,
    failed_sign_ins       INTEGER NOT NULL,
    locked_until          BIGINT,
    created_at            BIGINT  NOT NULL,
    version               BIGINT  NOT NULL,
    CONSTRAINT staff_accounts_username_uk UNIQUE (username)
);
