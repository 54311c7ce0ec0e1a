package io.claimwatch.claims.persistence;

import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.GroupAssigner;
import io.claimwatch.claims.domain.GroupIndex;
import io.claimwatch.claims.domain.QuantityKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The group index in PostgreSQL, on the connection (and so in the transaction) of one write.
 * Candidates come from the index on (unit, event, kind), or (unit, kind) for claims that name no
 * event, narrowed to groups of a compatible cause and event window whose value range is within reach, and
 * capped to the most recently changed: the cost of matching a claim does not grow with the number
 * of claims stored.
 */
final class JdbcGroupIndex implements GroupIndex {

  /** At most this many candidate groups are compared per claim. */
  static final int MAX_CANDIDATES = 64;

  private final Connection connection;

  JdbcGroupIndex(Connection connection) {
    this.connection = connection;
  }

  /** A group this write created or joined: its key as refined, the range of the values it brought, whether it is new. */
  private record Touched(QuantityKey key, double min, double max, boolean created) {}

  /** The groups this write changed, written in one statement ({@link #changes}); the most recent last. */
  private final Map<String, Touched> touched = new LinkedHashMap<>();
  /**
   * The same ids by unit and event, the most recent last: a key is only compatible with keys of its unit and
   * event, so a claim is compared with the changed groups of its own bucket, not with every group the write changed.
   */
  private final Map<String, java.util.LinkedHashSet<String>> touchedByEvent = new HashMap<>();

  private static String bucket(QuantityKey key) {
    return key.unit() + '\u0000' + key.event();
  }

  private void touch(String id, Touched t) {
    touched.remove(id);
    touched.put(id, t);
    java.util.LinkedHashSet<String> ids = touchedByEvent.computeIfAbsent(bucket(t.key()), k -> new java.util.LinkedHashSet<>());
    ids.remove(id);
    ids.add(id);
  }
  /** Groups as read from the table by this write, before its changes. */
  private final Map<String, Candidate> read = new HashMap<>();

  /**
   * The candidates for a claim: the groups this write changed first (they are the most recently
   * changed), as changed, then those of the table.
   */
  @Override
  public List<Candidate> candidates(QuantityKey key, double low, double high) {
    double reach = GroupAssigner.reach(key);
    List<Candidate> out = new ArrayList<>();
    List<String> ids = new ArrayList<>(touchedByEvent.getOrDefault(bucket(key), new java.util.LinkedHashSet<>()));
    java.util.Collections.reverse(ids);
    for (String id : ids) {
      Candidate c = current(id);
      if (c.key().compatible(key) && c.maxValue() >= low / reach && c.minValue() <= high * reach) {
        out.add(c);
      }
    }
    for (Candidate c : stored(key, low, high)) {
      read.putIfAbsent(c.id(), c);
      if (!touched.containsKey(c.id())) {
        out.add(c);
      }
    }
    return out.size() > MAX_CANDIDATES ? out.subList(0, MAX_CANDIDATES) : out;
  }

  /** A changed group as it stands in this write: its stored range widened by the values that joined it. */
  private Candidate current(String id) {
    Touched t = touched.get(id);
    Candidate before = read.get(id);
    return before == null || t.created() ? new Candidate(id, t.key(), t.min(), t.max())
        : new Candidate(id, t.key(), Math.min(before.minValue(), t.min()), Math.max(before.maxValue(), t.max()));
  }

  /** A candidate lookup: a claim's key and extent ({@link GroupAssigner#extent}). */
  private record Lookup(QuantityKey key, double from, double to) {
    double low() {
      return from / GroupAssigner.reach(key);
    }

    double high() {
      return to * GroupAssigner.reach(key);
    }
  }

  /** The table's candidates of the claims {@link #prepare}d, looked up together. */
  private final Map<Lookup, List<Candidate>> prepared = new HashMap<>();

  /**
   * What the candidate query of a claim asks beside its value range: the key column (event, or kind for a claim that
   * names no event) and its value, the unit, the cause and the event window. Claims that share it and whose ranges
   * overlap are looked up together.
   */
  private record Scope(boolean byEvent, String unit, String k, String cause, java.time.LocalDate earliest,
                       java.time.LocalDate latest) {
    static Scope of(QuantityKey key) {
      boolean byEvent = !key.event().isEmpty();
      return new Scope(byEvent, key.unit(), byEvent ? key.event() : key.kind(), key.cause(), key.earliest(), key.latest());
    }
  }

  /** One row of a candidate statement: a scope, the union of its claims' value ranges, and those claims. */
  private record Span(Scope scope, double low, double high, List<Lookup> lookups) {
    /** At most this many groups are read: as many as the claims' own queries would read in all. */
    int cap() {
      return MAX_CANDIDATES * lookups.size();
    }
  }

  /**
   * Looks up the table's candidates of every groupable claim at once. Claims of one {@link Scope} whose value ranges
   * overlap make one span, looked up once over the union of their ranges (the claims of a batch share keys: one
   * lookup per claim read the same groups again and again), in two statements (spans by event, and by kind), each
   * a lateral join of the spans with claim_group through the indexes on (unit, key column, recency). A span's
   * groups are then handed to each of its claims, filtered by its range and key. A span that reads its cap may have
   * missed groups some claim would have got; its claims are looked up again one by one, with the cap of one. The
   * table does not change while a write groups (its changes are written after: {@link #changes}), so these are the
   * answers the one-claim queries would give.
   */
  @Override
  public void prepare(List<Claim> claims) {
    Map<Scope, List<Lookup>> byScope = new LinkedHashMap<>();
    Map<String, List<Claim>> byArticle = new HashMap<>();
    for (Claim c : claims) {
      byArticle.computeIfAbsent(c.articleId(), a -> new ArrayList<>()).add(c);
    }
    for (Claim c : claims) {
      QuantityKey key = c.key() == null ? new QuantityKey("", "", "", c.unit()) : c.key();
      java.util.Optional<double[]> v = GroupAssigner.extent(c, byArticle.get(c.articleId()));
      if (!key.groupable() || v.isEmpty()) {
        continue;
      }
      Lookup l = new Lookup(key, v.get()[0], v.get()[1]);
      if (prepared.putIfAbsent(l, new ArrayList<>()) == null) {
        byScope.computeIfAbsent(Scope.of(key), s -> new ArrayList<>()).add(l);
      }
    }
    List<Span> spans = new ArrayList<>();
    byScope.forEach((scope, lookups) -> {
      lookups.sort(java.util.Comparator.comparingDouble(Lookup::low));
      List<Lookup> run = new ArrayList<>();
      double low = 0;
      double high = 0;
      for (Lookup l : lookups) {
        if (!run.isEmpty() && l.low() > high) {
          spans.add(new Span(scope, low, high, run));
          run = new ArrayList<>();
        }
        if (run.isEmpty()) {
          low = l.low();
          high = l.high();
        }
        run.add(l);
        high = Math.max(high, l.high());
      }
      if (!run.isEmpty()) {
        spans.add(new Span(scope, low, high, run));
      }
    });
    List<Lookup> again = new ArrayList<>();
    again.addAll(lookUp(spans.stream().filter(s -> s.scope().byEvent()).toList(), "event"));
    again.addAll(lookUp(spans.stream().filter(s -> !s.scope().byEvent()).toList(), "kind"));
    List<Span> single = again.stream().map(l -> new Span(Scope.of(l.key()), l.low(), l.high(), List.of(l))).toList();
    lookUp(single.stream().filter(s -> s.scope().byEvent()).toList(), "event");
    lookUp(single.stream().filter(s -> !s.scope().byEvent()).toList(), "kind");
  }

  /** The conditions of a candidate beside its key: cause, event window and value range, as the one-claim query has them. */
  private static final String CONTEXT = " AND (t.cause = '' OR cause IN (t.cause, ''))"
      + " AND (t.latest IS NULL OR earliest IS NULL OR earliest <= t.latest::date)"
      + " AND (t.earliest IS NULL OR latest IS NULL OR latest >= t.earliest::date)"
      + " AND max_value >= t.lo AND min_value <= t.hi";

  /** The candidate statement of spans keyed by {@code column} ("event" or "kind"), as {@link #lookUp} runs it. */
  static String spansSql(String column) {
    return "SELECT t.i, g.id, g.kind, g.event, g.party, g.unit, g.cause, g.place, g.event_name, g.earliest, g.latest,"
        + " g.min_value, g.max_value FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
        + " ?::float8[], ?::float8[], ?::int[]) AS t(i, unit, k, cause, latest, earliest, lo, hi, cap)"
        // The key's value and the open value '' each read their most recent groups through the index on
        // (unit, key column, recency) and stop at the cap; then the two are merged. One scan ordered by
        // recency alone (the plan PostgreSQL picked for "IN (t.k, '') ORDER BY recency LIMIT 64")
        // read the whole table per claim on a store of a million claims (bin/explain-queries).
        + " CROSS JOIN LATERAL (SELECT * FROM ("
        + "(SELECT * FROM claim_group WHERE unit = t.unit AND " + column + " = t.k AND t.k <> ''" + CONTEXT
        + " ORDER BY recency DESC LIMIT t.cap)"
        // An open kind ('') agrees with any kind; an event must be equal (QuantityKey.compatible), so groups of
        // the open event are never candidates of a claim keyed by event: reading them only crowded out the real ones.
        + (column.equals("kind") ? " UNION ALL (SELECT * FROM claim_group WHERE unit = t.unit AND kind = ''" + CONTEXT
            + " ORDER BY recency DESC LIMIT t.cap)" : "")
        + ") u ORDER BY recency DESC LIMIT t.cap) g";
  }

  /**
   * Reads the candidates of the spans (all keyed by {@code column}) in one statement and hands them to the spans'
   * claims; returns the claims of spans that read their cap and of more than one claim, to be looked up one by one.
   */
  private List<Lookup> lookUp(List<Span> spans, String column) {
    if (spans.isEmpty()) {
      return List.of();
    }
    String sql = spansSql(column);
    List<List<Candidate>> rows = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      int n = spans.size();
      Object[] idx = new Object[n];
      Object[] unit = new Object[n];
      Object[] k = new Object[n];
      Object[] cause = new Object[n];
      Object[] latest = new Object[n];
      Object[] earliest = new Object[n];
      Object[] lo = new Object[n];
      Object[] hi = new Object[n];
      Object[] cap = new Object[n];
      for (int i = 0; i < n; i++) {
        Span span = spans.get(i);
        idx[i] = i;
        unit[i] = span.scope().unit();
        k[i] = span.scope().k();
        cause[i] = span.scope().cause();
        latest[i] = span.scope().latest() == null ? null : span.scope().latest().toString();
        earliest[i] = span.scope().earliest() == null ? null : span.scope().earliest().toString();
        lo[i] = span.low();
        hi[i] = span.high();
        cap[i] = span.cap();
        rows.add(new ArrayList<>());
      }
      st.setArray(1, connection.createArrayOf("int4", idx));
      st.setArray(2, connection.createArrayOf("text", unit));
      st.setArray(3, connection.createArrayOf("text", k));
      st.setArray(4, connection.createArrayOf("text", cause));
      st.setArray(5, connection.createArrayOf("text", latest));
      st.setArray(6, connection.createArrayOf("text", earliest));
      st.setArray(7, connection.createArrayOf("float8", lo));
      st.setArray(8, connection.createArrayOf("float8", hi));
      st.setArray(9, connection.createArrayOf("int4", cap));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          rows.get(rs.getInt(1)).add(candidate(rs, 2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("looking up candidate groups of " + spans.size() + " value ranges failed", e);
    }
    List<Lookup> again = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      if (span.lookups().size() > 1 && rows.get(i).size() >= span.cap()) {
        again.addAll(span.lookups());
        continue;
      }
      // compatible() once per distinct key of the span, not per claim: a batch's claims repeat keys
      List<Candidate> spanRows = rows.get(i);
      Map<QuantityKey, List<Candidate>> compatible = new HashMap<>();
      for (Lookup l : span.lookups()) {
        List<Candidate> forKey = compatible.computeIfAbsent(l.key(),
            key -> spanRows.stream().filter(c -> c.key().compatible(key)).toList());
        List<Candidate> out = prepared.get(l);
        for (Candidate c : forKey) {
          if (c.maxValue() >= l.low() && c.minValue() <= l.high() && out.size() < MAX_CANDIDATES) {
            out.add(c);
          }
        }
      }
    }
    return again;
  }

  /**
   * A candidate from the row's columns id, kind, event, party, unit, cause, place, event_name, earliest, latest,
   * min_value, max_value, in that order from {@code first}: read by position (by name, pgjdbc looks each up in a
   * map, a tenth of the service's CPU over some 20,000 candidate rows a batch).
   */
  private static Candidate candidate(ResultSet rs, int first) throws SQLException {
    int i = first;
    String id = rs.getString(i++);
    QuantityKey k = new QuantityKey(rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getString(i++),
        rs.getString(i++), rs.getString(i++), rs.getString(i++), rs.getObject(i++, java.time.LocalDate.class),
        rs.getObject(i++, java.time.LocalDate.class));
    return new Candidate(id, k, rs.getDouble(i++), rs.getDouble(i));
  }

  /**
   * The candidate statement of one claim, as {@link #stored} runs it: parameters unit, the key column's value, then
   * cause, latest and earliest where the key has them, then the low and high of the range within reach.
   */
  static String oneClaimSql(QuantityKey key) {
    String byKey = key.event().isEmpty()
        ? "unit = ? AND kind IN (?, '')"
        : "unit = ? AND event = ?";
    // Cause and time narrow in SQL too, so that the cap counts only groups the claim could join;
    // the place and the rest of the key are compared in Java (QuantityKey.compatible).
    String byContext = (key.cause().isEmpty() ? "" : " AND cause IN (?, '')")
        + (key.latest() == null ? "" : " AND (earliest IS NULL OR earliest <= ?)")
        + (key.earliest() == null ? "" : " AND (latest IS NULL OR latest >= ?)");
    return "SELECT id, kind, event, party, unit, cause, place, event_name, earliest, latest, min_value, max_value"
        + " FROM claim_group WHERE " + byKey
        + byContext + " AND max_value >= ? AND min_value <= ? ORDER BY recency DESC LIMIT " + MAX_CANDIDATES;
  }

  private List<Candidate> stored(QuantityKey key, double low, double high) {
    List<Candidate> known = prepared.get(new Lookup(key, low, high));
    if (known != null) {
      return known;
    }
    String sql = oneClaimSql(key);
    double reach = GroupAssigner.reach(key);
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      int i = 1;
      st.setString(i++, key.unit());
      st.setString(i++, key.event().isEmpty() ? key.kind() : key.event());
      if (!key.cause().isEmpty()) {
        st.setString(i++, key.cause());
      }
      if (key.latest() != null) {
        st.setObject(i++, key.latest());
      }
      if (key.earliest() != null) {
        st.setObject(i++, key.earliest());
      }
      st.setDouble(i++, low / reach);
      st.setDouble(i, high * reach);
      List<Candidate> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Candidate c = candidate(rs, 1);
          if (c.key().compatible(key)) {
            out.add(c);
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("looking up candidate groups failed", e);
    }
  }

  @Override
  public void create(String id, QuantityKey key, double low, double high) {
    touch(id, new Touched(key, low, high, true));
  }

  @Override
  public void join(String id, QuantityKey refinedKey, double low, double high) {
    Touched t = touched.get(id);
    touch(id, t == null ? new Touched(refinedKey, low, high, false)
        : new Touched(refinedKey, Math.min(t.min(), low), Math.max(t.max(), high), t.created()));
  }

  /** A group this write created or joined: its key as refined and the range of the values that joined it. */
  record Change(String id, QuantityKey key, double min, double max) {}

  /**
   * The groups this write created or joined, the most recent last, for {@link GroupBookkeeping#write} to write with their
   * counts and kept claims in one statement: a new group with its key and range; a joined one (or a new one whose id is
   * taken, by the article's earlier extraction) with its refined key and its range widened by the values that joined it.
   */
  List<Change> changes() {
    return touched.entrySet().stream().map(e -> new Change(e.getKey(), e.getValue().key(), e.getValue().min(),
        e.getValue().max())).toList();
  }

}
