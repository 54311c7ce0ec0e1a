package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ExtractionWorkerTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2025-05-26T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final InMemoryArticleStore store = new InMemoryArticleStore();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final Deque<Supplier<Integer>> outcomes = new ArrayDeque<>();
  private final ExtractionWorker worker = new ExtractionWorker(store, Languages.IDENTIFIER, article -> new ClaimExtraction.Outcome(outcomes.pop().get(), "engine-test"), clock,
      new ExtractionWorker.Settings(Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(8), 4), registry,
      () -> 0L); // no jitter: each retry waits its whole backoff

  private String add(String id) {
    store.insertIfAbsent(new ArticleStore.NewArticle(id, null, null, null, null, "text " + id, new byte[] {1}, "text/plain"),
        clock.instant());
    return id;
  }

  private static Supplier<Integer> unavailable() {
    return () -> {
      throw new DomainException.DependencyUnavailable("EXTRACTOR_UNAVAILABLE", "extract-service is unavailable (UNAVAILABLE)", null);
    };
  }

  @Test
  void anArticleIsDoneOnceItsClaimsAreStored() {
    String id = add("a1");
    outcomes.add(() -> 7);
    assertThat(worker.runOnce()).isTrue();
    assertThat(store.get(id).orElseThrow()).satisfies(a -> {
      assertThat(a.state()).isEqualTo(Article.State.DONE);
      assertThat(a.claimCount()).isEqualTo(7);
      assertThat(a.extractorVersion()).isEqualTo("engine-test");
      assertThat(a.attemptCount()).isEqualTo(1);
    });
    assertThat(worker.runOnce()).as("nothing left to do").isFalse();
    assertThat(registry.get("ingest.queue.depth").gauge().value()).isZero();
  }

  @Test
  void aFailedAttemptIsRetriedWithDoublingBackoffUntilItWorks() {
    String id = add("a1");
    outcomes.add(unavailable());
    outcomes.add(unavailable());
    outcomes.add(() -> 3);

    assertThat(worker.runOnce()).isTrue();
    assertThat(store.get(id).orElseThrow().failureReason()).contains("unavailable");
    assertThat(worker.runOnce()).as("not due before its backoff").isFalse();
    clock.now = clock.now.plusSeconds(1);
    assertThat(worker.runOnce()).isTrue();
    clock.now = clock.now.plusSeconds(1);
    assertThat(worker.runOnce()).as("the second wait is 2 s").isFalse();
    clock.now = clock.now.plusSeconds(1);
    assertThat(worker.runOnce()).isTrue();
    assertThat(store.get(id).orElseThrow()).satisfies(a -> {
      assertThat(a.state()).isEqualTo(Article.State.DONE);
      assertThat(a.attemptCount()).isEqualTo(3);
      assertThat(a.failureReason()).isNull();
    });
    assertThat(registry.get("ingest.extraction.attempts").tag("outcome", "retry").counter().count()).isEqualTo(2);
  }

  @Test
  void afterTheLastAttemptTheArticleFailsWithTheReason() {
    String id = add("a1");
    for (int i = 0; i < 4; i++) {
      outcomes.add(unavailable());
    }
    for (int i = 0; i < 4; i++) {
      clock.now = clock.now.plusSeconds(60);
      assertThat(worker.runOnce()).isTrue();
    }
    assertThat(store.get(id).orElseThrow()).satisfies(a -> {
      assertThat(a.state()).isEqualTo(Article.State.FAILED);
      assertThat(a.failureReason()).startsWith("gave up after 4 attempts").contains("unavailable");
    });
  }

  @Test
  void anArticleAServiceRefusesFailsAtOnceWithTheServicesReason() {
    String id = add("a1");
    outcomes.add(() -> {
      throw new ExtractionRefused("claims-service refused the article (INVALID_ARGUMENT CLAIM_INVALID): quote_end before quote_start", null);
    });
    assertThat(worker.runOnce()).isTrue();
    assertThat(store.get(id).orElseThrow()).satisfies(a -> {
      assertThat(a.state()).isEqualTo(Article.State.FAILED);
      assertThat(a.attemptCount()).isEqualTo(1);
      assertThat(a.failureReason()).isEqualTo("claims-service refused the article (INVALID_ARGUMENT CLAIM_INVALID): "
          + "quote_end before quote_start");
    });
    clock.now = clock.now.plusSeconds(3600);
    assertThat(worker.runOnce()).as("not tried again").isFalse();
    assertThat(registry.get("ingest.extraction.attempts").tag("outcome", "failed").counter().count()).isEqualTo(1);
    assertThat(registry.get("ingest.extraction.attempts").tag("outcome", "retry").counter().count()).isZero();
  }

  @Test
  void retriesWaitBetweenHalfAndAllOfTheirBackoffDrawnAtRandom() {
    ExtractionWorker jittered = new ExtractionWorker(store, Languages.IDENTIFIER, article -> new ClaimExtraction.Outcome(0, "x"),
        clock, new ExtractionWorker.Settings(Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(8), 4), registry);
    java.util.Set<Duration> seen = new java.util.HashSet<>();
    for (int i = 0; i < 200; i++) {
      Duration d = jittered.jittered(Duration.ofSeconds(8));
      assertThat(d).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
      seen.add(d);
    }
    assertThat(seen).as("spread out, not one wait for all").hasSizeGreaterThan(150);
  }

  @Test
  void atShutdownAnArticleCutShortIsHandedBackDueNowWithItsAttemptNotCounted() {
    String id = add("a1");
    outcomes.add(() -> {
      // shutdown while the call is in flight: the worker is told, then the call is cut short
      worker.beginShutdown();
      assertThat(worker.handBack()).isEqualTo(1);
      throw new DomainException.DependencyUnavailable("EXTRACTOR_UNAVAILABLE", "extract-service is unavailable (CANCELLED)", null);
    });
    assertThat(worker.runOnce()).isTrue();
    assertThat(store.get(id).orElseThrow()).satisfies(a -> {
      assertThat(a.state()).isEqualTo(Article.State.RECEIVED);
      assertThat(a.attemptCount()).isZero();
    });
    assertThat(store.leaseNextDue(clock.instant(), Duration.ofSeconds(60))).as("due now, not after its lease").isPresent();
    assertThat(registry.get("ingest.extraction.attempts").tag("outcome", "retry").counter().count()).isZero();
  }

  @Test
  void anArticleWhoseWorkerDiedIsTakenOverWhenItsLeaseRunsOut() {
    String id = add("a1");
    assertThat(store.leaseNextDue(clock.instant(), Duration.ofSeconds(60))).isPresent(); // a worker took it, then died
    assertThat(worker.runOnce()).as("still leased").isFalse();
    clock.now = clock.now.plusSeconds(61);
    outcomes.add(() -> 1);
    assertThat(worker.runOnce()).isTrue();
    assertThat(store.get(id).orElseThrow().state()).isEqualTo(Article.State.DONE);
  }

  @Test
  void theQueueGaugesShowDepthAndTheOldestWait() {
    add("a1");
    clock.now = clock.now.plusSeconds(30);
    add("a2");
    clock.now = clock.now.plusSeconds(15);
    assertThat(registry.get("ingest.queue.depth").gauge().value()).isEqualTo(2);
    assertThat(registry.get("ingest.queue.oldest.age").gauge().value()).isEqualTo(45.0);
  }

  @Test
  void backoffDoublesUpToItsCeiling() {
    assertThat(worker.backoff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(worker.backoff(3)).isEqualTo(Duration.ofSeconds(4));
    assertThat(worker.backoff(10)).isEqualTo(Duration.ofSeconds(8));
  }

  @Test
  void aBatchIsLeasedAtOnceStoredTogetherAndEachFailureRetriedOnItsOwn() {
    java.util.List<java.util.List<String>> calls = new java.util.ArrayList<>();
    ClaimExtraction batchExtraction = new ClaimExtraction() {
      @Override
      public Outcome extractAndStore(Article article) {
        throw new AssertionError("the worker hands over the batch");
      }

      @Override
      public java.util.List<Result> extractAndStoreAll(java.util.List<Article> articles) {
        calls.add(articles.stream().map(Article::id).toList());
        return articles.stream().map(a -> a.id().equals("b2")
            ? new Result(null, new DomainException.DependencyUnavailable("CLAIMS_UNAVAILABLE", "claims-service is unavailable", null))
            : new Result(new Outcome(3, "engine-test"), null)).toList();
      }
    };
    ExtractionWorker batching = new ExtractionWorker(store, Languages.IDENTIFIER, batchExtraction, clock,
        new ExtractionWorker.Settings(Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(8), 4), registry);
    for (String id : new String[] {"b1", "b2", "b3", "b4", "b5"}) {
      add(id);
      clock.now = clock.now.plusMillis(1);
    }
    assertThat(batching.runBatch(4)).isEqualTo(4);
    assertThat(calls).as("one call for the batch, in queue order").containsExactly(java.util.List.of("b1", "b2", "b3", "b4"));
    assertThat(store.get("b1").orElseThrow().state()).isEqualTo(Article.State.DONE);
    assertThat(store.get("b4").orElseThrow().claimCount()).isEqualTo(3);
    Article retried = store.get("b2").orElseThrow();
    assertThat(retried.state()).isEqualTo(Article.State.EXTRACTING);
    assertThat(retried.failureReason()).contains("claims-service is unavailable");
    assertThat(batching.runBatch(4)).as("b5; b2 waits for its backoff").isEqualTo(1);
    clock.now = clock.now.plusSeconds(2);
    assertThat(batching.runBatch(4)).as("b2 again").isEqualTo(1);
    assertThat(calls.get(2)).containsExactly("b2");
    assertThat(registry.get("ingest.queue.depth").gauge().value()).as("b2 is retried until it works").isEqualTo(1);
  }
}
