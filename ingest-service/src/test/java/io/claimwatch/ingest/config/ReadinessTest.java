package io.claimwatch.ingest.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.claimwatch.localpg.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Readiness does not cascade: with extract-service and claims-service unreachable, ingest-service stays ready
 * (it stores articles and retries their extraction later); the dependencies group reports them down.
 */
@QuarkusTest
@TestProfile(ReadinessTest.BackendsDown.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest_ready"))
class ReadinessTest {

  /** Both downstream clients aim at a port nothing listens on. */
  public static class BackendsDown implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.grpc.clients.extract.test-port", "1", "quarkus.grpc.clients.claims.test-port", "1");
    }
  }

  @Test
  void staysReadyWhenExtractAndClaimsAreDown() {
    given().port(19001).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().port(19001).get("/q/health/group/dependencies").then().statusCode(503)
        .body("status", equalTo("DOWN"))
        .body("checks.data.'extract-service'", hasItem("UNAVAILABLE"))
        .body("checks.data.'claims-service'", hasItem("UNAVAILABLE"));
  }
}
