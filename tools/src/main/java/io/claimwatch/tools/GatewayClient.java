package io.claimwatch.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small client of the gateway's REST API, for the runner and the end-to-end test. */
public final class GatewayClient {

  /** An HTTP answer: its status and JSON body. */
  public record Answer(int status, JsonNode body) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final URI base;
  private final String apiKey;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A client without a key (management ports, anonymous reads). */
  public GatewayClient(URI base) {
    this(base, null);
  }

  /** A client that sends {@code Authorization: Bearer <apiKey>}. */
  public GatewayClient(URI base, String apiKey) {
    this.base = base;
    this.apiKey = apiKey;
  }

  /** Posts a file as text/html (.html, .htm) or text/plain (anything else). */
  public Answer submit(Path file) throws IOException, InterruptedException {
    return submit(file, null, null);
  }

  /** Posts a file with where and when it was published, when known (null: let ingest detect it). */
  public Answer submit(Path file, String sourceUrl, LocalDate publicationDate) throws IOException, InterruptedException {
    String name = file.getFileName().toString().toLowerCase();
    String type = name.endsWith(".html") || name.endsWith(".htm") ? "text/html" : "text/plain";
    List<String> query = new ArrayList<>();
    if (sourceUrl != null) {
      query.add("sourceUrl=" + enc(sourceUrl));
    }
    if (publicationDate != null) {
      query.add("publicationDate=" + publicationDate);
    }
    String path = "/v1/articles" + (query.isEmpty() ? "" : "?" + String.join("&", query));
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", type + "; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file))));
  }

  /** Posts plain text as an article. */
  public Answer submitText(String text) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve("/v1/articles")).header("Content-Type", "text/plain; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
  }

  /** Posts a JSON body (a JSON text) to a path. */
  public Answer postJson(String path, String json) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public Answer get(String pathAndQuery) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
  }

  /** Every claim of one article ("articles/{id}", or "articles/-" for all), through all pages. */
  public List<JsonNode> claims(String parent, String filter) throws IOException, InterruptedException {
    List<JsonNode> out = new ArrayList<>();
    String token = "";
    do {
      String q = "/v1/" + parent + "/claims?pageSize=500&pageToken=" + enc(token) + (filter == null ? "" : "&filter=" + enc(filter));
      Answer a = get(q);
      if (a.status() != 200) {
        throw new IOException("GET " + q + " answered " + a.status() + ": " + a.body());
      }
      a.body().path("claims").forEach(out::add);
      token = a.body().path("nextPageToken").asText("");
    } while (!token.isEmpty());
    return out;
  }

  /** Waits until the article is DONE or FAILED and returns it. */
  public JsonNode awaitSettled(String articleName, Duration timeout) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      Answer a = get("/v1/" + articleName);
      String state = a.body().path("state").asText();
      if (a.status() == 200 && (state.equals("DONE") || state.equals("FAILED"))) {
        return a.body();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IOException(articleName + " did not finish within " + timeout + "; last answer " + a.status() + " " + a.body());
      }
      Thread.sleep(100);
    }
  }

  /** The body of a GET as text (e.g. /q/metrics); an IOException unless it answers 200. */
  public String raw(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("GET " + pathAndQuery + " answered " + r.statusCode());
    }
    return r.body();
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    if (apiKey != null) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode body = r.body().isEmpty() ? JSON.nullNode() : JSON.readTree(r.body());
    return new Answer(r.statusCode(), body);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
