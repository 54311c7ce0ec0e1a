-- Which extractor produced an article's claims (as extract-service names its version), so that an
-- operator can re-extract what an older extractor did: ReextractArticles "extractor_version!=...".
ALTER TABLE article ADD COLUMN extractor_version text NOT NULL DEFAULT '';
