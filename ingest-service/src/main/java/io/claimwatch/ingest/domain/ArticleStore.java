package io.claimwatch.ingest.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where articles are kept, with their place in the extraction queue. Each call is one transaction. */
public interface ArticleStore {

  /** A new article to keep; it enters the queue as RECEIVED, due now. */
  record NewArticle(String id, String title, String sourceUrl, java.time.LocalDate publicationDate,
      String publicationDateSource, String cleanText, byte[] content, String contentType) {}

  /** Stores the article unless one with its id exists; returns the stored one and whether it was new. */
  Inserted insertIfAbsent(NewArticle article, Instant now);

  /** The result of {@link #insertIfAbsent}. */
  record Inserted(Article article, boolean created) {}

  Optional<Article> get(String id);

  /** Articles newest first, after the given (createTime, id) position. */
  List<Article> list(Article.State state, Instant afterCreateTime, String afterId, int limit);

  /**
   * Takes the article that is due first (RECEIVED, or EXTRACTING whose lease ran out), marks it
   * EXTRACTING with one more attempt and a lease until {@code now + lease}, and returns it. Safe
   * with several workers and several replicas: rows are locked with SKIP LOCKED.
   */
  Optional<Article> leaseNextDue(Instant now, Duration lease);

  void markDone(String id, int claimCount, Instant now);

  /** Keeps the article queued, due again at {@code nextAttempt}, remembering why this attempt failed. */
  void markRetry(String id, String reason, Instant nextAttempt, Instant now);

  void markFailed(String id, String reason, Instant now);

  /** Articles waiting for or in extraction. */
  long pendingCount();

  /** When the oldest pending article was received; empty when none is pending. */
  Optional<Instant> oldestPendingSince();
}
