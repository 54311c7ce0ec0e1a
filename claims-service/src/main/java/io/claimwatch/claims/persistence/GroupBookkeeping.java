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
 *   <li>each group's latest claims ({@link RecentClaims}), written with the counts: the write's new entries put in front
 *   of the kept ones by PostgreSQL;</li>
 *   <li>the groups the grouping created or joined ({@link JdbcGroupIndex#changes}: key, range, update_time) written in the
 *   same statement as their counts and latest claims ({@link #write}), so that a write makes one row version of each;
 *   the groups the write's claims only left get their counts in a second ({@link #apply});</li>
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

  /** Each group's change of origin count: an origin counts while it has a claim in the group. */
  private Map<String, Integer> originDeltas() {
    Map<String, Integer> originDelta = new HashMap<>();
    pairs.forEach((k, outIn) -> {
      boolean other = others.getOrDefault(k, false);
      boolean before = other || outIn[0] > 0;
      boolean after = other || outIn[1] > 0;
      originDelta.merge(k.get(0), (after ? 1 : 0) - (before ? 1 : 0), Integer::sum);
    });
    return originDelta;
  }

  /**
   * How long a group keeps its place in the order "most recently changed first" (claim_group.recency, V15) while claims
   * keep joining it. update_time, when a claim last joined, is exact but in no index; recency, which the three
   * indexes of that order hold (ListGroups, related groups, the candidate lookups with their cap of 64), moves to the
   * write's time only when it is at least this old. A write that joins a group moved less than a minute ago (widening
   * its range, counting its claims, keeping its latest) then changes no indexed column, and its row version stays on
   * its page with no index entry (a HOT update; claim_group's pages are filled to half, V13). Two groups whose last
   * changes are more than a minute apart keep their order; closer ones may swap, as the groups of one write tie.
   */
  static final String RECENCY_STEP = "interval '1 minute'";

  /**
   * The groups the grouping created or joined, written with their counts and latest claims in one statement: one row
   * version a group (an upsert of the key, range and update_time, then an update of the counts made two). From arrays:
   * the groups' columns, the counts' changes, and the write's new entries ({@code added}, {@link RecentClaims#added}) as
   * one flat array with the position of their group, gathered back per group in order; PostgreSQL puts them in front of
   * the entries the group keeps ({@link RecentClaims#merged}), so the write sends its own entries only, not every
   * group's 64 (up to a megabyte a batch, each array built whole as one string by the driver). A new group takes the
   * write's time as its recency; a joined one keeps its recency unless it is {@link #RECENCY_STEP} old. Returns each
   * group written with its latest entries after the write.
   */
  Map<String, String[]> write(Connection c, java.sql.Timestamp now, List<JdbcGroupIndex.Change> changes,
      Map<String, String[]> added, List<String> replacedArticles) throws SQLException {
    if (changes.isEmpty()) {
      return Map.of();
    }
    Map<String, Integer> originDelta = originDeltas();
    int n = changes.size();
    Object[][] cols = new Object[14][n];
    Entries entries = new Entries();
    for (int i = 0; i < n; i++) {
      JdbcGroupIndex.Change g = changes.get(i);
      io.claimwatch.claims.domain.QuantityKey k = g.key();
      Object[] row = {k.kind(), k.event(), k.party(), k.unit(), k.cause(), k.place(), k.eventName(),
          k.earliest() == null ? null : k.earliest().toString(), k.latest() == null ? null : k.latest().toString(), g.id(),
          g.min(), g.max(), claimDelta.getOrDefault(g.id(), 0), originDelta.getOrDefault(g.id(), 0)};
      for (int j = 0; j < row.length; j++) {
        cols[j][i] = row[j];
      }
      entries.add(i + 1, added.getOrDefault(g.id(), new String[0]));
    }
    try (PreparedStatement st = c.prepareStatement("INSERT INTO claim_group (kind, event, party, unit, cause, place,"
        + " event_name, earliest, latest, id, min_value, max_value, claim_count, origin_count, recent_claims, create_time,"
        + " update_time, recency) SELECT t.kind, t.event, t.party, t.unit, t.cause, t.place, t.event_name, t.earliest::date,"
        + " t.latest::date, t.id, t.lo, t.hi, t.claims, t.origins, coalesce(r.entries, '{}'), ?, ?, ?"
        + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
        + " ?::text[], ?::float8[], ?::float8[], ?::int[], ?::int[]) WITH ORDINALITY"
        + " AS t(kind, event, party, unit, cause, place, event_name, earliest, latest, id, lo, hi, claims, origins, i)"
        + ENTRIES + " ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, event = EXCLUDED.event,"
        + " party = EXCLUDED.party, unit = EXCLUDED.unit, cause = EXCLUDED.cause, place = EXCLUDED.place,"
        + " event_name = EXCLUDED.event_name, earliest = EXCLUDED.earliest, latest = EXCLUDED.latest,"
        + " min_value = least(claim_group.min_value, EXCLUDED.min_value),"
        + " max_value = greatest(claim_group.max_value, EXCLUDED.max_value), update_time = EXCLUDED.update_time,"
        + " recency = CASE WHEN claim_group.recency > EXCLUDED.recency - " + RECENCY_STEP + " THEN claim_group.recency"
        + " ELSE EXCLUDED.recency END,"
        + " claim_count = claim_group.claim_count + EXCLUDED.claim_count,"
        + " origin_count = claim_group.origin_count + EXCLUDED.origin_count,"
        + " recent_claims = " + RecentClaims.merged("EXCLUDED.recent_claims", "claim_group.recent_claims")
        + " RETURNING id, recent_claims")) {
      st.setTimestamp(1, now);
      st.setTimestamp(2, now);
      st.setTimestamp(3, now);
      String[] types = {"text", "text", "text", "text", "text", "text", "text", "text", "text", "text", "float8", "float8",
          "int4", "int4"};
      for (int j = 0; j < types.length; j++) {
        st.setArray(4 + j, c.createArrayOf(types[j], cols[j]));
      }
      entries.bind(c, st, 4 + types.length);
      st.setArray(6 + types.length, c.createArrayOf("text", replacedArticles.toArray()));
      return RecentClaims.returned(st);
    }
  }

  /** The entries of each group's latest claims as one flat array, each with the position of its group (1-based). */
  private static final class Entries {
    private final List<Object> entryGroup = new ArrayList<>();
    private final List<Object> entries = new ArrayList<>();

    void add(int group, String[] groupEntries) {
      for (String entry : groupEntries) {
        entryGroup.add(group);
        entries.add(entry);
      }
    }

    void bind(Connection c, PreparedStatement st, int first) throws SQLException {
      st.setArray(first, c.createArrayOf("int4", entryGroup.toArray()));
      st.setArray(first + 1, c.createArrayOf("text", entries.toArray()));
    }
  }

  /** The entries gathered back per group, in order, joined to t by position (t.i). */
  private static final String ENTRIES = " LEFT JOIN (SELECT e.i, array_agg(e.entry ORDER BY e.n) AS entries"
      + " FROM unnest(?::int[], ?::text[]) WITH ORDINALITY AS e(i, entry, n) GROUP BY e.i) r ON r.i = t.i";

  /**
   * Writes the counts, and each group's latest claims less the replaced articles' entries, of the groups the write's
   * claims left but did not join ({@code written} has the others), in one statement.
   */
  void apply(Connection c, List<String> replacedArticles, Set<String> written) throws SQLException {
    List<String> rest = claimDelta.keySet().stream().filter(g -> !written.contains(g)).toList();
    if (rest.isEmpty()) {
      return;
    }
    Map<String, Integer> originDelta = originDeltas();
    int n = rest.size();
    Object[] ids = new Object[n];
    Object[] claims = new Object[n];
    Object[] origins = new Object[n];
    for (int i = 0; i < n; i++) {
      ids[i] = rest.get(i);
      claims[i] = claimDelta.get(rest.get(i));
      origins[i] = originDelta.getOrDefault(rest.get(i), 0);
    }
    // the write's claims joined none of these groups: their entries are the ones kept, less the replaced articles'
    try (PreparedStatement st = c.prepareStatement("UPDATE claim_group g SET claim_count = g.claim_count + t.claims,"
        + " origin_count = g.origin_count + t.origins, recent_claims = " + RecentClaims.merged("'{}'::text[]", "g.recent_claims")
        + " FROM unnest(?::text[], ?::int[], ?::int[]) AS t(id, claims, origins) WHERE g.id = t.id")) {
      st.setArray(1, c.createArrayOf("text", replacedArticles.toArray()));
      st.setArray(2, c.createArrayOf("text", ids));
      st.setArray(3, c.createArrayOf("int4", claims));
      st.setArray(4, c.createArrayOf("int4", origins));
      st.executeUpdate();
    }
  }

  /** A claim's unit scaled to its key's (GroupAssigner.unitScale) in SQL: CASE unit WHEN 'acre' THEN ... ELSE 1 END. */
  private static final String UNIT_SCALE_SQL = io.claimwatch.claims.domain.GroupAssigner.unitScales().entrySet().stream()
      .map(e -> " WHEN '" + e.getKey().replace("'", "''") + "' THEN " + e.getValue())
      .collect(java.util.stream.Collectors.joining("", "(CASE unit", " ELSE 1 END)::float8"));

  /** GroupAssigner.climbs over a claim's key columns: its reach (by kind, else by kind of event when pinned) over 3. */
  private static final String CLIMBS_SQL = "(CASE WHEN key_kind = 'magnitude' THEN false"
      + io.claimwatch.claims.domain.GroupAssigner.reachByKind().entrySet().stream()
          .map(e -> " WHEN key_kind = '" + e.getKey().replace("'", "''") + "' THEN "
              + (e.getValue() > io.claimwatch.claims.domain.GroupAssigner.MAGNITUDE_FACTOR))
          .collect(java.util.stream.Collectors.joining())
      + " ELSE key_cause <> '' AND key_place <> '' AND key_earliest IS NOT NULL AND key_latest IS NOT NULL AND key_cause IN (''"
      + io.claimwatch.claims.domain.GroupAssigner.reachByCause().entrySet().stream()
          .filter(e -> e.getValue() > io.claimwatch.claims.domain.GroupAssigner.MAGNITUDE_FACTOR)
          .map(e -> ", '" + e.getKey().replace("'", "''") + "'").collect(java.util.stream.Collectors.joining())
      + ") END)";

  /** {@link #resetRanges}' first statement: its one parameter the groups' ids. */
  static final String RESET_RANGES = "UPDATE claim_group g SET min_value = r.lo, max_value = r.hi"
      + " FROM (SELECT group_id, min(v) AS lo, max(CASE WHEN hedge = '" + io.claimwatch.claims.domain.Hedge.VAGUE.name() + "'"
      + " AND value_high IS NOT NULL AND " + CLIMBS_SQL + " AND NOT EXISTS (SELECT 1 FROM claim o WHERE o.article_id"
      + " = x.article_id AND o.hedge <> x.hedge AND (o.key_kind IN (x.key_kind, '') OR x.key_kind = '') AND o.key_event = x.key_event"
      + " AND (o.key_party IN (x.key_party, '') OR x.key_party = '') AND o.key_cause = x.key_cause) THEN greatest(v, value_high::float8 * s) ELSE v END) AS hi"
      + " FROM (SELECT group_id, article_id, hedge, value_high, key_kind, key_event, key_party, key_cause, key_place,"
      + " key_earliest, key_latest, "
      + UNIT_SCALE_SQL + " AS s, CASE"
      + " WHEN value_low IS NOT NULL AND value_high IS NOT NULL THEN sqrt(value_low::float8 * value_high::float8)"
      + " ELSE coalesce(value_low, value_high)::float8 END * " + UNIT_SCALE_SQL + " AS v FROM claim WHERE group_id = ANY(?)) x"
      + " WHERE v > 0 AND v < 'Infinity'::float8 GROUP BY group_id) r WHERE g.id = r.group_id";

  /**
   * After a replacement, the groups the article's old claims were in span their remaining claims only (a replaced
   * figure no longer widens them), and groups left with none are removed: two statements. A claim's extent is
   * GroupAssigner.extent's: from its representative value (GroupAssigner.representative's: the geometric mean of both
   * bounds, else the bound given; positive) to, for a vague figure of a count that climbs whose article gives no
   * other figure of its measure, its upper bound.
   */
  static void resetRanges(Connection c, List<String> groups) throws SQLException {
    // (scaled to the key's unit as GroupAssigner.value scales it: "373 square miles" as 966 km2)
    if (groups.isEmpty()) {
      return;
    }
    java.sql.Array ids = c.createArrayOf("text", groups.stream().distinct().toArray());
    try (PreparedStatement st = c.prepareStatement(RESET_RANGES)) {
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
