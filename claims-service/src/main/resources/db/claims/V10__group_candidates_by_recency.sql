-- A claim's candidate groups, and a group's related ones, are the most recently changed groups of its key: read
-- them in that order through an index, for the key's value and for the open value '' separately, and stop at the
-- cap. Without these, PostgreSQL ordered the whole table by update_time and filtered it (bin/explain-queries:
-- 1.1 s a claim on a store of a million claims).
CREATE INDEX claim_group_event_recent ON claim_group (unit, event, update_time DESC);
CREATE INDEX claim_group_kind_recent ON claim_group (unit, kind, update_time DESC);
