package io.claimwatch.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The watch stream: checked before 200, ids and resume, heartbeats, caps on watchers, and a slow client dropped. */
@QuarkusTest
class WatchResourceTest {

  @TestHTTPResource("/")
  URI base;

  private final HttpClient http = HttpClient.newHttpClient();

  /** One server-sent event: its fields. */
  record Sse(String id, String event, String data) {}

  private HttpResponse<Stream<String>> open(String key, String filter, String lastEventId) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/v1/claims:watch?filter=" + filter))
        .header("Authorization", "Bearer " + key).header("Accept", "text/event-stream");
    if (lastEventId != null) {
      b.header("Last-Event-ID", lastEventId);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofLines());
  }

  private static List<Sse> read(Stream<String> lines, int n, String event) {
    List<Sse> out = new ArrayList<>();
    String id = null, name = null, data = null;
    var it = lines.iterator();
    while (out.size() < n && it.hasNext()) {
      String line = it.next();
      if (line.isEmpty()) {
        if (data != null && (event == null || event.equals(name))) {
          out.add(new Sse(id, name, data));
        }
        id = name = data = null;
      } else if (line.startsWith("id:")) {
        id = line.substring(3).strip();
      } else if (line.startsWith("event:")) {
        name = line.substring(6).strip();
      } else if (line.startsWith("data:")) {
        data = line.substring(5).strip();
      }
    }
    return out;
  }

  @Test
  void aBadFilterIs400BeforeTheStreamStarts() {
    given().urlEncodingEnabled(false).header("Authorization", "Bearer test-read-key").get("/v1/claims:watch?filter=colour%3Dred")
        .then().statusCode(400).contentType("application/json").body("error.details[0].reason", equalTo("INVALID_FILTER"));
  }

  @Test
  void aBadFilterIsCheckedAndRefusedEachTime() {
    for (int i = 0; i < 2; i++) {
      given().urlEncodingEnabled(false).header("Authorization", "Bearer test-read-key").get("/v1/claims:watch?filter=colour%3Dred")
          .then().statusCode(400).body("error.details[0].reason", equalTo("INVALID_FILTER"));
    }
  }

  @Test
  void watchersOfOneFilterShareOneCheckOfIt() throws Exception {
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> FakeBackends.WATCHES.get() == 0);
    for (String key : List.of("test-read-key", "test-ops-key", "test-admin-key")) {
      HttpResponse<Stream<String>> r = open(key, "shared-check", null);
      assertThat(r.statusCode()).isEqualTo(200);
      r.body().close();
    }
    assertThat(FakeBackends.SHARED_CHECKS.get()).isEqualTo(1);
  }

  @Test
  void eventsHaveIdsAndAReconnectResumesAfterTheLastOne() throws Exception {
    HttpResponse<Stream<String>> first = open("test-read-key", "", null);
    assertThat(first.statusCode()).isEqualTo(200);
    List<Sse> events;
    try (Stream<String> lines = first.body()) {
      events = read(lines, 3, "claim");
    }
    assertThat(events).hasSize(3);
    assertThat(events.get(0).data()).contains("\"claim\"").contains("claims/w");
    String session = events.get(0).id().substring(0, events.get(0).id().indexOf('.'));
    assertThat(events).extracting(Sse::id).containsExactly(session + ".1", session + ".2", session + ".3");

    HttpResponse<Stream<String>> again = open("test-read-key", "", events.get(2).id());
    try (Stream<String> lines = again.body()) {
      Sse next = read(lines, 1, "claim").get(0);
      assertThat(next.id()).isEqualTo(session + ".4");
      assertThat(next.data()).contains("claims/w4");
    }
  }

  @Test
  void heartbeatsKeepAQuietStreamAlive() throws Exception {
    // The test heartbeat is every second, between the claims.
    HttpResponse<Stream<String>> r = open("test-admin-key", "", null);
    try (Stream<String> lines = r.body()) {
      assertThat(read(lines, 1, "heartbeat")).hasSize(1);
    }
  }

  @Test
  void watchersAreCappedPerKeyAndInAllWith429BeforeTheStream() throws Exception {
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> FakeBackends.WATCHES.get() == 0);
    List<HttpResponse<Stream<String>>> open = new ArrayList<>();
    try {
      open.add(open("test-write-key", "", null));
      open.add(open("test-write-key", "", null));
      assertThat(open).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
      given().header("Authorization", "Bearer test-write-key").urlEncodingEnabled(false).get("/v1/claims:watch").then()
          .statusCode(429).header("Retry-After", "30").body("error.details[0].reason", equalTo("WATCHERS_EXHAUSTED"));
      open.add(open("test-ops-key", "", null));
      assertThat(open.get(2).statusCode()).isEqualTo(200);
      given().header("Authorization", "Bearer test-admin-key").urlEncodingEnabled(false).get("/v1/claims:watch").then()
          .statusCode(429).body("error.details[0].reason", equalTo("WATCHERS_EXHAUSTED"));
    } finally {
      open.forEach(r -> r.body().close());
    }
    // Closed streams give their slots and backend streams back once the resume window (2 s in tests) has passed.
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> FakeBackends.WATCHES.get() == 0);
    HttpResponse<Stream<String>> r = open("test-admin-key", "", null);
    assertThat(r.statusCode()).isEqualTo(200);
    r.body().close();
  }

  @Test
  void aClientThatDoesNotReadIsDroppedWithAFinalErrorEventAndItsBackendStreamEnds() throws Exception {
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> FakeBackends.WATCHES.get() == 0);
    try (Socket s = new Socket(base.getHost(), base.getPort())) {
      s.getOutputStream().write(("GET /v1/claims:watch?filter=burst HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
          + "Authorization: Bearer test-read-key\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      // Not reading: the gateway's buffer fills, the backend is asked for nothing more, and after a heartbeat's time
      // the client is dropped and the backend stream cancelled.
      Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> FakeBackends.WATCHES.get() == 1);
      Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> FakeBackends.WATCHES.get() == 0);
      InputStream in = s.getInputStream();
      s.setSoTimeout(10_000);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      String last = null;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("data:") && line.contains("WATCH_CLIENT_TOO_SLOW")) {
          last = line;
          break;
        }
      }
      assertThat(last).as("the final error event").contains("RESOURCE_EXHAUSTED");
    }
  }
}
