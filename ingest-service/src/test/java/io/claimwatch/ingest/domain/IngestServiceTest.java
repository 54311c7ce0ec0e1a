package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestServiceTest {

  private final InMemoryArticleStore store = new InMemoryArticleStore();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final IngestService ingest = new IngestService(new ArticleCleaner(1024), store,
      Clock.fixed(Instant.parse("2025-05-26T10:00:00Z"), ZoneOffset.UTC), registry, IngestService.DEFAULT_REPRINT_THRESHOLD);

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private double received(String outcome) {
    return registry.get("ingest.articles.received").tag("outcome", outcome).counter().count();
  }

  @Test
  void theSameContentIsOneArticleWhateverItsFurniture() {
    String body = "Quake kills dozens\n\nAt least 48 people were killed, the agency said.";
    IngestService.Submission first = ingest.submit(utf8(body), "text/plain", null, null);
    IngestService.Submission again = ingest.submit(utf8(body + "\n\nSubscribe to our newsletter\n"), "text/plain", null, null);

    assertThat(first.alreadyExisted()).isFalse();
    assertThat(again.alreadyExisted()).isTrue();
    assertThat(again.article().id()).isEqualTo(first.article().id());
    assertThat(store.all()).hasSize(1);
    assertThat(received("accepted")).isEqualTo(1);
    assertThat(received("duplicate")).isEqualTo(1);
  }

  @Test
  void theClientsDateWinsOverTheDetectedOne() {
    String body = "March 3, 2025\n\nSome 300 homes were flooded.";
    Article detected = ingest.submit(utf8(body), "text/plain", null, null).article();
    assertThat(detected.publicationDate()).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(detected.publicationDateSource()).isEqualTo("dateline");

    Article given = ingest.submit(utf8(body + " More later."), "text/plain", " https://example.org/x ", LocalDate.of(2025, 3, 4)).article();
    assertThat(given.publicationDate()).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(given.publicationDateSource()).isEqualTo("client");
    assertThat(given.sourceUrl()).isEqualTo("https://example.org/x");
  }

  @Test
  void refusedInputIsCountedAndStoresNothing() {
    assertThatThrownBy(() -> ingest.submit(utf8("x".repeat(2048)), "text/plain", null, null))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("ARTICLE_TOO_LARGE"));
    assertThatThrownBy(() -> ingest.submit(null, null, null, null))
        .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.reason()).isEqualTo("ARTICLE_EMPTY"));
    assertThat(store.all()).isEmpty();
    assertThat(received("rejected")).isEqualTo(2);
  }

  @Test
  void listsNewestFirstInPages() {
    for (int i = 0; i < 5; i++) {
      ingest.submit(utf8("Report " + i + ": about " + (i + 10) + " trucks crossed."), "text/plain", null, null);
    }
    IngestService.Page first = ingest.list(3, "", "state=RECEIVED");
    IngestService.Page second = ingest.list(3, first.nextPageToken(), "state=RECEIVED");
    assertThat(first.articles()).hasSize(3);
    assertThat(second.articles()).hasSize(2);
    assertThat(second.nextPageToken()).isEmpty();
    assertThat(first.articles()).extracting(Article::id).doesNotContainAnyElementsOf(
        second.articles().stream().map(Article::id).toList());
    assertThatThrownBy(() -> ingest.list(3, "nonsense", "")).hasMessageContaining("page token");
  }

  @Test
  void anArticleInAnotherLanguageIsSetUnsupportedByTheWorkerAndLeavesTheQueueUnextracted() {
    String french = """
        Inondations : le bilan s'alourdit

        Au moins 48 personnes ont été tuées dans les inondations qui ont frappé le sud du pays, a indiqué
        l'agence nationale de protection civile, qui craint que le bilan ne s'alourdisse encore dans les jours à venir.
        """;
    java.util.List<String> extracted = new java.util.ArrayList<>();
    ExtractionWorker worker = new ExtractionWorker(store, Languages.IDENTIFIER, article -> {
      extracted.add(article.id());
      return new ClaimExtraction.Outcome(3, "engine-test");
    }, Clock.fixed(Instant.parse("2025-05-26T10:00:00Z"), ZoneOffset.UTC), ExtractionWorker.Settings.defaults(), registry);

    Article a = ingest.submit(utf8(french), "text/plain", null, null).article();
    assertThat(a.state()).as("stored at once, its language told off the request path").isEqualTo(Article.State.RECEIVED);
    assertThat(a.language()).isNull();
    Article english = ingest.submit(utf8("At least 48 people were killed in the floods, the agency said."), "text/plain",
        null, null).article();

    assertThat(worker.runOnce()).isTrue();
    assertThat(worker.runOnce()).isTrue();
    assertThat(worker.runOnce()).isFalse();
    Article unsupported = store.get(a.id()).orElseThrow();
    assertThat(unsupported.state()).isEqualTo(Article.State.UNSUPPORTED);
    assertThat(unsupported.language().code()).isEqualTo("fr");
    assertThat(unsupported.attemptCount()).isZero();
    assertThat(extracted).as("only the English one is extracted").containsExactly(english.id());
    assertThat(store.pendingCount()).isZero();
    assertThat(store.leaseNextDue(Instant.parse("2030-01-01T00:00:00Z"), java.time.Duration.ofSeconds(60))).isEmpty();
    assertThat(registry.get("ingest.languages").tag("language", "fr").counter().count()).isEqualTo(1);
    assertThat(registry.get("ingest.languages").tag("language", "en").counter().count()).isEqualTo(1);

    Article done = store.get(english.id()).orElseThrow();
    assertThat(done.state()).isEqualTo(Article.State.DONE);
    assertThat(done.language().code()).isEqualTo("en");
    assertThat(done.language().reliable()).as("too short to tell").isFalse();
    assertThat(ingest.list(0, "", "state=UNSUPPORTED").articles()).extracting(Article::id).containsExactly(a.id());
  }

  @Test
  void aRetriedArticleKeepsTheLanguageItWasToldAndIsNotToldAgain() {
    ExtractionWorkerTest.ManualClock clock = new ExtractionWorkerTest.ManualClock();
    java.util.Deque<Integer> outcomes = new java.util.ArrayDeque<>(java.util.List.of(-1, 2));
    ExtractionWorker worker = new ExtractionWorker(store, Languages.IDENTIFIER, article -> {
      if (outcomes.pop() < 0) {
        throw new DomainException.DependencyUnavailable("EXTRACTOR_UNAVAILABLE", "down", null);
      }
      return new ClaimExtraction.Outcome(2, "engine-test");
    }, clock, ExtractionWorker.Settings.defaults(), registry);
    Article a = ingest.submit(utf8("Storm\n\nAt least 48 people were killed in the floods, the agency said on Monday."),
        "text/plain", null, null).article();
    assertThat(worker.runOnce()).isTrue();
    Article retrying = store.get(a.id()).orElseThrow();
    assertThat(retrying.state()).isEqualTo(Article.State.EXTRACTING);
    assertThat(retrying.language().code()).isEqualTo("en");
    clock.now = clock.now.plusSeconds(60);
    assertThat(worker.runOnce()).isTrue();
    assertThat(store.get(a.id()).orElseThrow().state()).isEqualTo(Article.State.DONE);
    assertThat(registry.get("ingest.languages").tag("language", "en").counter().count()).as("told once").isEqualTo(1);
  }

  @Test
  void onlyAFailedArticleIsRetriedAndItStartsAfresh() {
    Article a = ingest.submit(utf8("Retry\n\nSome 30 bridges were closed."), "text/plain", null, null).article();
    String name = "articles/" + a.id();
    assertThatThrownBy(() -> ingest.retry(name)).isInstanceOfSatisfying(DomainException.WrongState.class,
        e -> assertThat(e.reason()).isEqualTo("ARTICLE_NOT_FAILED"));
    store.leaseNextDue(Instant.parse("2025-05-26T10:00:00Z"), java.time.Duration.ofSeconds(60));
    store.markFailed(a.id(), "gave up", Instant.parse("2025-05-26T10:00:00Z"));

    Article retried = ingest.retry(name);
    assertThat(retried.state()).isEqualTo(Article.State.RECEIVED);
    assertThat(retried.attemptCount()).isZero();
    assertThat(retried.failureReason()).isNull();
    assertThat(store.pendingCount()).isEqualTo(1);
    assertThatThrownBy(() -> ingest.retry(name)).isInstanceOf(DomainException.WrongState.class);
    assertThatThrownBy(() -> ingest.retry("articles/0123456789abcdef")).isInstanceOf(DomainException.NotFound.class);
  }

  @Test
  void reextractionQueuesTheSettledArticlesTheFilterMatches() {
    Article done = ingest.submit(utf8("Done\n\nSome 30 bridges were closed."), "text/plain", null, null).article();
    Article failed = ingest.submit(utf8("Failed\n\nAbout 12 schools shut."), "text/plain", null, null).article();
    Article queued = ingest.submit(utf8("Queued\n\nNearly 9 ships sank."), "text/plain", null, null).article();
    Instant now = Instant.parse("2025-05-26T10:00:00Z");
    store.markDone(done.id(), 1, "engine-1", now);
    store.markFailed(failed.id(), "gave up", now);

    assertThat(ingest.reextract("create_time<2025-01-01T00:00:00Z")).isZero();
    assertThat(ingest.reextract("state=DONE AND extractor_version!=engine-1")).as("extracted by this version already").isZero();
    assertThat(ingest.reextract("state=FAILED")).isEqualTo(1);
    assertThat(store.get(failed.id()).orElseThrow().state()).isEqualTo(Article.State.RECEIVED);
    assertThat(store.get(done.id()).orElseThrow().state()).isEqualTo(Article.State.DONE);
    assertThat(ingest.reextract("state=DONE and create_time<2025-05-27T00:00:00Z and extractor_version!=engine-2")).isEqualTo(1);
    assertThat(ingest.reextract("")).as("queued articles are not queued twice").isZero();
    assertThat(store.get(queued.id()).orElseThrow().state()).isEqualTo(Article.State.RECEIVED);
    for (String bad : new String[] {"state=RECEIVED", "create_time<yesterday", "title=x", "state=DONE AND state=FAILED", "extractor_version!="}) {
      assertThatThrownBy(() -> ingest.reextract(bad)).as(bad).isInstanceOfSatisfying(DomainException.InvalidInput.class,
          e -> assertThat(e.reason()).isEqualTo("INVALID_FILTER"));
    }
  }

  @Test
  void aBatchStoresEachDocumentOnItsOwn() {
    List<IngestService.ItemResult> r = ingest.submitAll(List.of(
        new IngestService.Item(utf8("One\n\nSome 30 bridges were closed."), "text/plain", null, null),
        new IngestService.Item(utf8("   "), "text/plain", null, null),
        new IngestService.Item(utf8("One\n\nSome 30 bridges were closed."), "text/plain", null, null)));
    assertThat(r).hasSize(3);
    assertThat(r.get(0).submission().alreadyExisted()).isFalse();
    assertThat(r.get(1).error().reason()).isEqualTo("ARTICLE_EMPTY");
    assertThat(r.get(2).submission().alreadyExisted()).isTrue();
    assertThat(store.all()).hasSize(1);
    assertThatThrownBy(() -> ingest.submitAll(List.of())).isInstanceOfSatisfying(DomainException.InvalidInput.class,
        e -> assertThat(e.reason()).isEqualTo("BATCH_SIZE_INVALID"));
    List<IngestService.Item> tooMany = java.util.Collections.nCopies(IngestService.MAX_BATCH + 1,
        new IngestService.Item(utf8("x"), "text/plain", null, null));
    assertThatThrownBy(() -> ingest.submitAll(tooMany)).isInstanceOf(DomainException.InvalidInput.class);
  }

  @Test
  void aBatchIsStoredInOneTransactionAndLinksReprintsWithinIt() {
    java.util.concurrent.atomic.AtomicInteger batches = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger singles = new java.util.concurrent.atomic.AtomicInteger();
    InMemoryArticleStore counting = new InMemoryArticleStore() {
      @Override
      public synchronized Inserted insertIfAbsent(NewArticle a, Instant now) {
        singles.incrementAndGet();
        return super.insertIfAbsent(a, now);
      }

      @Override
      public List<Inserted> insertAllIfAbsent(List<NewArticle> articles, Instant now) {
        batches.incrementAndGet();
        return articles.stream().map(a -> super.insertIfAbsent(a, now)).toList();
      }
    };
    IngestService batching = new IngestService(new ArticleCleaner(1 << 20), counting,
        Clock.fixed(Instant.parse("2025-05-26T10:00:00Z"), ZoneOffset.UTC), registry, IngestService.DEFAULT_REPRINT_THRESHOLD);
    List<IngestService.ItemResult> r = batching.submitAll(List.of(
        new IngestService.Item(utf8(ReprintTest.WIRE), "text/plain", null, null),
        new IngestService.Item(utf8(""), "text/plain", null, null),
        new IngestService.Item(utf8(ReprintTest.OUTLET_A), "text/plain", null, null),
        new IngestService.Item(utf8(ReprintTest.WIRE), "text/plain", null, null)));
    assertThat(batches).as("one store call, one transaction, for the batch").hasValue(1);
    assertThat(singles).hasValue(0);
    String wire = r.get(0).submission().article().id();
    assertThat(r.get(0).submission().article().originId()).isNull();
    assertThat(r.get(1).error().reason()).isEqualTo("ARTICLE_EMPTY");
    assertThat(r.get(2).submission().article().originId()).as("a reprint of an article of the same batch").isEqualTo(wire);
    assertThat(r.get(3).submission().alreadyExisted()).isTrue();
    assertThat(r.get(3).submission().article().id()).isEqualTo(wire);
    assertThat(received("accepted")).isEqualTo(2);
    assertThat(received("duplicate")).isEqualTo(1);
    assertThat(received("rejected")).isEqualTo(1);
  }

  @Test
  void aFullQueueRefusesNewDocumentsUntilItDrains() {
    java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
        Instant.parse("2025-05-26T10:00:00Z"));
    Clock clock = new Clock() {
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now.get(); }
    };
    IngestService limited = new IngestService(new ArticleCleaner(1024), store, clock, registry,
        IngestService.DEFAULT_REPRINT_THRESHOLD, 2);
    limited.submit(utf8("One\n\nSome 30 bridges were closed."), "text/plain", null, null);
    now.set(now.get().plusSeconds(2));
    limited.submit(utf8("Two\n\nAbout 12 schools shut."), "text/plain", null, null);
    now.set(now.get().plusSeconds(2));
    assertThatThrownBy(() -> limited.submit(utf8("Three\n\nNearly 9 ships sank."), "text/plain", null, null))
        .isInstanceOfSatisfying(DomainException.Exhausted.class, e -> {
          assertThat(e.reason()).isEqualTo("INGEST_QUEUE_FULL");
          assertThat(e.retryAfter()).isPositive();
        });
    assertThatThrownBy(() -> limited.submitAll(List.of(new IngestService.Item(utf8("Four\n\n5 cars."), "text/plain", null, null))))
        .isInstanceOf(DomainException.Exhausted.class);
    assertThat(received("throttled")).isEqualTo(2);
    assertThat(store.all()).hasSize(2);

    Article first = store.all().get(0);
    store.markDone(first.id(), 1, "engine-1", now.get());
    assertThatThrownBy(() -> limited.submit(utf8("Three\n\nNearly 9 ships sank."), "text/plain", null, null))
        .as("the depth is read at most once a second").isInstanceOf(DomainException.Exhausted.class);
    now.set(now.get().plusSeconds(2));
    assertThat(limited.submit(utf8("Three\n\nNearly 9 ships sank."), "text/plain", null, null).alreadyExisted()).isFalse();
  }

  @Test
  void whenExtractionFallsBehindNewDocumentsAreRefusedUntilItCatchesUp() {
    java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
        Instant.parse("2025-05-26T10:00:00Z"));
    Clock clock = new Clock() {
      @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
      @Override public Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public Instant instant() { return now.get(); }
    };
    IngestService bounded = new IngestService(new ArticleCleaner(1024), store, clock, registry,
        IngestService.DEFAULT_REPRINT_THRESHOLD, 0, java.time.Duration.ofSeconds(30));
    bounded.submit(utf8("One\n\nSome 30 bridges were closed."), "text/plain", null, null);
    now.set(now.get().plusSeconds(20));
    bounded.submit(utf8("Two\n\nAbout 12 schools shut."), "text/plain", null, null);
    now.set(now.get().plusSeconds(20));
    // the first article has waited 40 s for a worker: more than the bound
    assertThatThrownBy(() -> bounded.submit(utf8("Three\n\nNearly 9 ships sank."), "text/plain", null, null))
        .isInstanceOfSatisfying(DomainException.Exhausted.class, e -> {
          assertThat(e.reason()).isEqualTo("INGEST_QUEUE_BEHIND");
          assertThat(e.retryAfter()).isPositive();
          assertThat(e.getMessage()).contains("40 s");
        });
    assertThat(received("throttled")).isEqualTo(1);

    // a worker takes both (being extracted is not waiting), then the first is retried later: it waits again only once due
    store.leaseDue(now.get(), java.time.Duration.ofSeconds(60), 10);
    now.set(now.get().plusSeconds(2));
    assertThat(bounded.submit(utf8("Three\n\nNearly 9 ships sank."), "text/plain", null, null).alreadyExisted()).isFalse();
  }

  /** A clock the test sets, and a service over a queue whose head (the earliest due time) the test sets. */
  private final class Scripted {
    final java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
        Instant.parse("2025-05-26T10:00:00Z"));
    final java.util.concurrent.atomic.AtomicReference<Instant> head = new java.util.concurrent.atomic.AtomicReference<>();
    final Instant t0 = now.get();
    final IngestService service;
    int n;

    Scripted(java.time.Duration bound) {
      Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now.get(); }
      };
      InMemoryArticleStore queue = new InMemoryArticleStore() {
        @Override
        public synchronized java.util.Optional<Instant> oldestDueSince(Instant at) {
          return java.util.Optional.ofNullable(head.get());
        }
      };
      service = new IngestService(new ArticleCleaner(1024), queue, clock, registry, IngestService.DEFAULT_REPRINT_THRESHOLD,
          0, bound);
    }

    /** At t0 + s seconds, with the queue's head at t0 + headMillis, submits a new article. */
    IngestService.Submission submitAt(int s, Long headMillis) {
      now.set(t0.plusSeconds(s));
      head.set(headMillis == null ? null : t0.plusMillis(headMillis));
      n++;
      return service.submit(utf8("Article " + n + "\n\nSome " + (n + 2) + " bridges were closed."), "text/plain", null, null);
    }
  }

  @Test
  void theBoundIsOnTheWaitOfANewArticleFromThePaceOfTheWorkers() {
    // Four times as much offered as the workers do: the head of the queue moves a quarter of a second a second.
    Scripted falling = new Scripted(java.time.Duration.ofSeconds(25));
    for (int s = 0; s <= 8; s++) {
      falling.submitAt(s, 250L * s);
    }
    // The oldest due article has waited 7.5 s, far under the bound, but a new one would wait 7.5 / 0.25 = 30 s.
    assertThatThrownBy(() -> falling.submitAt(10, 2500L)).isInstanceOfSatisfying(DomainException.Exhausted.class, e -> {
      assertThat(e.reason()).isEqualTo("INGEST_QUEUE_BEHIND");
      assertThat(e.getMessage()).contains("would wait about 30 s");
      assertThat(e.retryAfter()).as("until the wait is back under the bound").isEqualTo(java.time.Duration.ofSeconds(6));
    });
    // Nothing due: no wait, and the pace is measured afresh.
    assertThat(falling.submitAt(12, null).alreadyExisted()).isFalse();

    // Catching up: the head has waited 40 s and moves two seconds a second.
    Scripted catchingUp = new Scripted(java.time.Duration.ofSeconds(25));
    assertThatThrownBy(() -> catchingUp.submitAt(0, -40_000L))
        .as("until the pace is known, the head's wait is the estimate").isInstanceOf(DomainException.Exhausted.class);
    // (the head is read at most once a second)
    assertThatThrownBy(() -> catchingUp.submitAt(2, -36_000L)).isInstanceOf(DomainException.Exhausted.class);
    // 36 s behind, over the bound, but a new article is reached in 36 / 2 = 18 s
    assertThat(catchingUp.submitAt(4, -32_000L).alreadyExisted()).isFalse();
  }
}
