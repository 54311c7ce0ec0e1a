-- Each claim written adds an entry to every index of the claim table, under the grouping lock (bin/benchmark-claims
-- --index-costs measures each). The hedge index now holds only the claims its queries need it for:
--
-- The hedge filter's index, without the exact claims, some six claims in ten (corpora/*/gold.jsonl: 1,251 of 2,105):
-- hedge=EXACT reads claim_article_ordinal in article order and keeps six rows in ten (a page of 50 reads some 85
-- rows); every other hedge reads this index. JdbcClaimStore adds hedge <> 'EXACT' to the query of such a filter, so
-- that the planner uses the partial index in a generic plan as well.
DROP INDEX claim_hedge;
CREATE INDEX claim_hedge ON claim (hedge, article_id, ordinal) WHERE hedge <> 'EXACT';
-- A write changes each group it touches twice: the upsert of its key, range and update_time (a new row version with an
-- entry in each of the four indexes: update_time is in three), then GroupBookkeeping's counts and kept latest claims,
-- none of them indexed. That second version is HOT (on the same page, no index entry) only if the page has room for
-- it: with full pages 23 % of the group updates were HOT, with half-filled ones 51 % (bin/benchmark-claims --batches
-- prints the count): each new version leaves room on its page for the next. (Pages written from now on; the groups a write touches move to them.)
ALTER TABLE claim_group SET (fillfactor = 50);
