-- Campaigns: opt-in subscriptions with an append-only consent ledger, residents campaigns must leave
-- out, the campaigns themselves and who each was queued for (once per campaign and resident).

CREATE TABLE subscriptions (
    resident_id   TEXT    NOT NULL,
    topic         TEXT    NOT NULL,
    channel       TEXT    NOT NULL,
    ward          TEXT,
    status        TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    confirmed_at  BIGINT,
    PRIMARY KEY (resident_id, topic)
);
CREATE INDEX subscriptions_topic_ix ON subscriptions (topic, status, channel);

CREATE TABLE consent_ledger (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    resident_id  TEXT    NOT NULL,
    channel      TEXT    NOT NULL,
    topic        TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    how          TEXT    NOT NULL,
    at           BIGINT  NOT NULL
);
CREATE INDEX consent_ledger_resident_ix ON consent_ledger (resident_id, id);

CREATE TABLE campaign_suppressions (
    resident_id  TEXT    NOT NULL,
    reason       TEXT    NOT NULL,
    since        BIGINT  NOT NULL,
    PRIMARY KEY (resident_id, reason)
);

CREATE TABLE campaigns (
    id             TEXT    NOT NULL PRIMARY KEY,
    title          TEXT    NOT NULL,
    telegram_text  TEXT,
    sms_text       TEXT,
    topics         TEXT    NOT NULL,
    wards          TEXT    NOT NULL,
    channels       TEXT    NOT NULL,
    urgent         BOOLEAN NOT NULL,
    send_at        BIGINT,
    status         TEXT    NOT NULL,
    author         TEXT    NOT NULL,
    approved_by    TEXT,
    approved_at    BIGINT,
    start_code     TEXT    NOT NULL UNIQUE,
    audience       INTEGER NOT NULL,
    created_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL,
    version        BIGINT
);

CREATE TABLE campaign_recipients (
    campaign_id  TEXT    NOT NULL,
    resident_id  TEXT    NOT NULL,
    queued_at    BIGINT  NOT NULL,
    PRIMARY KEY (campaign_id, resident_id)
);

ALTER TABLE outbox ADD COLUMN campaign_id TEXT;
CREATE INDEX outbox_campaign_ix ON outbox (campaign_id, status);
