-- The audit trail: append-only and hash-chained. Each entry holds the SHA-256 of the entry before it
-- and of its own content, so a changed or removed entry breaks the chain from there on. Staff usernames,
-- case references and fixed words only: no personal data of residents.
CREATE TABLE audit_entries (
    sequence       BIGINT  NOT NULL PRIMARY KEY,
    at             BIGINT  NOT NULL,
    actor          TEXT    NOT NULL,
    action         TEXT    NOT NULL,
    subject        TEXT,
    detail         TEXT,
    previous_hash  TEXT    NOT NULL,
    hash           TEXT    NOT NULL
);
CREATE INDEX audit_entries_actor_ix ON audit_entries (actor, sequence);
CREATE INDEX audit_entries_at_ix ON audit_entries (at);

CREATE FUNCTION audit_entries_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;

CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();

CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();

-- TRUNCATE skips row triggers; refuse it as well.
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
