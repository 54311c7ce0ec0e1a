-- Article quality (issue 4, part A): date evidence kept apart from the date line, the language, the
-- byline, the similarity sketch and reprint link, and the map back to the submitted document.

ALTER TABLE article
    -- how far publication_date (whose source is publication_date_source) is trusted: HIGH, MEDIUM
    ADD COLUMN publication_date_confidence text,
    -- the visible date line as found, and whether the content contradicts it (then it is not the publication date)
    ADD COLUMN dateline                    date,
    ADD COLUMN dateline_contradicted       boolean          NOT NULL DEFAULT false,
    -- without a trusted publication date: the latest date the text mentions as past (a lower bound)
    ADD COLUMN publication_not_before      date,
    ADD COLUMN byline                      text,
    -- ISO 639-1, the detector's confidence in it, and whether the text was long enough to tell
    ADD COLUMN language_code               text,
    ADD COLUMN language_confidence         double precision,
    ADD COLUMN language_reliable           boolean,
    -- MinHash signature of the clean text: 128 big-endian int32 minima (null: too short to sketch)
    ADD COLUMN minhash                     bytea,
    -- the article this one reprints (the group's first article) and the similarity that linked them
    ADD COLUMN origin_id                   text             REFERENCES article (id),
    ADD COLUMN origin_similarity           double precision,
    -- (clean_start, source_start, length) triples in code points: clean text -> submitted document
    ADD COLUMN source_map                  integer[];

-- Articles stored before: what they had was given, machine-read, or a date line nobody checked.
UPDATE article SET publication_date_confidence =
    CASE WHEN publication_date_source IN ('client', 'meta', 'json-ld') THEN 'HIGH' ELSE 'MEDIUM' END
    WHERE publication_date IS NOT NULL;
UPDATE article SET dateline = publication_date WHERE publication_date_source = 'dateline';

-- Articles in a language extraction does not support are kept but never queued.
ALTER TABLE article DROP CONSTRAINT article_state;
ALTER TABLE article ADD CONSTRAINT article_state
    CHECK (state IN ('RECEIVED', 'EXTRACTING', 'DONE', 'FAILED', 'UNSUPPORTED'));

-- The LSH index: one row per band of each sketched article (32 bands of 4 minima). Articles sharing
-- a (band, band_hash) are candidate near-duplicates; the primary key serves the lookup.
CREATE TABLE article_band (
    band       smallint NOT NULL,
    band_hash  bigint   NOT NULL,
    article_id text     NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (band, band_hash, article_id)
);

CREATE INDEX article_origin ON article (origin_id) WHERE origin_id IS NOT NULL;
