package io.claimwatch.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** What every call meets at the edge: keys and scopes, limits, the one error shape, signed page tokens, CORS. */
@QuarkusTest
class EdgeTest {

  static io.restassured.specification.RequestSpecification as(String key) {
    return given().urlEncodingEnabled(false).header("Authorization", "Bearer " + key);
  }

  @Test
  void withoutAKeyEveryCallIs401AndAWrongScopeIs403() {
    given().get("/v1/articles/-/claims").then().statusCode(401).header("WWW-Authenticate", "Bearer")
        .body("error.status", equalTo("UNAUTHENTICATED")).body("error.details[0].reason", equalTo("API_KEY_MISSING"));
    given().header("Authorization", "Bearer not-a-key").get("/v1/groups").then().statusCode(401)
        .body("error.details[0].reason", equalTo("API_KEY_INVALID")).body(not(containsString("not-a-key")));
    given().header("Authorization", "Basic dGVzdDp0ZXN0").get("/v1/groups").then().statusCode(401);
    as("test-read-key").get("/v1/groups").then().statusCode(200);
    as("test-read-key").contentType(ContentType.TEXT).body("Some 12 buses.").post("/v1/articles").then().statusCode(403)
        .body("error.status", equalTo("PERMISSION_DENIED")).body("error.details[0].reason", equalTo("SCOPE_MISSING"))
        .body("error.details[0].metadata.scope", equalTo("write"));
    as("test-write-key").contentType(ContentType.TEXT).body("Some 13 buses.").post("/v1/articles").then().statusCode(201);
    as("test-write-key").contentType(ContentType.JSON).body("{}").post("/v1/articles:reextract").then().statusCode(403)
        .body("error.details[0].metadata.scope", equalTo("admin"));
    as("test-write-key").post("/v1/articles/00000000000000f1%3Aretry").then().statusCode(403);
    as("test-admin-key").contentType(ContentType.JSON).body("{}").post("/v1/articles:reextract").then().statusCode(200);
    // The page and the API's description need no key.
    given().get("/q/openapi").then().statusCode(200);
  }

  @Test
  void aKeyOverItsRateIsAnswered429WithRetryAfter() throws InterruptedException {
    // The test configuration gives admin calls a bucket of 10 refilled at 1 per second. The calls go at once: one
    // after another, on a busy build machine, they can come slower than the bucket refills.
    List<Response> answers;
    ExecutorService callers = Executors.newFixedThreadPool(24);
    try {
      answers = callers.invokeAll(Collections.nCopies(24, (Callable<Response>) () ->
          as("test-ops-key").contentType(ContentType.JSON).body("{}").post("/v1/articles:reextract"))).stream()
          .map(f -> {
            try {
              return f.get();
            } catch (InterruptedException | ExecutionException e) {
              throw new IllegalStateException(e);
            }
          }).toList();
    } finally {
      callers.shutdownNow();
    }
    int refused = 0;
    String retryAfter = null;
    for (Response r : answers) {
      if (r.statusCode() == 429) {
        refused++;
        retryAfter = r.header("Retry-After");
        assertThat(r.jsonPath().getString("error.details[0].reason")).isEqualTo("RATE_LIMITED");
      } else {
        assertThat(r.statusCode()).isEqualTo(200);
      }
    }
    assertThat(refused).isPositive();
    assertThat(Integer.parseInt(retryAfter)).isBetween(1, 2);
    // Another key's bucket is its own.
    as("test-admin-key").contentType(ContentType.JSON).body("{}").post("/v1/articles:reextract").then().statusCode(200);
  }

  @Test
  void jsonOfTheWrongTypeUnknownFieldsBadUtf8AndImpossibleDatesAre400() {
    for (String body : new String[] {"{\"text\": 123}", "{\"text\": true}", "{\"text\": 1.5}", "{\"text\": [\"a\"]}",
        "{\"html\": 7}", "{\"text\": \"Some 12 buses.\", \"sourceUrl\": 5}"}) {
      as("test-write-key").contentType(ContentType.JSON).body(body).post("/v1/articles").then().statusCode(400)
          .body("error.details[0].reason", equalTo("BODY_INVALID")).body("error.message", containsString("expected a string"));
    }
    as("test-write-key").contentType(ContentType.JSON).body("{\"text\": \"Some 12 buses.\", \"colour\": 1}").post("/v1/articles")
        .then().statusCode(400).body("error.details[0].reason", equalTo("BODY_INVALID"))
        .body("error.message", containsString("'colour'")).body("error.message", containsString("publicationDate"));
    as("test-write-key").contentType(ContentType.JSON).body("{\"articles\": \"x\"}").post("/v1/articles:batchCreate")
        .then().statusCode(400).body("error.details[0].reason", equalTo("BODY_INVALID"));
    byte[] badUtf8 = "{\"text\": \"Some 12 buses \u00ff.\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    as("test-write-key").contentType("application/json").body(badUtf8).post("/v1/articles").then().statusCode(400)
        .body("error.details[0].reason", equalTo("BODY_INVALID")).body("error.message", containsString("UTF-8"));
    for (String date : new String[] {"-2025-01-01", "+2025-01-01", "2025-02-30", "2025-1-1", "20250101"}) {
      as("test-write-key").contentType(ContentType.JSON).body("{\"text\": \"Some 12 buses.\", \"publicationDate\": \"" + date + "\"}")
          .post("/v1/articles").then().statusCode(400).body("error.details[0].reason", equalTo("PUBLICATION_DATE_INVALID"));
    }
  }

  @Test
  void aRawBodyGoesToIngestAsItCameWithItsDeclaredCharset() {
    // Ingest decodes (and refuses what does not decode); the gateway neither guesses nor replaces bytes.
    as("test-write-key").contentType("text/plain; charset=x-bogus-99").body("Some 14 buses.".getBytes())
        .post("/v1/articles").then().statusCode(201).body("article.contentType", equalTo("text/plain; charset=x-bogus-99"));
    as("test-write-key").contentType("text/html").body("<p>Some 15 buses.</p>".getBytes())
        .post("/v1/articles").then().statusCode(201).body("article.contentType", org.hamcrest.Matchers.startsWith("text/html"));
  }

  @Test
  void everyLayersErrorComesInTheOneShape() {
    // JSON of the wrong type binds nowhere: 400 naming the field.
    as("test-write-key").contentType(ContentType.JSON).body("{\"text\": {\"a\": 1}}").post("/v1/articles").then().statusCode(400)
        .body("error.status", equalTo("INVALID_ARGUMENT")).body("error.details[0].reason", equalTo("BODY_INVALID"))
        .body("error.message", containsString("'text'"));
    as("test-write-key").contentType(ContentType.JSON).body("{\"text\": ").post("/v1/articles").then().statusCode(400)
        .body("error.details[0].reason", equalTo("BODY_INVALID"));
    // pageSize=abc is a bad argument, not a missing route.
    as("test-read-key").get("/v1/articles/-/claims?pageSize=abc").then().statusCode(400)
        .body("error.details[0].reason", equalTo("PAGE_SIZE_INVALID"));
    // Routing: unknown path, wrong method, unsupported media type, unacceptable answer type.
    as("test-read-key").get("/v1/nothing-here").then().statusCode(404).body("error.details[0].reason", equalTo("ROUTE_NOT_FOUND"));
    as("test-admin-key").delete("/v1/groups/g1").then().statusCode(405)
        .body("error.details[0].reason", equalTo("METHOD_NOT_ALLOWED")).body("error.status", not(equalTo("UNIMPLEMENTED")));
    as("test-write-key").contentType("application/xml").body("<a/>").post("/v1/articles").then().statusCode(415)
        .body("error.details[0].reason", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    as("test-read-key").accept("application/xml").get("/v1/groups/g1").then().statusCode(406)
        .body("error.details[0].reason", equalTo("NOT_ACCEPTABLE"));
    // The HTTP server's limits: request line, headers, body.
    as("test-read-key").get("/v1/groups?filter=" + "x".repeat(9000)).then().statusCode(414)
        .contentType(ContentType.JSON).body("error.details[0].reason", equalTo("URI_TOO_LONG"));
    as("test-read-key").header("X-Big", "y".repeat(17000)).get("/v1/groups").then().statusCode(431)
        .contentType(ContentType.JSON).body("error.details[0].reason", equalTo("HEADERS_TOO_LARGE"));
    as("test-write-key").contentType(ContentType.TEXT).body("z".repeat(13 * 1024 * 1024)).post("/v1/articles").then().statusCode(413)
        .contentType(ContentType.JSON).body("error.details[0].reason", equalTo("BODY_TOO_LARGE"));
    // Backends: a transport's text is never passed on, and a message over gRPC's size limit is no 429.
    as("test-read-key").get("/v1/articles/-/claims?filter=down").then().statusCode(503).header("Retry-After", not(nullValue()))
        .body("error.status", equalTo("UNAVAILABLE")).body(not(containsString("netty"))).body(not(containsString("8083")));
    as("test-read-key").get("/v1/articles/-/claims?filter=huge").then().statusCode(500)
        .body("error.status", equalTo("INTERNAL")).body(not(containsString("exceeds")));
    as("test-read-key").get("/v1/articles/-/claims?filter=colour%3Dred").then().statusCode(400)
        .body("error.details[0].reason", equalTo("INVALID_FILTER")).body("error.message", containsString("position 0"));
  }

  @Test
  void anIdempotentReadIsTriedOnceMoreWhenTheBackendIsUnavailable() {
    FakeBackends.FLAKY.set(0);
    as("test-read-key").get("/v1/articles/-/claims?filter=flaky").then().statusCode(200).body("claims[0].name", equalTo("claims/c1"));
    assertThat(FakeBackends.FLAKY.get()).isEqualTo(2);
  }

  @Test
  void pageTokensAreSignedAndBoundToTheirQuery() {
    String next = as("test-read-key").get("/v1/articles/-/claims?filter=hedge%3DAT_LEAST").then().statusCode(200)
        .extract().path("nextPageToken");
    assertThat(next).isNotEmpty().doesNotContain("next");
    // The same query continues: the backend gets its own token back.
    as("test-read-key").get("/v1/articles/-/claims?filter=hedge%3DAT_LEAST&pageToken=" + next).then().statusCode(200)
        .body("claims[0].name", equalTo("claims/c2")).body("nextPageToken", equalTo(""));
    // Another filter, another parent or order: refused before any backend sees it.
    as("test-read-key").get("/v1/articles/-/claims?filter=hedge%3DEXACT&pageToken=" + next).then().statusCode(400)
        .body("error.details[0].reason", equalTo("INVALID_PAGE_TOKEN")).body("error.details[0].domain", equalTo("gateway.claimwatch.io"));
    as("test-read-key").get("/v1/articles/00000000000000a1/claims?filter=hedge%3DAT_LEAST&pageToken=" + next).then().statusCode(400)
        .body("error.details[0].reason", equalTo("INVALID_PAGE_TOKEN"));
    // A forged token: the backend's own token, or a signed one with a byte changed.
    String plain = Base64.getUrlEncoder().withoutPadding().encodeToString("next".getBytes());
    as("test-read-key").get("/v1/articles/-/claims?pageToken=next").then().statusCode(400)
        .body("error.details[0].domain", equalTo("gateway.claimwatch.io"));
    as("test-read-key").get("/v1/articles/-/claims?pageToken=" + plain).then().statusCode(400);
    byte[] raw = Base64.getUrlDecoder().decode(next);
    raw[raw.length - 1] ^= 1;
    as("test-read-key").get("/v1/articles/-/claims?filter=hedge%3DAT_LEAST&pageToken="
        + Base64.getUrlEncoder().withoutPadding().encodeToString(raw)).then().statusCode(400);
    // Articles and groups too.
    String articles = as("test-read-key").get("/v1/articles").then().statusCode(200).extract().path("nextPageToken");
    as("test-read-key").get("/v1/articles?pageToken=" + articles).then().statusCode(200)
        .body("articles[0].name", equalTo("articles/00000000000000a2"));
    as("test-read-key").get("/v1/articles?filter=state%3DDONE&pageToken=" + articles).then().statusCode(400)
        .body("error.details[0].reason", equalTo("INVALID_PAGE_TOKEN"));
    as("test-read-key").get("/v1/groups?pageToken=p2").then().statusCode(400);
    String groups = as("test-read-key").get("/v1/groups").then().extract().path("nextPageToken");
    as("test-read-key").get("/v1/groups?pageToken=" + groups).then().statusCode(200).body("groups[0].name", equalTo("groups/g2"));
    as("test-read-key").get("/v1/articles?pageToken=" + groups).then().statusCode(400);
  }

  @Test
  void corsLetsTheConfiguredOriginsIn() {
    given().header("Origin", "https://app.example.org").header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "authorization").options("/v1/groups").then()
        .statusCode(200).header("Access-Control-Allow-Origin", "https://app.example.org");
    given().header("Origin", "https://evil.example.com").header("Access-Control-Request-Method", "GET")
        .options("/v1/groups").then().header("Access-Control-Allow-Origin", nullValue());
    as("test-read-key").header("Origin", "https://app.example.org").get("/v1/groups").then().statusCode(200)
        .header("Access-Control-Allow-Origin", "https://app.example.org");
  }

  @Test
  void ndjsonBatchesAreOneArticlePerLine() {
    as("test-write-key").contentType("application/x-ndjson")
        .body("{\"text\":\"Some 14 nd buses.\"}\n\n{\"text\":\"a\",\"html\":\"<p>b</p>\"}\n".getBytes())
        .post("/v1/articles:batchCreate").then().statusCode(200).body("results.size()", equalTo(2))
        .body("results[0].article.state", equalTo("RECEIVED"))
        .body("results[1].error.details[0].reason", equalTo("ARTICLE_CONTENT_AMBIGUOUS"));
    as("test-write-key").contentType("application/x-ndjson").body("{\"text\":\"ok\"}\nnot json\n".getBytes())
        .post("/v1/articles:batchCreate").then().statusCode(400)
        .body("error.details[0].reason", equalTo("BODY_INVALID")).body("error.message", containsString("line 2"));
  }
}
