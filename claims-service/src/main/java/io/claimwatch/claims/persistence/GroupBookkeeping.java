package io.claimwatch.claims.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one write changes in the groups' own rows, each change in one set-based statement per write (not one
 * statement per group: some 280 single-row updates a batch of 32 articles):
 * <ul>
 *   <li>the claim and origin counts (claim_group.claim_count and origin_count, V9), kept as claims come and go so that
 *   no read counts a group's claims: claims in minus claims out; an origin counts in when its first claim joins the
 *   group and out when its last leaves. Whether an origin keeps other claims in the group is one indexed probe per
 *   (group, origin) pair the write touches (claim_group_origin), in one statement;</li>
 *   <li>each group's latest claims ({@link RecentClaims}), written with the counts;</li>
 *   <li>after a replacement, the ranges of the groups the old claims left (their remaining claims only) and the removal
 *   of groups left empty.</li>
 * </ul>
 */
final class GroupBookkeeping {

  private final Map<String, Integer> claimDelta = new HashMap<>();
  private final Map<List<String>, int[]> pairs = new HashMap<>(); // (group, origin) -> {out, in}
  private final Map<List<String>, Boolean> others = new HashMap<>();

  void left(String group, String origin) {
    claimDelta.merge(group, -1, Integer::sum);
    pairs.computeIfAbsent(List.of(group, origin), k -> new int[2])[0]++;
  }

  void joined(String group, String origin) {
    claimDelta.merge(group, 1, Integer::sum);
    pairs.computeIfAbsent(List.of(group, origin), k -> new int[2])[1]++;
  }

  /**
   * Whether each (group, origin) pair touched keeps other claims: asked between the delete and the insert. A pair whose
   * claims both leave and join (an article written again into the same groups) counts before and after whatever the
   * answer, so it is not asked.
   */
  void lookUpOthers(Connection c) throws SQLException {
    List<List<String>> keys = pairs.entrySet().stream().filter(e -> e.getValue()[0] == 0 || e.getValue()[1] == 0)
        .map(Map.Entry::getKey).toList();
    if (keys.isEmpty()) {
      return;
    }
    try (PreparedStatement st = c.prepareStatement("SELECT t.g, t.o, EXISTS (SELECT 1 FROM claim"
        + " WHERE claim.group_id = t.g AND coalesce(claim.origin_id, claim.article_id) = t.o)"
        + " FROM unnest(?::text[], ?::text[]) AS t(g, o)")) {
      st.setArray(1, c.createArrayOf("text", keys.stream().map(k -> k.get(0)).toArray()));
      st.setArray(2, c.createArrayOf("text", keys.stream().map(k -> k.get(1)).toArray()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          others.put(List.of(rs.getString(1), rs.getString(2)), rs.getBoolean(3));
        }
      }
    }
  }

  /** The groups whose claims the write changes. */
  Set<String> groups() {
    return claimDelta.keySet();
  }

  /**
   * Writes the counts, and each group's latest claims as {@code recent} gives them, in one statement: the groups' ids
   * and count changes as arrays, the entries as one flat array with the position of their group, gathered back per
   * group in order.
   */
  void apply(Connection c, Map<String, String[]> recent) throws SQLException {
    if (claimDelta.isEmpty()) {
      return;
    }
    Map<String, Integer> originDelta = new HashMap<>();
    pairs.forEach((k, outIn) -> {
      boolean other = others.getOrDefault(k, false);
      boolean before = other || outIn[0] > 0;
      boolean after = other || outIn[1] > 0;
      originDelta.merge(k.get(0), (after ? 1 : 0) - (before ? 1 : 0), Integer::sum);
    });
    int n = claimDelta.size();
    Object[] ids = new Object[n];
    Object[] claims = new Object[n];
    Object[] origins = new Object[n];
    List<Object> entryGroup = new ArrayList<>();
    List<Object> entries = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Integer> e : claimDelta.entrySet()) {
      ids[i] = e.getKey();
      claims[i] = e.getValue();
      origins[i] = originDelta.getOrDefault(e.getKey(), 0);
      for (String entry : recent.getOrDefault(e.getKey(), new String[0])) {
        entryGroup.add(i + 1);
        entries.add(entry);
      }
      i++;
    }
    try (PreparedStatement st = c.prepareStatement("UPDATE claim_group g SET claim_count = g.claim_count + t.claims,"
        + " origin_count = g.origin_count + t.origins, recent_claims = coalesce(r.entries, '{}')"
        + " FROM unnest(?::text[], ?::int[], ?::int[]) WITH ORDINALITY AS t(id, claims, origins, i)"
        + " LEFT JOIN (SELECT e.i, array_agg(e.entry ORDER BY e.n) AS entries"
        + " FROM unnest(?::int[], ?::text[]) WITH ORDINALITY AS e(i, entry, n) GROUP BY e.i) r ON r.i = t.i"
        + " WHERE g.id = t.id")) {
      st.setArray(1, c.createArrayOf("text", ids));
      st.setArray(2, c.createArrayOf("int4", claims));
      st.setArray(3, c.createArrayOf("int4", origins));
      st.setArray(4, c.createArrayOf("int4", entryGroup.toArray()));
      st.setArray(5, c.createArrayOf("text", entries.toArray()));
      st.executeUpdate();
    }
  }

  /** A claim's unit scaled to its key's (GroupAssigner.unitScale) in SQL: CASE unit WHEN 'acre' THEN ... ELSE 1 END. */
  private static final String UNIT_SCALE_SQL = io.claimwatch.claims.domain.GroupAssigner.unitScales().entrySet().stream()
      .map(e -> " WHEN '" + e.getKey().replace("'", "''") + "' THEN " + e.getValue())
      .collect(java.util.stream.Collectors.joining("", "(CASE unit", " ELSE 1 END)::float8"));

  /**
   * After a replacement, the groups the article's old claims were in span their remaining claims only (a replaced
   * figure no longer widens them), and groups left with none are removed: two statements. A claim's representative
   * value is GroupAssigner.representative's: the geometric mean of both bounds, else the bound given; positive.
   */
  static void resetRanges(Connection c, List<String> groups) throws SQLException {
    // (scaled to the key's unit as GroupAssigner.value scales it: "373 square miles" as 966 km2)
    if (groups.isEmpty()) {
      return;
    }
    java.sql.Array ids = c.createArrayOf("text", groups.stream().distinct().toArray());
    try (PreparedStatement st = c.prepareStatement("UPDATE claim_group g SET min_value = r.lo, max_value = r.hi"
        + " FROM (SELECT group_id, min(v) AS lo, max(v) AS hi FROM (SELECT group_id, CASE"
        + " WHEN value_low IS NOT NULL AND value_high IS NOT NULL THEN sqrt(value_low::float8 * value_high::float8)"
        + " ELSE coalesce(value_low, value_high)::float8 END * " + UNIT_SCALE_SQL + " AS v FROM claim WHERE group_id = ANY(?)) x"
        + " WHERE v > 0 AND v < 'Infinity'::float8 GROUP BY group_id) r WHERE g.id = r.group_id")) {
      st.setArray(1, ids);
      st.executeUpdate();
    }
    try (PreparedStatement st = c.prepareStatement("DELETE FROM claim_group g WHERE g.id = ANY(?)"
        + " AND NOT EXISTS (SELECT 1 FROM claim WHERE claim.group_id = g.id)")) {
      st.setArray(1, ids);
      st.executeUpdate();
    }
  }
}
