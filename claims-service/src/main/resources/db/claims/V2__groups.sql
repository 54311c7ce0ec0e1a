-- Groups of claims about one real-world quantity, and what each claim needs to be grouped.
ALTER TABLE claim
    ADD COLUMN origin_id text,
    ADD COLUMN outlet    text NOT NULL DEFAULT '',
    ADD COLUMN key_kind  text NOT NULL DEFAULT '',
    ADD COLUMN key_event text NOT NULL DEFAULT '',
    ADD COLUMN key_party text NOT NULL DEFAULT '';

-- V1's index on claim(group_id) bore the name the table needs; claim_by_group below replaces it.
DROP INDEX claim_group;

-- A group's key (an empty part is open) and the range of its members' representative values.
CREATE TABLE claim_group (
    id          text             PRIMARY KEY,
    kind        text             NOT NULL,
    event       text             NOT NULL,
    party       text             NOT NULL,
    unit        text             NOT NULL,
    min_value   double precision NOT NULL,
    max_value   double precision NOT NULL,
    create_time timestamptz      NOT NULL,
    update_time timestamptz      NOT NULL
);

-- Candidate lookup for a new claim: by event (or, for claims that name none, by kind).
CREATE INDEX claim_group_by_event ON claim_group (unit, event, kind);
CREATE INDEX claim_group_by_kind ON claim_group (unit, kind);
-- Groups, most recently changed first.
CREATE INDEX claim_group_recent ON claim_group (update_time DESC, id DESC);
-- Claims by group, in order.
CREATE INDEX claim_by_group ON claim (group_id, article_id, ordinal) WHERE group_id IS NOT NULL;
