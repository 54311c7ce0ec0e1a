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
 * claims as bin/benchmark-claims does, warms the services up, then drives claim queries through the gateway at fixed
 * rates and prints the throughput reached and p50/p99 latency at each, with the load generator's own CPU and the
 * machine's load average. The load generator is {@code wrk} with {@code claim-queries.lua} (a random article per
 * request, so the store is read across, at a fixed rate) or {@code hey} (one path per run). It shares the cores with
 * the services: its CPU is printed with each row.
 */
@Command(name = "benchmark-gateway", mixinStandardHelpOptions = true,
    description = "Claim-query throughput and p50/p99 through the gateway at fixed request rates (needs wrk, or hey).")
public final class GatewayBenchmark implements Callable<Integer> {

  @Option(names = "--claims", description = "Claims in the store; default ${DEFAULT-VALUE}")
  int claims = 1_000_000;

  @Option(names = "--rates", split = ",", description = "Request rates per second; default ${DEFAULT-VALUE}")
  List<Integer> rates = List.of(200, 500, 1000);

  @Option(names = "--seconds", description = "Seconds per rate; default ${DEFAULT-VALUE}")
  int seconds = 20;

  @Option(names = "--connections", description = "Concurrent connections of the load generator; default ${DEFAULT-VALUE}")
  int connections = 50;

  @Option(names = "--loader", description = "wrk (with the script claim-queries.lua: a fixed rate, a random article per"
      + " request) or hey (one path); default ${DEFAULT-VALUE}")
  String loader = "wrk";

  @Option(names = "--threads", description = "wrk's threads; default ${DEFAULT-VALUE}")
  int threads = 2;

  @Option(names = "--warmup", description = "Seconds of each query at the highest rate before measuring, so that the"
      + " services' code is compiled (JIT) first; default ${DEFAULT-VALUE}")
  int warmup = 30;

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
          // wrk draws an article per request; hey sends one path, so it asks for one article per rate.
          case "article" -> new String[] {"one article's claims", "/v1/articles/%s/claims"};
          case "hedge" -> new String[] {"all claims, hedge=AT_LEAST, first page of 50", "/v1/articles/-/claims?pageSize=50&filter=hedge%3DAT_LEAST"};
          default -> throw new CommandLine.ParameterException(new CommandLine(this), "unknown query " + q + "; article or hedge");
        });
      }
      System.out.printf("%n%,d claims; %d s per rate after %d s of warm-up, %d connections (%s)%n", claims, seconds, warmup,
          connections, loader.equals("wrk") ? "wrk, " + threads + " threads, claim-queries.lua" : "hey");
      System.out.printf("%-46s %8s %10s %9s %9s %8s %10s %12s %16s%n", "query", "rate/s", "done req/s", "p50 ms", "p99 ms", "errors",
          "loader cpu", "cpu µs/req", "load avg before");
      int highest = rates.stream().mapToInt(Integer::intValue).max().orElse(1000);
      for (String[] q : queries) {
        warm(cluster, q[1], highest);
        for (int rate : rates) {
          String loadBefore = loadAverage();
          long cpuBefore = serviceCpuNanos(cluster);
          Result r = measure(cluster, q[1], rate, seconds);
          double cpuPerRequest = (serviceCpuNanos(cluster) - cpuBefore) / 1e3 / (r.rps() * seconds);
          System.out.printf("%-46s %8d %10.1f %9.2f %9.2f %8s %9.1f%% %12.0f %16s%n", q[0], rate, r.rps(), r.p50() * 1000,
              r.p99() * 1000, r.errors(), r.loaderCpuPercent(), cpuPerRequest, loadBefore);
        }
      }
      System.out.printf("load average at the end: %s%n", loadAverage());
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

  /** What the load generator reported; its own CPU time as a share of one core over the run. */
  record Result(double rps, double p50, double p99, String errors, double loaderCpuPercent) {}

  /** The query at the highest rate for {@link #warmup} seconds, not measured. */
  private void warm(LocalCluster cluster, String template, int rate) throws IOException, InterruptedException {
    if (warmup > 0) {
      measure(cluster, template, rate, warmup);
    }
  }

  private Result measure(LocalCluster cluster, String template, int rate, int forSeconds) throws IOException, InterruptedException {
    int articles = Math.max(1, claims / 10);
    String auth = "Authorization: Bearer " + cluster.adminKey();
    List<String> cmd;
    if (loader.equals("hey")) {
      int c = Math.min(connections, rate);
      String path = template.contains("%s") ? String.format(template, String.format("a%015d", (rate * 7919L) % articles)) : template;
      cmd = List.of("hey", "-z", forSeconds + "s", "-c", Integer.toString(c), "-q", String.format("%.2f", (double) rate / c),
          "-H", auth, cluster.gatewayUrl() + path);
    } else {
      cmd = List.of("wrk", "-t", Integer.toString(threads), "-c", Integer.toString(Math.max(threads, connections)),
          "-d", forSeconds + "s", "--timeout", "5s", "-H", auth, "-s", script().toString(), cluster.gatewayUrl().toString(),
          "--", String.format("%.3f", (double) rate / threads), template, template.contains("%s") ? Integer.toString(articles) : "0");
    }
    String out = runTimed(cmd);
    double cpu = cpuSeconds(out) / forSeconds * 100;
    if (loader.equals("hey")) {
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
      return new Result(rps, p50, p99, codes.isEmpty() ? "0" : String.join(",", codes), cpu);
    }
    double requests = number(out, "CW requests=(\\d+)");
    double micros = number(out, "duration_us=(\\d+)");
    long errors = (long) (number(out, "status_errors=(\\d+)") + number(out, "socket_errors=(\\d+)"));
    return new Result(requests / (micros / 1e6), number(out, "p50_us=(\\d+)") / 1e6, number(out, "p99_us=(\\d+)") / 1e6,
        Long.toString(errors), cpu);
  }

  /** The wrk script, from the class path to a file wrk can read. */
  private Path script() throws IOException {
    if (script == null) {
      script = Files.createTempFile("claim-queries", ".lua");
      script.toFile().deleteOnExit();
      try (var in = GatewayBenchmark.class.getResourceAsStream("/benchmark/claim-queries.lua")) {
        Files.write(script, in.readAllBytes());
      }
    }
    return script;
  }

  private Path script;

  /**
   * CPU time used so far by the two services a claim query crosses (gateway and claims-service; PostgreSQL's is not
   * counted): per request, it changes less with the machine's load than latency does.
   */
  static long serviceCpuNanos(LocalCluster cluster) {
    long total = 0;
    for (String s : List.of("gateway", "claims-service")) {
      total += cluster.process(s).info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
    return total;
  }

  /** The 1, 5 and 15 minute load averages of this machine, as uptime prints them. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  /** The command's output, then its CPU time (user and system) as the shell's "times" prints it for its children. */
  private static String runTimed(List<String> cmd) throws IOException, InterruptedException {
    List<String> shell = new ArrayList<>(List.of("bash", "-c", "\"$@\"; rc=$?; times; exit $rc", "load"));
    shell.addAll(cmd);
    return run(shell);
  }

  private static double cpuSeconds(String out) {
    Matcher m = Pattern.compile("(\\d+)m([0-9.]+)s (\\d+)m([0-9.]+)s\\s*$").matcher(out.strip());
    if (!m.find()) {
      return Double.NaN;
    }
    return Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2)) + Integer.parseInt(m.group(3)) * 60
        + Double.parseDouble(m.group(4));
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
