-- Officers link their Telegram account to their staff account once, with a one-time code from the
-- staff API, so the bot knows who pressed Claim. The account is found by a keyed hash and kept
-- encrypted (to send case details to the officer's private chat); codes are kept only as hashes.
CREATE TABLE officer_links (
    staff_username TEXT    NOT NULL PRIMARY KEY,
    channel        TEXT    NOT NULL,
    account_hash   TEXT    NOT NULL UNIQUE,
    account_enc    BYTEA    NOT NULL,
    linked_at      BIGINT  NOT NULL
);

CREATE TABLE officer_link_codes (
    code_hash      TEXT    NOT NULL PRIMARY KEY,
    staff_username TEXT    NOT NULL,
    expires_at     BIGINT  NOT NULL
);

-- Staff updates already handled (a redelivered press or reply is done once); kept for a week.
CREATE TABLE staff_updates_seen (
    channel     TEXT    NOT NULL,
    external_id TEXT    NOT NULL,
    at          BIGINT  NOT NULL,
    PRIMARY KEY (channel, external_id)
);
