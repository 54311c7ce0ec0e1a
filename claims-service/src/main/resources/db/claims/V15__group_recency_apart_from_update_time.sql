-- The order "most recently changed first" (ListGroups, a group's related groups, the candidate lookups and their cap of
-- 64) was read through update_time, in three of claim_group's four indexes (V2's claim_group_recent, V10's per key), and
-- every write that joined a group changed it: each join was a new row version with an entry in all four indexes, some
-- 470 a batch of 32 articles. That order is now recency: update_time as it was when the group last moved to the front,
-- moved again by a write that joins the group only when it is a minute old (GroupBookkeeping.RECENCY_STEP). A write that
-- joins a group moved less than a minute ago changes no indexed column (its range, counts, kept claims and update_time,
-- which stays exact, are in no index): a HOT update on the same page, no index entry. Two groups whose last changes are
-- more than a minute apart keep their order; closer ones may swap, as the groups of one write already tie.
-- (A row inserted without one, as the benchmarks' loaders insert theirs, is recent as of its transaction.)
ALTER TABLE claim_group ADD COLUMN recency timestamptz NOT NULL DEFAULT now();
UPDATE claim_group SET recency = update_time;
DROP INDEX claim_group_recent;
DROP INDEX claim_group_event_recent;
DROP INDEX claim_group_kind_recent;
CREATE INDEX claim_group_recent ON claim_group (recency DESC, id DESC);
CREATE INDEX claim_group_event_recent ON claim_group (unit, event, recency DESC);
CREATE INDEX claim_group_kind_recent ON claim_group (unit, kind, recency DESC);
-- A HOT update needs room on its page for the new version: V13's fillfactor of 50 leaves half of each page written since
-- for them, but pages written before V13, and the versions the update above left, do not. Rewritten here, every page is
-- half full (a group row is some 150 bytes: some 25 later versions fit before the page is pruned).
CLUSTER claim_group USING claim_group_pkey;
ANALYZE claim_group;
