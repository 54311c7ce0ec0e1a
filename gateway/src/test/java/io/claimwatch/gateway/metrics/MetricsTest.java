package io.claimwatch.gateway.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After real requests (over the gRPC test doubles), /q/metrics counts them by route and outcome, counts a body
 * refused for its size, and has every gateway metric the alerts and the dashboard use.
 */
@QuarkusTest
class MetricsTest {

  private static io.restassured.specification.RequestSpecification admin() {
    return given().header("Authorization", "Bearer test-admin-key");
  }

  @Test
  void requestsAreCountedByRouteAndOutcomeAndRejectionsByReason() throws Exception {
    admin().contentType(ContentType.JSON).body("{\"text\":\"The metrics test says 12 people were counted.\"}")
        .post("/v1/articles").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    admin().get("/v1/articles/0123456789abcdef").then().statusCode(404);
    admin().contentType(ContentType.TEXT).body("down").post("/v1/articles").then().statusCode(503);
    admin().get("/v1/groups/g1").then().statusCode(200);
    given().contentType(ContentType.TEXT).body("no key").post("/v1/articles").then().statusCode(401);
    assertThat(statusOfAnOversizedPost()).isEqualTo(413);

    String metrics = given().port(19000).get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .containsPattern("gateway_requests_total\\{[^}]*outcome=\"ok\",route=\"/v1/articles\"} [1-9]")
        .containsPattern("gateway_requests_total\\{[^}]*outcome=\"client_error\",route=\"/v1/articles/\\{article}\"} [1-9]")
        .containsPattern("gateway_requests_total\\{[^}]*outcome=\"error\",route=\"/v1/articles\"} [1-9]")
        .containsPattern("gateway_requests_total\\{[^}]*outcome=\"ok\",route=\"/v1/groups/\\{group}\"} [1-9]")
        .containsPattern("gateway_rejected_total\\{[^}]*reason=\"size\"} [1-9]")
        .containsPattern("gateway_rejected_total\\{[^}]*reason=\"auth\"} [1-9]").contains("gateway_rejected_total{reason=\"rate\"}")
        .contains("http_server_requests_seconds_bucket{");
    for (String metric : monitoredMetrics("gateway")) {
      assertThat(metrics).as("metrics.txt names " + metric).containsPattern("(?m)^" + metric + "[{ ]");
    }
  }

  @Test
  void outcomesAreAClosedSet() {
    assertThat(List.of(200, 201, 400, 404, 429, 500, 503, 504)).extracting(GatewayMetrics::outcome)
        .containsExactly("ok", "ok", "client_error", "client_error", "throttled", "error", "error", "error");
  }

  /** Announces a 13 MiB body (over quarkus.http.limits.max-body-size) and reads the status the gateway answers. */
  private static int statusOfAnOversizedPost() throws Exception {
    try (Socket socket = new Socket("localhost", 18080)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("POST /v1/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
          + "Content-Length: " + 13 * 1024 * 1024 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
      return Integer.parseInt(statusLine.split(" ")[1]);
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
