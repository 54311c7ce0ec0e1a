package io.claimwatch.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/run}: starts the whole system locally, ingests the seeds and prints what it found. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Starts PostgreSQL and the four services, ingests the seed articles, prints a summary, and runs until Ctrl-C.")
public final class Run implements Callable<Integer> {

  @Option(names = "--seeds", description = "Folder of articles to ingest (*.txt, *.html); default: ${DEFAULT-VALUE}")
  Path seeds = Path.of("seeds");

  @Option(names = "--data", description = "Where the embedded PostgreSQL keeps its files between runs; default: ${DEFAULT-VALUE}")
  Path data = Path.of(".claimwatch/pgdata");

  @Option(names = "--exit", description = "Stop everything after the summary instead of running until Ctrl-C")
  boolean exit;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Run()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    Path root = Path.of("").toAbsolutePath();
    Files.createDirectories(data.toAbsolutePath().getParent());
    LocalCluster cluster = LocalCluster.start(root, Optional.of(data.toAbsolutePath()), true, Duration.ofSeconds(120));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      cluster.close();
      stopped.countDown();
    }));
    System.out.printf("Claimwatch is up in %.1f s: gateway %s (OpenAPI %s/q/openapi, Swagger UI %s/q/swagger-ui)%n",
        (System.nanoTime() - started) / 1e9, cluster.gatewayUrl(), cluster.gatewayUrl(), cluster.gatewayUrl());
    System.out.println("Logs: " + cluster.logDir());
    System.out.println("API key (scopes read, write, admin" + (System.getenv("CLAIMWATCH_ADMIN_KEY") == null
        ? "; made for this run, set CLAIMWATCH_ADMIN_KEY to choose it" : "; from CLAIMWATCH_ADMIN_KEY") + "):");
    System.out.println("  export CLAIMWATCH_KEY=" + cluster.adminKey());
    System.out.println("  curl -H \"Authorization: Bearer $CLAIMWATCH_KEY\" " + cluster.gatewayUrl() + "/v1/groups");
    System.out.println("Backends (gRPC, 127.0.0.1 only) take calls with a service token (bin/service-token) signed with:");
    System.out.println("  export CLAIMWATCH_SERVICE_TOKEN_KEY=" + cluster.serviceTokenKey());
    GatewayClient gateway = cluster.gateway();
    List<Path> files;
    try (Stream<Path> s = Files.list(seeds)) {
      files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
    }
    SeedSources sources = SeedSources.of(seeds);
    List<String> names = new ArrayList<>();
    for (Path f : files) {
      SeedSources.Source source = sources.of(f.getFileName().toString());
      GatewayClient.Answer a = gateway.submit(f, source.sourceUrl(), source.publicationDate());
      if (a.status() != 200 && a.status() != 201) {
        System.out.println("  " + f.getFileName() + ": refused, " + a.status() + " " + a.body().path("error").path("message").asText());
        continue;
      }
      names.add(a.body().path("article").path("name").asText());
    }
    // articles kept from an earlier run whose claims an older engine found (the seeds among them, which
    // come back as duplicates) are extracted again, so what this prints is what this engine finds
    String version = io.claimwatch.extract.domain.ClaimExtractor.VERSION;
    GatewayClient.Answer re = gateway.postJson("/v1/articles:reextract", "{\"filter\":\"extractor_version!=" + version + "\"}");
    if (re.status() != 200) {
      System.out.println("Re-extraction refused: " + re.status() + " " + re.body());
    } else if (re.body().path("queuedCount").asLong() > 0) {
      System.out.printf("Re-extracting %d articles kept from a run of an older engine (not %s)%n",
          re.body().path("queuedCount").asLong(), version);
    }
    int total = 0;
    System.out.println("Seeds ingested from " + seeds + ":");
    for (int i = 0; i < names.size(); i++) {
      JsonNode article = gateway.awaitSettled(names.get(i), Duration.ofSeconds(120));
      List<JsonNode> claims = gateway.claims(names.get(i), null);
      total += claims.size();
      System.out.printf("  %-28s %-26s %-6s %3d claims  %s%n", files.get(i).getFileName(), names.get(i),
          article.path("state").asText(), claims.size(), examples(claims));
    }
    System.out.printf("%d articles, %d claims, in %.1f s from start. Try: curl -H \"Authorization: Bearer $CLAIMWATCH_KEY\" '%s/v1/articles/-/claims?filter=hedge=AT_LEAST'%n",
        names.size(), total, (System.nanoTime() - started) / 1e9, cluster.gatewayUrl());
    printLargestGroup(gateway, cluster.gatewayUrl());
    if (exit) {
      return 0;
    }
    System.out.println("Running; Ctrl-C stops everything.");
    stopped.await();
    return 0;
  }

  /** The group with the most claims: what it counts, its estimate and how its reports agree. */
  private static void printLargestGroup(GatewayClient gateway, java.net.URI gatewayUrl) throws Exception {
    JsonNode largest = null;
    for (JsonNode g : gateway.get("/v1/groups?pageSize=100").body().path("groups")) {
      if (largest == null || g.path("claimCount").asInt() > largest.path("claimCount").asInt()) {
        largest = g;
      }
    }
    if (largest == null) {
      return;
    }
    JsonNode group = gateway.get("/v1/" + largest.path("name").asText()).body();
    Map<String, Integer> verdicts = new TreeMap<>();
    group.path("steps").forEach(v -> verdicts.merge(v.path("verdict").asText(), 1, Integer::sum));
    JsonNode estimate = group.path("estimate");
    System.out.printf("Largest group %s (%s): %d claims from %d independent origins; estimate %s..%s; steps %s."
            + " Try: curl -H \"Authorization: Bearer $CLAIMWATCH_KEY\" '%s/v1/%s'%n",
        group.path("name").asText(), group.path("key").toString(), group.path("claimCount").asInt(),
        group.path("originCount").asInt(), estimate.path("low").asText("open"), estimate.path("high").asText("open"),
        verdicts, gatewayUrl, group.path("name").asText());
  }

  private static String examples(List<JsonNode> claims) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : claims.subList(0, Math.min(3, claims.size()))) {
      out.add(c.path("numberText").asText() + ": " + c.path("counted").asText());
    }
    return String.join("; ", out);
  }
}
