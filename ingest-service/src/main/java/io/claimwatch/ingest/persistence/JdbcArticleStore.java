package io.claimwatch.ingest.persistence;

import io.claimwatch.ingest.domain.Article;
import io.claimwatch.ingest.domain.ArticleStore;
import io.claimwatch.ingest.domain.DateEvidence;
import io.claimwatch.ingest.domain.Dating;
import io.claimwatch.ingest.domain.LanguageIdentifier;
import io.claimwatch.ingest.domain.MinHash;
import io.claimwatch.ingest.domain.SourceMap;
import io.claimwatch.ingest.domain.StoryDateline;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Articles and their queue in PostgreSQL (schema: db/migration). */
public final class JdbcArticleStore implements ArticleStore {

  private static final String STORY_DATELINE = "story_dateline_place, story_dateline_place_start,"
      + " story_dateline_place_end, story_dateline_date, story_dateline_date_start, story_dateline_date_end";
  private static final String COLUMNS = "id, title, byline, source_url, publication_date, publication_date_source,"
      + " publication_date_confidence, dateline, dateline_contradicted, publication_not_before, " + STORY_DATELINE + ","
      + " language_code, language_confidence, language_reliable, origin_id, origin_similarity, source_map, clean_text,"
      + " content_type, octet_length(content) AS content_size, state, failure_reason, claim_count, extractor_version, attempt_count,"
      + " create_time, update_time";
  private static final String PENDING = "state IN ('RECEIVED', 'EXTRACTING')";

  private final DataSource dataSource;
  private final Supplier<String> traceParent;

  public JdbcArticleStore(DataSource dataSource) {
    this(dataSource, () -> null);
  }

  /**
   * @param traceParent the W3C traceparent of the current request, or null: stored with a new article so that
   *     its extraction, later and in another thread, continues the request's trace ({@link #traceParent(String)})
   */
  public JdbcArticleStore(DataSource dataSource, Supplier<String> traceParent) {
    this.dataSource = dataSource;
    this.traceParent = traceParent;
  }

  /** The traceparent stored with the article, if any. */
  public Optional<String> traceParent(String articleId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement st = c.prepareStatement("SELECT trace_parent FROM article WHERE id = ?")) {
      st.setString(1, articleId);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading an article's trace context failed", e);
    }
  }

  /**
   * The article and its band rows in one statement (one round trip; a single statement is atomic): the
   * band rows go in only when the article row did. A new article is answered from what was written; only
   * a duplicate is read back.
   */
  private static final String INSERT = "WITH ins AS (INSERT INTO article (id, title, byline, source_url, publication_date,"
      + " publication_date_source, publication_date_confidence, dateline, dateline_contradicted, publication_not_before,"
      + " " + STORY_DATELINE + ","
      + " language_code, language_confidence, language_reliable, minhash, origin_id, origin_similarity, source_map,"
      + " clean_text, content, content_type, state, next_attempt_at, create_time, update_time, trace_parent)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"
      + " RETURNING id),"
      + " bands AS (INSERT INTO article_band (band, band_hash, article_id)"
      + " SELECT (q.n - 1)::smallint, q.band_hash, ins.id FROM ins, unnest(?::bigint[]) WITH ORDINALITY AS q(band_hash, n)"
      + " ON CONFLICT DO NOTHING)"
      + " SELECT count(*) FROM ins";

  @Override
  public Inserted insertIfAbsent(NewArticle a, Instant now) {
    // PostgreSQL keeps microseconds: the answer for a new article shows the time as it will be read.
    Instant t0 = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    try (Connection c = dataSource.getConnection()) {
      if (insert(c, a, Timestamp.from(t0))) {
        return new Inserted(asStored(a, t0), true);
      }
      return new Inserted(read(c, a.id()).orElseThrow(), false);
    } catch (SQLException e) {
      throw new IllegalStateException("storing article " + a.id() + " failed", e);
    }
  }

  /**
   * One transaction, so one commit (one WAL flush) for the whole batch instead of one per article: an
   * article's insert statement each, in order (a later copy of an earlier article of the list finds it),
   * then the duplicates read back.
   */
  @Override
  public List<Inserted> insertAllIfAbsent(List<NewArticle> articles, Instant now) {
    Instant t0 = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    Timestamp t = Timestamp.from(t0);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        boolean[] created = new boolean[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
          created[i] = insert(c, articles.get(i), t);
        }
        List<Inserted> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
          NewArticle a = articles.get(i);
          out.add(created[i] ? new Inserted(asStored(a, t0), true) : new Inserted(read(c, a.id()).orElseThrow(), false));
        }
        c.commit();
        return out;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("storing a batch of " + articles.size() + " articles failed", e);
    }
  }

  /** The article and its bands, unless one with its id exists: whether it was new. */
  private boolean insert(Connection c, NewArticle a, Timestamp t) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(INSERT)) {
      Dating d = a.dating();
      int i = 1;
      st.setString(i++, a.id());
      st.setString(i++, a.title());
      st.setString(i++, a.byline());
      st.setString(i++, a.sourceUrl());
      st.setDate(i++, d.publication() == null ? null : Date.valueOf(d.publication().date()));
      st.setString(i++, d.publication() == null ? null : d.publication().source().label());
      st.setString(i++, d.publication() == null ? null : d.publication().confidence().name());
      st.setDate(i++, d.dateline() == null ? null : Date.valueOf(d.dateline().date()));
      st.setBoolean(i++, d.datelineContradicted());
      st.setDate(i++, d.notBefore() == null ? null : Date.valueOf(d.notBefore().date()));
      i = setStoryDateline(st, i, d.storyDateline());
      LanguageIdentifier.Detection lang = a.language();
      st.setString(i++, lang == null ? null : lang.code());
      st.setObject(i++, lang == null ? null : lang.confidence(), Types.DOUBLE);
      st.setObject(i++, lang == null ? null : lang.reliable(), Types.BOOLEAN);
      st.setBytes(i++, a.signature() == null ? null : a.signature().toBytes());
      st.setString(i++, a.origin() == null ? null : a.origin().id());
      st.setObject(i++, a.origin() == null ? null : a.origin().similarity(), Types.DOUBLE);
      if (a.sourceMap() == null) {
        st.setNull(i++, Types.ARRAY);
      } else {
        st.setObject(i++, a.sourceMap().runs()); // int[]: pgjdbc sends an int4[]
      }
      st.setString(i++, a.cleanText());
      st.setBytes(i++, a.content());
      st.setString(i++, a.contentType());
      st.setString(i++, a.state().name());
      st.setTimestamp(i++, t);
      st.setTimestamp(i++, t);
      st.setTimestamp(i++, t);
      st.setString(i++, traceParent.get());
      if (a.signature() == null) {
        st.setNull(i, Types.ARRAY);
      } else {
        st.setObject(i, a.signature().bandHashes()); // long[]: an int8[]
      }
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1) == 1;
      }
    }
  }

  /** The six story dateline columns from {@code i} on; returns the next index. */
  private static int setStoryDateline(PreparedStatement st, int i, StoryDateline s) throws SQLException {
    boolean dated = s != null && s.dateStart() >= 0;
    st.setString(i++, s == null ? null : s.place());
    st.setObject(i++, s == null ? null : s.placeStart(), Types.INTEGER);
    st.setObject(i++, s == null ? null : s.placeEnd(), Types.INTEGER);
    st.setDate(i++, s == null || s.date() == null ? null : Date.valueOf(s.date()));
    st.setObject(i++, dated ? s.dateStart() : null, Types.INTEGER);
    st.setObject(i++, dated ? s.dateEnd() : null, Types.INTEGER);
    return i;
  }

  private static StoryDateline storyDateline(ResultSet rs) throws SQLException {
    String place = rs.getString("story_dateline_place");
    if (place == null) {
      return null;
    }
    int dateStart = rs.getInt("story_dateline_date_start");
    boolean dated = !rs.wasNull();
    return new StoryDateline(place, rs.getInt("story_dateline_place_start"), rs.getInt("story_dateline_place_end"),
        localDate(rs, "story_dateline_date"), dated ? dateStart : -1, dated ? rs.getInt("story_dateline_date_end") : -1);
  }

  /** The article as {@link #read} would return it once stored. */
  private static Article asStored(NewArticle a, Instant now) {
    Dating d = a.dating();
    Dating stored = new Dating(d.publication(),
        DateEvidence.of(d.dateline() == null ? null : d.dateline().date(), DateEvidence.Source.DATELINE),
        d.datelineContradicted(),
        DateEvidence.of(d.notBefore() == null ? null : d.notBefore().date(), DateEvidence.Source.INFERRED),
        d.storyDateline());
    return new Article(a.id(), a.title(), a.byline(), a.sourceUrl(), stored, a.language(), a.origin(),
        a.sourceMap() == null ? SourceMap.EMPTY : a.sourceMap(), a.cleanText(), a.contentType(),
        a.content() == null ? 0 : a.content().length, a.state(), null, 0, "", 0, now, now);
  }

  @Override
  public List<SimilarCandidate> similarCandidates(long[] bandHashes, int limit) {
    String sql = "SELECT a.id, a.origin_id, a.minhash FROM article a JOIN ("
        + " SELECT b.article_id, count(*) AS shared FROM article_band b"
        + " JOIN unnest(?::bigint[]) WITH ORDINALITY AS q(band_hash, n) ON b.band = (q.n - 1)::smallint"
        + " AND b.band_hash = q.band_hash"
        + " GROUP BY b.article_id ORDER BY shared DESC, b.article_id LIMIT ?) m ON m.article_id = a.id"
        + " WHERE a.minhash IS NOT NULL ORDER BY m.shared DESC, a.id";
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setObject(1, bandHashes); // long[]: pgjdbc sends an int8[]; band i is the i-th element
      st.setInt(2, limit);
      List<SimilarCandidate> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new SimilarCandidate(rs.getString(1), rs.getString(2), MinHash.Signature.fromBytes(rs.getBytes(3))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("looking up similar articles failed", e);
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
  public List<Article> leaseDue(Instant now, Duration lease, int limit) {
    // One statement: the due rows through the partial index article_due, locked with SKIP LOCKED so that
    // workers and replicas take different ones, updated and returned whole (no read back per article).
    String sql = "UPDATE article SET state = 'EXTRACTING', attempt_count = attempt_count + 1, next_attempt_at = ?,"
        + " update_time = ? WHERE id IN (SELECT id FROM article WHERE " + PENDING + " AND next_attempt_at <= ?"
        + " ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING " + COLUMNS;
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setTimestamp(1, Timestamp.from(now.plus(lease)));
      st.setTimestamp(2, Timestamp.from(now));
      st.setTimestamp(3, Timestamp.from(now));
      st.setInt(4, limit);
      List<Article> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(article(rs));
        }
      }
      // due order, as the queue promises (RETURNING does not keep the sub-select's)
      out.sort(java.util.Comparator.comparing(Article::createTime));
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("taking articles from the queue failed", e);
    }
  }

  @Override
  public void recordLanguage(String id, LanguageIdentifier.Detection language, Instant now) {
    if (language.english()) {
      update("UPDATE article SET language_code = ?, language_confidence = ?, language_reliable = ?, update_time = ?"
          + " WHERE id = ?", language.code(), language.confidence(), language.reliable(), Timestamp.from(now), id);
    } else {
      update("UPDATE article SET language_code = ?, language_confidence = ?, language_reliable = ?, state = 'UNSUPPORTED',"
          + " attempt_count = 0, failure_reason = NULL, update_time = ? WHERE id = ?",
          language.code(), language.confidence(), language.reliable(), Timestamp.from(now), id);
    }
  }

  @Override
  public void recordLanguages(List<Told> told, Instant now) {
    if (told.isEmpty()) {
      return;
    }
    // An English article stays where it is; one in another language becomes UNSUPPORTED and leaves the queue.
    String sql = "UPDATE article a SET language_code = t.code, language_confidence = t.confidence,"
        + " language_reliable = t.reliable, state = CASE WHEN t.english THEN a.state ELSE 'UNSUPPORTED' END,"
        + " attempt_count = CASE WHEN t.english THEN a.attempt_count ELSE 0 END,"
        + " failure_reason = CASE WHEN t.english THEN a.failure_reason ELSE NULL END, update_time = ?"
        + " FROM unnest(?::text[], ?::text[], ?::float8[], ?::bool[], ?::bool[]) AS t(id, code, confidence, reliable, english)"
        + " WHERE a.id = t.id";
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setTimestamp(1, Timestamp.from(now));
      st.setArray(2, c.createArrayOf("text", told.stream().map(Told::id).toArray()));
      st.setArray(3, c.createArrayOf("text", told.stream().map(t -> t.language().code()).toArray()));
      st.setArray(4, c.createArrayOf("float8", told.stream().map(t -> t.language().confidence()).toArray()));
      st.setArray(5, c.createArrayOf("bool", told.stream().map(t -> t.language().reliable()).toArray()));
      st.setArray(6, c.createArrayOf("bool", told.stream().map(t -> t.language().english()).toArray()));
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("storing the languages of " + told.size() + " articles failed", e);
    }
  }

  @Override
  public void markDone(String id, int claimCount, String extractorVersion, Instant now) {
    update("UPDATE article SET state = 'DONE', claim_count = ?, extractor_version = ?, failure_reason = NULL,"
        + " update_time = ? WHERE id = ?", claimCount, extractorVersion == null ? "" : extractorVersion, Timestamp.from(now), id);
  }

  @Override
  public void markAllDone(List<Done> done, Instant now) {
    if (done.isEmpty()) {
      return;
    }
    String sql = "UPDATE article a SET state = 'DONE', claim_count = d.n, extractor_version = d.v, failure_reason = NULL,"
        + " update_time = ? FROM unnest(?::text[], ?::int[], ?::text[]) AS d(id, n, v) WHERE a.id = d.id";
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setTimestamp(1, Timestamp.from(now));
      st.setArray(2, c.createArrayOf("text", done.stream().map(Done::id).toArray()));
      st.setArray(3, c.createArrayOf("int4", done.stream().map(Done::claimCount).toArray()));
      st.setArray(4, c.createArrayOf("text", done.stream().map(d -> d.extractorVersion() == null ? "" : d.extractorVersion()).toArray()));
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("marking " + done.size() + " articles DONE failed", e);
    }
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
  public void handBack(List<String> ids, Instant now) {
    String sql = "UPDATE article SET state = 'RECEIVED', attempt_count = GREATEST(attempt_count - 1, 0), next_attempt_at = ?,"
        + " update_time = ? WHERE id = ANY (?) AND state = 'EXTRACTING'";
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setTimestamp(1, Timestamp.from(now));
      st.setTimestamp(2, Timestamp.from(now));
      st.setArray(3, c.createArrayOf("text", ids.toArray()));
      st.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("handing back " + ids.size() + " articles failed", e);
    }
  }

  /** Rows re-queued per statement by {@link #requeueAll}: each batch is a short transaction. */
  static final int REQUEUE_BATCH = 1000;

  @Override
  public Optional<Article> requeueIf(String id, Article.State from, Instant now) {
    String sql = "UPDATE article SET state = 'RECEIVED', attempt_count = 0, failure_reason = NULL, next_attempt_at = ?,"
        + " update_time = ? WHERE id = ? AND state = ? RETURNING id";
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setTimestamp(1, Timestamp.from(now));
      st.setTimestamp(2, Timestamp.from(now));
      st.setString(3, id);
      st.setString(4, from.name());
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? read(c, id) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("re-queueing article " + id + " failed", e);
    }
  }

  @Override
  public long requeueAll(Requeue filter, Instant now) {
    // Batches of REQUEUE_BATCH rows, each its own statement; "update_time < now" keeps a batch from taking rows
    // this call queued already and workers finished in the meantime, so the loop ends.
    StringBuilder where = new StringBuilder("state IN ('DONE', 'FAILED') AND update_time < ?");
    if (filter.state() != null) {
      where.append(" AND state = ?");
    }
    if (filter.createdBefore() != null) {
      where.append(" AND create_time < ?");
    }
    if (filter.extractorVersionNot() != null) {
      where.append(" AND extractor_version <> ?");
    }
    String sql = "UPDATE article SET state = 'RECEIVED', attempt_count = 0, failure_reason = NULL, next_attempt_at = ?,"
        + " update_time = ? WHERE id IN (SELECT id FROM article WHERE " + where + " LIMIT " + REQUEUE_BATCH
        + " FOR UPDATE SKIP LOCKED)";
    long total = 0;
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      while (true) {
        int i = 1;
        st.setTimestamp(i++, Timestamp.from(now));
        st.setTimestamp(i++, Timestamp.from(now));
        st.setTimestamp(i++, Timestamp.from(now));
        if (filter.state() != null) {
          st.setString(i++, filter.state().name());
        }
        if (filter.createdBefore() != null) {
          st.setTimestamp(i++, Timestamp.from(filter.createdBefore()));
        }
        if (filter.extractorVersionNot() != null) {
          st.setString(i, filter.extractorVersionNot());
        }
        int n = st.executeUpdate();
        total += n;
        if (n < REQUEUE_BATCH) {
          return total;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("re-queueing articles failed", e);
    }
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

  @Override
  public Optional<Instant> oldestDueSince(Instant now) {
    // min() over the first column of the partial index article_due: one index probe.
    try (Connection c = dataSource.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT min(next_attempt_at) FROM article WHERE " + PENDING
             + " AND next_attempt_at <= ?")) {
      st.setTimestamp(1, Timestamp.from(now));
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        Timestamp t = rs.getTimestamp(1);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the queue's lag failed", e);
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
    DateEvidence.Source source = DateEvidence.Source.ofLabel(rs.getString("publication_date_source"));
    LocalDate date = localDate(rs, "publication_date");
    DateEvidence publication = null;
    if (date != null && source != null) {
      String confidence = rs.getString("publication_date_confidence");
      publication = new DateEvidence(date, source,
          confidence == null ? source.defaultConfidence() : DateEvidence.Confidence.valueOf(confidence));
    }
    Dating dating = new Dating(publication,
        DateEvidence.of(localDate(rs, "dateline"), DateEvidence.Source.DATELINE), rs.getBoolean("dateline_contradicted"),
        DateEvidence.of(localDate(rs, "publication_not_before"), DateEvidence.Source.INFERRED), storyDateline(rs));
    String code = rs.getString("language_code");
    LanguageIdentifier.Detection language = code == null ? null
        : new LanguageIdentifier.Detection(code, rs.getDouble("language_confidence"), rs.getBoolean("language_reliable"));
    String originId = rs.getString("origin_id");
    Article.Origin origin = originId == null ? null : new Article.Origin(originId, rs.getDouble("origin_similarity"));
    Array map = rs.getArray("source_map");
    SourceMap sourceMap = SourceMap.EMPTY;
    if (map != null) {
      Integer[] runs = (Integer[]) map.getArray();
      sourceMap = new SourceMap(Arrays.stream(runs).mapToInt(Integer::intValue).toArray());
    }
    return new Article(rs.getString("id"), rs.getString("title"), rs.getString("byline"), rs.getString("source_url"),
        dating, language, origin, sourceMap, rs.getString("clean_text"),
        rs.getString("content_type"), rs.getLong("content_size"), Article.State.valueOf(rs.getString("state")),
        rs.getString("failure_reason"), rs.getInt("claim_count"), rs.getString("extractor_version"), rs.getInt("attempt_count"),
        rs.getTimestamp("create_time").toInstant(), rs.getTimestamp("update_time").toInstant());
  }

  private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
