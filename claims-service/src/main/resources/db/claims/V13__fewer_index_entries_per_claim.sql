-- Each claim written adds an entry to every index of the claim table, under the grouping lock (bin/benchmark-claims
-- --index-costs measures each). Two of them now hold only the claims their queries need the index for:
--
-- The hedge filter's index without the exact claims, some six claims in ten (corpora/*/gold.jsonl: 1,251 of 2,105):
-- hedge=EXACT reads claim_article_ordinal in article order and keeps six rows in ten (a page of 50 reads some 85
-- rows); every other hedge reads this index. JdbcClaimStore adds hedge <> 'EXACT' to the query of such a filter, so
-- that the planner uses the partial index in a generic plan as well.
DROP INDEX claim_hedge;
CREATE INDEX claim_hedge ON claim (hedge, article_id, ordinal) WHERE hedge <> 'EXACT';
-- Whether an origin still has claims in a group (GroupBookkeeping): an origin's claims are those of the article itself
-- (origin_id null or its own id: through claim_by_group's (group_id, article_id)) and those of its reprints (origin_id
-- another article's). Only the reprints need an index of their own; the index of every grouped claim by
-- coalesce(origin_id, article_id) is gone.
DROP INDEX claim_group_origin;
CREATE INDEX claim_group_reprint ON claim (group_id, origin_id) WHERE group_id IS NOT NULL AND origin_id <> article_id;
-- A write changes each group it touches twice: the upsert of its key, range and update_time (a new row version with an
-- entry in each of the four indexes: update_time is in three), then GroupBookkeeping's counts and kept latest claims,
-- none of them indexed. That second version is HOT (on the same page, no index entry) only if the page has room for
-- it: with full pages, three in four were not (bin/benchmark-claims --batches prints the count). Pages filled to half
-- leave each new version the room for the next. (Pages written from now on; the groups a write touches move to them.)
ALTER TABLE claim_group SET (fillfactor = 50);
