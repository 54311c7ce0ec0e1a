-- A group's latest claims, as a write judges its new claims against them (the conflict count) and a watch
-- reports conflicts: kept with the group, each write putting its claims in front and cutting the list to the
-- window, so that neither reads the group's claims. One entry a claim, newest first:
-- "id|article_id|ordinal|value_low|value_high|hedge|holds" (an empty field is null).
ALTER TABLE claim_group ADD COLUMN recent_claims text[] NOT NULL DEFAULT '{}';
UPDATE claim_group g SET recent_claims = r.entries
  FROM (SELECT g2.id, array_agg(c.id || '|' || c.article_id || '|' || c.ordinal || '|' || coalesce(c.value_low::text, '')
                 || '|' || coalesce(c.value_high::text, '') || '|' || c.hedge || '|' || coalesce(c.holds, '')
                 ORDER BY c.create_time DESC, c.id DESC) AS entries
          FROM claim_group g2 CROSS JOIN LATERAL (SELECT * FROM claim WHERE group_id = g2.id
                                                  ORDER BY create_time DESC, id DESC LIMIT 64) c
         GROUP BY g2.id) r
 WHERE r.id = g.id;
-- Read only to fill the list above.
DROP INDEX claim_by_group_recent;
