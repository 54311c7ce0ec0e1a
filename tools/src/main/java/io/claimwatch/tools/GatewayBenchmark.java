package io.claimwatch.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/benchmark-gateway}: the whole read path (HTTP, key, rate limit, gRPC, claims-service,
 * PostgreSQL) under a store of a million synthetic claims. Starts the four services, bulk-loads the
 * claims as bin/benchmark-claims does, then drives claim queries through the gateway with {@code hey}
 * at fixed rates and prints the throughput reached and p50/p99 latency at each.
 */
@Command(name = "benchmark-gateway", mixinStandardHelpOptions = true,
    description = "Claim-query throughput and p50/p99 through the gateway at fixed request rates (needs hey).")
public final class GatewayBenchmark implements Callable<Integer> {

  @Option(names = "--claims", description = "Claims in the store; default ${DEFAULT-VALUE}")
  int claims = 1_000_000;

  @Option(names = "--rates", split = ",", description = "Request rates per second; default ${DEFAULT-VALUE}")
  List<Integer> rates = List.of(200, 500, 1000);

  @Option(names = "--seconds", description = "Seconds per rate; default ${DEFAULT-VALUE}")
  int seconds = 20;

  @Option(names = "--connections", description = "Concurrent connections of hey; default ${DEFAULT-VALUE}")
  int connections = 50;

  @Option(names = "--warmup", description = "Seconds of each query at the highest rate before measuring, so that the"
      + " services' code is compiled (JIT) first; default ${DEFAULT-VALUE}")
  int warmup = 20;

  @Option(names = "--queries", split = ",", description = "Which queries: article (one article's claims), hedge (all"
      + " claims, hedge=AT_LEAST); default ${DEFAULT-VALUE}")
  List<String> only = List.of("article", "hedge");

  @Option(names = "--data", description = "Keep the store in this folder and use it again when it already holds the claims;"
      + " default a new temporary folder")
  Path dataDir;

  public static void main(String[] args) {
    System.exit(new CommandLine(new GatewayBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Path data = (dataDir != null ? dataDir.toAbsolutePath() : Files.createTempDirectory("gateway-bench")).resolve("pgdata");
    // The read bucket is raised so that the benchmark measures the path, not the rate limit.
    try (LocalCluster cluster = LocalCluster.start(root, Optional.of(data), false, Duration.ofSeconds(180),
        Map.of("gateway", Map.of("GATEWAY_RATE_LIMIT_READ_PER_SECOND", "1000000", "GATEWAY_RATE_LIMIT_READ_BURST", "1000000")))) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(cluster.databaseUrl("claims"));
      ds.setUser(cluster.databaseUser());
      ds.setPassword(cluster.databasePassword());
      long stored = count(ds);
      if (stored != claims) {
        if (stored > 0) {
          throw new IllegalStateException(data + " holds " + stored + " claims, not " + claims + ": use another --data folder");
        }
        ClaimsBenchmark.bulkLoad(ds, 0, claims, new SplittableRandom(42));
      }
      try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
        st.execute("ANALYZE claim");
        st.execute("ANALYZE claim_group");
      }
      List<String[]> queries = new ArrayList<>();
      for (String q : only) {
        queries.add(switch (q) {
          case "article" -> new String[] {"one article's claims", "/v1/articles/a%015d/claims"};
          case "hedge" -> new String[] {"all claims, hedge=AT_LEAST, first page of 50", "/v1/articles/-/claims?pageSize=50&filter=hedge%%3DAT_LEAST"};
          default -> throw new CommandLine.ParameterException(new CommandLine(this), "unknown query " + q + "; article or hedge");
        });
      }
      System.out.printf("%n%,d claims; %d s per rate, %d connections (hey)%n", claims, seconds, connections);
      System.out.printf("%-46s %8s %10s %9s %9s %8s%n", "query", "rate/s", "done req/s", "p50 ms", "p99 ms", "errors");
      int highest = rates.stream().mapToInt(Integer::intValue).max().orElse(1000);
      for (String[] q : queries) {
        warm(cluster, String.format(q[1], 1L), highest);
        for (int rate : rates) {
          String path = String.format(q[1], (rate * 7919L) % Math.max(1, claims / 10));
          Result r = hey(cluster, path, rate);
          System.out.printf("%-46s %8d %10.1f %9.2f %9.2f %8s%n", q[0], rate, r.rps(), r.p50() * 1000, r.p99() * 1000, r.errors());
        }
      }
    }
    return 0;
  }

  private static long count(PGSimpleDataSource ds) throws java.sql.SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
         java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM claim")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** What hey reported. */
  record Result(double rps, double p50, double p99, String errors) {}

  /** The query at the highest rate for {@link #warmup} seconds, not measured. */
  private void warm(LocalCluster cluster, String path, int rate) throws IOException, InterruptedException {
    if (warmup > 0) {
      load(cluster, path, rate, warmup);
    }
  }

  private Result hey(LocalCluster cluster, String path, int rate) throws IOException, InterruptedException {
    String out = load(cluster, path, rate, seconds);
    double rps = number(out, "Requests/sec:\\s+([0-9.]+)");
    double p50 = number(out, "50%+ in ([0-9.]+) secs");
    double p99 = number(out, "99%+ in ([0-9.]+) secs");
    List<String> codes = new ArrayList<>();
    Matcher m = Pattern.compile("\\[(\\d{3})]\\s+(\\d+) responses").matcher(out);
    while (m.find()) {
      if (!m.group(1).equals("200")) {
        codes.add(m.group(1) + "x" + m.group(2));
      }
    }
    return new Result(rps, p50, p99, codes.isEmpty() ? "0" : String.join(",", codes));
  }

  private String load(LocalCluster cluster, String path, int rate, int forSeconds) throws IOException, InterruptedException {
    int c = Math.min(connections, rate);
    double perWorker = (double) rate / c;
    return run(List.of("hey", "-z", forSeconds + "s", "-c", Integer.toString(c), "-q", String.format("%.2f", perWorker),
        "-H", "Authorization: Bearer " + cluster.adminKey(), cluster.gatewayUrl() + path));
  }

  private static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  private static String run(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IOException(String.join(" ", cmd.subList(0, 1)) + " failed: " + out);
    }
    return out;
  }
}
