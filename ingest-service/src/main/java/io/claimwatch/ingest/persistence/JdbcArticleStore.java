package io.claimwatch.ingest.persistence;

import io.claimwatch.ingest.domain.Article;
import io.claimwatch.ingest.domain.ArticleStore;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Articles and their queue in PostgreSQL (schema: db/migration). */
public final class JdbcArticleStore implements ArticleStore {

  private static final String COLUMNS = "id, title, source_url, publication_date, publication_date_source, clean_text,"
      + " content_type, octet_length(content) AS content_size, state, failure_reason, claim_count, attempt_count,"
      + " create_time, update_time";
  private static final String PENDING = "state IN ('RECEIVED', 'EXTRACTING')";

  private final DataSource dataSource;

  public JdbcArticleStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Inserted insertIfAbsent(NewArticle a, Instant now) {
    String sql = "INSERT INTO article (id, title, source_url, publication_date, publication_date_source, clean_text,"
        + " content, content_type, state, next_attempt_at, create_time, update_time)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?) ON CONFLICT (id) DO NOTHING";
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      Timestamp t = Timestamp.from(now);
      st.setString(1, a.id());
      st.setString(2, a.title());
      st.setString(3, a.sourceUrl());
      st.setDate(4, a.publicationDate() == null ? null : Date.valueOf(a.publicationDate()));
      st.setString(5, a.publicationDateSource());
      st.setString(6, a.cleanText());
      st.setBytes(7, a.content());
      st.setString(8, a.contentType());
      st.setTimestamp(9, t);
      st.setTimestamp(10, t);
      st.setTimestamp(11, t);
      boolean created = st.executeUpdate() == 1;
      return new Inserted(read(c, a.id()).orElseThrow(), created);
    } catch (SQLException e) {
      throw new IllegalStateException("storing article " + a.id() + " failed", e);
    }
  }

  @Override
  public Optional<Article> get(String id) {
    try (Connection c = dataSource.getConnection()) {
      return read(c, id);
    } catch (SQLException e) {
      throw new IllegalStateException("reading article " + id + " failed", e);
    }
  }

  private static Optional<Article> read(Connection c, String id) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM article WHERE id = ?")) {
      st.setString(1, id);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(article(rs)) : Optional.empty();
      }
    }
  }

  @Override
  public List<Article> list(Article.State state, Instant afterCreateTime, String afterId, int limit) {
    StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM article WHERE TRUE");
    List<Object> args = new ArrayList<>();
    if (state != null) {
      sql.append(" AND state = ?");
      args.add(state.name());
    }
    if (afterCreateTime != null) {
      sql.append(" AND (create_time, id) < (?, ?)");
      args.add(Timestamp.from(afterCreateTime));
      args.add(afterId);
    }
    sql.append(" ORDER BY create_time DESC, id DESC LIMIT ?");
    args.add(limit);
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        st.setObject(i + 1, args.get(i));
      }
      List<Article> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(article(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("listing articles failed", e);
    }
  }

  @Override
  public Optional<Article> leaseNextDue(Instant now, Duration lease) {
    String sql = "UPDATE article SET state = 'EXTRACTING', attempt_count = attempt_count + 1, next_attempt_at = ?,"
        + " update_time = ? WHERE id = (SELECT id FROM article WHERE " + PENDING + " AND next_attempt_at <= ?"
        + " ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id";
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setTimestamp(1, Timestamp.from(now.plus(lease)));
      st.setTimestamp(2, Timestamp.from(now));
      st.setTimestamp(3, Timestamp.from(now));
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? read(c, rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("taking the next article from the queue failed", e);
    }
  }

  @Override
  public void markDone(String id, int claimCount, Instant now) {
    update("UPDATE article SET state = 'DONE', claim_count = ?, failure_reason = NULL, update_time = ? WHERE id = ?",
        claimCount, Timestamp.from(now), id);
  }

  @Override
  public void markRetry(String id, String reason, Instant nextAttempt, Instant now) {
    update("UPDATE article SET state = 'EXTRACTING', failure_reason = ?, next_attempt_at = ?, update_time = ? WHERE id = ?",
        reason, Timestamp.from(nextAttempt), Timestamp.from(now), id);
  }

  @Override
  public void markFailed(String id, String reason, Instant now) {
    update("UPDATE article SET state = 'FAILED', failure_reason = ?, update_time = ? WHERE id = ?",
        reason, Timestamp.from(now), id);
  }

  @Override
  public long pendingCount() {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT count(*) FROM article WHERE " + PENDING);
         ResultSet rs = st.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("counting pending articles failed", e);
    }
  }

  @Override
  public Optional<Instant> oldestPendingSince() {
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT min(create_time) FROM article WHERE " + PENDING);
         ResultSet rs = st.executeQuery()) {
      rs.next();
      Timestamp t = rs.getTimestamp(1);
      return t == null ? Optional.empty() : Optional.of(t.toInstant());
    } catch (SQLException e) {
      throw new IllegalStateException("reading the queue's age failed", e);
    }
  }

  private void update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        st.setObject(i + 1, args[i]);
      }
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("updating article " + args[args.length - 1] + " failed", e);
    }
  }

  private static Article article(ResultSet rs) throws SQLException {
    Date date = rs.getDate("publication_date");
    return new Article(rs.getString("id"), rs.getString("title"), rs.getString("source_url"),
        date == null ? null : date.toLocalDate(), rs.getString("publication_date_source"), rs.getString("clean_text"),
        rs.getString("content_type"), rs.getLong("content_size"), Article.State.valueOf(rs.getString("state")),
        rs.getString("failure_reason"), rs.getInt("claim_count"), rs.getInt("attempt_count"),
        rs.getTimestamp("create_time").toInstant(), rs.getTimestamp("update_time").toInstant());
  }
}
