-- How many times an inbox message has been claimed, so one that keeps failing is set aside.
ALTER TABLE inbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
