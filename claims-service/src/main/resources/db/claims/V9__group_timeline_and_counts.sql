-- A group is read in pages of its timeline, so that one answer is bounded whatever the group's size.
-- When a claim holds, as Agreement.when gives it: the end of the counted period, else its start, else
-- when the claimant said it, else the publication date. Collation "C" compares the ISO text byte by
-- byte, as Java compares the strings.
ALTER TABLE claim ADD COLUMN holds text COLLATE "C"
    GENERATED ALWAYS AS (coalesce(event_end, event_start, statement_date, publication_date)) STORED;
-- A page of the timeline (undated claims last: NULLS LAST is the default), and the group's newest date.
CREATE INDEX claim_timeline ON claim (group_id, holds, article_id COLLATE "C", ordinal) WHERE group_id IS NOT NULL;
-- Whether an origin still has claims in a group, asked when a write's claims join or leave it.
CREATE INDEX claim_group_origin ON claim (group_id, (coalesce(origin_id, article_id))) WHERE group_id IS NOT NULL;

-- Counts kept with the group as claims come and go (JdbcClaimStore), rather than counted per read.
ALTER TABLE claim_group
    ADD COLUMN claim_count  integer NOT NULL DEFAULT 0,
    ADD COLUMN origin_count integer NOT NULL DEFAULT 0;
UPDATE claim_group g SET claim_count = c.n, origin_count = c.origins
  FROM (SELECT group_id, count(*) AS n, count(DISTINCT coalesce(origin_id, article_id)) AS origins
          FROM claim WHERE group_id IS NOT NULL GROUP BY group_id) c
 WHERE c.group_id = g.id;
