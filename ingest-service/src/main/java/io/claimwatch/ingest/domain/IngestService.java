package io.claimwatch.ingest.domain;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Takes articles in: cleans them, dates them, links reprints to their origin, gives them a stable id
 * and stores them, queued. Their language is told later, off the request path, by the
 * {@link ExtractionWorker} (which extracts English articles and sets the others UNSUPPORTED).
 */
public final class IngestService {

  /** The similarity from which a new article is linked as a reprint of a stored one (the default of ingest.reprint-threshold). */
  public static final double DEFAULT_REPRINT_THRESHOLD = 0.7;
  /** At most this many index candidates are compared with a new article. */
  static final int MAX_CANDIDATES = 50;
  public static final int DEFAULT_PAGE_SIZE = 50;
  public static final int MAX_PAGE_SIZE = 500;
  private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
  /** The most documents in one {@link #submitAll} call. */
  public static final int MAX_BATCH = 100;
  /** How long a read of the queue depth is reused by the back-pressure check: one count per second at most. */
  static final java.time.Duration QUEUE_DEPTH_CACHE = java.time.Duration.ofSeconds(1);
  /** The wait suggested to a client refused for a full queue. */
  public static final java.time.Duration QUEUE_FULL_RETRY_AFTER = java.time.Duration.ofSeconds(5);

  /** The outcome of a submission. */
  public record Submission(Article article, boolean alreadyExisted) {}

  /** One document of a batch. */
  public record Item(byte[] content, String contentType, String sourceUrl, LocalDate publicationDate) {}

  /** The outcome of one document of a batch: a submission, or the refusal of that document alone. */
  public record ItemResult(Submission submission, DomainException error) {}

  /** One page of articles. */
  public record Page(List<Article> articles, String nextPageToken) {}

  private final ArticleCleaner cleaner;
  private final ArticleStore store;
  private final Clock clock;
  private final double reprintThreshold;
  private final Counter accepted;
  private final Counter duplicate;
  private final Counter rejected;
  private final Counter reprints;
  private final DistributionSummary size;
  private final long maxQueueDepth;
  private final Counter throttled;
  private volatile long cachedDepth;
  private volatile Instant cachedDepthAt = Instant.MIN;
  private final java.time.Duration maxQueueLag;

  /**
   * @param reprintThreshold the estimated Jaccard similarity (0 exclusive to 1 inclusive) from which a
   *     new article is linked as a reprint of a stored one
   */
  public IngestService(ArticleCleaner cleaner, ArticleStore store, Clock clock, MeterRegistry registry,
      double reprintThreshold) {
    this(cleaner, store, clock, registry, reprintThreshold, 0);
  }

  /**
   * @param maxQueueDepth from this many pending articles (RECEIVED or EXTRACTING) new documents are
   *     refused with {@link DomainException.Exhausted} (reason INGEST_QUEUE_FULL); 0 for no limit
   */
  public IngestService(ArticleCleaner cleaner, ArticleStore store, Clock clock, MeterRegistry registry,
      double reprintThreshold, long maxQueueDepth) {
    this(cleaner, store, clock, registry, reprintThreshold, maxQueueDepth, java.time.Duration.ZERO);
  }

  /**
   * @param maxQueueLag when a new article would wait longer than this for a worker (estimated from how far
   *     behind the queue is and how fast the workers get through it, {@link Pace}), new documents are refused
   *     with {@link DomainException.Exhausted} (reason INGEST_QUEUE_BEHIND): the system does not take work it
   *     cannot start in that time; zero for no bound
   */
  public IngestService(ArticleCleaner cleaner, ArticleStore store, Clock clock, MeterRegistry registry,
      double reprintThreshold, long maxQueueDepth, java.time.Duration maxQueueLag) {
    if (maxQueueLag == null || maxQueueLag.isNegative()) {
      throw new IllegalArgumentException("maxQueueLag must be zero (no bound) or positive, was " + maxQueueLag);
    }
    this.maxQueueLag = maxQueueLag;
    if (maxQueueDepth < 0) {
      throw new IllegalArgumentException("maxQueueDepth must be 0 (no limit) or positive, was " + maxQueueDepth);
    }
    this.maxQueueDepth = maxQueueDepth;
    if (!(reprintThreshold > 0 && reprintThreshold <= 1)) {
      throw new IllegalArgumentException("reprintThreshold must be in (0, 1], was " + reprintThreshold);
    }
    this.cleaner = cleaner;
    this.store = store;
    this.clock = clock;
    this.reprintThreshold = reprintThreshold;
    this.accepted = received(registry, "accepted");
    this.duplicate = received(registry, "duplicate");
    this.rejected = received(registry, "rejected");
    this.reprints = Counter.builder("ingest.reprints.linked")
        .description("New articles linked as reprints or updates of a stored article").register(registry);
    this.throttled = received(registry, "throttled");
    this.size = DistributionSummary.builder("ingest.article.size").baseUnit(BaseUnits.BYTES)
        .description("Size of submitted documents").register(registry);
  }

  private static Counter received(MeterRegistry registry, String outcome) {
    return Counter.builder("ingest.articles.received").description("Articles submitted, by outcome")
        .tag("outcome", outcome).register(registry);
  }

  /**
   * Cleans and stores a document, queued with its language not yet told. Returns once it is stored
   * (durably); language detection and extraction happen later, in the {@link ExtractionWorker}.
   *
   * @param publicationDate the client's date, or null to use the one detected in the document
   */
  public Submission submit(byte[] content, String contentType, String sourceUrl, LocalDate publicationDate) {
    admit(1);
    return store(content, contentType, sourceUrl, publicationDate);
  }

  /**
   * Cleans and stores up to {@link #MAX_BATCH} documents, each on its own: a refused document does not
   * stop the others. A full queue refuses the batch as a whole (nothing stored), before any work:
   * submissions are idempotent by content, so the client retries the same batch later. The documents
   * that pass cleaning are stored in one transaction ({@link ArticleStore#insertAllIfAbsent}: one commit
   * for the batch, not one per document); a document that reprints an earlier one of the same batch is
   * linked to it as it would be had they come one by one.
   */
  public List<ItemResult> submitAll(List<Item> items) {
    if (items.isEmpty() || items.size() > MAX_BATCH) {
      throw new DomainException.InvalidInput("BATCH_SIZE_INVALID",
          "a batch holds 1 to " + MAX_BATCH + " documents, not " + items.size());
    }
    admit(items.size());
    ItemResult[] out = new ItemResult[items.size()];
    List<Integer> at = new java.util.ArrayList<>(items.size());
    List<ArticleStore.NewArticle> articles = new java.util.ArrayList<>(items.size());
    List<long[]> bands = new java.util.ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      try {
        articles.add(prepare(item.content(), item.contentType(), item.sourceUrl(), item.publicationDate(), articles, bands));
        at.add(i);
      } catch (DomainException e) {
        out[i] = new ItemResult(null, e);
      }
    }
    if (!articles.isEmpty()) {
      List<ArticleStore.Inserted> inserted = store.insertAllIfAbsent(articles, clock.instant());
      for (int k = 0; k < articles.size(); k++) {
        out[at.get(k)] = new ItemResult(counted(articles.get(k), inserted.get(k)), null);
      }
    }
    return List.of(out);
  }

  /** Back-pressure: refuses new documents while a new one would wait too long, or the queue is at its limit. */
  private void admit(int documents) {
    Instant now = clock.instant();
    if (!maxQueueLag.isZero()) {
      java.time.Duration wait = pace.expectedWait(now);
      if (wait.compareTo(maxQueueLag) > 0) {
        throttled.increment(documents);
        long retry = Math.max(1, Math.min(MAX_RETRY_AFTER.toSeconds(), wait.minus(maxQueueLag).toSeconds() + 1));
        throw new DomainException.Exhausted("INGEST_QUEUE_BEHIND", "extraction is behind: a new article would wait about "
            + wait.toSeconds() + " s for a worker (the bound is " + maxQueueLag.toSeconds() + " s); retry in " + retry + " s",
            java.time.Duration.ofSeconds(retry));
      }
    }
    if (maxQueueDepth == 0) {
      return;
    }
    if (now.isAfter(cachedDepthAt.plus(QUEUE_DEPTH_CACHE)) || now.isBefore(cachedDepthAt)) {
      cachedDepth = store.pendingCount();
      cachedDepthAt = now;
    }
    if (cachedDepth >= maxQueueDepth) {
      throttled.increment(documents);
      throw new DomainException.Exhausted("INGEST_QUEUE_FULL", cachedDepth + " articles wait for extraction (the limit is "
          + maxQueueDepth + "); retry in " + QUEUE_FULL_RETRY_AFTER.toSeconds() + " s", QUEUE_FULL_RETRY_AFTER);
    }
  }

  /** The longest Retry-After suggested to a client refused because extraction is behind. */
  static final java.time.Duration MAX_RETRY_AFTER = java.time.Duration.ofSeconds(60);

  /**
   * How long a new article would wait for a worker, from how fast the workers get through the queue.
   * The head of the queue (the earliest due time of an article no worker holds, {@link
   * ArticleStore#oldestDueSince}) is read at most once a second. The lag, now minus the head, is how long
   * the head has waited; the pace, how far the head moved per second over the last {@link #WINDOW}, is how
   * many seconds of arrivals the workers take per second. A new article is reached when the head gets to
   * now: after lag / pace. At a pace of 1 the workers keep up and the wait is the lag; at a quarter (four
   * times as much offered as done) it is four times the lag, which the lag alone would only show as that
   * article waits. Until the pace is known (less than {@link #MIN_SPAN} of history since the queue last
   * had nothing due), or while the head does not move, the lag itself is the estimate (a lower bound).
   * Every replica reads the same head, so the estimate is the whole system's, not one replica's.
   */
  final class Pace {
    static final java.time.Duration WINDOW = java.time.Duration.ofSeconds(10);
    static final java.time.Duration MIN_SPAN = java.time.Duration.ofSeconds(3);
    /** (read time, head) pairs, oldest first, within WINDOW of the latest. */
    private final java.util.ArrayDeque<Instant[]> samples = new java.util.ArrayDeque<>();
    private Instant readAt = Instant.MIN;
    private java.time.Duration wait = java.time.Duration.ZERO;

    synchronized java.time.Duration expectedWait(Instant now) {
      if (!now.isAfter(readAt.plus(QUEUE_DEPTH_CACHE)) && !now.isBefore(readAt)) {
        return wait;
      }
      readAt = now;
      java.util.Optional<Instant> head = store.oldestDueSince(now);
      if (head.isEmpty()) {
        samples.clear();
        wait = java.time.Duration.ZERO;
        return wait;
      }
      samples.addLast(new Instant[] {now, head.get()});
      while (java.time.Duration.between(samples.peekFirst()[0], now).compareTo(WINDOW) > 0) {
        samples.removeFirst();
      }
      java.time.Duration lag = java.time.Duration.between(head.get(), now);
      Instant[] first = samples.peekFirst();
      long spanMs = java.time.Duration.between(first[0], now).toMillis();
      long movedMs = java.time.Duration.between(first[1], head.get()).toMillis();
      if (lag.isNegative() || spanMs < MIN_SPAN.toMillis() || movedMs <= 0) {
        wait = lag.isNegative() ? java.time.Duration.ZERO : lag;
      } else {
        wait = java.time.Duration.ofMillis((long) Math.min(Long.MAX_VALUE / 2, lag.toMillis() * (double) spanMs / movedMs));
      }
      return wait;
    }
  }

  private final Pace pace = new Pace();

  private Submission store(byte[] content, String contentType, String sourceUrl, LocalDate publicationDate) {
    ArticleStore.NewArticle article = prepare(content, contentType, sourceUrl, publicationDate, List.of(), new java.util.ArrayList<>());
    return counted(article, store.insertIfAbsent(article, clock.instant()));
  }

  /**
   * A document cleaned, dated, sketched and linked to the article it reprints, ready to store.
   *
   * @param batch the documents of the same batch before this one, not stored yet: a reprint of one of
   *     them is linked to it
   * @param bands the band hashes of each of {@code batch} (null for one without a signature); this
   *     document's are added
   */
  private ArticleStore.NewArticle prepare(byte[] content, String contentType, String sourceUrl, LocalDate publicationDate,
      List<ArticleStore.NewArticle> batch, List<long[]> bands) {
    size.record(content == null ? 0 : content.length);
    CleanArticle clean;
    try {
      clean = cleaner.clean(content == null ? new byte[0] : content, contentType);
    } catch (DomainException e) {
      rejected.increment();
      throw e;
    }
    String id = ArticleIds.idFor(clean.text());
    Dating dating = clean.dating().withClientDate(publicationDate).boundedBy(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    MinHash.Signature signature = MinHash.of(clean.text());
    long[] own = signature == null ? null : signature.bandHashes();
    Article.Origin origin = signature == null ? null : originOf(id, signature, own, batch, bands);
    bands.add(own);
    return new ArticleStore.NewArticle(id, clean.title(), clean.byline(),
        sourceUrl == null || sourceUrl.isBlank() ? null : sourceUrl.strip(), dating, clean.text(), content,
        contentType == null || contentType.isBlank() ? "text/plain" : contentType,
        Article.State.RECEIVED, null, signature, origin, clean.sourceMap());
  }

  private Submission counted(ArticleStore.NewArticle article, ArticleStore.Inserted inserted) {
    (inserted.created() ? accepted : duplicate).increment();
    if (inserted.created() && article.origin() != null) {
      reprints.increment();
    }
    return new Submission(inserted.article(), !inserted.created());
  }

  /**
   * The origin of the most similar stored article, when its estimated similarity reaches the threshold:
   * its own origin when it is a reprint, else itself. Candidates come from the band index, so the cost
   * does not grow with the number of stored articles, and from the articles of the same batch (not
   * stored yet) that share a band with this one.
   */
  private Article.Origin originOf(String id, MinHash.Signature signature, long[] own, List<ArticleStore.NewArticle> batch,
      List<long[]> bands) {
    List<ArticleStore.SimilarCandidate> candidates = new java.util.ArrayList<>(store.similarCandidates(own, MAX_CANDIDATES));
    for (int i = 0; i < batch.size(); i++) {
      ArticleStore.NewArticle earlier = batch.get(i);
      if (earlier.signature() != null && sharesBand(own, bands.get(i))) {
        candidates.add(new ArticleStore.SimilarCandidate(earlier.id(),
            earlier.origin() == null ? null : earlier.origin().id(), earlier.signature()));
      }
    }
    ArticleStore.SimilarCandidate best = null;
    double bestSimilarity = 0;
    for (ArticleStore.SimilarCandidate c : candidates) {
      if (c.id().equals(id)) {
        continue; // the same content: an exact duplicate, handled by the id
      }
      double s = signature.similarity(c.signature());
      if (s > bestSimilarity || (s == bestSimilarity && best != null && c.id().compareTo(best.id()) < 0)) {
        best = c;
        bestSimilarity = s;
      }
    }
    if (best == null || bestSimilarity < reprintThreshold) {
      return null;
    }
    return new Article.Origin(best.originId() != null ? best.originId() : best.id(), bestSimilarity);
  }

  private static boolean sharesBand(long[] x, long[] y) {
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] == y[i]) {
        return true;
      }
    }
    return false;
  }

  public Article get(String name) {
    String id = articleId(name);
    return store.get(id).orElseThrow(() -> new DomainException.NotFound("ARTICLE_NOT_FOUND", "no article named " + name));
  }

  /**
   * Queues a FAILED article for extraction again, from its first attempt. Only FAILED articles are
   * retried: a queued one is on its way already, a DONE one is re-extracted with {@link #reextract}.
   */
  public Article retry(String name) {
    Article article = get(name);
    if (article.state() != Article.State.FAILED) {
      throw notFailed(name, article.state());
    }
    return store.requeueIf(article.id(), Article.State.FAILED, clock.instant())
        .orElseThrow(() -> notFailed(name, store.get(article.id()).map(Article::state).orElse(article.state())));
  }

  private static DomainException notFailed(String name, Article.State state) {
    return new DomainException.WrongState("ARTICLE_NOT_FAILED",
        name + " is " + state + "; only a FAILED article can be retried (re-extract a DONE one with ReextractArticles)");
  }

  /**
   * Queues the DONE and FAILED articles that match the filter for extraction again; returns how many.
   * The filter is empty (all) or terms joined with AND: {@code state=DONE} (or FAILED),
   * {@code create_time<2026-01-01T00:00:00Z} and {@code extractor_version!=engine-7}.
   */
  public long reextract(String filter) {
    Article.State state = null;
    Instant before = null;
    String versionNot = null;
    if (filter != null && !filter.isBlank()) {
      for (String term : filter.strip().split("(?i)\\s+AND\\s+")) {
        String t = term.replace(" ", "");
        if (t.startsWith("state=") && state == null) {
          String s = t.substring("state=".length()).replaceFirst("^ARTICLE_STATE_", "");
          if (s.equals("DONE") || s.equals("FAILED")) {
            state = Article.State.valueOf(s);
            continue;
          }
        } else if (t.startsWith("extractor_version!=") && versionNot == null
            && t.length() > "extractor_version!=".length()) {
          versionNot = t.substring("extractor_version!=".length()).replace("\"", "");
          continue;
        } else if (t.startsWith("create_time<") && before == null) {
          try {
            before = Instant.parse(t.substring("create_time<".length()).replace("\"", ""));
            continue;
          } catch (java.time.format.DateTimeParseException e) {
            // falls through to the error below
          }
        }
        throw new DomainException.InvalidInput("INVALID_FILTER", "a re-extraction filter is empty or joins with AND "
            + "state=DONE or state=FAILED, create_time<{RFC 3339 time} and extractor_version!={version}, each at most once;"
            + " got '" + filter + "'");
      }
    }
    return store.requeueAll(new ArticleStore.Requeue(state, before, versionNot), clock.instant());
  }

  /** Articles newest first; {@code filter} is empty or "state=ARTICLE_STATE_DONE" (or another state). */
  public Page list(int pageSize, String pageToken, String filter) {
    if (pageSize < 0) {
      throw new DomainException.InvalidInput("PAGE_SIZE_NEGATIVE", "page_size must be 0 (default 50) or positive, not " + pageSize);
    }
    int limit = pageSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    Article.State state = stateFilter(filter);
    Instant afterTime = null;
    String afterId = null;
    if (pageToken != null && !pageToken.isBlank()) {
      String[] p = pageToken.split("_", 2);
      try {
        afterTime = Instant.ofEpochSecond(0, Long.parseLong(p[0]));
        afterId = p[1];
      } catch (RuntimeException e) {
        throw new DomainException.InvalidInput("INVALID_PAGE_TOKEN", "the page token is not one this service issued");
      }
    }
    List<Article> rows = store.list(state, afterTime, afterId, limit + 1);
    if (rows.size() <= limit) {
      return new Page(rows, "");
    }
    Article last = rows.get(limit - 1);
    long nanos = last.createTime().getEpochSecond() * 1_000_000_000L + last.createTime().getNano();
    return new Page(List.copyOf(rows.subList(0, limit)), nanos + "_" + last.id());
  }

  private static Article.State stateFilter(String filter) {
    if (filter == null || filter.isBlank()) {
      return null;
    }
    String f = filter.strip().replace(" ", "");
    if (f.startsWith("state=")) {
      String s = f.substring("state=".length()).replaceFirst("^ARTICLE_STATE_", "");
      for (Article.State state : Article.State.values()) {
        if (state.name().equals(s)) {
          return state;
        }
      }
    }
    throw new DomainException.InvalidInput("INVALID_FILTER",
        "the only article filter is state=<state>, with a state of " + List.of(Article.State.values()) + "; got '" + filter + "'");
  }

  static String articleId(String name) {
    if (name == null || !name.startsWith("articles/") || !ID.matcher(name.substring("articles/".length())).matches()) {
      throw new DomainException.InvalidInput("ARTICLE_NAME_INVALID",
          "expected a name of the form articles/{16 hex digits}, got '" + name + "'");
    }
    return name.substring("articles/".length());
  }
}
