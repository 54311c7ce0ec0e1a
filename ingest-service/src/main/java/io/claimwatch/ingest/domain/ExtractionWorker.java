package io.claimwatch.ingest.domain;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the language of each new article (lingua, off the request path), sets the ones extraction does
 * not support (not English) UNSUPPORTED, and drives the others through extraction and claim storage,
 * at least once: an article stays
 * queued until its claims are stored, retried with exponential backoff, and a worker that dies
 * mid-way only delays it until its lease runs out. Idempotence comes from claims-service, which
 * replaces an article's claims as a whole.
 */
public final class ExtractionWorker {

  private static final Logger LOG = Logger.getLogger(ExtractionWorker.class.getName());

  /** Retry policy and lease. */
  public record Settings(Duration lease, Duration firstBackoff, Duration maxBackoff, int maxAttempts) {
    public static Settings defaults() {
      return new Settings(Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofMinutes(5), 12);
    }
  }

  private final ArticleStore store;
  private final LanguageIdentifier languages;
  private final ClaimExtraction extraction;
  private final Clock clock;
  private final Settings settings;
  private final Counter done;
  private final Counter retried;
  private final Counter failed;
  private final Map<String, Counter> languageCounters = new HashMap<>();
  private final RandomGenerator jitter;
  /** Articles leased by this worker's threads and not settled yet: handed back at shutdown. */
  private final Set<String> held = ConcurrentHashMap.newKeySet();
  private volatile boolean stopping;

  /** A worker whose retries wait a random part of their backoff (jitter), so that failed articles spread out. */
  public ExtractionWorker(ArticleStore store, LanguageIdentifier languages, ClaimExtraction extraction, Clock clock,
      Settings settings, MeterRegistry registry) {
    this(store, languages, extraction, clock, settings, registry, () -> ThreadLocalRandom.current().nextLong());
  }

  /**
   * @param jitter draws the part of each backoff that is waited: a retry waits between half and all of it
   *     ({@code () -> 0L}: all of it, for tests)
   */
  public ExtractionWorker(ArticleStore store, LanguageIdentifier languages, ClaimExtraction extraction, Clock clock,
      Settings settings, MeterRegistry registry, RandomGenerator jitter) {
    this.jitter = jitter;
    this.store = store;
    this.languages = languages;
    this.extraction = extraction;
    this.clock = clock;
    this.settings = settings;
    this.done = attempts(registry, "done");
    this.retried = attempts(registry, "retry");
    this.failed = attempts(registry, "failed");
    for (String code : LanguageIdentifier.LANGUAGES) {
      languageCounters.put(code, Counter.builder("ingest.languages").description("New articles, by detected language")
          .tag("language", code).register(registry));
    }
    Gauge.builder("ingest.queue.depth", store, ArticleStore::pendingCount)
        .description("Articles waiting for or in extraction").register(registry);
    Gauge.builder("ingest.queue.oldest.age", store, s -> s.oldestPendingSince()
            .map(t -> Duration.between(t, clock.instant()).toMillis() / 1000.0).orElse(0.0))
        .description("Age in seconds of the oldest article waiting for or in extraction").baseUnit("seconds")
        .register(registry);
  }

  private static Counter attempts(MeterRegistry registry, String outcome) {
    return Counter.builder("ingest.extraction.attempts").description("Extraction attempts, by outcome")
        .tag("outcome", outcome).register(registry);
  }

  /**
   * Processes the next due article, if any.
   *
   * @return whether there was one (so the caller polls again at once)
   */
  public boolean runOnce() {
    Optional<Article> next = store.leaseNextDue(clock.instant(), settings.lease());
    if (next.isEmpty()) {
      return false;
    }
    process(next.get());
    return true;
  }

  /**
   * Processes up to {@code limit} due articles leased at once: tells the language of those that have
   * none, then extracts the English ones together ({@link ClaimExtraction#extractAndStoreAll}: concurrent
   * extraction, their claims stored in one call), marks the stored ones DONE in one statement, and
   * retries or fails each failed one on its own.
   *
   * @return how many articles were leased (0: the queue has none due; the caller waits before polling again)
   */
  public int runBatch(int limit) {
    List<Article> leased = store.leaseDue(clock.instant(), settings.lease(), limit);
    leased.forEach(a -> held.add(a.id()));
    try {
      return extractBatch(leased);
    } finally {
      leased.forEach(a -> held.remove(a.id()));
    }
  }

  private int extractBatch(List<Article> leased) {
    // the languages not told yet, told and stored in one statement
    List<Article> toldNow = new ArrayList<>();
    List<ArticleStore.Told> told = new ArrayList<>();
    java.util.Set<String> unknown = new java.util.HashSet<>();
    for (Article article : leased) {
      if (article.language() != null) {
        continue;
      }
      unknown.add(article.id());
      try {
        told.add(new ArticleStore.Told(article.id(), languages.detect(article.cleanText())));
        toldNow.add(article);
      } catch (RuntimeException e) {
        failedAttempt(article, e);
      }
    }
    java.util.Set<String> toldEnglish = new java.util.HashSet<>();
    if (!told.isEmpty()) {
      try {
        store.recordLanguages(told, clock.instant());
        for (ArticleStore.Told t : told) {
          languageCounters.get(t.language().code()).increment();
          if (t.language().english()) {
            toldEnglish.add(t.id());
          }
        }
      } catch (RuntimeException e) {
        toldNow.forEach(a -> failedAttempt(a, e));
      }
    }
    List<Article> english = leased.stream().filter(a -> !unknown.contains(a.id()) || toldEnglish.contains(a.id())).toList();
    if (english.isEmpty()) {
      return leased.size();
    }
    List<ClaimExtraction.Result> results;
    try {
      results = extraction.extractAndStoreAll(english);
    } catch (RuntimeException e) {
      english.forEach(a -> failedAttempt(a, e));
      return leased.size();
    }
    List<ArticleStore.Done> stored = new ArrayList<>(english.size());
    for (int i = 0; i < english.size(); i++) {
      ClaimExtraction.Result r = results.get(i);
      if (r.error() == null) {
        stored.add(new ArticleStore.Done(english.get(i).id(), r.outcome().claimCount(), r.outcome().extractorVersion()));
      } else {
        failedAttempt(english.get(i), r.error());
      }
    }
    store.markAllDone(stored, clock.instant());
    done.increment(stored.size());
    return leased.size();
  }

  /**
   * Takes one leased article a step further: tells its language when it is not known yet (an article
   * in another language than English becomes UNSUPPORTED and leaves the queue), then extracts it. An
   * attempt that fails is retried with backoff, the language, once stored, is not told again.
   * {@link #runOnce} leases the next due article and calls this.
   */
  public void process(Article article) {
    held.add(article.id());
    try {
      if (!english(article)) {
        return;
      }
      ClaimExtraction.Outcome outcome = extraction.extractAndStore(article);
      store.markDone(article.id(), outcome.claimCount(), outcome.extractorVersion(), clock.instant());
      done.increment();
    } catch (RuntimeException e) {
      failedAttempt(article, e);
    } finally {
      held.remove(article.id());
    }
  }

  /** From now on, an attempt cut short is not counted: {@link #handBack} returns its article to the queue. */
  public void beginShutdown() {
    stopping = true;
  }

  /**
   * Puts the articles this worker still holds back in the queue, due now, with the attempt that was cut
   * short not counted, so that another replica (or this one, restarted) takes them at once instead of
   * after their lease. Called at shutdown, after the worker threads were given their grace to finish.
   *
   * @return how many articles were handed back
   */
  public int handBack() {
    List<String> ids = List.copyOf(held);
    if (!ids.isEmpty()) {
      store.handBack(ids, clock.instant());
      ids.forEach(held::remove);
    }
    return ids.size();
  }

  /**
   * Whether to extract the article: its language is told and stored when not known yet, and an article in
   * another language than English is not (it becomes UNSUPPORTED and leaves the queue).
   */
  private boolean english(Article article) {
    if (article.language() != null) {
      return true;
    }
    LanguageIdentifier.Detection language = languages.detect(article.cleanText());
    store.recordLanguage(article.id(), language, clock.instant());
    languageCounters.get(language.code()).increment();
    return language.english();
  }

  /**
   * An attempt failed. Refused by a service ({@link ExtractionRefused}: the article itself is wrong, or the service
   * is misconfigured): FAILED at once with the reason. Otherwise (a service down, slow or full, or this service's
   * own trouble): retried after its backoff with jitter, or FAILED after the last attempt. An attempt cut short
   * by shutdown is left to {@link #handBack}.
   */
  private void failedAttempt(Article article, RuntimeException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (stopping && e instanceof DomainException.DependencyUnavailable) {
      return;
    }
    if (e instanceof ExtractionRefused) {
      store.markFailed(article.id(), reason, clock.instant());
      failed.increment();
      LOG.log(Level.WARNING, "article " + article.id() + " failed at attempt " + article.attemptCount() + ": " + reason);
    } else if (article.attemptCount() >= settings.maxAttempts()) {
      store.markFailed(article.id(), "gave up after " + article.attemptCount() + " attempts: " + reason, clock.instant());
      failed.increment();
      LOG.log(Level.WARNING, "article " + article.id() + " failed for good: " + reason, e);
    } else {
      Instant next2 = clock.instant().plus(jittered(backoff(article.attemptCount())));
      store.markRetry(article.id(), reason, next2, clock.instant());
      retried.increment();
      LOG.log(Level.INFO, "article " + article.id() + " attempt " + article.attemptCount() + " failed, retrying at "
          + next2 + ": " + reason);
    }
  }

  /** Between half and all of {@code backoff}, drawn at random ("equal jitter"). */
  Duration jittered(Duration backoff) {
    double u = jitter.nextDouble();
    return backoff.minusNanos((long) (backoff.toNanos() * u / 2));
  }

  /** first * 2^(attempt-1), at most max. */
  Duration backoff(int attempt) {
    Duration d = settings.firstBackoff();
    for (int i = 1; i < attempt && d.compareTo(settings.maxBackoff()) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d;
  }
}
