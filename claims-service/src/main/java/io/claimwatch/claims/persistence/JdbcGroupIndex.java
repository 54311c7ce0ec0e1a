package io.claimwatch.claims.persistence;

import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.GroupAssigner;
import io.claimwatch.claims.domain.GroupIndex;
import io.claimwatch.claims.domain.QuantityKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
  private final Timestamp now;

  JdbcGroupIndex(Connection connection, Instant now) {
    this.connection = connection;
    this.now = Timestamp.from(now);
  }

  /** A group this write created or joined: its key as refined, the range of the values it brought, whether it is new. */
  private record Touched(QuantityKey key, double min, double max, boolean created) {}

  /** The groups this write changed, written by {@link #flush} in one statement; the most recent last. */
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
  public List<Candidate> candidates(QuantityKey key, double value) {
    double reach = GroupAssigner.reach(key);
    List<Candidate> out = new ArrayList<>();
    List<String> ids = new ArrayList<>(touchedByEvent.getOrDefault(bucket(key), new java.util.LinkedHashSet<>()));
    java.util.Collections.reverse(ids);
    for (String id : ids) {
      Candidate c = current(id);
      if (c.key().compatible(key) && c.maxValue() >= value / reach && c.minValue() <= value * reach) {
        out.add(c);
      }
    }
    for (Candidate c : stored(key, value)) {
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

  /** A candidate lookup: a claim's key and representative value. */
  private record Lookup(QuantityKey key, double value) {}

  /** The table's candidates of the claims {@link #prepare}d, looked up together. */
  private final Map<Lookup, List<Candidate>> prepared = new HashMap<>();

  /**
   * Looks up the table's candidates of every groupable claim at once: two statements (claims keyed by
   * event, and by kind), each a lateral join of the claims' keys and values with claim_group through
   * the same indexes and conditions as the one-claim query, instead of one query per claim. The
   * table does not change while a write groups (its changes are written by {@link #flush}), so these
   * are the answers the one-claim queries would give.
   */
  @Override
  public void prepare(List<Claim> claims) {
    List<Lookup> byEvent = new ArrayList<>();
    List<Lookup> byKind = new ArrayList<>();
    for (Claim c : claims) {
      QuantityKey key = c.key() == null ? new QuantityKey("", "", "", c.unit()) : c.key();
      java.util.Optional<Double> v = GroupAssigner.representative(c.low(), c.high());
      if (!key.groupable() || v.isEmpty()) {
        continue;
      }
      Lookup l = new Lookup(key, v.get());
      if (!prepared.containsKey(l)) {
        prepared.put(l, new ArrayList<>());
        (key.event().isEmpty() ? byKind : byEvent).add(l);
      }
    }
    prepare(byEvent, "event");
    prepare(byKind, "kind");
  }

  /** The conditions of a candidate beside its key: cause, event window and value range, as the one-claim query has them. */
  private static final String CONTEXT = " AND (t.cause = '' OR cause IN (t.cause, ''))"
      + " AND (t.latest IS NULL OR earliest IS NULL OR earliest <= t.latest::date)"
      + " AND (t.earliest IS NULL OR latest IS NULL OR latest >= t.earliest::date)"
      + " AND max_value >= t.lo AND min_value <= t.hi";

  private void prepare(List<Lookup> lookups, String column) {
    if (lookups.isEmpty()) {
      return;
    }
    String sql = "SELECT t.i, g.id, g.kind, g.event, g.party, g.unit, g.cause, g.place, g.event_name, g.earliest, g.latest,"
        + " g.min_value, g.max_value FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
        + " ?::float8[], ?::float8[]) AS t(i, unit, k, cause, latest, earliest, lo, hi)"
        // The key's value and the open value '' each read their most recent groups through the index on
        // (unit, key column, update_time) and stop at the cap; then the two are merged. One scan ordered by
        // update_time alone (the plan PostgreSQL picked for "IN (t.k, '') ORDER BY update_time LIMIT 64")
        // read the whole table per claim on a store of a million claims (bin/explain-queries).
        + " CROSS JOIN LATERAL (SELECT * FROM ("
        + "(SELECT * FROM claim_group WHERE unit = t.unit AND " + column + " = t.k AND t.k <> ''" + CONTEXT
        + " ORDER BY update_time DESC LIMIT " + MAX_CANDIDATES + ")"
        // An open kind ('') agrees with any kind; an event must be equal (QuantityKey.compatible), so groups of
        // the open event are never candidates of a claim keyed by event: reading them only crowded out the real ones.
        + (column.equals("kind") ? " UNION ALL (SELECT * FROM claim_group WHERE unit = t.unit AND kind = ''" + CONTEXT
            + " ORDER BY update_time DESC LIMIT " + MAX_CANDIDATES + ")" : "")
        + ") u ORDER BY update_time DESC LIMIT " + MAX_CANDIDATES + ") g";
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      int n = lookups.size();
      Object[] idx = new Object[n];
      Object[] unit = new Object[n];
      Object[] k = new Object[n];
      Object[] cause = new Object[n];
      Object[] latest = new Object[n];
      Object[] earliest = new Object[n];
      Object[] lo = new Object[n];
      Object[] hi = new Object[n];
      for (int i = 0; i < n; i++) {
        QuantityKey key = lookups.get(i).key();
        double reach = GroupAssigner.reach(key);
        idx[i] = i;
        unit[i] = key.unit();
        k[i] = key.event().isEmpty() ? key.kind() : key.event();
        cause[i] = key.cause();
        latest[i] = key.latest() == null ? null : key.latest().toString();
        earliest[i] = key.earliest() == null ? null : key.earliest().toString();
        lo[i] = lookups.get(i).value() / reach;
        hi[i] = lookups.get(i).value() * reach;
      }
      st.setArray(1, connection.createArrayOf("int4", idx));
      st.setArray(2, connection.createArrayOf("text", unit));
      st.setArray(3, connection.createArrayOf("text", k));
      st.setArray(4, connection.createArrayOf("text", cause));
      st.setArray(5, connection.createArrayOf("text", latest));
      st.setArray(6, connection.createArrayOf("text", earliest));
      st.setArray(7, connection.createArrayOf("float8", lo));
      st.setArray(8, connection.createArrayOf("float8", hi));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          Lookup l = lookups.get(rs.getInt(1));
          Candidate c = candidate(rs, 2);
          if (c.key().compatible(l.key())) {
            prepared.get(l).add(c);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("looking up candidate groups of " + lookups.size() + " claims failed", e);
    }
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

  private List<Candidate> stored(QuantityKey key, double value) {
    List<Candidate> known = prepared.get(new Lookup(key, value));
    if (known != null) {
      return known;
    }
    String byKey = key.event().isEmpty()
        ? "unit = ? AND kind IN (?, '')"
        : "unit = ? AND event = ?";
    // Cause and time narrow in SQL too, so that the cap counts only groups the claim could join;
    // the place and the rest of the key are compared in Java (QuantityKey.compatible).
    String byContext = (key.cause().isEmpty() ? "" : " AND cause IN (?, '')")
        + (key.latest() == null ? "" : " AND (earliest IS NULL OR earliest <= ?)")
        + (key.earliest() == null ? "" : " AND (latest IS NULL OR latest >= ?)");
    String sql = "SELECT id, kind, event, party, unit, cause, place, event_name, earliest, latest, min_value, max_value"
        + " FROM claim_group WHERE " + byKey
        + byContext + " AND max_value >= ? AND min_value <= ? ORDER BY update_time DESC LIMIT " + MAX_CANDIDATES;
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
      st.setDouble(i++, value / reach);
      st.setDouble(i, value * reach);
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
  public void create(String id, QuantityKey key, double value) {
    touch(id, new Touched(key, value, value, true));
  }

  @Override
  public void join(String id, QuantityKey refinedKey, double value) {
    Touched t = touched.get(id);
    touch(id, t == null ? new Touched(refinedKey, value, value, false)
        : new Touched(refinedKey, Math.min(t.min(), value), Math.max(t.max(), value), t.created()));
  }

  /**
   * Writes the groups this write created or joined, in one statement: a new group with its key and
   * range; a joined one (or a new one whose id is taken, by the article's earlier extraction) with its
   * refined key and its range widened by the values that joined it.
   */
  void flush() {
    if (touched.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>(touched.keySet());
    List<Touched> ts = ids.stream().map(touched::get).toList();
    String sql = "INSERT INTO claim_group (kind, event, party, unit, cause, place, event_name, earliest, latest, id,"
        + " min_value, max_value, create_time, update_time)"
        + " SELECT t.kind, t.event, t.party, t.unit, t.cause, t.place, t.event_name, t.earliest::date, t.latest::date, t.id,"
        + " t.lo, t.hi, ?, ? FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
        + " ?::text[], ?::text[], ?::text[], ?::float8[], ?::float8[])"
        + " AS t(kind, event, party, unit, cause, place, event_name, earliest, latest, id, lo, hi)"
        + " ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, event = EXCLUDED.event, party = EXCLUDED.party,"
        + " unit = EXCLUDED.unit, cause = EXCLUDED.cause, place = EXCLUDED.place, event_name = EXCLUDED.event_name,"
        + " earliest = EXCLUDED.earliest, latest = EXCLUDED.latest,"
        + " min_value = least(claim_group.min_value, EXCLUDED.min_value),"
        + " max_value = greatest(claim_group.max_value, EXCLUDED.max_value), update_time = EXCLUDED.update_time";
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setTimestamp(1, now);
      st.setTimestamp(2, now);
      st.setArray(3, texts(ts.stream().map(t -> t.key().kind())));
      st.setArray(4, texts(ts.stream().map(t -> t.key().event())));
      st.setArray(5, texts(ts.stream().map(t -> t.key().party())));
      st.setArray(6, texts(ts.stream().map(t -> t.key().unit())));
      st.setArray(7, texts(ts.stream().map(t -> t.key().cause())));
      st.setArray(8, texts(ts.stream().map(t -> t.key().place())));
      st.setArray(9, texts(ts.stream().map(t -> t.key().eventName())));
      st.setArray(10, texts(ts.stream().map(t -> t.key().earliest() == null ? null : t.key().earliest().toString())));
      st.setArray(11, texts(ts.stream().map(t -> t.key().latest() == null ? null : t.key().latest().toString())));
      st.setArray(12, texts(ids.stream()));
      st.setArray(13, connection.createArrayOf("float8", ts.stream().map(Touched::min).toArray()));
      st.setArray(14, connection.createArrayOf("float8", ts.stream().map(Touched::max).toArray()));
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("writing " + ids.size() + " groups failed", e);
    }
    touched.clear();
    touchedByEvent.clear();
    read.clear();
    prepared.clear();
  }

  private java.sql.Array texts(java.util.stream.Stream<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray());
  }

}
