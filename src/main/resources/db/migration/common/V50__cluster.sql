-- Several instances on one database. Leases: who does a piece of work that must run on one instance
-- at a time (a scheduled job, Telegram long polling), until when. Instances: who is alive, so limits
-- for the whole service are shared. Signals: something every instance must do again (re-index).
CREATE TABLE cluster_leases (
    name   TEXT    NOT NULL PRIMARY KEY,
    owner  TEXT    NOT NULL,
    held_until  BIGINT  NOT NULL
);

CREATE TABLE cluster_instances (
    id            TEXT    NOT NULL PRIMARY KEY,
    started_at    BIGINT  NOT NULL,
    heartbeat_at  BIGINT  NOT NULL
);

CREATE TABLE cluster_signals (
    name     TEXT    NOT NULL PRIMARY KEY,
    version  BIGINT  NOT NULL,
    at       BIGINT  NOT NULL
);
