package io.claimwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.claimwatch.claims.v1.ClaimsServiceGrpc;
import io.claimwatch.claims.v1.GetClaimRequest;
import io.claimwatch.claims.v1.GetGroupRequest;
import io.claimwatch.claims.v1.ListClaimsRequest;
import io.claimwatch.claims.v1.ReplaceArticleClaimsRequest;
import io.claimwatch.claims.v1.WatchClaimsRequest;
import io.claimwatch.extract.v1.ExtractClaimsRequest;
import io.claimwatch.extract.v1.ExtractServiceGrpc;
import io.claimwatch.ingest.v1.CreateArticleRequest;
import io.claimwatch.ingest.v1.GetArticleRequest;
import io.claimwatch.ingest.v1.IngestServiceGrpc;
import io.claimwatch.ingest.v1.ListArticlesRequest;
import io.claimwatch.ingest.v1.ReextractArticlesRequest;
import io.claimwatch.ingest.v1.RetryArticleRequest;
import io.claimwatch.proto.RpcErrors;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 15's hostile-input test, against the four services as separate processes and a real PostgreSQL: every case of
 * {@code hostile/cases.json} (the gateway over HTTP; ingest-, extract- and claims-service with a real gRPC client) is
 * refused with its status and reason, in bounded time, never with a 5xx, without changing what is stored, and every
 * process still answers health afterwards. Then: 200 watchers all receive a new claim (the 201st is refused up front),
 * and with PostgreSQL or a backend down every answer is 503/UNAVAILABLE with Retry-After and no internal detail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

  private static final Path ROOT = Path.of(System.getProperty("claimwatch.root", "..")).toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The most one refusal may take, from request to answer. */
  private static final Duration CASE_BUDGET = Duration.ofSeconds(5);
  private static final int WATCHERS = 200;
  private static final Pattern REPEAT = Pattern.compile("\\$\\{repeat:(\\d+):([^}]*)}");
  /** What no message may show: addresses, class names, stack frames. */
  private static final Pattern INTERNAL_DETAIL = Pattern.compile(
      "127\\.0\\.0\\.1|localhost|remote_addr|Exception|\\bat [a-z]+\\.[a-z]+\\.|io\\.claimwatch|org\\.postgresql|java\\.");

  private static LocalCluster cluster;
  private static GatewayClient gateway;
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private static final Map<String, ManagedChannel> CHANNELS = new LinkedHashMap<>();

  @BeforeAll
  static void start() throws Exception {
    // The admin key may open every watcher and send every case without meeting its rate limit.
    Map<String, String> gatewayEnv = Map.of(
        "GATEWAY_WATCH_MAX_PER_CALLER", Integer.toString(WATCHERS + 50),
        "GATEWAY_RATE_LIMIT_READ_PER_SECOND", "10000", "GATEWAY_RATE_LIMIT_READ_BURST", "10000",
        "GATEWAY_RATE_LIMIT_WRITE_PER_SECOND", "10000", "GATEWAY_RATE_LIMIT_WRITE_BURST", "10000",
        "GATEWAY_RATE_LIMIT_ADMIN_PER_SECOND", "10000", "GATEWAY_RATE_LIMIT_ADMIN_BURST", "10000");
    cluster = LocalCluster.start(ROOT, Optional.empty(), false, Duration.ofSeconds(180), Map.of("gateway", gatewayEnv));
    gateway = cluster.gateway();
    for (String s : List.of("ingest-service", "extract-service", "claims-service")) {
      // One place makes the backends' channels, with the service token of a caller each backend takes
      CHANNELS.put(s, ManagedChannelBuilder.forAddress("localhost", cluster.ports(s).http()).usePlaintext()
          .intercept(cluster.serviceCredentials(s.equals("extract-service") ? "ingest-service" : "gateway"))
          .maxInboundMessageSize(16 * 1024 * 1024).build());
    }
    // Something stored, so that "unchanged" means something.
    JsonNode a = gateway.submitText("Officials said at least 40 people died in the floods on Monday.").body();
    gateway.awaitSettled(a.path("article").path("name").asText(), Duration.ofSeconds(120));
  }

  @AfterAll
  static void stop() {
    CHANNELS.values().forEach(ManagedChannel::shutdownNow);
    if (cluster != null) {
      try {
        cluster.close();
      } catch (RuntimeException e) {
        // The last test killed PostgreSQL: stopping it again fails after the services have been stopped.
        System.out.println("HostileInputIT: stopping the killed PostgreSQL: " + e);
      }
    }
  }

  @Test
  @Order(1)
  void everyHostileCaseIsRefusedWithItsReasonInBoundedTimeAndChangesNothing() throws Exception {
    JsonNode cases;
    try (InputStream in = HostileInputIT.class.getResourceAsStream("/hostile/cases.json")) {
      cases = JSON.readTree(in).path("cases");
    }
    assertThat(cases.size()).isGreaterThanOrEqualTo(60);
    Map<String, Long> before = storedCounts();
    List<String> failures = new ArrayList<>();
    Map<String, AtomicInteger> byTarget = new LinkedHashMap<>();
    long slowest = 0;
    String slowestName = "";
    for (JsonNode c : cases) {
      String target = c.path("target").asText();
      String name = target + ": " + c.path("name").asText();
      byTarget.computeIfAbsent(target, t -> new AtomicInteger()).incrementAndGet();
      long started = System.nanoTime();
      String problem;
      try {
        problem = target.equals("gateway") ? httpCase(c) : grpcCase(c);
      } catch (Exception e) {
        problem = "failed to run: " + e;
      }
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      if (millis > slowest) {
        slowest = millis;
        slowestName = name;
      }
      if (millis > CASE_BUDGET.toMillis()) {
        problem = (problem == null ? "" : problem + "; ") + "took " + millis + " ms, over " + CASE_BUDGET.toMillis();
      }
      if (problem != null) {
        failures.add(name + " -> " + problem);
      }
    }
    System.out.printf("HostileInputIT: %d cases %s, slowest %d ms (%s)%n", cases.size(), byTarget, slowest, slowestName);
    assertThat(failures).as("cases answered otherwise than expected").isEmpty();
    assertThat(byTarget.keySet()).containsExactlyInAnyOrder("gateway", "ingest", "extract", "claims");
    assertThat(storedCounts()).as("articles, claims and groups stored before and after the refused requests").isEqualTo(before);
    for (String s : LocalCluster.SERVICES) {
      assertThat(cluster.process(s).isAlive()).as(s + " is running").isTrue();
      assertThat(status(URI.create("http://localhost:" + cluster.ports(s).management() + "/q/health/live"))).as(s + " live")
          .isEqualTo(200);
    }
  }

  /** One HTTP case: the status, the reason, the error body's shape, no internal detail; null when all hold. */
  private static String httpCase(JsonNode c) throws Exception {
    String path = expand(c.path("path").asText());
    if (c.has("query")) {
      List<String> q = new ArrayList<>();
      c.path("query").fields().forEachRemaining(e -> q.add(e.getKey() + "=" + URLEncoder.encode(expand(e.getValue().asText()),
          StandardCharsets.UTF_8)));
      path += "?" + String.join("&", q);
    }
    HttpRequest.Builder r = HttpRequest.newBuilder(cluster.gatewayUrl().resolve(path)).timeout(CASE_BUDGET.plusSeconds(5));
    byte[] body = c.has("bodyBase64") ? Base64.getDecoder().decode(c.path("bodyBase64").asText())
        : c.has("body") ? expand(c.path("body").asText()).getBytes(StandardCharsets.UTF_8) : null;
    r.method(c.path("method").asText(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (c.has("contentType")) {
      r.header("Content-Type", c.path("contentType").asText());
    }
    boolean ownAuth = false;
    for (var it = c.path("headers").fields(); it.hasNext(); ) {
      var h = it.next();
      if (h.getKey().equalsIgnoreCase("Authorization")) {
        ownAuth = true;
        if (h.getValue().asText().isEmpty()) {
          continue;
        }
      }
      r.header(h.getKey(), expand(h.getValue().asText()));
    }
    if (!ownAuth) {
      r.header("Authorization", "Bearer " + cluster.adminKey());
    }
    // A client of its own per case: the HTTP server closes the connection after refusing a request (headers over 64 KiB),
    // and a pooled connection could otherwise be handed to the next case before its close is seen.
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> answer = client.send(r.build(), HttpResponse.BodyHandlers.ofString());
    int want = c.path("expect").path("status").asInt();
    JsonNode wantReason = c.path("expect").path("reason");
    List<String> problems = new ArrayList<>();
    if (answer.statusCode() != want) {
      problems.add("status " + answer.statusCode() + ", expected " + want);
    }
    if (answer.statusCode() >= 500) {
      problems.add("a 5xx");
    }
    if (!wantReason.isNull() && !wantReason.isMissingNode()) {
      JsonNode error = answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body()).path("error");
      String reason = error.path("details").path(0).path("reason").asText(null);
      if (!wantReason.asText().equals(reason)) {
        problems.add("reason " + reason + ", expected " + wantReason.asText());
      }
      String message = error.path("message").asText("");
      if (message.isBlank()) {
        problems.add("no message");
      }
      if (INTERNAL_DETAIL.matcher(message).find()) {
        problems.add("internal detail in the message: " + message);
      }
    }
    return problems.isEmpty() ? null : String.join("; ", problems) + " (body " + abbreviate(answer.body()) + ")";
  }

  /** One gRPC case, with a real client over the service's port: the code, the ErrorInfo reason, no internal detail. */
  private static String grpcCase(JsonNode c) throws Exception {
    String target = c.path("target").asText();
    ManagedChannel channel = CHANNELS.get(target + "-service");
    String rpc = c.path("rpc").asText();
    String request = expand(JSON.writeValueAsString(c.path("request")));
    try {
      switch (target + "/" + rpc) {
        case "ingest/CreateArticle" -> ingest(channel).createArticle(parse(request, CreateArticleRequest.newBuilder()));
        case "ingest/GetArticle" -> ingest(channel).getArticle(parse(request, GetArticleRequest.newBuilder()));
        case "ingest/ListArticles" -> ingest(channel).listArticles(parse(request, ListArticlesRequest.newBuilder()));
        case "ingest/RetryArticle" -> ingest(channel).retryArticle(parse(request, RetryArticleRequest.newBuilder()));
        case "ingest/ReextractArticles" -> ingest(channel).reextractArticles(parse(request, ReextractArticlesRequest.newBuilder()));
        case "extract/ExtractClaims" -> ExtractServiceGrpc.newBlockingStub(channel).withDeadlineAfter(CASE_BUDGET.toMillis(),
            TimeUnit.MILLISECONDS).extractClaims(parse(request, ExtractClaimsRequest.newBuilder()));
        case "claims/ListClaims" -> claims(channel).listClaims(parse(request, ListClaimsRequest.newBuilder()));
        case "claims/GetClaim" -> claims(channel).getClaim(parse(request, GetClaimRequest.newBuilder()));
        case "claims/GetGroup" -> claims(channel).getGroup(parse(request, GetGroupRequest.newBuilder()));
        case "claims/ReplaceArticleClaims" -> claims(channel).replaceArticleClaims(parse(request, ReplaceArticleClaimsRequest.newBuilder()));
        case "claims/WatchClaims" -> claims(channel).watchClaims(parse(request, WatchClaimsRequest.newBuilder())).hasNext();
        default -> throw new IllegalArgumentException("no such rpc in the corpus runner: " + target + "/" + rpc);
      }
      return "answered OK";
    } catch (StatusRuntimeException e) {
      String want = c.path("expect").path("code").asText();
      String wantReason = c.path("expect").path("reason").asText();
      String reason = RpcErrors.errorInfo(e).map(i -> i.getReason()).orElse(null);
      List<String> problems = new ArrayList<>();
      if (!e.getStatus().getCode().name().equals(want)) {
        problems.add("code " + e.getStatus().getCode() + ", expected " + want);
      }
      if (!wantReason.equals(reason)) {
        problems.add("reason " + reason + ", expected " + wantReason);
      }
      String message = e.getStatus().getDescription() == null ? "" : e.getStatus().getDescription();
      if (message.isBlank() || INTERNAL_DETAIL.matcher(message).find()) {
        problems.add("message '" + abbreviate(message) + "'");
      }
      return problems.isEmpty() ? null : String.join("; ", problems) + " (" + abbreviate(message) + ")";
    }
  }

  private static IngestServiceGrpc.IngestServiceBlockingStub ingest(ManagedChannel channel) {
    return IngestServiceGrpc.newBlockingStub(channel).withDeadlineAfter(CASE_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static ClaimsServiceGrpc.ClaimsServiceBlockingStub claims(ManagedChannel channel) {
    return ClaimsServiceGrpc.newBlockingStub(channel).withDeadlineAfter(CASE_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Message> T parse(String json, Message.Builder b) throws Exception {
    JsonFormat.parser().merge(json, b);
    return (T) b.build();
  }

  @Test
  @Order(2)
  void twoHundredWatchersAllReceiveANewClaimAndTheNextIsRefusedUpFront() throws Exception {
    String filter = "counted:\"hostile watchers\"";
    URI watch = cluster.gatewayUrl().resolve("/v1/claims:watch?filter=" + URLEncoder.encode(filter, StandardCharsets.UTF_8));
    Map<Integer, Boolean> opened = new ConcurrentHashMap<>();
    CountDownLatch allOpen = new CountDownLatch(WATCHERS);
    CountDownLatch allGotClaim = new CountDownLatch(WATCHERS);
    ExecutorService readers = Executors.newCachedThreadPool();
    List<InputStream> streams = new ArrayList<>();
    try {
      // All at once: the gateway sends a stream's headers with its first event (at the latest the 15 s heartbeat).
      List<java.util.concurrent.CompletableFuture<HttpResponse<InputStream>>> pending = new ArrayList<>();
      for (int i = 0; i < WATCHERS; i++) {
        pending.add(HTTP.sendAsync(HttpRequest.newBuilder(watch).header("Authorization", "Bearer " + cluster.adminKey())
            .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
      }
      for (int i = 0; i < WATCHERS; i++) {
        int n = i;
        HttpResponse<InputStream> r = pending.get(i).get(60, TimeUnit.SECONDS);
        assertThat(r.statusCode()).as("watcher " + n).isEqualTo(200);
        streams.add(r.body());
        opened.put(n, true);
        allOpen.countDown();
        readers.submit(() -> {
          try (BufferedReader lines = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
              if (line.startsWith("event:") && line.substring(6).strip().equals("claim")) {
                allGotClaim.countDown();
                return null;
              }
            }
          }
          return null;
        });
      }
      assertThat(allOpen.await(10, TimeUnit.SECONDS)).isTrue();
      // Over the gateway's bound: refused before any stream, with a reason and Retry-After.
      HttpResponse<String> over = HTTP.send(HttpRequest.newBuilder(watch).header("Authorization", "Bearer " + cluster.adminKey())
          .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(over.statusCode()).isEqualTo(429);
      assertThat(over.headers().firstValue("Retry-After")).isPresent();
      assertThat(JSON.readTree(over.body()).path("error").path("details").path(0).path("reason").asText()).isEqualTo("WATCHERS_EXHAUSTED");
      // Reads through the same backend connection still pass beside 200 open streams.
      assertThat(gateway.get("/v1/articles/-/claims?pageSize=1").status()).isEqualTo(200);
      Thread.sleep(1000);
      JsonNode a = gateway.submitText("Officials said at least 77 hostile watchers gathered in the square on Monday.").body();
      gateway.awaitSettled(a.path("article").path("name").asText(), Duration.ofSeconds(120));
      boolean all = allGotClaim.await(60, TimeUnit.SECONDS);
      assertThat(WATCHERS - allGotClaim.getCount()).as("watchers that received the new claim").isEqualTo(WATCHERS);
      assertThat(all).isTrue();
    } finally {
      for (InputStream s : streams) {
        try {
          s.close();
        } catch (Exception ignored) {
          // closing a stream the server already ended
        }
      }
      readers.shutdownNow();
    }
  }

  @Test
  @Order(3)
  void withTheDatabaseOrABackendDownEveryAnswerIs503WithRetryAfterAndNoInternalDetail() throws Exception {
    killDatabase();
    Thread.sleep(500);
    List<String> seen = new ArrayList<>();
    for (String[] call : new String[][] {{"POST", "/v1/articles"}, {"GET", "/v1/articles"}, {"GET", "/v1/articles/-/claims"},
        {"GET", "/v1/groups"}, {"GET", "/v1/claims/0123456789abcdef"}}) {
      HttpRequest.Builder r = HttpRequest.newBuilder(cluster.gatewayUrl().resolve(call[1])).timeout(Duration.ofSeconds(15))
          .header("Authorization", "Bearer " + cluster.adminKey());
      if (call[0].equals("POST")) {
        r.header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("At least 41 people died in the floods."));
      }
      HttpResponse<String> answer = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode error = JSON.readTree(answer.body()).path("error");
      seen.add(call[0] + " " + call[1] + " " + answer.statusCode() + " " + error.path("details").path(0).path("reason").asText());
      assertThat(answer.statusCode()).as(call[0] + " " + call[1] + ": " + answer.body()).isEqualTo(503);
      assertThat(answer.headers().firstValue("Retry-After")).as(call[1]).isPresent();
      assertThat(error.path("details").path(0).path("reason").asText()).isEqualTo("DATABASE_UNAVAILABLE");
      assertThat(error.path("message").asText()).doesNotContainPattern(INTERNAL_DETAIL);
    }
    System.out.println("HostileInputIT, database down: " + seen);
    for (Runnable call : List.<Runnable>of(
        () -> ingest(CHANNELS.get("ingest-service")).listArticles(ListArticlesRequest.getDefaultInstance()),
        () -> claims(CHANNELS.get("claims-service")).listClaims(ListClaimsRequest.newBuilder().setParent("articles/-").build()))) {
      try {
        call.run();
        throw new AssertionError("answered with the database down");
      } catch (StatusRuntimeException e) {
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(RpcErrors.errorInfo(e).orElseThrow().getReason()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(e.getStatus().getDescription()).doesNotContainPattern(INTERNAL_DETAIL);
      }
    }
    // A backend down: the gateway is not ready, and says 503 BACKEND_UNAVAILABLE with Retry-After.
    cluster.kill("ingest-service");
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(cluster.gatewayUrl().resolve("/v1/articles"))
        .header("Authorization", "Bearer " + cluster.adminKey()).header("Content-Type", "text/plain").timeout(Duration.ofSeconds(15))
        .POST(HttpRequest.BodyPublishers.ofString("At least 42 people died.")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).as(post.body()).isEqualTo(503);
    assertThat(post.headers().firstValue("Retry-After")).isPresent();
    assertThat(JSON.readTree(post.body()).path("error").path("details").path(0).path("reason").asText()).isEqualTo("BACKEND_UNAVAILABLE");
    assertThat(post.body()).doesNotContainPattern(INTERNAL_DETAIL);
    assertThat(status(URI.create("http://localhost:" + cluster.ports("gateway").management() + "/q/health/ready"))).isEqualTo(503);
  }

  /** Kills the cluster's PostgreSQL (SIGKILL, as a crash would): its server process and the sessions it started. */
  private static void killDatabase() throws Exception {
    Matcher m = Pattern.compile("//[^:/]+:(\\d+)/").matcher(cluster.databaseUrl("ingest"));
    assertThat(m.find()).isTrue();
    String port = m.group(1);
    List<ProcessHandle> servers = ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
        .matches(".*/postgres .*-p " + port + "( .*|$)")).toList();
    assertThat(servers).as("PostgreSQL on port " + port).hasSize(1);
    ProcessHandle server = servers.get(0);
    List<ProcessHandle> sessions = server.descendants().toList();
    server.destroyForcibly();
    sessions.forEach(ProcessHandle::destroyForcibly);
    server.onExit().get(10, TimeUnit.SECONDS);
  }

  /** Articles in ingest's database, claims and groups in claims-service's. */
  private static Map<String, Long> storedCounts() throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String[] q : new String[][] {{"ingest", "article"}, {"claims", "claim"}, {"claims", "claim_group"}}) {
      try (Connection c = DriverManager.getConnection(cluster.databaseUrl(q[0]), cluster.databaseUser(), cluster.databasePassword());
          ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + q[1])) {
        rs.next();
        counts.put(q[1], rs.getLong(1));
      }
    }
    return counts;
  }

  private static int status(URI uri) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** ${repeat:N:s}: s repeated N times. */
  static String expand(String s) {
    Matcher m = REPEAT.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String abbreviate(String s) {
    return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
