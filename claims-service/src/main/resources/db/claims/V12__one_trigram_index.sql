-- The substring filters (quote:"...", counted:"...", claimant:"...") are served by one trigram index over the three
-- texts joined, instead of one index each: every claim wrote three GIN indexes, and what is counted and who claims
-- it are mostly words of the quote, whose trigrams the joined text holds once. A filter on one field asks the joined
-- text first (through the index: a row whose field holds the text holds it too), then the field itself.
CREATE INDEX claim_text_trgm ON claim USING gin ((lower(quote || ' ' || counted || ' ' || coalesce(claimant, ''))) gin_trgm_ops);
DROP INDEX claim_quote_trgm;
DROP INDEX claim_counted_trgm;
DROP INDEX claim_claimant_trgm;
