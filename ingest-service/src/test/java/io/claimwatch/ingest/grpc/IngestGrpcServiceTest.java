package io.claimwatch.ingest.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.type.Date;
import io.claimwatch.ingest.v1.ArticleState;
import io.claimwatch.ingest.v1.CreateArticleRequest;
import io.claimwatch.ingest.v1.CreateArticleResponse;
import io.claimwatch.ingest.v1.GetArticleRequest;
import io.claimwatch.ingest.v1.IngestServiceGrpc;
import io.claimwatch.ingest.v1.ListArticlesRequest;
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
  void exposesReceivedCountsAndTheQueueAsPrometheusMetrics() {
    ingest.createArticle(text("Metrics test: about 12 trucks were seen.\n"));
    String metrics = RestAssured.given().port(19001).get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("ingest_articles_received_total{outcome=\"accepted\"}")
        .contains("ingest_queue_depth").contains("ingest_queue_oldest_age_seconds");
  }

  private static void assertError(Runnable call, Status.Code code, String reason) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
      assertThat(e.getStatus().getCode()).isEqualTo(code);
      assertThat(RpcErrors.errorInfo(e)).hasValueSatisfying(i -> assertThat(i.getReason()).isEqualTo(reason));
      assertThat(e.getStatus().getDescription()).isNotBlank();
    });
  }
}
