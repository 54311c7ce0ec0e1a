package io.claimwatch.claims.persistence;

import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.ClaimFilter;
import io.claimwatch.claims.domain.ClaimStore;
import io.claimwatch.claims.domain.Hedge;
import io.claimwatch.claims.domain.Modality;
import io.claimwatch.claims.domain.PageToken;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Claims in PostgreSQL (schema: db/migration). Each call is one transaction. */
public final class JdbcClaimStore implements ClaimStore {

  private static final String COLUMNS = "id, article_id, ordinal, quote, quote_start, quote_end, value_low, value_high,"
      + " hedge, unit, number_text, counted, claimant, event_start, event_end, statement_date, modality,"
      + " publication_date, extractor_version, group_id, create_time";

  private final DataSource dataSource;

  public JdbcClaimStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void replaceArticleClaims(String articleId, List<Claim> claims) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM claim WHERE article_id = ?")) {
          del.setString(1, articleId);
          del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO claim (" + COLUMNS + ") VALUES ("
            + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          for (Claim claim : claims) {
            bind(ins, claim);
            ins.addBatch();
          }
          ins.executeBatch();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("storing the claims of article " + articleId + " failed", e);
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
  public List<Claim> list(String articleId, ClaimFilter filter, PageToken.Position after, int limit) {
    StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM claim WHERE TRUE");
    List<Object> args = new ArrayList<>();
    if (articleId != null) {
      sql.append(" AND article_id = ?");
      args.add(articleId);
    }
    if (after != null) {
      sql.append(" AND (article_id, ordinal) > (?, ?)");
      args.add(after.articleId());
      args.add(after.ordinal());
    }
    for (ClaimFilter.Term t : filter.terms()) {
      appendTerm(sql, args, t);
    }
    sql.append(" ORDER BY article_id, ordinal LIMIT ?");
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

  private static void appendTerm(StringBuilder sql, List<Object> args, ClaimFilter.Term t) {
    switch (t.field()) {
      case HEDGE -> {
        sql.append(" AND hedge = ?");
        args.add(t.text());
      }
      case GROUP -> {
        sql.append(" AND group_id = ?");
        args.add(t.text());
      }
      case CLAIMANT, COUNTED, QUOTE -> {
        String column = t.field().name().toLowerCase();
        if (t.op() == ClaimFilter.Op.EQUALS) {
          sql.append(" AND ").append(column).append(" = ?");
          args.add(t.text());
        } else {
          sql.append(" AND strpos(lower(").append(column).append("), lower(?)) > 0");
          args.add(t.text());
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
      default -> throw new IllegalStateException("unhandled filter field " + t.field());
    }
  }

  private static void bind(PreparedStatement st, Claim c) throws SQLException {
    st.setString(1, c.id());
    st.setString(2, c.articleId());
    st.setInt(3, c.ordinal());
    st.setString(4, c.quote());
    st.setInt(5, c.quoteStart());
    st.setInt(6, c.quoteEnd());
    st.setBigDecimal(7, c.low());
    st.setBigDecimal(8, c.high());
    st.setString(9, c.hedge().name());
    st.setString(10, c.unit());
    st.setString(11, c.numberText());
    st.setString(12, c.counted());
    st.setString(13, c.claimant());
    st.setString(14, c.eventStart());
    st.setString(15, c.eventEnd());
    st.setString(16, c.statementDate());
    st.setString(17, c.modality().name());
    st.setString(18, c.publicationDate());
    st.setString(19, c.extractorVersion());
    if (c.groupId() == null) {
      st.setNull(20, Types.VARCHAR);
    } else {
      st.setString(20, c.groupId());
    }
    st.setTimestamp(21, Timestamp.from(c.createTime()));
  }

  private static Claim read(ResultSet rs) throws SQLException {
    return new Claim(rs.getString("id"), rs.getString("article_id"), rs.getInt("ordinal"), rs.getString("quote"),
        rs.getInt("quote_start"), rs.getInt("quote_end"), rs.getBigDecimal("value_low"), rs.getBigDecimal("value_high"),
        Hedge.valueOf(rs.getString("hedge")), rs.getString("unit"), rs.getString("number_text"), rs.getString("counted"),
        rs.getString("claimant"), rs.getString("event_start"), rs.getString("event_end"), rs.getString("statement_date"),
        Modality.valueOf(rs.getString("modality")), rs.getString("publication_date"), rs.getString("extractor_version"),
        rs.getString("group_id"), rs.getTimestamp("create_time").toInstant());
  }
}
