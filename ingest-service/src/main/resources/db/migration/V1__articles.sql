-- Ingested articles and their place in the extraction queue (state + next_attempt_at).
CREATE TABLE article (
    id                      text        PRIMARY KEY,
    title                   text,
    source_url              text,
    publication_date        date,
    publication_date_source text,
    clean_text              text        NOT NULL,
    content                 bytea       NOT NULL,
    content_type            text        NOT NULL,
    state                   text        NOT NULL,
    failure_reason          text,
    claim_count             integer     NOT NULL DEFAULT 0,
    attempt_count           integer     NOT NULL DEFAULT 0,
    next_attempt_at         timestamptz NOT NULL,
    create_time             timestamptz NOT NULL,
    update_time             timestamptz NOT NULL,
    CONSTRAINT article_state CHECK (state IN ('RECEIVED', 'EXTRACTING', 'DONE', 'FAILED'))
);

-- The queue: pending articles by when they are due.
CREATE INDEX article_due ON article (next_attempt_at) WHERE state IN ('RECEIVED', 'EXTRACTING');
CREATE INDEX article_newest ON article (create_time DESC, id DESC);
