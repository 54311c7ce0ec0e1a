package io.claimwatch.claims.persistence;

import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.ClaimFilter;
import io.claimwatch.claims.domain.ClaimGroup;
import io.claimwatch.claims.domain.ClaimOrder;
import io.claimwatch.claims.domain.ClaimStore;
import io.claimwatch.claims.domain.GroupIndex;
import io.claimwatch.claims.domain.QuantityKey;
import io.claimwatch.claims.domain.Hedge;
import io.claimwatch.claims.domain.Modality;
import io.claimwatch.claims.domain.PageToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/** Claims in PostgreSQL (schema: src/main/resources/db/claims). Each call is one transaction. */
public final class JdbcClaimStore implements ClaimStore {

  private static final String COLUMNS = "id, article_id, ordinal, quote, quote_start, quote_end, value_low, value_high,"
      + " hedge, unit, number_text, counted, claimant, event_start, event_end, statement_date, modality,"
      + " publication_date, extractor_version, group_id, origin_id, outlet, key_kind, key_event, key_party, key_cause, key_place,"
      + " key_event_name, key_earliest, key_latest, create_time";
  /** One lock for all writes that group claims, so that two articles never start the same group twice. */
  private static final long GROUPING_LOCK = 0x636c61696d73L;

  private final DataSource dataSource;

  public JdbcClaimStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<Claim> replaceArticleClaims(String articleId, Function<GroupIndex, List<Claim>> grouping) {
    return replaceArticlesClaims(List.of(articleId), List.of(grouping)).get(0);
  }

  /**
   * One transaction for all the articles: the grouping lock taken once; each article's claims grouped in
   * turn through one {@link JdbcGroupIndex}; the old claims deleted in one statement; the groups created or joined
   * written with their counts and latest claims in one statement, one row version each ({@link GroupBookkeeping});
   * the new claims in one COPY ({@link ClaimCopy}); one notify per article. After the commit, the trigram indexes'
   * pending lists merged ({@link PendingLists}).
   */
  @Override
  public List<List<Claim>> replaceArticlesClaims(List<String> articleIds, List<Function<GroupIndex, List<Claim>>> groupings) {
    return replaceArticlesClaimsAndRecent(articleIds, groupings, 0).stored();
  }

  /**
   * As {@link #replaceArticlesClaims}; the groups' latest claims are those the write's own statement stored and
   * returned ({@link GroupBookkeeping#write}), not read again after it.
   */
  @Override
  public Written replaceArticlesClaimsAndRecent(List<String> articleIds, List<Function<GroupIndex, List<Claim>>> groupings,
      int limit) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
          lock.setLong(1, GROUPING_LOCK);
          lock.execute();
        }
        JdbcGroupIndex index = new JdbcGroupIndex(c);
        List<List<Claim>> stored = new ArrayList<>(articleIds.size());
        for (Function<GroupIndex, List<Claim>> grouping : groupings) {
          stored.add(grouping.apply(index));
        }
        List<String> previousGroups = new ArrayList<>();
        GroupBookkeeping counts = new GroupBookkeeping();
        try (PreparedStatement del = c.prepareStatement("DELETE FROM claim WHERE article_id = ANY(?)"
            + " RETURNING group_id, coalesce(origin_id, article_id)")) {
          del.setArray(1, c.createArrayOf("text", articleIds.toArray()));
          try (ResultSet rs = del.executeQuery()) {
            while (rs.next()) {
              if (rs.getString(1) != null) {
                previousGroups.add(rs.getString(1));
                counts.left(rs.getString(1), rs.getString(2));
              }
            }
          }
        }
        List<Claim> claims = stored.stream().flatMap(List::stream).toList();
        for (Claim claim : claims) {
          if (claim.groupId() != null) {
            counts.joined(claim.groupId(), claim.originId() != null ? claim.originId() : claim.articleId());
          }
        }
        // Whether each origin touched keeps other claims in its group: asked between the delete and the insert.
        counts.lookUpOthers(c);
        Map<String, String[]> recent = counts.write(c, Timestamp.from(Instant.now()), index.changes(),
            RecentClaims.added(claims), articleIds);
        counts.apply(c, articleIds, recent.keySet());
        if (!claims.isEmpty()) {
          ClaimCopy.write(c, COLUMNS, claims);
        }
        GroupBookkeeping.resetRanges(c, previousGroups);
        // Delivered to every listening replica when the transaction commits (see PgChangeFeed).
        try (PreparedStatement notify = c.prepareStatement("SELECT pg_notify('" + PgChangeFeed.CHANNEL + "', a)"
            + " FROM unnest(?::text[]) AS a")) {
          notify.setArray(1, c.createArrayOf("text", articleIds.toArray()));
          notify.execute();
        }
        c.commit();
        // the trigram indexes' pending lists, merged outside the grouping lock (V14)
        PendingLists.mergeAfterCommit(c, claims.size());
        return new Written(stored, limit == 0 ? Map.of() : RecentClaims.claims(recent, claims, limit));
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("storing the claims of articles " + articleIds + " failed", e);
    }
  }

  @Override
  public Optional<Claim> get(String id) {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM claim WHERE id = ?")) {
      st.setString(1, id);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading claim " + id + " failed", e);
    }
  }

  @Override
  public List<Claim> list(String articleId, ClaimFilter filter, ClaimOrder order, PageToken.Position after, int limit) {
    StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM claim WHERE TRUE");
    List<Object> args = new ArrayList<>();
    if (articleId != null) {
      sql.append(" AND article_id = ?");
      args.add(articleId);
    }
    if (after != null && order == ClaimOrder.ARTICLE) {
      sql.append(" AND (article_id, ordinal) > (?, ?)");
      args.add(after.articleId());
      args.add(after.ordinal());
    } else if (after != null) {
      sql.append(" AND (coalesce(publication_date, ''), article_id, ordinal) < (?, ?, ?)");
      args.add(after.published());
      args.add(after.articleId());
      args.add(after.ordinal());
    }
    for (ClaimFilter.Term t : filter.terms()) {
      appendTerm(sql, args, t);
    }
    sql.append(order == ClaimOrder.ARTICLE ? " ORDER BY article_id, ordinal LIMIT ?"
        : " ORDER BY coalesce(publication_date, '') DESC, article_id DESC, ordinal DESC LIMIT ?");
    args.add(limit);
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        st.setObject(i + 1, args.get(i));
      }
      List<Claim> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("listing claims failed", e);
    }
  }

  private static final String GROUP_COLUMNS = "g.id, g.kind, g.event, g.party, g.unit, g.cause, g.place, g.event_name, g.earliest, g.latest,"
      + " g.create_time, g.update_time, g.claim_count, g.origin_count, g.recency";

  @Override
  public Optional<ClaimGroup> group(String id) {
    List<ClaimGroup> rows = groups("SELECT " + GROUP_COLUMNS + " FROM claim_group g WHERE g.id = ?", id);
    return rows.stream().findFirst();
  }

  /** The timeline's order in SQL: text compared byte by byte (collation "C"), as Java compares the strings (claim_timeline, V9). */
  private static final String TIMELINE_ORDER = " ORDER BY holds, article_id COLLATE \"C\", ordinal LIMIT ?";

  @Override
  public List<Claim> timeline(String groupId, PageToken.TimelinePosition from, int limit) {
    String what = "the timeline of group " + groupId;
    List<Claim> out = new ArrayList<>();
    if (from == null || from.holds() != null) {
      // the dated claims first (NULLS LAST is the index's order), then the undated
      out.addAll(from == null
          ? claims(what, "SELECT " + COLUMNS + " FROM claim WHERE group_id = ? AND holds IS NOT NULL" + TIMELINE_ORDER, groupId, limit)
          : claims(what, "SELECT " + COLUMNS + " FROM claim WHERE group_id = ? AND holds IS NOT NULL"
              + " AND (holds, article_id COLLATE \"C\", ordinal) >= (?, ?, ?)" + TIMELINE_ORDER,
              groupId, from.holds(), from.articleId(), from.ordinal(), limit));
      if (out.size() < limit) {
        out.addAll(claims(what, "SELECT " + COLUMNS + " FROM claim WHERE group_id = ? AND holds IS NULL" + TIMELINE_ORDER,
            groupId, limit - out.size()));
      }
      return out;
    }
    return claims(what, "SELECT " + COLUMNS + " FROM claim WHERE group_id = ? AND holds IS NULL"
        + " AND (article_id COLLATE \"C\", ordinal) >= (?, ?)" + TIMELINE_ORDER, groupId, from.articleId(), from.ordinal(), limit);
  }

  @Override
  public List<Claim> latestClaims(String groupId, int limit) {
    String what = "the latest claims of group " + groupId;
    List<Claim> dated = claims(what, "SELECT " + COLUMNS + " FROM claim WHERE group_id = ?"
        + " AND holds = (SELECT max(holds) FROM claim WHERE group_id = ?)" + TIMELINE_ORDER, groupId, groupId, limit);
    return !dated.isEmpty() ? dated
        : claims(what, "SELECT " + COLUMNS + " FROM claim WHERE group_id = ? AND holds IS NULL" + TIMELINE_ORDER, groupId, limit);
  }

  @Override
  public List<Claim> recentGroupClaims(String groupId, int limit) {
    return recentGroupsClaims(List.of(groupId), limit).getOrDefault(groupId, List.of());
  }

  /**
   * The latest claims of each group as the group keeps them ({@link RecentClaims}: at most its 64 latest, with the fields
   * a judgment reads), one row per group by primary key.
   */
  @Override
  public Map<String, List<Claim>> recentGroupsClaims(java.util.Collection<String> groupIds, int limit) {
    try (Connection c = dataSource.getConnection()) {
      Map<String, List<Claim>> out = new HashMap<>();
      RecentClaims.read(c, groupIds).forEach((g, entries) -> out.put(g,
          entries.stream().limit(limit).map(e -> RecentClaims.claim(g, e)).toList()));
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("reading the recent claims of " + groupIds.size() + " groups failed", e);
    }
  }

  /** The claims a query over the claim table's columns returns; {@code what} names them in an error. */
  private List<Claim> claims(String what, String sql, Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        st.setObject(i + 1, args[i]);
      }
      List<Claim> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("reading " + what + " failed", e);
    }
  }

  @Override
  public List<ClaimGroup> listGroups(Instant afterRecency, String afterId, int limit) {
    if (afterRecency == null) {
      return groups("SELECT " + GROUP_COLUMNS + " FROM claim_group g ORDER BY g.recency DESC, g.id DESC LIMIT ?", limit);
    }
    return groups("SELECT " + GROUP_COLUMNS + " FROM claim_group g WHERE (g.recency, g.id) < (?, ?)"
        + " ORDER BY g.recency DESC, g.id DESC LIMIT ?", Timestamp.from(afterRecency), afterId, limit);
  }

  @Override
  public List<ClaimGroup> compatibleGroups(QuantityKey key, int limit) {
    List<ClaimGroup> out = new ArrayList<>();
    // The key's event through the index on (unit, event, recency). Groups of the open event '' are not read for a
    // key with an event: an event must be equal to be compatible, so they were dropped below and only crowded the cap.
    List<ClaimGroup> rows = groups("SELECT " + GROUP_COLUMNS + " FROM claim_group g WHERE g.unit = ? AND g.event = ?"
        + " AND g.kind IN (?, '') ORDER BY g.recency DESC LIMIT ?", key.unit(), key.event(), key.kind(), limit * 4);
    for (ClaimGroup g : rows) {
      if (g.key().compatible(key) && out.size() < limit) {
        out.add(g);
      }
    }
    return out;
  }

  private List<ClaimGroup> groups(String sql, Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        st.setObject(i + 1, args[i]);
      }
      List<ClaimGroup> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new ClaimGroup(rs.getString("id"),
              new QuantityKey(rs.getString("kind"), rs.getString("event"), rs.getString("party"), rs.getString("unit"),
                  rs.getString("cause"), rs.getString("place"), rs.getString("event_name"),
                  rs.getObject("earliest", java.time.LocalDate.class), rs.getObject("latest", java.time.LocalDate.class)),
              rs.getTimestamp("create_time").toInstant(), rs.getTimestamp("update_time").toInstant(), rs.getInt("claim_count"),
              rs.getInt("origin_count"), rs.getTimestamp("recency").toInstant()));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("reading groups failed", e);
    }
  }

  private static void appendTerm(StringBuilder sql, List<Object> args, ClaimFilter.Term t) {
    switch (t.field()) {
      case HEDGE -> {
        sql.append(t.text().equals(Hedge.EXACT.name()) ? " AND hedge = ?" : " AND hedge = ? AND hedge <> 'EXACT'"); // V13
        args.add(t.text());
      }
      case GROUP -> {
        sql.append(" AND group_id = ?");
        args.add(t.text());
      }
      case CLAIMANT, COUNTED, QUOTE -> {
        String column = t.field().name().toLowerCase(java.util.Locale.ROOT);
        // The claimant indexes hold claims with a claimant only, counted's trigram index those with a counted (V12).
        if (t.field() == ClaimFilter.Field.CLAIMANT) {
          sql.append(" AND claimant IS NOT NULL");
        } else if (t.field() == ClaimFilter.Field.COUNTED && t.op() != ClaimFilter.Op.EQUALS && !t.text().isEmpty()) {
          sql.append(" AND counted <> ''");
        }
        if (t.op() == ClaimFilter.Op.EQUALS) {
          sql.append(" AND ").append(column).append(" = ?");
          args.add(t.text());
        } else {
          // LIKE (not strpos) so that the trigram index on lower(column) serves it; the text is escaped.
          sql.append(" AND lower(").append(column).append(") LIKE ? ESCAPE '\\'");
          args.add("%" + t.text().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
              .replace("_", "\\_") + "%");
        }
      }
      case VALUE -> {
        // The claim's interval can reach the bound: an open end reaches everything on its side.
        if (t.op() == ClaimFilter.Op.AT_LEAST) {
          sql.append(" AND (value_high IS NULL OR value_high >= ?)");
        } else {
          sql.append(" AND (value_low IS NULL OR value_low <= ?)");
        }
        args.add(t.number());
      }
      case PUBLISHED, PERIOD -> {
        // ISO dates compare as text; a partial date reaches a bound it starts ("2024-08" <= "2024-08-31").
        String column = t.field() == ClaimFilter.Field.PUBLISHED ? "publication_date"
            : t.op() == ClaimFilter.Op.AT_LEAST ? "coalesce(event_end, event_start)" : "coalesce(event_start, event_end)";
        if (t.op() == ClaimFilter.Op.AT_LEAST) {
          sql.append(" AND ").append(column).append(" >= ?");
          args.add(t.text());
        } else {
          sql.append(" AND (").append(column).append(" <= ? OR starts_with(").append(column).append(", ?))");
          args.add(t.text());
          args.add(t.text());
        }
      }
      case ARTICLE -> {
        sql.append(" AND article_id = ?");
        args.add(t.text());
      }
      default -> throw new IllegalStateException("unhandled filter field " + t.field());
    }
  }

  /** COLUMNS' positions (1-based), for reading rows by index: a lookup by name costs a hash probe per column and row. */
  private static final List<String> COLUMN_NAMES = java.util.Arrays.stream(COLUMNS.split(",")).map(String::strip).toList();
  private static final int ID = col("id"), ARTICLE_ID = col("article_id"), ORDINAL = col("ordinal"), QUOTE = col("quote"),
      QUOTE_START = col("quote_start"), QUOTE_END = col("quote_end"), VALUE_LOW = col("value_low"), VALUE_HIGH = col("value_high"),
      HEDGE = col("hedge"), UNIT = col("unit"), NUMBER_TEXT = col("number_text"), COUNTED = col("counted"), CLAIMANT = col("claimant"),
      EVENT_START = col("event_start"), EVENT_END = col("event_end"), STATEMENT_DATE = col("statement_date"), MODALITY = col("modality"),
      PUBLICATION_DATE = col("publication_date"), EXTRACTOR_VERSION = col("extractor_version"), GROUP_ID = col("group_id"),
      ORIGIN_ID = col("origin_id"), OUTLET = col("outlet"), KEY_KIND = col("key_kind"), KEY_EVENT = col("key_event"),
      KEY_PARTY = col("key_party"), KEY_CAUSE = col("key_cause"), KEY_PLACE = col("key_place"), KEY_EVENT_NAME = col("key_event_name"),
      KEY_EARLIEST = col("key_earliest"), KEY_LATEST = col("key_latest"), CREATE_TIME = col("create_time");

  private static int col(String name) {
    int i = COLUMN_NAMES.indexOf(name);
    if (i < 0) {
      throw new IllegalStateException("no column " + name + " in COLUMNS");
    }
    return i + 1;
  }

  /** A row of {@code SELECT COLUMNS ...}. */
  private static Claim read(ResultSet rs) throws SQLException {
    return new Claim(rs.getString(ID), rs.getString(ARTICLE_ID), rs.getInt(ORDINAL), rs.getString(QUOTE),
        rs.getInt(QUOTE_START), rs.getInt(QUOTE_END), rs.getBigDecimal(VALUE_LOW), rs.getBigDecimal(VALUE_HIGH),
        Hedge.valueOf(rs.getString(HEDGE)), rs.getString(UNIT), rs.getString(NUMBER_TEXT), rs.getString(COUNTED),
        rs.getString(CLAIMANT), rs.getString(EVENT_START), rs.getString(EVENT_END), rs.getString(STATEMENT_DATE),
        Modality.valueOf(rs.getString(MODALITY)), rs.getString(PUBLICATION_DATE), rs.getString(EXTRACTOR_VERSION),
        rs.getString(GROUP_ID), rs.getString(ORIGIN_ID), rs.getString(OUTLET),
        new QuantityKey(rs.getString(KEY_KIND), rs.getString(KEY_EVENT), rs.getString(KEY_PARTY), rs.getString(UNIT),
            rs.getString(KEY_CAUSE), rs.getString(KEY_PLACE), rs.getString(KEY_EVENT_NAME),
            rs.getObject(KEY_EARLIEST, java.time.LocalDate.class), rs.getObject(KEY_LATEST, java.time.LocalDate.class)),
        rs.getTimestamp(CREATE_TIME).toInstant());
  }
}
