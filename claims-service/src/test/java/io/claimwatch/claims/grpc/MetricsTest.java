package io.claimwatch.claims.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.type.Decimal;
import io.claimwatch.claims.domain.TestKeys;
import io.claimwatch.claims.v1.Claim;
import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.GetClaimRequest;
import io.claimwatch.claims.v1.GetGroupRequest;
import io.claimwatch.claims.v1.Hedge;
import io.claimwatch.claims.v1.ListClaimsRequest;
import io.claimwatch.claims.v1.ListGroupsRequest;
import io.claimwatch.claims.v1.Provenance;
import io.claimwatch.claims.v1.Quantity;
import io.claimwatch.claims.v1.ReplaceArticleClaimsRequest;
import io.claimwatch.localpg.PostgresTestResource;
import io.claimwatch.proto.ProtoTypes;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * After real work (two outlets' conflicting tolls stored, every read query answered), /q/metrics has every
 * metric of this service that the alerts and the dashboard use (deploy/components/monitoring/metrics.txt).
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "claims_metrics"))
class MetricsTest {

  @GrpcClient("claims")
  ClaimsServiceGrpc.ClaimsServiceBlockingStub claims;

  private static Claim claim(String counted, String value, String published) {
    Quantity.Builder q = Quantity.newBuilder().setHedge(Hedge.HEDGE_EXACT)
        .setLow(Decimal.newBuilder().setValue(value)).setHigh(Decimal.newBuilder().setValue(value));
    return Claim.newBuilder().setProvenance(Provenance.newBuilder().setQuote(counted + " " + value).setQuoteEnd(10))
        .setQuantity(q).setCounted(counted).setKey(TestKeys.proto(counted)).setExtractorVersion("t").setPublicationDate(ProtoTypes.partialDate(published)).build();
  }

  @Test
  void conflictsAndQueriesShowOnTheMetricsEndpoint() throws Exception {
    Claim first = claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/metricsquake01")
        .addClaims(claim("villagers dead", "286", "2032-05-04")).build()).getClaims(0);
    claims.replaceArticleClaims(ReplaceArticleClaimsRequest.newBuilder().setArticle("articles/metricsquake02")
        .addClaims(claim("villagers killed", "250", "2032-05-06")).build());
    claims.getClaim(GetClaimRequest.newBuilder().setName(first.getName()).build());
    claims.listClaims(ListClaimsRequest.newBuilder().setParent("articles/-").build());
    claims.getGroup(GetGroupRequest.newBuilder().setName(first.getGroup()).build());
    claims.listGroups(ListGroupsRequest.getDefaultInstance());

    String metrics = RestAssured.given().port(19003).get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).containsPattern(Pattern.compile("^claims_conflicts_found_total(\\{[^}]*})? [1-9]", Pattern.MULTILINE));
    for (String query : List.of("get", "list", "group", "list_groups")) {
      assertThat(metrics).containsPattern("claims_query_seconds_count\\{[^}]*query=\"" + query + "\"[^}]*} [1-9]");
    }
    assertThat(metrics).contains("claims_query_seconds_bucket{");
    for (String metric : monitoredMetrics("claims-service")) {
      assertThat(metrics).as("metrics.txt names " + metric).containsPattern("(?m)^" + metric + "[{ ]");
    }
  }

  /** The metrics that deploy/components/monitoring/metrics.txt says this service exports. */
  static List<String> monitoredMetrics(String service) throws Exception {
    return Files.readAllLines(Path.of("../deploy/components/monitoring/metrics.txt")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\\s+"))
        .filter(f -> Arrays.asList(f).subList(1, f.length).contains(service))
        .map(f -> f[0]).toList();
  }
}
