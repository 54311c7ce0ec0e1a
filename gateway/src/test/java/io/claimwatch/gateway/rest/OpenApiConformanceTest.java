package io.claimwatch.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Real requests, good and bad, to every endpoint; each answer's status must be declared for its
 * operation in /q/openapi and its body must validate against the declared schema, with every object
 * closed (a field the document does not declare fails).
 */
@QuarkusTest
class OpenApiConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode doc;
  private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  /** Loaded in the test, not in a static @BeforeAll: that runs before the application listens. */
  private static void loadDocument() throws Exception {
    doc = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
    // Closed objects: a response may carry only what the document declares.
    for (JsonNode schema : doc.path("components").path("schemas")) {
      close(schema);
    }
  }

  private static void close(JsonNode schema) {
    if (schema instanceof ObjectNode o && o.has("properties") && !o.has("additionalProperties")) {
      o.put("additionalProperties", false);
    }
    for (JsonNode child : schema) {
      if (child.isContainerNode()) {
        close(child);
      }
    }
  }

  record Call(String method, String path, Function<RequestSpecification, RequestSpecification> setup, int expected) {}

  static RequestSpecification key(RequestSpecification r, String key) {
    return r.header("Authorization", "Bearer " + key);
  }

  private static final String ADMIN = "test-admin-key";
  private static final String READ = "test-read-key";

  /** A client reading the document learns every reason a 429 can carry, so it can tell its own rate from a busy server. */
  @Test
  void the429DescriptionNamesEveryReasonTheGatewayGives() throws Exception {
    loadDocument();
    String described = doc.path("paths").path("/v1/articles/{article}/claims").path("get").path("responses").path("429")
        .path("description").asText();
    assertThat(described).contains("RATE_LIMITED", "GATEWAY_BUSY", "BACKEND_BUSY", "SERVER_BUSY", "INGEST_QUEUE_FULL",
        "INGEST_QUEUE_BEHIND", "Retry-After");
  }

  @Test
  void everyAnswerIsDeclaredAndMatchesItsSchema() throws Exception {
    loadDocument();
    List<Call> calls = List.of(
        // the successes of every call
        new Call("GET", "/v1/articles", r -> key(r, READ), 200),
        new Call("POST", "/v1/articles", r -> key(r, ADMIN).contentType("application/json")
            .body("{\"text\":\"Some 77 conformance buses.\",\"publicationDate\":\"2025-03-02\"}"), 201),
        new Call("POST", "/v1/articles", r -> key(r, ADMIN).contentType("text/plain").body("Some 78 conformance buses."), 201),
        new Call("GET", "/v1/articles/-/claims", r -> key(r, READ), 200),
        new Call("GET", "/v1/groups", r -> key(r, READ), 200),
        new Call("GET", "/v1/groups/g1", r -> key(r, READ), 200),
        new Call("POST", "/v1/articles:batchCreate", r -> key(r, ADMIN).contentType("application/json")
            .body("{\"articles\":[{\"text\":\"Some 79 conformance buses.\"},{\"text\":\" \"}]}"), 200),
        new Call("POST", "/v1/articles:batchCreate", r -> key(r, ADMIN).contentType("application/x-ndjson")
            .body("{\"text\":\"Some 80 conformance buses.\"}\n".getBytes()), 200),
        new Call("POST", "/v1/articles/00000000000000f1:retry", r -> key(r, ADMIN), 200),
        new Call("POST", "/v1/articles:reextract", r -> key(r, ADMIN).contentType("application/json").body("{}"), 200),
        // the errors
        new Call("GET", "/v1/articles", r -> r, 401),
        new Call("POST", "/v1/articles:reextract", r -> key(r, READ).contentType("application/json").body("{}"), 403),
        new Call("GET", "/v1/articles/0123456789abcdef", r -> key(r, READ), 404),
        new Call("GET", "/v1/groups/nope", r -> key(r, READ), 404),
        new Call("GET", "/v1/groups/g1?pageToken=forged", r -> key(r, READ), 400),
        new Call("GET", "/v1/claims/c1", r -> key(r, READ), 500),
        new Call("GET", "/v1/articles/-/claims?pageSize=abc", r -> key(r, READ), 400),
        new Call("GET", "/v1/articles/-/claims?pageToken=forged", r -> key(r, READ), 400),
        new Call("GET", "/v1/articles/-/claims?filter=down", r -> key(r, READ), 503),
        new Call("GET", "/v1/articles/-/claims?filter=huge", r -> key(r, READ), 500),
        new Call("GET", "/v1/groups?filter=" + "x".repeat(9000), r -> key(r, READ), 414),
        new Call("GET", "/v1/groups", r -> key(r, READ).header("X-Big", "y".repeat(17000)), 431),
        new Call("GET", "/v1/groups/g1", r -> key(r, READ).accept("application/xml"), 406),
        new Call("POST", "/v1/articles", r -> key(r, ADMIN).contentType("application/json").body("{\"text\": {\"a\": 1}}"), 400),
        new Call("POST", "/v1/articles", r -> key(r, ADMIN).contentType("application/xml").body("<a/>"), 415),
        new Call("POST", "/v1/articles", r -> key(r, ADMIN).contentType("text/plain").body("z".repeat(13 * 1024 * 1024)), 413),
        new Call("POST", "/v1/articles", r -> key(r, ADMIN).contentType("text/plain").body("down"), 503),
        new Call("POST", "/v1/articles:batchCreate", r -> key(r, ADMIN).contentType("application/json")
            .body("{\"articles\":[{\"text\":\"full\"}]}"), 429),
        new Call("POST", "/v1/articles:batchCreate", r -> key(r, ADMIN).contentType("application/json").body("{\"articles\":[]}"), 400),
        new Call("POST", "/v1/articles/00000000000000d0:retry", r -> key(r, ADMIN), 400),
        new Call("GET", "/v1/claims:watch?filter=colour%3Dred", r -> key(r, READ), 400),
        new Call("DELETE", "/v1/groups/g1", r -> key(r, ADMIN), 405),
        new Call("GET", "/v1/no-such-thing", r -> key(r, READ), 404));

    List<String> problems = new ArrayList<>();
    for (Call c : calls) {
      Response r = c.setup().apply(given().urlEncodingEnabled(false)).request(c.method(), c.path());
      String where = c.method() + " " + (c.path().length() > 80 ? c.path().substring(0, 80) + "…" : c.path());
      if (r.statusCode() != c.expected()) {
        problems.add(where + ": status " + r.statusCode() + ", expected " + c.expected() + ": " + r.asString());
        continue;
      }
      JsonNode schema = responseSchema(c.method(), c.path().replaceFirst("\\?.*", ""), r.statusCode());
      if (schema == null) {
        problems.add(where + ": status " + r.statusCode() + " is not declared in the OpenAPI document");
        continue;
      }
      assertThat(r.contentType()).as(where).startsWith("application/json");
      List<Error> errors = validator(schema).validate(r.asString(), InputFormat.JSON);
      if (!errors.isEmpty()) {
        problems.add(where + " " + r.statusCode() + ": " + errors + " in " + abbreviate(r.asString()));
      }
    }
    assertThat(problems).isEmpty();
    List<String> operations = new ArrayList<>();
    doc.path("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(
        m -> operations.add(m.toUpperCase() + " " + p.getKey())));
    assertThat(CALLED).as("every operation of the document is called").containsAll(operations);
  }

  private static final java.util.Set<String> CALLED = new java.util.TreeSet<>();

  /** The declared JSON schema of an answer; for a path the API does not have, the Error schema. */
  private static JsonNode responseSchema(String method, String path, int status) {
    JsonNode operation = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      String regex = p.getKey().replaceAll("\\{[^}]+}", "[^/]+").replace(":", "(:|%3A)");
      if (path.matches(regex) && p.getValue().has(method.toLowerCase())) {
        operation = p.getValue().path(method.toLowerCase());
        CALLED.add(method + " " + p.getKey());
      }
    }
    if (operation == null) {
      return doc.at("/components/schemas/Error");
    }
    JsonNode response = operation.path("responses").path(Integer.toString(status));
    if (response.isMissingNode()) {
      response = operation.path("responses").path("default");
    }
    JsonNode schema = response.path("content").path("application/json").path("schema");
    return schema.isMissingNode() ? null : schema;
  }

  private static Schema validator(JsonNode schema) throws Exception {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("components", doc.path("components"));
    root.setAll((ObjectNode) schema.deepCopy());
    return SCHEMAS.getSchema(JSON.writeValueAsString(root));
  }

  private static String abbreviate(String s) {
    return s.length() > 400 ? s.substring(0, 400) + "…" : s;
  }
}
