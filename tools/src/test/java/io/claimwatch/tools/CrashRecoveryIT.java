package io.claimwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 4's "nothing lost": a downstream service is killed (SIGKILL) while articles are queued and
 * in extraction; after it starts again every article reaches DONE and no claim is stored twice.
 * The workers retry fast here (200 ms first backoff, 2 s at most, 10 s lease) so the test is short.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

  private static final Path ROOT = Path.of(System.getProperty("claimwatch.root", "..")).toAbsolutePath().normalize();
  private static final Map<String, String> FAST_RETRIES = Map.of(
      "INGEST_WORKER_FIRST_BACKOFF", "200ms",
      "INGEST_WORKER_MAX_BACKOFF", "2s",
      "INGEST_WORKER_LEASE", "10s",
      "INGEST_WORKER_MAX_ATTEMPTS", "100",
      "INGEST_CLIENT_DEADLINE", "5s");
  private static LocalCluster cluster;
  private static GatewayClient gateway;

  @BeforeAll
  static void start() throws Exception {
    cluster = LocalCluster.start(ROOT, Optional.empty(), false, Duration.ofSeconds(120),
        Map.of("ingest-service", FAST_RETRIES,
            // the fault test's clients post a few hundred articles in a minute: above the default write rate
            "gateway", Map.of("GATEWAY_RATE_LIMIT_WRITE_PER_SECOND", "100", "GATEWAY_RATE_LIMIT_WRITE_BURST", "200")));
    gateway = cluster.gateway();
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void killingExtractServiceLosesNoArticleAndStoresNoClaimTwice() throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(ROOT.resolve("seeds"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    for (int i = 0; i < 40; i++) {
      texts.add(NewsText.article(i));
    }
    crashWhileInFlight("extract-service", texts);
  }

  @Test
  @Order(2)
  void killingClaimsServiceLosesNoArticleAndStoresNoClaimTwice() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 1000; i < 1030; i++) {
      texts.add(NewsText.article(i));
    }
    crashWhileInFlight("claims-service", texts);
  }

  @Test
  @Order(3)
  void theQueueMetricsShowWhatHappened() throws Exception {
    String metrics = new GatewayClient(java.net.URI.create("http://localhost:" + cluster.ports("ingest-service").management()))
        .raw("/q/metrics");
    assertThat(metric(metrics, "ingest_articles_received_total{outcome=\"accepted\"")).isGreaterThanOrEqualTo(75);
    assertThat(metrics).contains("ingest_articles_received_total{outcome=\"duplicate\"")
        .contains("ingest_articles_received_total{outcome=\"rejected\"");
    assertThat(metric(metrics, "ingest_extraction_attempts_total{outcome=\"retry\"")).as("the crash made workers retry")
        .isPositive();
    assertThat(metric(metrics, "ingest_extraction_attempts_total{outcome=\"failed\"")).isZero();
    assertThat(metric(metrics, "ingest_queue_depth")).as("everything settled").isZero();
    assertThat(metric(metrics, "ingest_queue_oldest_age_seconds")).isZero();
  }

  /** Backends trust no one: a call without a service token is refused, and nothing listens beyond the loopback. */
  @Test
  @Order(4)
  void backendsRefuseCallsWithoutAServiceTokenAndListenOnTheLoopbackOnly() throws Exception {
    for (String backend : List.of("ingest-service", "extract-service", "claims-service")) {
      io.grpc.ManagedChannel bare = io.grpc.netty.NettyChannelBuilder.forAddress(LocalCluster.LOOPBACK,
          cluster.ports(backend).http()).usePlaintext().build();
      try {
        io.grpc.Channel signed = io.grpc.ClientInterceptors.intercept(bare,
            cluster.serviceCredentials(backend.equals("extract-service") ? "ingest-service" : "gateway"));
        for (io.grpc.Channel ch : List.of(bare, signed)) {
          io.grpc.Status.Code code = io.grpc.Status.Code.OK;
          try {
            switch (backend) {
              case "ingest-service" -> io.claimwatch.ingest.v1.IngestServiceGrpc.newBlockingStub(ch)
                  .listArticles(io.claimwatch.ingest.v1.ListArticlesRequest.newBuilder().setPageSize(1).build());
              case "extract-service" -> io.claimwatch.extract.v1.ExtractServiceGrpc.newBlockingStub(ch)
                  .extractClaims(io.claimwatch.extract.v1.ExtractClaimsRequest.newBuilder().setArticle("articles/probe")
                      .setText("At least 40 people died in the floods on Monday, officials said.").build());
              default -> io.claimwatch.claims.v1.ClaimsServiceGrpc.newBlockingStub(ch)
                  .replaceArticleClaims(io.claimwatch.claims.v1.ReplaceArticleClaimsRequest.newBuilder()
                      .setArticle("articles/forgedprobe0001").build());
            }
          } catch (io.grpc.StatusRuntimeException e) {
            code = e.getStatus().getCode();
          }
          assertThat(code).as("%s %s", backend, ch == bare ? "without a token" : "with the caller's token")
              .isEqualTo(ch == bare ? io.grpc.Status.Code.UNAUTHENTICATED : io.grpc.Status.Code.OK);
        }
      } finally {
        bare.shutdownNow();
      }
    }
    // Every port of every service, on the machine's other addresses: nothing answers.
    List<java.net.InetAddress> others = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
        .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).toList();
    assertThat(others).as("the machine has an address beyond the loopback to try").isNotEmpty();
    for (String s : LocalCluster.SERVICES) {
      for (int port : new int[] {cluster.ports(s).http(), cluster.ports(s).management()}) {
        for (java.net.InetAddress a : others) {
          try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(a, port), 1_000);
            throw new AssertionError(s + " answers on " + a.getHostAddress() + ":" + port);
          } catch (java.io.IOException refused) {
            // what we want
          }
        }
      }
    }
  }

  /**
   * SIGTERM while the workers extract 200 queued articles (as Kubernetes stops a pod): ingest-service stops within
   * the grace period and leaves no article leased (EXTRACTING) behind: what its workers held is DONE or back in the
   * queue, due now.
   */
  @Test
  @Order(5)
  void sigtermMidWorkLeavesNoArticleLeased() throws Exception {
    // A deep queue, taken in at once (4 batches of 50), so that the workers are mid-batch when SIGTERM comes.
    List<String> names = new ArrayList<>();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    for (int b = 0; b < 4; b++) {
      com.fasterxml.jackson.databind.node.ObjectNode body = json.createObjectNode();
      com.fasterxml.jackson.databind.node.ArrayNode articles = body.putArray("articles");
      for (int i = 0; i < 50; i++) {
        articles.addObject().put("text", NewsText.article(3000 + b * 50 + i));
      }
      GatewayClient.Answer a = gateway.postJson("/v1/articles:batchCreate", json.writeValueAsString(body));
      assertThat(a.status()).as("batch %d: %s", b, a.body()).isEqualTo(200);
      a.body().path("results").forEach(r -> names.add(r.path("article").path("name").asText()));
    }
    assertThat(names).hasSize(200).doesNotContain("");
    String last = gateway.get("/v1/" + names.get(names.size() - 1)).body().path("state").asText();
    assertThat(last).as("work left to do").isIn("RECEIVED", "EXTRACTING");
    long started = System.nanoTime();
    int exit = cluster.terminate("ingest-service", Duration.ofSeconds(30));
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(tookMs).as("stopped within the pod's grace period").isLessThan(30_000);
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(cluster.databaseUrl("ingest"), cluster.databaseUser(),
        cluster.databasePassword());
        java.sql.ResultSet rs = c.createStatement().executeQuery(
            "SELECT count(*) FILTER (WHERE state = 'EXTRACTING'), count(*) FILTER (WHERE state = 'DONE') FROM article")) {
      rs.next();
      assertThat(rs.getLong(1)).as("articles left leased after SIGTERM (exit %d after %d ms)", exit, tookMs).isZero();
    }
    cluster.startAgain("ingest-service", Duration.ofSeconds(120));
    for (String name : names) {
      assertThat(gateway.awaitSettled(name, Duration.ofSeconds(90)).path("state").asText()).isEqualTo("DONE");
    }
  }

  /** Articles of the fault test, and the slices posted before each fault. */
  private static final int FAULT_ARTICLES = 300;
  private static final List<String> FAULTS = List.of("extract-service", "claims-service", "ingest-service", "gateway", "postgresql");

  /**
   * Issue 15's fault test: {@value #FAULT_ARTICLES} articles posted through the gateway by 4 clients while each of the
   * four services is killed (SIGKILL) and started again, and PostgreSQL is restarted, one after the other, each while
   * its slice of the articles is being posted. Afterwards every acknowledged article is DONE with exactly the claims a
   * clean offline run of the same pipeline finds (cleaning, extraction), no claim is stored twice, and every answer the
   * clients saw was a success or a retryable refusal (429 or 503, with Retry-After); a client that got no answer (the
   * gateway was down) posts again, as one would (the content is the id: nothing is stored twice).
   */
  @Test
  @Order(6)
  void underFaultsEveryAcknowledgedArticleIsDoneWithTheClaimsOfACleanRun() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < FAULT_ARTICLES; i++) {
      texts.add(NewsText.article(5000 + i));
    }
    java.util.concurrent.BlockingQueue<Integer> todo = new java.util.concurrent.LinkedBlockingQueue<>();
    String[] acknowledged = new String[FAULT_ARTICLES];
    java.util.concurrent.atomic.AtomicInteger acked = new java.util.concurrent.atomic.AtomicInteger();
    Map<String, java.util.concurrent.atomic.AtomicInteger> answers = new java.util.concurrent.ConcurrentHashMap<>();
    List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicReference<String> fault = new java.util.concurrent.atomic.AtomicReference<>("none");
    java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
    long started = System.nanoTime();
    for (int t = 0; t < 4; t++) {
      clients.submit(() -> {
        while (true) {
          // a client waits for work until it is told to stop: a restart may keep the next slice back for minutes
          int i = todo.take();
          if (i < 0) {
            return null;
          }
          while (acknowledged[i] == null) {
            java.net.http.HttpResponse<String> r;
            try {
              r = http.send(java.net.http.HttpRequest.newBuilder(cluster.gatewayUrl().resolve("/v1/articles"))
                  .header("Authorization", "Bearer " + cluster.adminKey()).header("Content-Type", "text/plain; charset=utf-8")
                  .timeout(Duration.ofSeconds(15)).POST(java.net.http.HttpRequest.BodyPublishers.ofString(texts.get(i))).build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException noAnswer) {
              answers.computeIfAbsent("no answer", k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
              Thread.sleep(500);
              continue;
            }
            int status = r.statusCode();
            answers.computeIfAbsent(Integer.toString(status), k -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
            if (status == 200 || status == 201) {
              acknowledged[i] = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("article").path("name").asText();
              acked.incrementAndGet();
            } else if ((status == 429 || status == 503) && r.headers().firstValue("Retry-After").isPresent()) {
              // a client waits Retry-After; capped here so that the test stays short
              Thread.sleep(Math.min(1_000, 1_000L * Long.parseLong(r.headers().firstValue("Retry-After").get())));
            } else {
              wrong.add(status + " during " + fault.get() + ": " + r.body());
              Thread.sleep(500);
            }
          }
        }
      });
    }
    int slice = FAULT_ARTICLES / (FAULTS.size() + 1);
    for (int k = 0; k <= FAULTS.size(); k++) {
      int end = k == FAULTS.size() ? FAULT_ARTICLES : (k + 1) * slice;
      for (int i = k * slice; i < end; i++) {
        todo.add(i);
      }
      if (k == FAULTS.size()) {
        break;
      }
      // the fault strikes while its slice is being posted and the earlier ones extracted
      long due = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
      while (acked.get() < k * slice + slice / 3) {
        assertThat(System.nanoTime() - due).as("a third of slice %d acknowledged within 5 minutes (%d acknowledged; answers %s)",
            k, acked.get(), answers).isNegative();
        Thread.sleep(20);
      }
      String victim = FAULTS.get(k);
      fault.set(victim);
      if (victim.equals("postgresql")) {
        cluster.restartPostgres(Duration.ofSeconds(2));
      } else {
        cluster.kill(victim);
        Thread.sleep(1_000);
        cluster.startAgain(victim, Duration.ofSeconds(120));
      }
      fault.set("none");
    }
    for (int t = 0; t < 4; t++) {
      todo.add(-1);
    }
    clients.shutdown();
    assertThat(clients.awaitTermination(3, java.util.concurrent.TimeUnit.MINUTES)).as("the clients finished").isTrue();
    long postedMs = (System.nanoTime() - started) / 1_000_000;

    // The same pipeline offline, on the same texts: what a clean run stores.
    Path dir = Files.createTempDirectory("claimwatch-faults");
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < FAULT_ARTICLES; i++) {
      files.add(Files.writeString(dir.resolve(String.format("%04d.txt", i)), texts.get(i)));
    }
    ExtractClaims.Run clean = ExtractClaims.run(files, name -> null);
    assertThat(clean.errors()).isEmpty();

    Set<String> seen = new HashSet<>();
    int claims = 0;
    for (int i = 0; i < FAULT_ARTICLES; i++) {
      assertThat(acknowledged[i]).as("article %d acknowledged", i).isNotNull();
      JsonNode article = gateway.awaitSettled(acknowledged[i], Duration.ofSeconds(120));
      assertThat(article.path("state").asText()).as("%s", article).isEqualTo("DONE");
      List<String> stored = new ArrayList<>();
      for (JsonNode c : gateway.claims(acknowledged[i], null)) {
        String key = c.path("quoteStart").asInt() + "-" + c.path("quoteEnd").asInt() + ":" + c.path("numberText").asText();
        assertThat(seen.add(acknowledged[i] + "@" + key)).as("claim stored once: %s@%s", acknowledged[i], key).isTrue();
        stored.add(key);
      }
      List<String> offline = new ArrayList<>();
      clean.files().get(i).path("claims").forEach(c ->
          offline.add(c.path("start").asInt() + "-" + c.path("end").asInt() + ":" + c.path("number_text").asText()));
      assertThat(stored).as("claims of article %d (%s) against a clean run", i, acknowledged[i])
          .containsExactlyInAnyOrderElementsOf(offline);
      claims += stored.size();
    }
    System.out.printf("fault test: %d articles acknowledged in %d ms, %d claims; answers %s%n", FAULT_ARTICLES, postedMs,
        claims, answers);
    assertThat(wrong).as("answers other than success or a retryable refusal; all answers: %s", answers).isEmpty();
    assertThat(answers).as("the faults struck while clients posted: 503 while ingest-service was down, no answer while"
        + " the gateway was").containsKeys("503", "no answer");
    assertThat(claims).as("the articles state numbers").isGreaterThan(FAULT_ARTICLES);
  }

  private void crashWhileInFlight(String victim, List<String> texts) throws Exception {
    List<String> names = new ArrayList<>();
    int killAt = Math.min(8, texts.size());
    for (int i = 0; i < texts.size(); i++) {
      if (i == killAt) {
        cluster.kill(victim);
      }
      GatewayClient.Answer a = gateway.submitText(texts.get(i));
      assertThat(a.status()).as("POST article %d: %s", i, a.body()).isEqualTo(201);
      names.add(a.body().path("article").path("name").asText());
    }
    int unsettled = 0;
    for (String name : names) {
      String state = gateway.get("/v1/" + name).body().path("state").asText();
      if (state.equals("RECEIVED") || state.equals("EXTRACTING")) {
        unsettled++;
      }
    }
    assertThat(unsettled).as("articles in flight while %s is down", victim).isGreaterThanOrEqualTo(texts.size() - killAt);
    Thread.sleep(3_000); // the workers try, fail and back off while the service is down
    cluster.startAgain(victim, Duration.ofSeconds(120));

    Set<String> seen = new HashSet<>();
    for (String name : names) {
      JsonNode article = gateway.awaitSettled(name, Duration.ofSeconds(90));
      assertThat(article.path("state").asText()).as("%s", article).isEqualTo("DONE");
      List<JsonNode> claims = gateway.claims(name, null);
      assertThat(claims).as("claims of %s", name).hasSize(article.path("claimCount").asInt());
      for (JsonNode c : claims) {
        String key = c.path("article").asText() + "@" + c.path("quoteStart").asInt() + "-" + c.path("quoteEnd").asInt()
            + ":" + c.path("numberText").asText();
        assertThat(seen.add(key)).as("claim stored once: %s", key).isTrue();
      }
    }
    assertThat(seen).as("the generated articles state numbers").isNotEmpty();
  }

  private static double metric(String exposition, String prefix) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(prefix) + "[^\\n]*? ([0-9.eE+-]+)$").matcher(exposition);
    assertThat(m.find()).as("metric %s in /q/metrics", prefix).isTrue();
    return Double.parseDouble(m.group(1));
  }

  /** Distinct news-like English texts that state numbers, one per seed. */
  static final class NewsText {
    private static final String[] CITIES = {"Leeds", "Porto", "Tampere", "Graz", "Ghent", "Lyon", "Malmo", "Bergen",
        "Cork", "Brno", "Turin", "Bremen", "Utrecht", "Seville", "Krakow", "Aarhus"};
    private static final String[] THINGS = {"homes", "schools", "bridges", "clinics", "buses", "parks", "libraries",
        "wind turbines"};

    static String article(int seed) {
      java.util.Random r = new java.util.Random(seed * 7919L + 17);
      String city = CITIES[seed % CITIES.length];
      String thing = THINGS[(seed / CITIES.length) % THINGS.length];
      int built = 20 + r.nextInt(900);
      int pct = 2 + r.nextInt(60);
      int budget = 5 + r.nextInt(400);
      int workers = 100 + r.nextInt(5000);
      int year = 2015 + r.nextInt(9);
      return city + " council reports progress on " + thing + " (report " + seed + ")\n\n"
          + "The council of " + city + " said on Monday that " + built + " new " + thing + " were finished in " + year
          + ", up " + pct + "% from the year before, according to figures published by the city's planning office.\n\n"
          + "Officials said the programme's budget rose to $" + budget + " million and that at least " + workers
          + " workers were employed on the sites during the year. Opposition members questioned whether the "
          + "council could keep up the pace, pointing to rising costs for materials in the region of " + city + ".\n\n"
          + "A spokesperson for the mayor said " + (built / 2 + 3) + " further " + thing + " were planned for the "
          + "coming year and that unemployment in the district had fallen to " + (3 + r.nextInt(9)) + "." + r.nextInt(10)
          + "%. Residents interviewed on " + (seed % 2 == 0 ? "Tuesday" : "Wednesday") + " gave the plans a mixed "
          + "reception, with " + (10 + r.nextInt(80)) + " people attending a public meeting in the town hall.\n";
    }
  }
}
