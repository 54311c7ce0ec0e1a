-- Quantitative claims with their provenance. Dates are ISO text, possibly partial ("2024", "2024-08").
CREATE TABLE claim (
    id                text        PRIMARY KEY,
    article_id        text        NOT NULL,
    ordinal           integer     NOT NULL,
    quote             text        NOT NULL,
    quote_start       integer     NOT NULL,
    quote_end         integer     NOT NULL,
    value_low         numeric,
    value_high        numeric,
    hedge             text        NOT NULL,
    unit              text        NOT NULL DEFAULT '',
    number_text       text        NOT NULL DEFAULT '',
    counted           text        NOT NULL DEFAULT '',
    claimant          text,
    event_start       text,
    event_end         text,
    statement_date    text,
    modality          text        NOT NULL,
    publication_date  text,
    extractor_version text        NOT NULL,
    group_id          text,
    create_time       timestamptz NOT NULL,
    CONSTRAINT claim_article_ordinal UNIQUE (article_id, ordinal),
    CONSTRAINT claim_interval CHECK (value_low IS NULL OR value_high IS NULL OR value_low <= value_high)
);

CREATE INDEX claim_group ON claim (group_id) WHERE group_id IS NOT NULL;
CREATE INDEX claim_hedge ON claim (hedge, article_id, ordinal);
