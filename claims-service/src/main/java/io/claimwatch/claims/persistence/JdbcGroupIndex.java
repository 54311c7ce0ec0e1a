package io.claimwatch.claims.persistence;

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
import java.util.List;

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

  @Override
  public List<Candidate> candidates(QuantityKey key, double value) {
    String byKey = key.event().isEmpty()
        ? "unit = ? AND kind IN (?, '')"
        : "unit = ? AND event IN (?, '')";
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
          QuantityKey k = new QuantityKey(rs.getString("kind"), rs.getString("event"), rs.getString("party"),
              rs.getString("unit"), rs.getString("cause"), rs.getString("place"), rs.getString("event_name"),
              rs.getObject("earliest", java.time.LocalDate.class), rs.getObject("latest", java.time.LocalDate.class));
          if (k.compatible(key)) {
            out.add(new Candidate(rs.getString("id"), k, rs.getDouble("min_value"), rs.getDouble("max_value")));
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
    try (PreparedStatement st = connection.prepareStatement("INSERT INTO claim_group (kind, event, party, unit, cause, place,"
        + " event_name, earliest, latest, id, min_value, max_value, create_time, update_time)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT (id) DO UPDATE SET update_time = EXCLUDED.update_time")) {
      int i = bindKey(st, key);
      st.setString(i++, id);
      st.setDouble(i++, value);
      st.setDouble(i++, value);
      st.setTimestamp(i++, now);
      st.setTimestamp(i, now);
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("starting group " + id + " failed", e);
    }
  }

  @Override
  public void join(String id, QuantityKey refinedKey, double value) {
    try (PreparedStatement st = connection.prepareStatement("UPDATE claim_group SET kind = ?, event = ?, party = ?, unit = ?,"
        + " cause = ?, place = ?, event_name = ?, earliest = ?, latest = ?, min_value = least(min_value, ?),"
        + " max_value = greatest(max_value, ?), update_time = ?"
        + " WHERE id = ?")) {
      int i = bindKey(st, refinedKey);
      st.setDouble(i++, value);
      st.setDouble(i++, value);
      st.setTimestamp(i++, now);
      st.setString(i, id);
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("adding to group " + id + " failed", e);
    }
  }

  /** Binds a key's parts, in the order kind, event, party, unit, cause, place, event name, earliest, latest; returns the next. */
  private static int bindKey(PreparedStatement st, QuantityKey key) throws SQLException {
    st.setString(1, key.kind());
    st.setString(2, key.event());
    st.setString(3, key.party());
    st.setString(4, key.unit());
    st.setString(5, key.cause());
    st.setString(6, key.place());
    st.setString(7, key.eventName());
    st.setObject(8, key.earliest());
    st.setObject(9, key.latest());
    return 10;
  }
}
