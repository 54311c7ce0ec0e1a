package io.claimwatch.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The REST edge over gRPC test doubles: shapes, status codes and the AIP-193 error body. */
@QuarkusTest
class ArticlesResourceTest {

  @Test
  void aNewArticleIsCreatedAndTheSameOneAgainIsNot() {
    String body = "{\"text\":\"Officials said at least 40 people died.\",\"publicationDate\":\"2025-03-02\",\"sourceUrl\":\"https://example.org/a\"}";
    api().contentType(ContentType.JSON).body(body).post("/v1/articles").then().statusCode(201)
        .header("Location", containsString("/v1/articles/"))
        .body("alreadyExisted", equalTo(false))
        .body("article.name", containsString("articles/"))
        .body("article.publicationDate", equalTo("2025-03-02"))
        .body("article.contentType", containsString("text/plain"));
    api().contentType(ContentType.JSON).body(body).post("/v1/articles").then().statusCode(200)
        .body("alreadyExisted", equalTo(true));
  }

  @Test
  void rawHtmlIsSubmittedAsHtml() {
    api().contentType("text/html").body("<html><body><p>Some 300 homes flooded.</p></body></html>")
        .post("/v1/articles").then().statusCode(201).body("article.contentType", containsString("text/html"));
  }

  @Test
  void badRequestsAreRefusedWithAReasonBeforeOrAtTheBackend() {
    api().contentType(ContentType.JSON).body("{\"text\":\"a\",\"html\":\"<p>b</p>\"}").post("/v1/articles").then()
        .statusCode(400).body("error.status", equalTo("INVALID_ARGUMENT"))
        .body("error.details[0].reason", equalTo("ARTICLE_CONTENT_AMBIGUOUS"))
        .body("error.details[0].'@type'", equalTo("type.googleapis.com/google.rpc.ErrorInfo"));
    api().contentType(ContentType.JSON).body("{\"text\":\"x\",\"publicationDate\":\"02/03/2025\"}").post("/v1/articles")
        .then().statusCode(400).body("error.details[0].reason", equalTo("PUBLICATION_DATE_INVALID"));
    api().contentType(ContentType.JSON).body("{\"text\": ").post("/v1/articles").then().statusCode(400)
        .body("error.message", containsString("JSON"));
    api().contentType(ContentType.TEXT).body("   ").post("/v1/articles").then().statusCode(400)
        .body("error.code", equalTo(400)).body("error.details[0].reason", equalTo("ARTICLE_EMPTY"))
        .body("error.details[0].domain", equalTo("ingest.claimwatch.io"));
  }

  @Test
  void backendStatusesMapToHttpStatuses() {
    api().get("/v1/articles/0123456789abcdef").then().statusCode(404).body("error.status", equalTo("NOT_FOUND"))
        .body("error.details[0].reason", equalTo("ARTICLE_NOT_FOUND"));
    api().contentType(ContentType.TEXT).body("down").post("/v1/articles").then().statusCode(503)
        .header("Retry-After", not(nullValue())).body("error.status", equalTo("UNAVAILABLE"));
    api().get("/v1/claims/c1").then().statusCode(500).body("error.message", equalTo("internal error"))
        .body(not(containsString("a bug in the backend")));
    api().get("/v1/articles/-/claims?pageSize=-1").then().statusCode(400)
        .body("error.details[0].reason", equalTo("PAGE_SIZE_NEGATIVE"));
  }

  @Test
  void claimsAreListedWithOpenBoundsLeftOut() {
    api().get("/v1/articles/-/claims").then().statusCode(200)
        .body("claims[0].hedge", equalTo("AT_LEAST")).body("claims[0].valueLow", equalTo(102))
        .body("claims[0]", not(org.hamcrest.Matchers.hasKey("valueHigh"))).body("nextPageToken", not(equalTo("next")));
  }

  @Test
  void aGroupComesWithItsVerdictsAndEstimateAndItsTimelinePages() {
    String next = api().get("/v1/groups/g1").then().statusCode(200)
        .body("key.kind", equalTo("person")).body("key", not(org.hamcrest.Matchers.hasKey("unit")))
        .body("steps[0].verdict", equalTo("UPDATES")).body("againstCurrent[0].verdict", equalTo("CONFLICTS"))
        .body("currentClaim", equalTo("claims/b")).body("estimate.low", equalTo(971))
        .body("originCount", equalTo(4)).body("claimCount", equalTo(11))
        .body("nextPageToken", not(equalTo("t2"))).extract().path("nextPageToken");
    api().queryParam("pageToken", next).get("/v1/groups/g1").then().statusCode(200).body("$", not(org.hamcrest.Matchers.hasKey("nextPageToken")));
    api().queryParam("pageToken", next).get("/v1/groups/g2").then().statusCode(400)
        .body("error.details[0].reason", equalTo("INVALID_PAGE_TOKEN"));
    api().get("/v1/groups/nope").then().statusCode(404).body("error.details[0].reason", equalTo("GROUP_NOT_FOUND"));
  }

  @Test
  void aFailedArticleIsRetriedAndStoredOnesReextracted() {
    api().post("/v1/articles/00000000000000f1:retry").then().statusCode(200)
        .body("name", equalTo("articles/00000000000000f1")).body("state", equalTo("RECEIVED"));
    api().post("/v1/articles/00000000000000d0:retry").then().statusCode(400)
        .body("error.status", equalTo("FAILED_PRECONDITION"))
        .body("error.details[0].reason", equalTo("ARTICLE_NOT_FAILED"));
    api().post("/v1/articles/00000000000000f1:frobnicate").then().statusCode(404)
        .body("error.details[0].reason", equalTo("METHOD_NOT_FOUND"));
    api().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"filter\":\"state=DONE\"}").post("/v1/articles:reextract").then()
        .statusCode(200).body("queuedCount", equalTo(2));
    api().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{}").post("/v1/articles:reextract").then()
        .statusCode(200).body("queuedCount", equalTo(3));
    api().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"filter\":\"colour=red\"}").post("/v1/articles:reextract").then()
        .statusCode(400).body("error.details[0].reason", equalTo("INVALID_FILTER"));
  }

  @Test
  void aBatchAnswersEachArticleInPlaceAndAFullQueueIs429WithRetryAfter() {
    api().urlEncodingEnabled(false).contentType(ContentType.JSON)
        .body("{\"articles\":[{\"text\":\"Some 12 batch buses.\"},{\"text\":\"a\",\"html\":\"<p>b</p>\"},{\"text\":\" \"}]}")
        .post("/v1/articles:batchCreate").then().statusCode(200)
        .body("results.size()", equalTo(3))
        .body("results[0].article.state", equalTo("RECEIVED"))
        .body("results[0].alreadyExisted", equalTo(false))
        .body("results[1].error.details[0].reason", equalTo("ARTICLE_CONTENT_AMBIGUOUS"))
        .body("results[2].error.status", equalTo("INVALID_ARGUMENT"))
        .body("results[2].error.details[0].reason", equalTo("ARTICLE_EMPTY"));
    api().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"articles\":[{\"text\":\"full\"}]}")
        .post("/v1/articles:batchCreate").then().statusCode(429).header("Retry-After", "7")
        .body("error.details[0].reason", equalTo("INGEST_QUEUE_FULL"));
    api().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"articles\":[]}")
        .post("/v1/articles:batchCreate").then().statusCode(400)
        .body("error.details[0].reason", equalTo("BATCH_SIZE_INVALID"));
  }

  /** A request with the admin key of the test configuration (scopes read, write and admin). */
  static io.restassured.specification.RequestSpecification api() {
    return given().header("Authorization", "Bearer test-admin-key");
  }

  @Test
  void servesItsOpenApiDocument() {
    given().get("/q/openapi").then().statusCode(200).body(containsString("/v1/articles/{article}/claims"))
        .body(containsString("NewArticle"));
  }
}
