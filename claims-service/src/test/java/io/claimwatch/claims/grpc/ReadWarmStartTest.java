package io.claimwatch.claims.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.type.Decimal;
import io.claimwatch.claims.domain.TestKeys;
import io.claimwatch.claims.v1.Claim;
import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.Hedge;
import io.claimwatch.claims.v1.Provenance;
import io.claimwatch.claims.v1.Quantity;
import io.claimwatch.claims.v1.ReplaceArticleClaimsRequest;
import io.claimwatch.localpg.PostgresTestResource;
import io.claimwatch.proto.ProtoTypes;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.GrpcService;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * The warm start runs every read path clients use on the real store (claims with each filter kind, groups, a group's
 * page, a claim) without a failure, stops at its time bound, and readiness says DOWN until it has run.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims_warm_start"))
class ReadWarmStartTest {

  @GrpcClient("claims")
  ClaimsServiceGrpc.ClaimsServiceBlockingStub claims;

  @Inject
  @GrpcService
  ClaimsGrpcService service;

  private void store(String article, String counted, String value) {
    Quantity.Builder q = Quantity.newBuilder().setHedge(Hedge.HEDGE_AT_LEAST)
        .setLow(Decimal.newBuilder().setValue(value));
    claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder().setArticle(article).addClaims(Claim.newBuilder()
        .setProvenance(Provenance.newBuilder().setQuote("police said at least " + value + " people died").setQuoteEnd(20))
        .setQuantity(q).setCounted(counted).setKey(TestKeys.proto(counted)).setExtractorVersion("t")
        .setPublicationDate(ProtoTypes.partialDate("2031-03-02"))).build());
  }

  @Test
  void everyReadPathRunsOnTheStoreWithoutAFailure() {
    store("articles/warmflood01", "people killed in floods in Oskavia", "12");
    store("articles/warmflood02", "people killed in floods in Oskavia", "15");

    ReadWarmStart.Result r = new ReadWarmStart(service, 3, Duration.ofSeconds(60)).run();

    int perRound = ReadWarmStart.FILTERS.size() + 3; // the filters, the groups, a group's page, a claim
    assertThat(r.rounds()).isEqualTo(3);
    assertThat(r.reads()).isEqualTo(3 * perRound);
    assertThat(r.failed()).isZero();
    assertThat(r.timedOut()).isFalse();
  }

  @Test
  void itStopsAtItsTimeBound() {
    ReadWarmStart.Result r = new ReadWarmStart(service, 1_000_000, Duration.ofMillis(300)).run();

    assertThat(r.timedOut()).isTrue();
    assertThat(r.rounds()).isLessThan(1_000_000);
    assertThat(r.millis()).isLessThan(5_000);
  }

  @Test
  void readinessIsDownUntilTheWarmStartHasRun() {
    ReadWarmStart notStarted = new ReadWarmStart(service, 5, Duration.ofSeconds(10));
    assertThat(notStarted.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(notStarted.call().getData().orElseThrow()).containsEntry("state", "warming");

    // This instance's own warm start is off in tests (claims.warm-start.rounds=0): ready at once, 0 rounds.
    String ready = RestAssured.given().port(19003).get("/q/health/ready").then().statusCode(200).extract().asString();
    assertThat(ready).contains("\"warm-start\"");
  }
}
