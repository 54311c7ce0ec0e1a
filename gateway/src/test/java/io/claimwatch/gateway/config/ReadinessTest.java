package io.claimwatch.gateway.config;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/**
 * With ingest-service unreachable the gateway is not ready, and says which backend is missing (in readiness and in
 * the dependencies group); a call that needs it is answered 503 with Retry-After and the error body.
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
  void notReadyWhenIngestIsDownAndCallsAre503WithRetryAfter() {
    // Nothing listens on ingest's port: refused at once, or, on a busy machine, still connecting when the check's
    // deadline passes. Either way the check names the failure, and the gateway is not ready.
    Matcher<Iterable<? super String>> unreachable = hasItem(anyOf(equalTo("UNAVAILABLE"), equalTo("DEADLINE_EXCEEDED")));
    // The check gives each backend 800 ms: on a starved machine even the live one can miss it, so ask until it answers.
    Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        given().port(19000).get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
            .body("checks.data.'ingest-service'", unreachable)
            .body("checks.data.'claims-service'", hasItem("SERVING")));
    given().port(19000).get("/q/health/group/dependencies").then().statusCode(503)
        .body("checks.data.'ingest-service'", unreachable);
    given().header("Authorization", "Bearer test-admin-key").contentType("application/json")
        .body("{\"text\": \"At least 40 people died.\"}").post("/v1/articles")
        .then().statusCode(503).header("Retry-After", "5")
        .body("error.status", equalTo("UNAVAILABLE"))
        .body("error.details[0].reason", equalTo("BACKEND_UNAVAILABLE"));
  }
}
