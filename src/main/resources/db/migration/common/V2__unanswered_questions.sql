-- Questions no article answered, scrubbed of personal details and not linked to any resident,
-- so comms staff can see what residents ask for.
CREATE TABLE unanswered_questions (
    question      TEXT    NOT NULL PRIMARY KEY,
    times_asked   INTEGER NOT NULL,
    first_seen_at BIGINT  NOT NULL,
    last_seen_at  BIGINT  NOT NULL
);
