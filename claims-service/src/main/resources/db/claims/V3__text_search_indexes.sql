-- Case-insensitive substring filters (quote:"...", counted:"...", claimant:"...") served by trigram
-- indexes, so that they stay interactive over millions of claims. pg_trgm ships with PostgreSQL
-- (contrib); creating it needs a role allowed to create extensions, or an administrator to do it once.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX claim_quote_trgm ON claim USING gin (lower(quote) gin_trgm_ops);
CREATE INDEX claim_counted_trgm ON claim USING gin (lower(counted) gin_trgm_ops);
CREATE INDEX claim_claimant_trgm ON claim USING gin (lower(claimant) gin_trgm_ops);
CREATE INDEX claim_claimant ON claim (claimant, article_id, ordinal);
