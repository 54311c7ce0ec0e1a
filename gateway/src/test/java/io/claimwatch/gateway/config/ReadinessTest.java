package io.claimwatch.gateway.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Readiness does not cascade: with ingest-service unreachable the gateway stays ready (reads still work, and a
 * submission gets a 503 with Retry-After rather than a refused connection); the dependencies group reports it.
 */
@QuarkusTest
@TestProfile(ReadinessTest.IngestDown.class)
class ReadinessTest {

  /** The ingest client aims at a port nothing listens on. */
  public static class IngestDown implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.grpc.clients.ingest.test-port", "1");
    }
  }

  @Test
  void staysReadyWhenIngestIsDown() {
    given().port(19000).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    given().port(19000).get("/q/health/group/dependencies").then().statusCode(503)
        .body("checks.data.'ingest-service'", hasItem("UNAVAILABLE"))
        .body("checks.data.'claims-service'", hasItem("SERVING"));
  }
}
