-- The claimant and counted indexes hold only the claims a filter on them can return: about four claims in ten of real
-- news name no claimant (corpora/*/gold.jsonl: 761 of 1,758), and a substring of something (counted:"x", x not empty)
-- never matches an empty counted. Each claim written without a claimant then updates two indexes fewer.
-- claimant = "x" and claimant:"x" imply claimant IS NOT NULL (the operators are strict); JdbcClaimStore also says so,
-- and adds counted <> '' to counted:"x".
DROP INDEX claim_claimant_trgm;
CREATE INDEX claim_claimant_trgm ON claim USING gin (lower(claimant) gin_trgm_ops) WHERE claimant IS NOT NULL;
DROP INDEX claim_claimant;
CREATE INDEX claim_claimant ON claim (claimant, article_id, ordinal) WHERE claimant IS NOT NULL;
DROP INDEX claim_counted_trgm;
CREATE INDEX claim_counted_trgm ON claim USING gin (lower(counted) gin_trgm_ops) WHERE counted <> '';

-- Every query of groups by key reads them most recently changed first, through V10's (unit, event, update_time) and
-- (unit, kind, update_time); V2's (unit, event, kind) and (unit, kind) serve none, and each write that joins a group
-- (update_time changes: no HOT update) added an entry to both.
DROP INDEX claim_group_by_event;
DROP INDEX claim_group_by_kind;
