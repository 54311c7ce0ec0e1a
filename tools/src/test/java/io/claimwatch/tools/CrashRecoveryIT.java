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
        Map.of("ingest-service", FAST_RETRIES));
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
