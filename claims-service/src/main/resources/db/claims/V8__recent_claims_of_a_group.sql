-- A group's latest claims, read when a write counts the conflicts it makes: an index scan of at most
-- a window of rows, whatever the group's size.
CREATE INDEX claim_by_group_recent ON claim (group_id, create_time DESC, id DESC) WHERE group_id IS NOT NULL;
