package io.claimwatch.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A backend with as many calls in flight as its limit allows: the calls over it are answered 429 BACKEND_BUSY with
 * Retry-After at once, never a 5xx, and the limit frees as calls end. The backend (claims-service's test double,
 * over real gRPC) answers "slow" after 1 s; the gateway allows two calls in flight.
 */
@QuarkusTest
@TestProfile(BusyBackendTest.TwoInFlight.class)
class BusyBackendTest {

  public static class TwoInFlight implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("gateway.backend-limit.min-in-flight", "2", "gateway.backend-limit.max-in-flight", "2");
    }
  }

  @Test
  void callsOverTheBackendsLimitAre429WithRetryAfterAndNo5xx() throws Exception {
    // The channel to the backend is connected first: on a busy machine a first connection alone can take seconds.
    EdgeTest.as("test-read-key").get("/v1/articles/-/claims").then().statusCode(200);
    List<Response> answers;
    ExecutorService callers = Executors.newFixedThreadPool(12);
    try {
      List<Future<Response>> calls = callers.invokeAll(Collections.nCopies(12, (Callable<Response>) () ->
          EdgeTest.as("test-read-key").get("/v1/articles/-/claims?filter=slow")));
      answers = calls.stream().map(f -> {
        try {
          return f.get();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).toList();
    } finally {
      callers.shutdown();
    }
    List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
    assertThat(statuses).as("every call answered 200 or 429").allMatch(s -> s == 200 || s == 429);
    assertThat(statuses).contains(200);
    Response busy = answers.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow(
        () -> new AssertionError("twelve calls at once to a backend allowed two: none was refused " + statuses));
    assertThat(busy.header("Retry-After")).isEqualTo("1");
    assertThat(busy.jsonPath().getString("error.status")).isEqualTo("RESOURCE_EXHAUSTED");
    assertThat(busy.jsonPath().getString("error.details[0].reason")).isEqualTo("BACKEND_BUSY");
    assertThat(busy.jsonPath().getString("error.details[0].metadata.backend")).isEqualTo("claims");
    assertThat(busy.jsonPath().getString("error.message")).contains("retry after 1 s");

    // The calls in flight ended: the limit is free again, and the refusals were counted.
    EdgeTest.as("test-read-key").get("/v1/articles/-/claims").then().statusCode(200);
    String metrics = given().port(19000).get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("gateway_backend_limit{backend=\"claims\"} 2.0")
        .contains("gateway_backend_in_flight{backend=\"claims\"} 0.0")
        .containsPattern("gateway_rejected_total\\{reason=\"busy\"} [1-9]");
  }
}
