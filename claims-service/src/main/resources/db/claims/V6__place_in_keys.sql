-- Where a quantity was counted, as part of its key: the lower-case words of the place names a claim
-- gives ("kursk russia"); empty names no place and is compatible with any.
ALTER TABLE claim ADD COLUMN key_place text NOT NULL DEFAULT '';
ALTER TABLE claim_group ADD COLUMN place text NOT NULL DEFAULT '';
