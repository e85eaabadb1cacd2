-- Residents who must get no unprompted messages (campaigns, reminders): they disclosed domestic
-- abuse, sexual violence or stalking. No reason is stored beyond that.
CREATE TABLE protected_residents (
    resident_id  TEXT    NOT NULL PRIMARY KEY,
    since        BIGINT  NOT NULL
);
