package io.claimwatch.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gateway's budget of request-body bytes read at once (here 1,000): while one client holds a declared 800-byte body
 * half sent, another body that would pass the budget is answered 429 GATEWAY_BUSY with Retry-After before it is read,
 * never a 5xx; once the first request ends its bytes are given back and the next body passes.
 */
@QuarkusTest
@TestProfile(BodyBudgetEdgeTest.SmallBudget.class)
class BodyBudgetEdgeTest {

  public static class SmallBudget implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // The write rate raised so that the test's repeated posts meet the budget, not the rate limit.
      return Map.of("gateway.limits.body-bytes-in-flight", "1000", "gateway.rate-limit.write.per-second", "10000",
          "gateway.rate-limit.write.burst", "10000");
    }
  }

  private static int sent;

  private static Response post(String text) {
    return EdgeTest.as("test-write-key").contentType(ContentType.TEXT).body(text + " " + ++sent).post("/v1/articles");
  }

  private static String reason(Response r) {
    return r.statusCode() == 429 ? r.jsonPath().getString("error.details[0].reason") : "";
  }

  @Test
  void bodiesPastTheBudgetAre429BeforeTheyAreReadAndTheBudgetFreesWhenARequestEnds() throws Exception {
    String text = "Some 14 buses burned on Monday. " + "x".repeat(300);
    assertThat(post(text).statusCode()).as("alone, a body passes").isEqualTo(201);

    Response busy;
    try (Socket slow = new Socket("localhost", 18080)) {
      OutputStream out = slow.getOutputStream();
      out.write(("POST /v1/articles HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer test-write-key\r\n"
          + "Content-Type: text/plain\r\nContent-Length: 800\r\n\r\nSome 15 buses").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // The slow request's headers reach the gateway's edge in its own time: ask until the budget is seen taken.
      long until = System.nanoTime() + 10_000_000_000L;
      do {
        busy = post(text);
        Thread.sleep(20);
      } while (!reason(busy).equals("GATEWAY_BUSY") && System.nanoTime() < until);
    }
    assertThat(busy.statusCode()).as("a body past the budget while another is read").isEqualTo(429);
    assertThat(busy.header("Retry-After")).isEqualTo("1");
    assertThat(busy.jsonPath().getString("error.status")).isEqualTo("RESOURCE_EXHAUSTED");
    assertThat(busy.jsonPath().getString("error.details[0].reason")).isEqualTo("GATEWAY_BUSY");
    assertThat(busy.jsonPath().getString("error.message")).contains("retry after 1 s");

    // The slow client went away: its bytes are given back.
    long until = System.nanoTime() + 10_000_000_000L;
    int status;
    do {
      Thread.sleep(20);
      status = post(text).statusCode();
    } while (status == 429 && System.nanoTime() < until);
    assertThat(status).as("the budget is free again once the held request ended").isEqualTo(201);
    String metrics = given().port(19000).get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).containsPattern("gateway_rejected_total\\{reason=\"bodies\"} [1-9]");
  }
}
