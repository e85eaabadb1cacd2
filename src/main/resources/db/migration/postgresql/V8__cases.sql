-- Safeguarding cases: disclosures passed on with the resident's consent. Linked to the resident by
-- internal id only; the disclosed text is encrypted. "teams" lists the teams it was routed to, first
-- and by escalation: only their officers may see or claim it.
CREATE TABLE cases (
    id              TEXT    NOT NULL PRIMARY KEY,
    reference       TEXT    NOT NULL,
    resident_id     TEXT    NOT NULL,
    category        TEXT    NOT NULL,
    emergency       BOOLEAN NOT NULL,
    status          TEXT    NOT NULL,
    teams           TEXT    NOT NULL,
    contact         TEXT    NOT NULL,
    safe_times      TEXT,
    anonymous       BOOLEAN NOT NULL,
    area            TEXT,
    disclosure_enc  BYTEA    NOT NULL,
    claimed_by      TEXT,
    outcome         TEXT,
    created_at      BIGINT  NOT NULL,
    claimed_at      BIGINT,
    closed_at       BIGINT,
    escalations     INTEGER NOT NULL,
    acknowledge_by  BIGINT,
    version         BIGINT  NOT NULL,
    CONSTRAINT cases_reference_uk UNIQUE (reference)
);
CREATE INDEX cases_resident_ix ON cases (resident_id);
CREATE INDEX cases_unclaimed_ix ON cases (status, acknowledge_by);
