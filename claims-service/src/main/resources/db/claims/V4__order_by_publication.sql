-- Claim lists ordered by publication date, newest first (ListClaims order_by "publication_date desc").
CREATE INDEX claim_by_publication ON claim ((coalesce(publication_date, '')) DESC, article_id DESC, ordinal DESC);
