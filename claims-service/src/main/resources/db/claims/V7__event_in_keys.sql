-- A key names the event a quantity belongs to: its name ("hurricane irma") and the window of days
-- it happened in (null is open). The extractor computes keys; grouping compares them.
ALTER TABLE claim ADD COLUMN key_event_name text NOT NULL DEFAULT '';
ALTER TABLE claim ADD COLUMN key_earliest date;
ALTER TABLE claim ADD COLUMN key_latest date;
ALTER TABLE claim_group ADD COLUMN event_name text NOT NULL DEFAULT '';
ALTER TABLE claim_group ADD COLUMN earliest date;
ALTER TABLE claim_group ADD COLUMN latest date;
