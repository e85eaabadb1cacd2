-- A campaign may offer up to three reply options (newline-separated labels) or invite residents to a
-- survey; what residents chose is counted per campaign, and survey responses begun and finished from a
-- campaign's invitation are counted without saying who.

ALTER TABLE campaigns ADD COLUMN reply_options TEXT;
ALTER TABLE campaigns ADD COLUMN survey_id TEXT;

CREATE TABLE campaign_replies (
    campaign_id  TEXT    NOT NULL,
    resident_id  TEXT    NOT NULL,
    choice       INTEGER NOT NULL,
    at           BIGINT  NOT NULL,
    PRIMARY KEY (campaign_id, resident_id)
);

CREATE TABLE campaign_survey_counts (
    campaign_id  TEXT    NOT NULL PRIMARY KEY,
    started      BIGINT  NOT NULL,
    finished     BIGINT  NOT NULL
);
