-- The trigram indexes keep GIN's fast update (V3): a claim's trigrams go to the index's pending list, merged into the
-- index in sorted runs. Until now the writer whose insert took a list past gin_pending_list_limit (4 MB) merged it,
-- inside its COPY and so under the grouping lock, with work_mem (4 MB) for the sort. A writer now merges the lists after
-- its commit, once its process has written 2,500 claims since the last merge, outside the lock (JdbcClaimStore, PendingLists: gin_clean_pending_list, with maintenance_work_mem),
-- so the limit only bounds a list when those merges do not run (a writer down, a failed merge): a writer merges it then.
ALTER INDEX claim_quote_trgm SET (gin_pending_list_limit = 16384);
ALTER INDEX claim_counted_trgm SET (gin_pending_list_limit = 16384);
ALTER INDEX claim_claimant_trgm SET (gin_pending_list_limit = 16384);
