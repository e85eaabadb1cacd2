-- Surveys the service has seen, each with a random salt for its "one response each" hashes, so the
-- hashes of one survey cannot be matched with another's.
CREATE TABLE surveys (
    id          TEXT    NOT NULL PRIMARY KEY,
    salt        TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);

-- One row per response begun. An anonymous survey's rows have no resident id; days are kept, not
-- times, and ids are random, so neither order nor timing points back to a conversation.
CREATE TABLE survey_responses (
    id            TEXT  NOT NULL PRIMARY KEY,
    survey_id     TEXT  NOT NULL REFERENCES surveys (id),
    resident_id   TEXT  REFERENCES residents (id) ON DELETE CASCADE,
    started_on    TEXT  NOT NULL,
    completed_on  TEXT
);
CREATE INDEX survey_responses_survey_ix ON survey_responses (survey_id, completed_on);
CREATE UNIQUE INDEX survey_responses_resident_uk ON survey_responses (survey_id, resident_id)
    WHERE resident_id IS NOT NULL;

-- The answers of a completed response: an option value, a number, or free text scrubbed of names,
-- numbers and addresses. Several rows for a multiple-choice question.
CREATE TABLE survey_answers (
    response_id  TEXT  NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
    question_id  TEXT     NOT NULL,
    position     INTEGER  NOT NULL,
    value        TEXT     NOT NULL
);
CREATE INDEX survey_answers_response_ix ON survey_answers (response_id);

-- Who has completed a survey, as a keyed hash of the resident under the survey's salt: enough to say
-- "you have already answered", nothing to find their answers by.
CREATE TABLE survey_participants (
    survey_id         TEXT  NOT NULL REFERENCES surveys (id),
    participant_hash  TEXT  NOT NULL,
    PRIMARY KEY (survey_id, participant_hash)
);

-- Where a resident is in a survey they have not finished, encrypted; deleted when they finish.
CREATE TABLE survey_progress (
    resident_id   TEXT    NOT NULL REFERENCES residents (id) ON DELETE CASCADE,
    survey_id     TEXT    NOT NULL,
    progress_enc  BYTEA    NOT NULL,
    updated_at    BIGINT  NOT NULL,
    PRIMARY KEY (resident_id, survey_id)
);
