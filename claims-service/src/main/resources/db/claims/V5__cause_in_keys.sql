-- What a count is a count of ("earthquake", "flood"), as part of its key; empty names none and is
-- compatible with any.
ALTER TABLE claim ADD COLUMN key_cause text NOT NULL DEFAULT '';
ALTER TABLE claim_group ADD COLUMN cause text NOT NULL DEFAULT '';
