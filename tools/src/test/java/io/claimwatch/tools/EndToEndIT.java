package io.claimwatch.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole system as a user meets it: four services started as separate processes from their
 * packaged builds, a real PostgreSQL, real gRPC between them, and the seeds posted to the gateway.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

  private static final Path ROOT = Path.of(System.getProperty("claimwatch.root", "..")).toAbsolutePath().normalize();
  private static LocalCluster cluster;
  private static GatewayClient gateway;
  private static final Map<Path, String> articles = new LinkedHashMap<>();

  @BeforeAll
  static void start() throws Exception {
    cluster = LocalCluster.start(ROOT, Optional.empty(), false, Duration.ofSeconds(120));
    gateway = cluster.gateway();
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  static List<Path> seeds() throws Exception {
    try (Stream<Path> s = Files.list(ROOT.resolve("seeds"))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  @Order(1)
  void everySeedIsStoredAndExtracted() throws Exception {
    List<Path> seeds = seeds();
    assertThat(seeds).hasSize(5);
    SeedSources sources = SeedSources.of(ROOT.resolve("seeds"));
    for (Path seed : seeds) {
      SeedSources.Source source = sources.of(seed.getFileName().toString());
      assertThat(source.publicationDate()).as("seeds/sources.json dates %s", seed.getFileName()).isNotNull();
      GatewayClient.Answer a = gateway.submit(seed, source.sourceUrl(), source.publicationDate());
      assertThat(a.status()).as("POST %s: %s", seed.getFileName(), a.body()).isEqualTo(201);
      assertThat(a.body().path("alreadyExisted").asBoolean()).isFalse();
      articles.put(seed, a.body().path("article").path("name").asText());
    }
    for (String name : articles.values()) {
      JsonNode article = gateway.awaitSettled(name, Duration.ofSeconds(60));
      assertThat(article.path("state").asText()).as("%s", article).isEqualTo("DONE");
      assertThat(article.path("claimCount").asInt()).isPositive();
    }
  }

  @Test
  @Order(2)
  void theClaimsComeBackOverRestWithTheirHedgesAndProvenance() throws Exception {
    List<JsonNode> all = gateway.claims("articles/-", null);
    assertThat(all).hasSizeGreaterThanOrEqualTo(articles.size());

    JsonNode sbu = all.stream().filter(c -> c.path("quote").asText().contains("no fewer than 102")).findFirst().orElseThrow();
    assertThat(sbu.path("hedge").asText()).isEqualTo("AT_LEAST");
    assertThat(sbu.path("valueLow").decimalValue()).isEqualByComparingTo(new BigDecimal(102));
    assertThat(sbu.has("valueHigh")).as("an AT_LEAST claim has an open upper bound").isFalse();

    JsonNode staff = all.stream().filter(c -> c.path("valueLow").decimalValue().compareTo(new BigDecimal(971)) == 0)
        .findFirst().orElseThrow();
    assertThat(staff.path("hedge").asText()).isEqualTo("EXACT");
    assertThat(staff.path("valueHigh").decimalValue()).isEqualByComparingTo(new BigDecimal(971));

    // Provenance: the quote stands at its offsets in the article's clean text (offsets in code points).
    for (JsonNode claim : List.of(sbu, staff)) {
      String clean = gateway.get("/v1/" + claim.path("article").asText()).body().path("cleanText").asText();
      int[] cps = clean.codePoints().toArray();
      String atOffsets = new String(cps, claim.path("quoteStart").asInt(), claim.path("quoteEnd").asInt() - claim.path("quoteStart").asInt());
      assertThat(atOffsets).isEqualTo(claim.path("quote").asText());
      assertThat(claim.path("extractorVersion").asText()).isNotBlank();
      assertThat(gateway.get("/v1/" + claim.path("article").asText()).body().path("extractorVersion").asText())
          .as("the article says which extractor found its claims").isEqualTo(claim.path("extractorVersion").asText());
      assertThat(gateway.get("/v1/" + claim.path("name").asText()).body().path("quote").asText()).isEqualTo(claim.path("quote").asText());
    }

    List<JsonNode> atLeast = gateway.claims("articles/-", "hedge=AT_LEAST");
    assertThat(atLeast).isNotEmpty().allSatisfy(c -> assertThat(c.path("hedge").asText()).isEqualTo("AT_LEAST"));
    assertThat(atLeast).extracting(c -> c.path("name").asText()).contains(sbu.path("name").asText());
  }

  @Test
  @Order(3)
  void reportsOfOneQuantityAcrossOutletsAreOneGroupWithVerdicts() throws Exception {
    List<JsonNode> all = gateway.claims("articles/-", null);
    JsonNode staff = all.stream().filter(c -> c.path("quote").asText().contains("971 Russian soldiers")).findFirst().orElseThrow();
    JsonNode military = all.stream().filter(c -> c.path("quote").asText().contains("909 Russian servicemen")).findFirst().orElseThrow();
    JsonNode sbu = all.stream().filter(c -> c.path("quote").asText().contains("no fewer than 102")).findFirst().orElseThrow();
    assertThat(staff.path("group").asText()).startsWith("groups/").isEqualTo(military.path("group").asText());
    assertThat(sbu.path("group").asText()).as("one day's capture is another quantity").isNotEqualTo(staff.path("group").asText());

    GatewayClient.Answer group = gateway.get("/v1/" + staff.path("group").asText());
    assertThat(group.status()).isEqualTo(200);
    assertThat(group.body().path("timeline").size()).isEqualTo(group.body().path("claimCount").asInt()).isGreaterThanOrEqualTo(5);
    int n = group.body().path("claimCount").asInt();
    assertThat(group.body().path("steps").size()).as("each claim against the one before it").isEqualTo(n - 1);
    assertThat(group.body().path("againstCurrent").size()).as("each claim against the current one").isEqualTo(n - 1);
    assertThat(group.body().has("nextPageToken")).as("one page holds the seeds' group").isFalse();
    assertThat(group.body().path("originCount").asInt()).isBetween(2, n);
    assertThat(group.body().path("related").toString()).contains(sbu.path("group").asText());
    assertThat(gateway.get("/v1/groups?pageSize=2").body().path("groups").size()).isEqualTo(2);
  }

  /** The seeds' verdicts as the issue describes them, with the outlets' publication dates from seeds/sources.json. */
  @Test
  @Order(3)
  void theSeedsVerdictsAreAnUpdateAConflictAndADifferentScope() throws Exception {
    List<JsonNode> all = gateway.claims("articles/-", null);
    JsonNode staff = all.stream().filter(c -> c.path("quote").asText().contains("971 Russian soldiers")).findFirst().orElseThrow();
    JsonNode military = all.stream().filter(c -> c.path("quote").asText().contains("909 Russian servicemen")).findFirst().orElseThrow();
    JsonNode talk = all.stream().filter(c -> c.path("quote").asText().contains("upwards of 1,000")).findFirst().orElseThrow();
    JsonNode sbu = all.stream().filter(c -> c.path("quote").asText().contains("no fewer than 102")).findFirst().orElseThrow();
    assertThat(talk.path("group").asText()).isEqualTo(staff.path("group").asText());
    JsonNode group = gateway.get("/v1/" + staff.path("group").asText()).body();

    JsonNode update = verdict(group, military, staff);
    assertThat(update.path("verdict").asText()).as("909 (Feb 2025) then 971 (May 2025): %s", update).isEqualTo("UPDATES");
    JsonNode conflict = verdict(group, talk, staff);
    assertThat(conflict.path("verdict").asText()).as("'upwards of 1,000' (Aug 2024) then 971: %s", conflict).isEqualTo("CONFLICTS");
    assertThat(conflict.path("reason").asText()).contains("falls");

    JsonNode related = null;
    for (JsonNode r : group.path("related")) {
      if (r.path("group").asText().equals(sbu.path("group").asText())) {
        related = r;
      }
    }
    assertThat(related).as("the 102 of one day is related to the total: %s", group.path("related")).isNotNull();
    assertThat(related.path("verdict").asText()).isEqualTo("DIFFERENT_SCOPE");

    assertThat(group.path("estimate").path("low").decimalValue()).as("estimate %s", group.path("estimate"))
        .isEqualByComparingTo(new BigDecimal(971));
    assertThat(group.path("estimate").path("high").decimalValue()).isEqualByComparingTo(new BigDecimal(971));
  }

  /** The verdict on a pair of claims of a group (in its steps or against its current claim), whichever is the earlier. */
  private static JsonNode verdict(JsonNode group, JsonNode a, JsonNode b) {
    String x = a.path("name").asText();
    String y = b.path("name").asText();
    List<JsonNode> verdicts = new java.util.ArrayList<>();
    group.path("steps").forEach(verdicts::add);
    group.path("againstCurrent").forEach(verdicts::add);
    for (JsonNode v : verdicts) {
      String earlier = v.path("earlier").asText();
      String later = v.path("later").asText();
      if (earlier.equals(x) && later.equals(y) || earlier.equals(y) && later.equals(x)) {
        assertThat(earlier).as("%s is the earlier claim", a.path("quote").asText()).isEqualTo(x);
        return v;
      }
    }
    throw new AssertionError("no verdict on " + x + " and " + y + " in " + verdicts);
  }

  @Test
  @Order(4)
  void aWatcherIsToldOfANewMatchingClaimAsItIsStored() throws Exception {
    var lines = new java.util.concurrent.LinkedBlockingQueue<String>();
    var http = java.net.http.HttpClient.newHttpClient();
    var request = java.net.http.HttpRequest.newBuilder(cluster.gatewayUrl().resolve(
        "/v1/claims:watch?filter=" + java.net.URLEncoder.encode("counted:\"ferries\"", java.nio.charset.StandardCharsets.UTF_8)))
        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + cluster.adminKey()).build();
    var stream = http.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.ofLines())
        .thenAccept(r -> r.body().forEach(lines::add));
    try {
      Thread.sleep(1_000); // let the watch open before the article it should see
      Path article = Files.createTempFile("ferries", ".txt");
      Files.writeString(article, "Storm sinks ferries\n\nAt least 12 ferries sank in the storm on Sunday, the coast guard said.\n");
      assertThat(gateway.submit(article).status()).isEqualTo(201);
      String event = null;
      for (String line; (line = lines.poll(30, java.util.concurrent.TimeUnit.SECONDS)) != null; ) {
        if (line.startsWith("data:") && line.contains("ferries")) {
          event = line;
          break;
        }
      }
      assertThat(event).as("an event for the new claim").isNotNull().contains("\"hedge\":\"AT_LEAST\"").contains("\"valueLow\":12");
    } finally {
      stream.cancel(true);
    }
  }

  @Test
  @Order(4)
  void aPostedPagesPublicationDateAndDatelineReachItsClaims() throws Exception {
    // decided once, in ingest: the page's metadata gives the date, its first paragraph the story's dateline
    Path page = Files.createTempFile("lahore-floods", ".html");
    Files.writeString(page, """
        <html><head><title>Floods kill 40 in Pakistan</title>
        <meta property="article:published_time" content="2025-08-18T09:00:00Z"></head>
        <body><article><h1>Floods kill 40 in Pakistan</h1>
        <p>LAHORE, Pakistan (AP) — Floods killed at least 40 people in Punjab province on Sunday, officials said.</p>
        <p>Rescue teams searched for villagers swept away by the water, the disaster agency said.</p>
        </article></body></html>
        """);
    GatewayClient.Answer a = gateway.submit(page);
    assertThat(a.status()).as("%s", a.body()).isEqualTo(201);
    String name = a.body().path("article").path("name").asText();
    JsonNode article = gateway.awaitSettled(name, Duration.ofSeconds(60));
    assertThat(article.path("state").asText()).as("%s", article).isEqualTo("DONE");
    assertThat(article.path("publicationDate").asText()).isEqualTo("2025-08-18");
    assertThat(article.path("publicationDateEvidence").path("source").asText()).isEqualTo("META");
    JsonNode dateline = article.path("storyDateline");
    assertThat(dateline.path("place").asText()).isEqualTo("LAHORE, Pakistan");
    String clean = article.path("cleanText").asText();
    assertThat(clean.substring(clean.offsetByCodePoints(0, dateline.path("placeStart").asInt()),
        clean.offsetByCodePoints(0, dateline.path("placeEnd").asInt()))).isEqualTo("LAHORE, Pakistan");

    List<JsonNode> claims = gateway.claims(name, null);
    assertThat(claims).isNotEmpty();
    JsonNode forty = claims.stream().filter(c -> c.path("valueLow").asInt() == 40).findFirst().orElseThrow();
    assertThat(forty.path("publicationDate").asText()).isEqualTo("2025-08-18");
    assertThat(forty.path("eventStart").asText()).as("Sunday before Monday 18 August").isEqualTo("2025-08-17");
  }

  @Test
  @Order(5)
  void postingTheSameArticleAgainReturnsTheSameIdAndAddsNoClaims() throws Exception {
    int before = gateway.claims("articles/-", null).size();
    for (Map.Entry<Path, String> e : articles.entrySet()) {
      GatewayClient.Answer again = gateway.submit(e.getKey());
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.body().path("alreadyExisted").asBoolean()).isTrue();
      assertThat(again.body().path("article").path("name").asText()).isEqualTo(e.getValue());
    }
    Thread.sleep(1_000);
    assertThat(gateway.claims("articles/-", null)).hasSize(before);
  }

  @Test
  @Order(6)
  void badInputGetsAClearErrorNotACrash() throws Exception {
    Path empty = Files.createTempFile("empty", ".txt");
    GatewayClient.Answer a = gateway.submit(empty);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body().path("error").path("status").asText()).isEqualTo("INVALID_ARGUMENT");
    assertThat(a.body().path("error").path("details").get(0).path("reason").asText()).isEqualTo("ARTICLE_EMPTY");

    GatewayClient.Answer missing = gateway.get("/v1/articles/0123456789abcdef");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body().path("error").path("details").get(0).path("reason").asText()).isEqualTo("ARTICLE_NOT_FOUND");

    GatewayClient.Answer badFilter = gateway.get("/v1/articles/-/claims?filter=colour%3Dred");
    assertThat(badFilter.status()).isEqualTo(400);
    assertThat(badFilter.body().path("error").path("message").asText()).contains("colour");

    GatewayClient.Answer noKey = new GatewayClient(cluster.gatewayUrl()).get("/v1/articles");
    assertThat(noKey.status()).isEqualTo(401);
    assertThat(noKey.body().path("error").path("details").get(0).path("reason").asText()).isEqualTo("API_KEY_MISSING");

    // A page token walks its own query through the real claims-service, and is refused for another one.
    GatewayClient.Answer first = gateway.get("/v1/articles/-/claims?pageSize=2");
    String token = first.body().path("nextPageToken").asText();
    assertThat(token).isNotEmpty();
    assertThat(gateway.get("/v1/articles/-/claims?pageSize=2&pageToken=" + token).status()).isEqualTo(200);
    GatewayClient.Answer other = gateway.get("/v1/articles/-/claims?pageSize=2&filter=hedge%3DAT_LEAST&pageToken=" + token);
    assertThat(other.status()).isEqualTo(400);
    assertThat(other.body().path("error").path("details").get(0).path("reason").asText()).isEqualTo("INVALID_PAGE_TOKEN");
  }

  @Test
  @Order(7)
  void everyServiceServesHealthMetricsAndTheGatewayItsOpenApi() throws Exception {
    for (String s : LocalCluster.SERVICES) {
      GatewayClient mgmt = new GatewayClient(java.net.URI.create("http://localhost:" + cluster.ports(s).management()));
      assertThat(mgmt.get("/q/health/ready").status()).as(s).isEqualTo(200);
      assertThat(mgmt.get("/q/health/live").status()).as(s).isEqualTo(200);
    }
    String metrics = rawGet("http://localhost:" + cluster.ports("ingest-service").management() + "/q/metrics");
    assertThat(metrics).contains("ingest_articles_received_total{outcome=\"duplicate\"").contains("ingest_queue_depth");
    String openapi = rawGet(cluster.gatewayUrl() + "/q/openapi");
    assertThat(openapi).contains("/v1/articles/{article}/claims");
  }

  private static String rawGet(String url) throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url).isEqualTo(200);
    return r.body();
  }
}
