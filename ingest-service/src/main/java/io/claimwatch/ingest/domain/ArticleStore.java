package io.claimwatch.ingest.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where articles are kept, with their place in the extraction queue and their similarity index.
 * Each call is one transaction.
 */
public interface ArticleStore {

  /**
   * A new article to keep. In state RECEIVED it enters the queue, due now; in UNSUPPORTED it is only
   * kept. With a signature, its bands go into the similarity index in the same transaction.
   *
   * @param language the language, or null when it is still to be told (the worker tells it)
   *
   * @param signature the MinHash signature, or null for texts too short to have one
   * @param origin the article it reprints, or null
   */
  record NewArticle(String id, String title, String byline, String sourceUrl, Dating dating, String cleanText,
      byte[] content, String contentType, Article.State state, LanguageIdentifier.Detection language,
      MinHash.Signature signature, Article.Origin origin, SourceMap sourceMap) {

    /** A plain English article without date evidence, sketch or source map (for tests of the queue). */
    public NewArticle(String id, String title, String sourceUrl, LocalDate publicationDate, String publicationDateSource,
        String cleanText, byte[] content, String contentType) {
      this(id, title, null, sourceUrl, dating(publicationDate, publicationDateSource), cleanText, content, contentType,
          Article.State.RECEIVED, null, null, null, SourceMap.EMPTY);
    }

    private static Dating dating(LocalDate date, String source) {
      DateEvidence.Source s = DateEvidence.Source.ofLabel(source);
      return date == null ? Dating.NONE
          : new Dating(DateEvidence.of(date, s == null ? DateEvidence.Source.CLIENT : s), null, false, null, null);
    }
  }

  /** Stores the article unless one with its id exists; returns the stored one and whether it was new. */
  Inserted insertIfAbsent(NewArticle article, Instant now);

  /**
   * Stores each article unless one with its id exists (an earlier one of the list included), all in one
   * transaction: one commit for the lot; returns, in order, what {@link #insertIfAbsent} would for each.
   */
  default List<Inserted> insertAllIfAbsent(List<NewArticle> articles, Instant now) {
    return articles.stream().map(a -> insertIfAbsent(a, now)).toList();
  }

  /** The result of {@link #insertIfAbsent}. */
  record Inserted(Article article, boolean created) {}

  /**
   * A stored article that shares a band with a new one.
   *
   * @param originId its origin, or null when it is an origin itself
   */
  record SimilarCandidate(String id, String originId, MinHash.Signature signature) {}

  /**
   * The stored articles sharing at least one of these band hashes (band i has hash bandHashes[i]),
   * those sharing most bands first, at most {@code limit}: an index lookup, whatever the corpus size.
   */
  List<SimilarCandidate> similarCandidates(long[] bandHashes, int limit);

  Optional<Article> get(String id);

  /** Articles newest first, after the given (createTime, id) position. */
  List<Article> list(Article.State state, Instant afterCreateTime, String afterId, int limit);

  /**
   * Takes the article that is due first (RECEIVED, or EXTRACTING whose lease ran out), marks it
   * EXTRACTING with one more attempt and a lease until {@code now + lease}, and returns it. Safe
   * with several workers and several replicas: rows are locked with SKIP LOCKED.
   */
  default Optional<Article> leaseNextDue(Instant now, Duration lease) {
    return leaseDue(now, lease, 1).stream().findFirst();
  }

  /**
   * Takes up to {@code limit} due articles at once, as {@link #leaseNextDue} takes one: one statement
   * over the partial index of pending articles, whatever the store's size.
   */
  List<Article> leaseDue(Instant now, Duration lease, int limit);

  /**
   * Stores the language told for a queued article. In English it stays where it is (leased, on its way
   * to extraction); in another language it becomes UNSUPPORTED, with no attempts and no failure reason,
   * and leaves the queue.
   */
  void recordLanguage(String id, LanguageIdentifier.Detection language, Instant now);

  /** A language told for a queued article. */
  record Told(String id, LanguageIdentifier.Detection language) {}

  /** Stores the languages told for several queued articles, as {@link #recordLanguage} does, in one statement. */
  default void recordLanguages(List<Told> told, Instant now) {
    told.forEach(t -> recordLanguage(t.id(), t.language(), now));
  }

  void markDone(String id, int claimCount, String extractorVersion, Instant now);

  /** An article whose claims are stored: how many, by which extractor. */
  record Done(String id, int claimCount, String extractorVersion) {}

  /** Marks several articles DONE in one statement. */
  default void markAllDone(List<Done> done, Instant now) {
    done.forEach(d -> markDone(d.id(), d.claimCount(), d.extractorVersion(), now));
  }

  /** Keeps the article queued, due again at {@code nextAttempt}, remembering why this attempt failed. */
  void markRetry(String id, String reason, Instant nextAttempt, Instant now);

  void markFailed(String id, String reason, Instant now);

  /**
   * Puts leased articles back in the queue at shutdown: those still EXTRACTING become RECEIVED, due now,
   * with the attempt that was cut short not counted (their failure reason, if any, kept).
   */
  void handBack(List<String> ids, Instant now);

  /**
   * Puts the article back in the queue (RECEIVED, no attempts, due now, no failure reason) when it is
   * in state {@code from}; returns it as stored after the change, or empty when it was not in that state.
   */
  Optional<Article> requeueIf(String id, Article.State from, Instant now);

  /**
   * Puts every DONE or FAILED article matching the filter back in the queue (RECEIVED, no attempts,
   * due now), in bounded batches so no transaction holds many rows; returns how many were queued.
   */
  long requeueAll(Requeue filter, Instant now);

  /**
   * Which settled articles {@link #requeueAll} takes.
   *
   * @param state DONE or FAILED, or null for both
   * @param createdBefore only articles received before this time, or null for any
   * @param extractorVersionNot only articles whose claims another extractor version produced (or
   *     none: FAILED ones), or null for any
   */
  record Requeue(Article.State state, Instant createdBefore, String extractorVersionNot) {

    public Requeue(Article.State state, Instant createdBefore) {
      this(state, createdBefore, null);
    }
  }

  /** Articles waiting for or in extraction. */
  long pendingCount();

  /** When the oldest pending article was received; empty when none is pending. */
  Optional<Instant> oldestPendingSince();

  /**
   * Since when the queue has an article due that no worker has taken: the earliest due time of a
   * pending article not leased now (an article being extracted, or waiting for its retry's backoff, is
   * not behind); empty when none is due. How far the workers are behind; an index lookup.
   */
  Optional<Instant> oldestDueSince(Instant now);
}
