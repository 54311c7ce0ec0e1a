package io.claimwatch.ingest.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.type.Date;
import io.claimwatch.ingest.domain.ArticleStore;
import io.claimwatch.ingest.domain.ExtractionWorker;
import io.claimwatch.ingest.domain.ReprintTest;
import io.claimwatch.ingest.v1.ArticleState;
import io.claimwatch.ingest.v1.DateConfidence;
import io.claimwatch.ingest.v1.DateSource;
import io.claimwatch.ingest.v1.OffsetRun;
import io.claimwatch.ingest.v1.BatchCreateArticlesRequest;
import io.claimwatch.ingest.v1.BatchCreateArticlesResult;
import io.claimwatch.ingest.v1.CreateArticleRequest;
import io.claimwatch.ingest.v1.CreateArticleResponse;
import io.claimwatch.ingest.v1.GetArticleRequest;
import io.claimwatch.ingest.v1.IngestServiceGrpc;
import io.claimwatch.ingest.v1.ListArticlesRequest;
import io.claimwatch.ingest.v1.ReextractArticlesRequest;
import io.claimwatch.ingest.v1.RetryArticleRequest;
import io.claimwatch.localpg.PostgresTestResource;
import io.claimwatch.proto.ProtoTypes;
import io.claimwatch.proto.RpcErrors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The gRPC edge over a real PostgreSQL (extraction workers off: this tests storage and the edge).
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest_test"))
class IngestGrpcServiceTest {

  @GrpcClient("ingest")
  IngestServiceGrpc.IngestServiceBlockingStub ingest;

  @Inject
  ArticleStore store;

  @Inject
  ExtractionWorker worker;

  private static CreateArticleRequest text(String body) {
    return CreateArticleRequest.newBuilder().setContent(ByteString.copyFrom(body, StandardCharsets.UTF_8))
        .setContentType("text/plain").build();
  }

  @Test
  void storesAnArticleOnceAndAnswersTheSecondSubmissionWithTheFirstOne() {
    String body = "Flood toll rises\n\nAt least 40 people died in the floods, officials said on Monday.\n";
    CreateArticleResponse first = ingest.createArticle(text(body).toBuilder()
        .setPublicationDate(ProtoTypes.date(LocalDate.of(2025, 3, 4))).setSourceUrl("https://example.org/flood").build());
    CreateArticleResponse second = ingest.createArticle(text(body));

    assertThat(first.getAlreadyExisted()).isFalse();
    assertThat(first.getArticle().getName()).matches("articles/[0-9a-f]{16}");
    assertThat(first.getArticle().getState()).isEqualTo(ArticleState.ARTICLE_STATE_RECEIVED);
    assertThat(first.getArticle().getCleanText()).contains("At least 40 people died");
    assertThat(ProtoTypes.localDate(first.getArticle().getPublicationDate())).isEqualTo(LocalDate.of(2025, 3, 4));
    assertThat(second.getAlreadyExisted()).isTrue();
    assertThat(second.getArticle().getName()).isEqualTo(first.getArticle().getName());

    var got = ingest.getArticle(GetArticleRequest.newBuilder().setName(first.getArticle().getName()).build()).getArticle();
    assertThat(got.getSourceUrl()).isEqualTo("https://example.org/flood");
    assertThat(got.getContentSizeBytes()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
    assertThat(ingest.listArticles(ListArticlesRequest.newBuilder().setFilter("state=ARTICLE_STATE_RECEIVED").build())
        .getArticlesList()).extracting(a -> a.getName()).contains(first.getArticle().getName());
  }

  @Test
  void refusesEmptyBinaryAndUndatedInputWithInvalidArgument() {
    assertError(() -> ingest.createArticle(text("  \n ")), Status.Code.INVALID_ARGUMENT, "ARTICLE_EMPTY");
    assertError(() -> ingest.createArticle(CreateArticleRequest.newBuilder()
        .setContent(ByteString.copyFrom(new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 9})).build()),
        Status.Code.INVALID_ARGUMENT, "ARTICLE_NOT_TEXT");
    assertError(() -> ingest.createArticle(text("Some 20 homes burned.").toBuilder().setContentType("application/pdf").build()),
        Status.Code.INVALID_ARGUMENT, "UNSUPPORTED_CONTENT_TYPE");
    assertError(() -> ingest.createArticle(text("Some 20 homes burned.").toBuilder()
        .setPublicationDate(Date.newBuilder().setYear(2025).setMonth(2).setDay(30)).build()),
        Status.Code.INVALID_ARGUMENT, "PUBLICATION_DATE_INVALID");
    assertError(() -> ingest.createArticle(text("Some 21 homes burned.").toBuilder()
        .setPublicationDate(Date.newBuilder().setYear(5).setMonth(1).setDay(1)).build()),
        Status.Code.INVALID_ARGUMENT, "PUBLICATION_DATE_INVALID");
    assertError(() -> ingest.createArticle(text("Some 22 homes burned.").toBuilder()
        .setPublicationDate(ProtoTypes.date(LocalDate.now().plusYears(3))).build()),
        Status.Code.INVALID_ARGUMENT, "PUBLICATION_DATE_INVALID");
    assertError(() -> ingest.createArticle(text("\u200b\u200b\u200d")), Status.Code.INVALID_ARGUMENT, "ARTICLE_NO_WORDS");
  }

  /** Issue 15: hostile nesting is refused at once with a reason, and nothing is stored. */
  @Test
  void refusesDeeplyNestedHtmlQuicklyAndStoresNothing() {
    int before = ingest.listArticles(ListArticlesRequest.newBuilder().setPageSize(500).build()).getArticlesCount();
    for (int depth : new int[] {4_000, 16_000, 100_000}) {
      String page = "<html><body><p>At least " + depth + " people died in the floods, officials said.</p>"
          + "<div>x ".repeat(depth) + "</div>".repeat(depth) + "</body></html>";
      long t0 = System.nanoTime();
      assertError(() -> ingest.createArticle(CreateArticleRequest.newBuilder()
          .setContent(ByteString.copyFrom(page, StandardCharsets.UTF_8)).setContentType("text/html").build()),
          Status.Code.INVALID_ARGUMENT, "HTML_TOO_DEEP");
      assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(5));
    }
    assertThat(ingest.listArticles(ListArticlesRequest.newBuilder().setPageSize(500).build()).getArticlesCount())
        .isEqualTo(before);
  }

  @Test
  void refusesWrongNamesPagesAndFilters() {
    assertError(() -> ingest.getArticle(GetArticleRequest.newBuilder().setName("articles/0123456789abcdef").build()),
        Status.Code.NOT_FOUND, "ARTICLE_NOT_FOUND");
    assertError(() -> ingest.getArticle(GetArticleRequest.newBuilder().setName("flood").build()),
        Status.Code.INVALID_ARGUMENT, "ARTICLE_NAME_INVALID");
    assertError(() -> ingest.listArticles(ListArticlesRequest.newBuilder().setPageSize(-1).build()),
        Status.Code.INVALID_ARGUMENT, "PAGE_SIZE_NEGATIVE");
    assertError(() -> ingest.listArticles(ListArticlesRequest.newBuilder().setFilter("title=x").build()),
        Status.Code.INVALID_ARGUMENT, "INVALID_FILTER");
  }

  @Test
  void exposesReceivedCountsAndTheQueueAsPrometheusMetrics() throws Exception {
    ingest.createArticle(text("Metrics test: about 12 trucks were seen.\n"));
    String metrics = RestAssured.given().port(19001).get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("ingest_articles_received_total{outcome=\"accepted\"}")
        .contains("ingest_queue_depth").contains("ingest_queue_oldest_age_seconds");
    for (String metric : monitoredMetrics("ingest-service")) {
      assertThat(metrics).as("metrics.txt names " + metric).containsPattern("(?m)^" + metric + "[{ ]");
    }
  }

  /** The metrics that ../deploy/components/monitoring/metrics.txt (the alerts' and the dashboard's) says SERVICE exports. */
  static java.util.List<String> monitoredMetrics(String service) throws java.io.IOException {
    return java.nio.file.Files.readAllLines(java.nio.file.Path.of("../deploy/components/monitoring/metrics.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\\s+"))
        .filter(f -> java.util.Arrays.asList(f).subList(1, f.length).contains(service))
        .map(f -> f[0]).toList();
  }

  @Test
  void keepsTheDatelineApartFromThePublicationDate() {
    String body = "Hundreds of prisoners after the offensive\n\nMay 6, 2025\n\nOn August 14, the ombudsman said his"
        + " counterpart had called about 102 prisoners. The invasion began in February 2022.\n";
    var a = ingest.createArticle(text(body)).getArticle();
    assertThat(a.hasPublicationDate()).isFalse();
    assertThat(a.hasPublicationDateEvidence()).isFalse();
    assertThat(ProtoTypes.localDate(a.getDateline().getDate())).isEqualTo(LocalDate.of(2025, 5, 6));
    assertThat(a.getDateline().getSource()).isEqualTo(DateSource.DATE_SOURCE_DATELINE);
    assertThat(a.getDateline().getConfidence()).isEqualTo(DateConfidence.DATE_CONFIDENCE_MEDIUM);
    assertThat(a.getDatelineContradicted()).isTrue();
    assertThat(ProtoTypes.localDate(a.getPublicationNotBefore().getDate())).isEqualTo(LocalDate.of(2022, 2, 1));
    assertThat(a.getPublicationNotBefore().getConfidence()).isEqualTo(DateConfidence.DATE_CONFIDENCE_LOW);

    var given = ingest.createArticle(text(body + "More later.").toBuilder()
        .setPublicationDate(ProtoTypes.date(LocalDate.of(2024, 8, 16))).build()).getArticle();
    assertThat(given.getPublicationDateEvidence().getSource()).isEqualTo(DateSource.DATE_SOURCE_CLIENT);
    assertThat(given.getPublicationDateEvidence().getConfidence()).isEqualTo(DateConfidence.DATE_CONFIDENCE_HIGH);
    assertThat(given.hasPublicationNotBefore()).isFalse();
    assertThat(given.getDatelineContradicted()).isTrue();
  }

  @Test
  void theLanguagesOfABatchAreStoredInOneStatementAndOnlyTheOthersLeaveTheQueue() {
    String french = "Séisme\n\nAu moins 12 maisons se sont effondrées lors du séisme, selon la protection civile.\n";
    String english = "Quake\n\nAt least 12 houses collapsed in the earthquake, civil protection officials said.\n";
    String fr = ingest.createArticle(text(french)).getArticle().getName().substring("articles/".length());
    String en = ingest.createArticle(text(english)).getArticle().getName().substring("articles/".length());
    store.recordLanguages(java.util.List.of(
        new ArticleStore.Told(fr, new io.claimwatch.ingest.domain.LanguageIdentifier.Detection("fr", 0.9, true)),
        new ArticleStore.Told(en, new io.claimwatch.ingest.domain.LanguageIdentifier.Detection("en", 0.8, true))),
        java.time.Instant.now());
    var f = store.get(fr).orElseThrow();
    var e = store.get(en).orElseThrow();
    assertThat(f.state()).isEqualTo(io.claimwatch.ingest.domain.Article.State.UNSUPPORTED);
    assertThat(f.language().code()).isEqualTo("fr");
    assertThat(e.state()).as("English stays queued for extraction").isEqualTo(io.claimwatch.ingest.domain.Article.State.RECEIVED);
    assertThat(e.language().code()).isEqualTo("en");
    assertThat(e.language().confidence()).isEqualTo(0.8);
  }

  @Test
  void aBatchIsStoredInOneTransactionWithItsDuplicatesAndReprints() {
    String story = """
        Floods close 40 schools in the north

        At least 40 schools were closed across the northern provinces on Tuesday after three days of heavy rain \
        swelled rivers and cut roads, the education ministry said in a statement.

        Some 1,200 families were moved to shelters, and the regional governor said that about 300 homes had been \
        damaged by the water, most of them in low-lying villages along the river.

        Forecasters expect more rain through the weekend, and the ministry said that schools would stay closed \
        until engineers had inspected every building in the affected districts.
        """;
    String reprint = "Home › Region\n\nBy our correspondent\n\n" + story + "\nShare this article\n\nAdvertisement\n";
    var r = ingest.batchCreateArticles(BatchCreateArticlesRequest.newBuilder()
        .addRequests(text(story)).addRequests(text("")).addRequests(text(reprint))
        .addRequests(text(story)).build()).getResultsList();
    assertThat(r).hasSize(4);
    String wire = r.get(0).getCreated().getArticle().getName();
    assertThat(r.get(1).hasError()).isTrue();
    assertThat(r.get(2).getCreated().getArticle().getOrigin()).as("a reprint of an article of the same batch").isEqualTo(wire);
    assertThat(r.get(3).getCreated().getAlreadyExisted()).isTrue();
    assertThat(r.get(3).getCreated().getArticle().getName()).isEqualTo(wire);
    assertThat(ingest.getArticle(GetArticleRequest.newBuilder().setName(r.get(2).getCreated().getArticle().getName()).build())
        .getArticle().getOrigin()).isEqualTo(wire);
  }

  @Test
  void storesOtherLanguagesQueuedThenTheWorkerSetsThemUnsupportedOutsideTheQueue() {
    String french = "Inondations : le bilan s'alourdit\n\nAu moins 48 personnes ont été tuées dans les inondations qui"
        + " ont frappé le sud du pays, a indiqué l'agence nationale de protection civile, qui craint que le bilan ne"
        + " s'alourdisse encore dans les jours à venir.\n";
    var created = ingest.createArticle(text(french)).getArticle();
    assertThat(created.getState()).isEqualTo(ArticleState.ARTICLE_STATE_RECEIVED);
    assertThat(created.getLanguageCode()).as("told by the worker, off the request path").isEmpty();

    // the worker's step on this article (workers are off in these tests): the language, then UNSUPPORTED, no extraction
    String id = created.getName().substring("articles/".length());
    worker.process(store.get(id).orElseThrow());
    var a = ingest.getArticle(GetArticleRequest.newBuilder().setName(created.getName()).build()).getArticle();
    assertThat(a.getState()).isEqualTo(ArticleState.ARTICLE_STATE_UNSUPPORTED);
    assertThat(a.getLanguageCode()).isEqualTo("fr");
    assertThat(a.getLanguageConfidence()).isBetween(0.5, 1.0);
    assertThat(ingest.listArticles(ListArticlesRequest.newBuilder().setFilter("state=ARTICLE_STATE_UNSUPPORTED").build())
        .getArticlesList()).extracting(x -> x.getName()).contains(a.getName());
    // the queue (RECEIVED or EXTRACTING) no longer holds it: the stored state is UNSUPPORTED, which the V2 constraint allows
    assertThat(store.get(id).orElseThrow().state()).isEqualTo(io.claimwatch.ingest.domain.Article.State.UNSUPPORTED);
    String metrics = RestAssured.given().port(19001).get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).containsPattern("ingest_languages_total\\{language=\"fr\"\\} [1-9]");
  }

  @Test
  void linksReprintsToTheirOriginThroughTheBandIndex() {
    var wire = ingest.createArticle(text(ReprintTest.WIRE)).getArticle();
    var reprint = ingest.createArticle(text(ReprintTest.OUTLET_A)).getArticle();
    var updated = ingest.createArticle(text(ReprintTest.UPDATED)).getArticle();
    var other = ingest.createArticle(text(ReprintTest.OTHER_STORY)).getArticle();
    assertThat(wire.getOrigin()).isEmpty();
    assertThat(reprint.getOrigin()).isEqualTo(wire.getName());
    assertThat(reprint.getOriginSimilarity()).isBetween(0.7, 1.0);
    assertThat(reprint.getByline()).isEqualTo("AFP");
    assertThat(updated.getOrigin()).isEqualTo(wire.getName());
    assertThat(other.getOrigin()).isEmpty();
    assertThat(ingest.createArticle(text(ReprintTest.OUTLET_A)).getAlreadyExisted()).isTrue();
    var got = ingest.getArticle(GetArticleRequest.newBuilder().setName(reprint.getName()).build()).getArticle();
    assertThat(got.getOrigin()).isEqualTo(wire.getName());
    assertThat(got.getLanguageCode()).as("told later by the extraction worker, off in these tests").isEmpty();
    String metrics = RestAssured.given().port(19001).get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("ingest_reprints_linked_total").contains("ingest_languages_total{language=\"en\"}");
  }

  @Test
  void returnsTheSourceMapOfAnHtmlPage() {
    String html = "<html><body><article><h1>Port strike enters a second day</h1><p>About 1,200 dock workers"
        + " walked out on Tuesday, the union said, and 40 ships are waiting &amp; idle.</p></article></body></html>";
    var a = ingest.createArticle(CreateArticleRequest.newBuilder().setContent(ByteString.copyFrom(html, StandardCharsets.UTF_8))
        .setContentType("text/html").build()).getArticle();
    assertThat(a.getSourceMapCount()).isPositive();
    int claim = a.getCleanText().indexOf("About 1,200");
    OffsetRun run = a.getSourceMapList().stream()
        .filter(r -> r.getCleanStart() <= claim && claim < r.getCleanStart() + r.getLength()).findFirst().orElseThrow();
    int at = run.getSourceStart() + claim - run.getCleanStart();
    assertThat(html.substring(at)).startsWith("About 1,200 dock workers");
  }

  @Test
  void retriesAFailedArticleAndReextractsDoneOnesButNothingElse() {
    String name = ingest.createArticle(text("Retry test\n\nSome 75 ferries were stuck in port, the union said.\n"))
        .getArticle().getName();
    String id = name.substring("articles/".length());
    RetryArticleRequest retry = RetryArticleRequest.newBuilder().setName(name).build();
    assertError(() -> ingest.retryArticle(retry), Status.Code.FAILED_PRECONDITION, "ARTICLE_NOT_FAILED");

    store.markFailed(id, "gave up after 12 attempts", java.time.Instant.now());
    var retried = ingest.retryArticle(retry).getArticle();
    assertThat(retried.getState()).isEqualTo(ArticleState.ARTICLE_STATE_RECEIVED);
    assertThat(retried.getAttemptCount()).isZero();
    assertThat(retried.getFailureReason()).isEmpty();
    assertError(() -> ingest.retryArticle(retry), Status.Code.FAILED_PRECONDITION, "ARTICLE_NOT_FAILED");
    assertError(() -> ingest.retryArticle(RetryArticleRequest.newBuilder().setName("articles/0123456789abcdef").build()),
        Status.Code.NOT_FOUND, "ARTICLE_NOT_FOUND");

    store.markDone(id, 1, "engine-1", java.time.Instant.now());
    assertThat(ingest.reextractArticles(ReextractArticlesRequest.newBuilder()
        .setFilter("state=DONE AND create_time<2000-01-01T00:00:00Z").build()).getQueuedCount()).isZero();
    assertThat(ingest.getArticle(GetArticleRequest.newBuilder().setName(name).build()).getArticle().getExtractorVersion())
        .isEqualTo("engine-1");
    ingest.reextractArticles(ReextractArticlesRequest.newBuilder().setFilter("state=DONE AND extractor_version!=engine-1").build());
    assertThat(ingest.getArticle(GetArticleRequest.newBuilder().setName(name).build()).getArticle().getState())
        .as("an article this extractor version did is left alone").isEqualTo(ArticleState.ARTICLE_STATE_DONE);
    assertThat(ingest.reextractArticles(ReextractArticlesRequest.newBuilder().setFilter("state=DONE").build())
        .getQueuedCount()).isGreaterThanOrEqualTo(1);
    var again = ingest.getArticle(GetArticleRequest.newBuilder().setName(name).build()).getArticle();
    assertThat(again.getState()).isEqualTo(ArticleState.ARTICLE_STATE_RECEIVED);
    assertThat(again.getClaimCount()).as("the old count stands until the new claims replace the old ones").isEqualTo(1);
    assertThat(ingest.reextractArticles(ReextractArticlesRequest.newBuilder().setFilter("state=DONE").build())
        .getQueuedCount()).as("a queued article is not queued twice").isZero();
    assertError(() -> ingest.reextractArticles(ReextractArticlesRequest.newBuilder().setFilter("state=RECEIVED").build()),
        Status.Code.INVALID_ARGUMENT, "INVALID_FILTER");
  }

  @Test
  void aBatchAnswersEachDocumentOnItsOwn() throws Exception {
    var r = ingest.batchCreateArticles(BatchCreateArticlesRequest.newBuilder()
        .addRequests(text("Batch one\n\nSome 410 buses were withdrawn, the operator said.\n"))
        .addRequests(text("  "))
        .addRequests(text("Batch two\n\nAbout 33 ferries were delayed by fog on Friday.\n").toBuilder()
            .setPublicationDate(Date.newBuilder().setYear(2025).setMonth(2).setDay(30)))
        .addRequests(text("Batch one\n\nSome 410 buses were withdrawn, the operator said.\n"))
        .build()).getResultsList();
    assertThat(r).hasSize(4);
    assertThat(r.get(0).getOutcomeCase()).isEqualTo(BatchCreateArticlesResult.OutcomeCase.CREATED);
    assertThat(r.get(0).getCreated().getAlreadyExisted()).isFalse();
    assertThat(r.get(1).getError().getCode()).isEqualTo(com.google.rpc.Code.INVALID_ARGUMENT_VALUE);
    assertThat(r.get(1).getError().getDetails(0).unpack(com.google.rpc.ErrorInfo.class).getReason()).isEqualTo("ARTICLE_EMPTY");
    assertThat(r.get(2).getError().getDetails(0).unpack(com.google.rpc.ErrorInfo.class).getReason())
        .isEqualTo("PUBLICATION_DATE_INVALID");
    assertThat(r.get(3).getCreated().getAlreadyExisted()).isTrue();
    assertThat(r.get(3).getCreated().getArticle().getName()).isEqualTo(r.get(0).getCreated().getArticle().getName());
    assertError(() -> ingest.batchCreateArticles(BatchCreateArticlesRequest.getDefaultInstance()),
        Status.Code.INVALID_ARGUMENT, "BATCH_SIZE_INVALID");
  }

  private static void assertError(Runnable call, Status.Code code, String reason) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
      assertThat(e.getStatus().getCode()).isEqualTo(code);
      assertThat(RpcErrors.errorInfo(e)).hasValueSatisfying(i -> assertThat(i.getReason()).isEqualTo(reason));
      assertThat(e.getStatus().getDescription()).isNotBlank();
    });
  }
}
