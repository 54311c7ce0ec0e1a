package io.claimwatch.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole system as a user meets it: distinct articles posted through the gateway's
 * {@code :batchCreate} for a fixed time by concurrent clients, claim and group queries sent beside them,
 * then the queue drained; prints articles/s acknowledged and settled (acknowledged → DONE: the
 * article's claims are stored, and queryable, before it is marked DONE), p50/p99 of acknowledgement →
 * DONE (from ingest's own create and update times of each article), the queries' latencies, each
 * process's CPU and RSS, and PostgreSQL's size. {@code --profile DIR} records the services with JFR
 * over the measured run (jcmd) and PostgreSQL with pg_stat_statements, and prints the top of both.
 */
@Command(name = "benchmark-pipeline", mixinStandardHelpOptions = true,
    description = "Articles through the whole system: posted through the gateway, extracted, their claims stored.")
public final class PipelineBenchmark implements Callable<Integer> {

  @Option(names = "--seconds", description = "Seconds of posting in the measured run; default ${DEFAULT-VALUE}")
  int seconds = 60;

  @Option(names = "--clients", description = "Concurrent posting clients; default ${DEFAULT-VALUE}")
  int clients = 8;

  @Option(names = "--batch", description = "Articles per :batchCreate; default ${DEFAULT-VALUE}")
  int batch = 50;

  @Option(names = "--rate", description = "Articles/s offered in all (0: as fast as the clients go); default ${DEFAULT-VALUE}")
  int rate = 0;

  @Option(names = "--warmup", description = "Articles posted and drained before measuring; default ${DEFAULT-VALUE}")
  int warmup = 2000;

  @Option(names = "--warmup-queries", description = "Seconds of the queries alone, at their rates, after the warm-up's"
      + " articles and before measuring, so that the measured run starts with their paths compiled and their pages read"
      + " (0: the queries start cold beside the posting); default ${DEFAULT-VALUE}")
  int warmupQueries = 0;

  @Option(names = "--restart", split = ",", description = "Services stopped (SIGTERM) and started again after the warm-up"
      + " and before measuring, each waited for until ready: new instances that meet the measured load, queries and all,"
      + " as a pod that replaces another does (their warm start is what readiness waits for); default none")
  List<String> restart = new ArrayList<>();

  @Option(names = "--query-rate", description = "Claim and group queries/s each, sent while posting (0: none); default ${DEFAULT-VALUE}")
  int queryRate = 20;

  @Option(names = "--claim-query-rate", description = "Claim queries/s with a filter (GET /v1/articles/-/claims) sent"
      + " while posting, open loop (0: none); default ${DEFAULT-VALUE}")
  int claimQueryRate = 0;

  @Option(names = "--large-group", description = "Claims of a group stored before the measured run and read"
      + " (GET /v1/groups/{id}) at --large-group-rate while posting (0: none); default ${DEFAULT-VALUE}")
  int largeGroup = 0;

  @Option(names = "--large-group-rate", description = "Reads/s of the large group; default ${DEFAULT-VALUE}")
  int largeGroupRate = 20;

  @Option(names = "--drain-seconds", description = "The longest wait for the queue to drain; default ${DEFAULT-VALUE}")
  int drainSeconds = 900;

  @Option(names = "--profile", description = "Record JFR of every service and pg_stat_statements into this folder")
  Path profile;

  @Option(names = "--no-fsync", description = "PostgreSQL without fsync (as the tests run it); default: fsync on every commit")
  boolean noFsync;

  @Option(names = "--root", description = "The repository root; default ${DEFAULT-VALUE}")
  Path root = Path.of(".");

  @Option(names = "--env", description = "An extra environment variable of one service, SERVICE:NAME=VALUE (repeatable),"
      + " e.g. ingest-service:INGEST_WORKER_THREADS=4; CLAIMWATCH_JVM_OPTIONS replaces the service's heap size and collector,"
      + " e.g. 'claims-service:CLAIMWATCH_JVM_OPTIONS=-Xmx512m -XX:+UseG1GC'")
  List<String> env = new ArrayList<>();

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  /**
   * The queries' own client, HTTP/1.1 (a connection per request in flight, as wrk sends them): on the posting client's
   * one HTTP/2 connection, a query storm that broke the connection failed the posting too.
   */
  private final HttpClient queryHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) {
    System.exit(new CommandLine(new PipelineBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    for (String s : restart) {
      if (!LocalCluster.SERVICES.contains(s)) {
        throw new CommandLine.ParameterException(new CommandLine(this), "--restart names services of " + LocalCluster.SERVICES
            + ", got " + s);
      }
    }
    Map<String, Map<String, String>> extra = new LinkedHashMap<>();
    for (String e : env) {
      int colon = e.indexOf(':');
      int eq = e.indexOf('=');
      if (colon < 0 || eq < colon) {
        throw new CommandLine.ParameterException(new CommandLine(this), "--env wants SERVICE:NAME=VALUE, got " + e);
      }
      extra.computeIfAbsent(e.substring(0, colon), k -> new LinkedHashMap<>()).put(e.substring(colon + 1, eq), e.substring(eq + 1));
    }
    // The read bucket is raised (unless --env sets it) so that the queries measure the path, not the rate limit.
    extra.computeIfAbsent("gateway", k -> new LinkedHashMap<>()).putIfAbsent("GATEWAY_RATE_LIMIT_READ_PER_SECOND", "1000000");
    extra.get("gateway").putIfAbsent("GATEWAY_RATE_LIMIT_READ_BURST", "1000000");
    Map<String, String> pgSettings = new LinkedHashMap<>();
    if (profile != null) {
      Files.createDirectories(profile);
      pgSettings.put("shared_preload_libraries", "pg_stat_statements");
      pgSettings.put("pg_stat_statements.track", "all");
    }
    Optional<Path> data = noFsync ? Optional.empty() : Optional.of(Files.createTempDirectory("benchmark-pipeline").resolve("pgdata"));
    System.out.printf("load average before start: %s; PostgreSQL %s; extra environment %s%n", loadAverage(),
        noFsync ? "without fsync" : "with fsync on every commit", extra);
    try (LocalCluster cluster = LocalCluster.start(root.toAbsolutePath().normalize(), data, false, Duration.ofSeconds(180),
        extra, pgSettings)) {
      String key = cluster.adminKey();
      URI gw = cluster.gatewayUrl();
      String ingestDb = cluster.databaseUrl("ingest");
      String claimsDb = cluster.databaseUrl("claims");
      if (profile != null) {
        for (String db : List.of(ingestDb, claimsDb)) {
          sql(cluster, db, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }
      }
      System.out.printf("warm-up: %d articles ...%n", warmup);
      post(gw, key, 10_000_000, warmup, 0);
      drain(cluster, ingestDb, Duration.ofSeconds(drainSeconds));
      if (warmupQueries > 0) {
        System.out.printf("warm-up: the queries alone for %d s (not measured) ...%n", warmupQueries);
        List<OpenLoop> warm = queryLoops(gw, key);
        warm.forEach(OpenLoop::start);
        Thread.sleep(warmupQueries * 1000L);
        for (OpenLoop l : warm) {
          l.stopAndWait();
        }
      }

      for (String s : restart) {
        long t0 = System.nanoTime();
        cluster.restart(s, false, Duration.ofSeconds(180));
        System.out.printf("restarted %s: a new instance, ready (warm start included) in %.1f s%n", s,
            (System.nanoTime() - t0) / 1e9);
      }

      Map<String, Duration> cpu0 = new LinkedHashMap<>();
      Map<String, Map<Long, ThreadCpu.Sample>> threads0 = new LinkedHashMap<>();
      System.out.println("CPU by thread kind of start-up and warm-up (the JIT's compilers apart from the rest):");
      for (String s : LocalCluster.SERVICES) {
        cpu0.put(s, ProcessCpu.of(cluster.process(s)));
        threads0.put(s, ThreadCpu.snapshot(cluster.process(s).pid()));
        System.out.printf("  %-16s %s%n", s, ThreadCpu.line(ThreadCpu.byKind(Map.of(), threads0.get(s))));
      }
      Duration pgCpu0 = ProcessCpu.postgres(ingestDb);
      Duration ownCpu0 = ProcessCpu.of(ProcessHandle.current());
      String large = largeGroup > 0 ? storeLargeGroup(cluster, claimsDb, largeGroup) : null;
      if (profile != null) {
        for (String db : List.of(ingestDb, claimsDb)) {
          sql(cluster, db, "SELECT pg_stat_statements_reset()");
        }
        for (String s : LocalCluster.SERVICES) {
          jcmd(cluster.process(s).pid(), "JFR.start", "name=bench", "settings=profile");
        }
      }
      String loadBefore = loadAverage();
      Instant t0 = Instant.now();
      MemorySampler memory = new MemorySampler(cluster, ingestDb);
      List<OpenLoop> queryLoops = queryLoops(gw, key);
      OpenLoop queries = queryLoops.get(0);
      OpenLoop claimQueries = queryLoops.get(1);
      OpenLoop largeReads = new OpenLoop(gw, key, large == null ? 0 : largeGroupRate, large == null ? List.of()
          : List.of(new OpenLoop.Target("GetGroup of " + largeGroup + " claims, first page", () -> "/v1/" + large)));
      queries.start();
      claimQueries.start();
      largeReads.start();
      Posted posted = post(gw, key, 0, Integer.MAX_VALUE, seconds);
      Instant postEnd = Instant.now();
      for (OpenLoop l : List.of(queries, claimQueries, largeReads)) {
        l.stopAndWait();
      }
      long drainMs = drain(cluster, ingestDb, Duration.ofSeconds(drainSeconds));
      Instant t1 = Instant.now();
      memory.stop();
      Duration ownCpu = ProcessCpu.of(ProcessHandle.current()).minus(ownCpu0);
      String loadAfter = loadAverage();
      Map<String, Duration> cpu = new LinkedHashMap<>();
      Map<String, Map<String, Double>> threads = new LinkedHashMap<>();
      for (String s : LocalCluster.SERVICES) {
        cpu.put(s, ProcessCpu.of(cluster.process(s)).minus(cpu0.get(s)));
        threads.put(s, ThreadCpu.byKind(threads0.get(s), ThreadCpu.snapshot(cluster.process(s).pid())));
      }
      Duration pgCpu = ProcessCpu.postgres(ingestDb).minus(pgCpu0);

      // Acknowledgement → DONE of every article of the measured run, from ingest's own times.
      long[] settleMs;
      long done;
      double spanSec;
      try (Connection c = DriverManager.getConnection(ingestDb, cluster.databaseUser(), cluster.databasePassword());
           Statement st = c.createStatement()) {
        List<Long> ms = new ArrayList<>();
        Instant first = null;
        Instant last = null;
        try (ResultSet rs = st.executeQuery("SELECT create_time, update_time FROM article WHERE state = 'DONE'"
            + " AND create_time >= '" + java.sql.Timestamp.from(t0) + "'::timestamptz")) {
          while (rs.next()) {
            Instant a = rs.getTimestamp(1).toInstant();
            Instant b = rs.getTimestamp(2).toInstant();
            ms.add(Duration.between(a, b).toMillis());
            first = first == null || a.isBefore(first) ? a : first;
            last = last == null || b.isAfter(last) ? b : last;
          }
        }
        settleMs = ms.stream().mapToLong(Long::longValue).sorted().toArray();
        done = settleMs.length;
        spanSec = first == null ? 0 : Duration.between(first, last).toMillis() / 1000.0;
      }
      double postSec = Duration.between(t0, postEnd).toMillis() / 1000.0;
      System.out.println();
      System.out.printf("posted for %.1f s by %d clients in batches of %d%s: %d acknowledged (%.0f articles/s), %d refused 429"
          + " (resent after Retry-After), %d other errors; batch p50 %.0f ms, p99 %.0f ms%n",
          postSec, clients, batch, rate > 0 ? " at " + rate + "/s" : "", posted.acked.get(), posted.acked.get() / postSec,
          posted.throttled.get(), posted.errors.get(), pct(posted.batchMs(), 0.5), pct(posted.batchMs(), 0.99));
      if (!posted.statuses.isEmpty()) {
        System.out.printf("batches answered other than 200 or 429, by status: %s%n", posted.statuses);
      }
      if (!posted.failures.isEmpty()) {
        System.out.printf("batches not answered, by exception: %s%n", posted.failures);
      }
      System.out.printf("settled (DONE): %d articles in %.1f s from the first acknowledgement to the last DONE = %.0f articles/s;"
          + " drain after posting stopped %.1f s%n", done, spanSec, spanSec == 0 ? 0 : done / spanSec, drainMs / 1000.0);
      System.out.printf("acknowledged → DONE (claims queryable): p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
          pct(settleMs, 0.5), pct(settleMs, 0.99), settleMs.length == 0 ? 0.0 : (double) settleMs[settleMs.length - 1]);
      queries.print("queries during ingest");
      claimQueries.print("claim queries during ingest");
      largeReads.print("reads of the large group during ingest");
      double wall = Duration.between(t0, t1).toMillis() / 1000.0;
      // Per acknowledged article too: with the workers off (--env ingest-service:INGEST_WORKER_THREADS=0 --drain-seconds 0)
      // nothing settles, and that column is the front's own cost (gateway, intake, its statements).
      long acked = posted.acked.get();
      System.out.printf("CPU over the %.0f s run (cores busy on average; ms of CPU per settled article; per acknowledged"
          + " article) and largest RSS:%n", wall);
      for (String s : LocalCluster.SERVICES) {
        System.out.printf("  %-16s %6.2f cores %6.1f ms %6.2f ms/ack  %5d MB%n", s, cpu.get(s).toMillis() / 1000.0 / wall,
            done == 0 ? 0.0 : (double) cpu.get(s).toMillis() / done, acked == 0 ? 0.0 : (double) cpu.get(s).toMillis() / acked,
            memory.max(s) / 1024);
      }
      System.out.printf("  %-16s %6.2f cores %6.1f ms %6.2f ms/ack  %5d MB (PSS)%n", "postgresql", pgCpu.toMillis() / 1000.0 / wall,
          done == 0 ? 0.0 : (double) pgCpu.toMillis() / done, acked == 0 ? 0.0 : (double) pgCpu.toMillis() / acked,
          memory.max("postgresql") / 1024);
      System.out.printf("  %-16s %6.2f cores (the load generator itself, beside the services)%n", "benchmark",
          ownCpu.toMillis() / 1000.0 / wall);
      System.out.println("CPU of the run by thread kind (/proc; threads that ended are left out), and per article without the"
          + " JIT's compilers (ms per settled article; per acknowledged):");
      for (String s : LocalCluster.SERVICES) {
        Map<String, Double> k = threads.get(s);
        double noJit = k.values().stream().mapToDouble(Double::doubleValue).sum() - k.get("jit-c1") - k.get("jit-c2");
        System.out.printf("  %-16s %s; without the JIT %.1f ms, %.2f ms/ack%n", s, ThreadCpu.line(k),
            done == 0 ? 0.0 : noJit / done, acked == 0 ? 0.0 : noJit / acked);
      }
      memory.print();
      System.out.printf("PostgreSQL size: ingest %s, claims %s%n", scalar(cluster, ingestDb, "SELECT pg_size_pretty(pg_database_size(current_database()))"),
          scalar(cluster, claimsDb, "SELECT pg_size_pretty(pg_database_size(current_database()))"));
      System.out.printf("claims stored: %s in %s groups%n", scalar(cluster, claimsDb, "SELECT count(*) FROM claim"),
          scalar(cluster, claimsDb, "SELECT count(*) FROM claim_group"));
      System.out.printf("load average: %s before, %s after%n", loadBefore, loadAfter);
      if (profile != null) {
        for (String s : LocalCluster.SERVICES) {
          Path f = profile.resolve(s + ".jfr");
          jcmd(cluster.process(s).pid(), "JFR.dump", "name=bench", "filename=" + f.toAbsolutePath());
          JfrTop.print(f, 12);
        }
        for (String db : List.of("ingest", "claims")) {
          System.out.printf("%npg_stat_statements, %s, top 10 by total time:%n", db);
          System.out.println(table(cluster, db.equals("ingest") ? ingestDb : claimsDb,
              "SELECT calls, round(total_exec_time::numeric, 0) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms,"
                  + " rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) AS query FROM pg_stat_statements"
                  + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
                  + " ORDER BY total_exec_time DESC LIMIT 10"));
        }
      }
    } finally {
      if (data.isPresent() && Files.exists(data.get())) {
        // the database goes (none with CLAIMWATCH_DB_URL); the services' logs (beside it) stay, for the errors a run met
        System.out.printf("services' logs: %s%n", data.get().resolveSibling("logs"));
        try (var paths = Files.walk(data.get())) {
          paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    return 0;
  }

  /** What the posting clients saw. */
  static final class Posted {
    final AtomicLong acked = new AtomicLong();
    final AtomicLong throttled = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    final List<Long> batchMillis = java.util.Collections.synchronizedList(new ArrayList<>());

    long[] batchMs() {
      synchronized (batchMillis) {
        return batchMillis.stream().mapToLong(Long::longValue).sorted().toArray();
      }
    }
  }

  /**
   * Posts distinct articles (seeds from {@code firstSeed}) in batches: {@code count} of them, or for
   * {@code forSeconds} when that is above 0. A 429 is waited out (Retry-After) and the batch resent.
   */
  private Posted post(URI gw, String key, int firstSeed, int count, int forSeconds) throws Exception {
    Posted out = new Posted();
    AtomicInteger next = new AtomicInteger(firstSeed);
    int end = count == Integer.MAX_VALUE ? Integer.MAX_VALUE : firstSeed + count;
    long stopAt = forSeconds > 0 ? System.nanoTime() + forSeconds * 1_000_000_000L : Long.MAX_VALUE;
    long start = System.nanoTime();
    AtomicLong offered = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int t = 0; t < clients; t++) {
        fs.add(pool.submit(() -> {
          while (System.nanoTime() < stopAt) {
            if (rate > 0) {
              long due = start + offered.getAndAdd(batch) * 1_000_000_000L / rate;
              long wait = due - System.nanoTime();
              if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
              }
            }
            int from = next.getAndAdd(batch);
            if (from >= end) {
              return null;
            }
            int n = Math.min(batch, end - from);
            ObjectNode body = JSON.createObjectNode();
            ArrayNode arts = body.putArray("articles");
            for (int i = 0; i < n; i++) {
              arts.addObject().put("text", IngestBenchmark.SyntheticNews.article(from + i));
            }
            byte[] bytes = JSON.writeValueAsBytes(body);
            while (true) {
              long b0 = System.nanoTime();
              HttpResponse<String> r;
              try {
                r = http.send(HttpRequest.newBuilder(gw.resolve("/v1/articles:batchCreate"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                    HttpResponse.BodyHandlers.ofString());
              } catch (java.io.IOException e) {
                // a broken connection or a timeout: counted by its kind, the batch not resent
                out.errors.addAndGet(n);
                out.failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                break;
              }
              if (r.statusCode() == 429) {
                out.throttled.addAndGet(n);
                long after = r.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(after * 1000);
                if (System.nanoTime() >= stopAt) {
                  return null;
                }
                continue;
              }
              out.batchMillis.add((System.nanoTime() - b0) / 1_000_000);
              if (r.statusCode() != 200) {
                out.errors.addAndGet(n);
                out.statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                break;
              }
              for (JsonNode res : JSON.readTree(r.body()).path("results")) {
                if (res.has("error")) {
                  out.errors.incrementAndGet();
                } else {
                  out.acked.incrementAndGet();
                }
              }
              break;
            }
          }
          return null;
        }));
      }
      for (Future<?> f : fs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  /** Waits until ingest's queue is empty; returns how long it took. */
  private long drain(LocalCluster cluster, String ingestDb, Duration timeout) throws Exception {
    long t0 = System.nanoTime();
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      long pending = Long.parseLong(scalar(cluster, ingestDb, "SELECT count(*) FROM article WHERE state IN ('RECEIVED', 'EXTRACTING')"));
      if (pending == 0) {
        return (System.nanoTime() - t0) / 1_000_000;
      }
      if (Instant.now().isAfter(deadline)) {
        System.out.printf("the queue still holds %d articles after %s%n", pending, timeout);
        return (System.nanoTime() - t0) / 1_000_000;
      }
      Thread.sleep(250);
    }
  }

  /**
   * Queries sent open loop while articles are posted: the targets in turn, {@code perSecond} requests a second in all
   * on a fixed schedule, asynchronously (a slow answer does not hold the next request back), each request's latency
   * counted from when it was due, so that waiting for the client counts too. A target's path is asked for per
   * request (e.g. the largest group as it is then); a null path skips the request. At most {@link #MAX_IN_FLIGHT}
   * requests wait for an answer (each holds a connection); one due beyond that is not sent, and counted.
   */
  /** The claim and group queries (--query-rate) and the filtered claim queries (--claim-query-rate), not started. */
  private List<OpenLoop> queryLoops(URI gw, String key) {
    String[] largest = {null};
    AtomicLong rounds = new AtomicLong();
    OpenLoop queries = new OpenLoop(gw, key, queryRate * 3, List.of(
        new OpenLoop.Target("/v1/articles/-/claims?filter=hedge=AT_LEAST", () -> "/v1/articles/-/claims?filter=hedge%3DAT_LEAST&pageSize=50"),
        new OpenLoop.Target("/v1/groups", () -> "/v1/groups?pageSize=50"),
        new OpenLoop.Target("/v1/groups/{largest}", () -> {
          if (largest[0] == null || rounds.incrementAndGet() % 50 == 0) {
            largest[0] = largestGroup(gw, key);
          }
          return largest[0] == null ? null : "/v1/" + largest[0];
        })));
    // Claim queries with a filter: the documented filters in turn, over the synthetic articles' words.
    OpenLoop claimQueries = new OpenLoop(gw, key, claimQueryRate, List.of(
        new OpenLoop.Target("claims hedge=AT_LEAST", () -> "/v1/articles/-/claims?filter=hedge%3DAT_LEAST&pageSize=50"),
        new OpenLoop.Target("claims counted:\"bridges\"", () -> "/v1/articles/-/claims?filter=counted%3A%22bridges%22&pageSize=50"),
        new OpenLoop.Target("claims quote:\"Leeds\"", () -> "/v1/articles/-/claims?filter=quote%3A%22Leeds%22&pageSize=50")));
    return List.of(queries, claimQueries);
  }

  final class OpenLoop implements Runnable {
    /** One kind of query: its label in the report, and the path of its next request. */
    record Target(String label, java.util.function.Supplier<String> path) {}

    final URI gw;
    final String key;
    final int perSecond;
    final List<Target> targets;
    volatile boolean stop;
    final Map<String, List<Long>> micros = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> non200 = new ConcurrentHashMap<>();
    private final Thread thread = new Thread(this, "queries");
    static final int MAX_IN_FLIGHT = 256;
    private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(MAX_IN_FLIGHT);

    OpenLoop(URI gw, String key, int perSecond, List<Target> targets) {
      this.gw = gw;
      this.key = key;
      this.perSecond = perSecond;
      this.targets = targets;
      thread.setDaemon(true);
    }

    void start() {
      if (perSecond > 0 && !targets.isEmpty()) {
        thread.start();
      }
    }

    void stopAndWait() throws InterruptedException {
      stop = true;
      if (thread.isAlive()) {
        thread.join(40_000);
      }
    }

    @Override
    public void run() {
      long start = System.nanoTime();
      long i = 0;
      while (!stop) {
        Target t = targets.get((int) (i % targets.size()));
        long due = start + i * 1_000_000_000L / perSecond;
        i++;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
        String path = t.path().get();
        if (path == null) {
          continue;
        }
        if (!slots.tryAcquire()) {
          non200.computeIfAbsent(t.label() + " not sent (" + MAX_IN_FLIGHT + " in flight)", k -> new AtomicInteger()).incrementAndGet();
          continue;
        }
        queryHttp.sendAsync(HttpRequest.newBuilder(gw.resolve(path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + key).GET().build(),
            HttpResponse.BodyHandlers.discarding())
            .handle((r, e) -> {
              String outcome = e != null ? e.getClass().getSimpleName() : r.statusCode() != 200 ? Integer.toString(r.statusCode()) : null;
              if (outcome != null) {
                non200.computeIfAbsent(t.label() + " " + outcome, k -> new AtomicInteger()).incrementAndGet();
              }
              micros.computeIfAbsent(t.label(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                  .add((System.nanoTime() - due) / 1000);
              slots.release();
              return null;
            });
      }
      try {
        // the answers still awaited
        if (slots.tryAcquire(MAX_IN_FLIGHT, 40, TimeUnit.SECONDS)) {
          slots.release(MAX_IN_FLIGHT);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void print(String what) {
      if (micros.isEmpty()) {
        return;
      }
      System.out.printf("%s (%d/s offered in all, open loop: latency from when each request was due):%n", what, perSecond);
      micros.forEach((label, list) -> {
        long[] us;
        synchronized (list) {
          us = list.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        System.out.printf("  %-55s %7d done, p50 %7.1f ms, p99 %7.1f ms, max %7.1f ms%n", label, us.length, pct(us, 0.5) / 1000,
            pct(us, 0.99) / 1000, us.length == 0 ? 0.0 : us[us.length - 1] / 1000.0);
      });
      if (!non200.isEmpty()) {
        System.out.printf("  not 200: %s%n", non200);
      }
    }
  }

  /** The group with the most claims among the 200 most recently changed, as the gateway lists them; null if none. */
  private String largestGroup(URI gw, String key) {
    try {
      // bounded: the query loop waits for it, and a late answer would delay every query due meanwhile
      HttpResponse<String> r = queryHttp.send(HttpRequest.newBuilder(gw.resolve("/v1/groups?pageSize=200")).timeout(Duration.ofSeconds(2))
          .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
      String best = null;
      int most = -1;
      for (JsonNode g : JSON.readTree(r.body()).path("groups")) {
        if (g.path("claimCount").asInt() > most) {
          most = g.path("claimCount").asInt();
          best = g.path("name").asText();
        }
      }
      return best;
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * Stores a group of {@code size} claims straight into claims-service's database, as {@code ExplainQueries} does (a
   * count reported day by day by {@code size / 10} articles, under a key no posted article has), so that it can be
   * read through the gateway while articles are posted; returns its name.
   */
  private static String storeLargeGroup(LocalCluster cluster, String claimsDb, int size) throws Exception {
    try (Connection c = DriverManager.getConnection(claimsDb, cluster.databaseUser(), cluster.databasePassword());
         Statement st = c.createStatement()) {
      st.execute("INSERT INTO claim_group (id, kind, event, party, unit, min_value, max_value, create_time, update_time,"
          + " claim_count, origin_count) VALUES ('benchlarge', 'soldier', 'capture', 'RU', '', 900, 1100, now(), now(), "
          + size + ", " + (size + 9) / 10 + ")");
      st.execute("INSERT INTO claim (id, article_id, ordinal, quote, quote_start, quote_end, value_low, value_high, hedge,"
          + " modality, extractor_version, group_id, origin_id, key_kind, key_event, key_party, publication_date, create_time)"
          + " SELECT 'benchlarge' || i, 'benchlarge' || (i / 10), i % 10, 'At least ' || (900 + i % 200) || ' soldiers were captured.',"
          + " 0, 40, 900 + i % 200, 900 + i % 200, 'EXACT', 'ASSERTED', 'bench', 'benchlarge', 'benchlarge' || (i / 10),"
          + " 'soldier', 'capture', 'RU', to_char(date '2024-08-06' + i / 10, 'YYYY-MM-DD'), now()"
          + " FROM generate_series(0, " + (size - 1) + ") AS i");
      st.execute("ANALYZE claim");
    }
    return "groups/benchlarge";
  }

  /**
   * Samples each service's RSS once a second and PostgreSQL's memory (PSS of all its processes) every 5 s, and keeps
   * each one's least and most per minute of the run, with the load average at the minute's end.
   */
  static final class MemorySampler {
    private final java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final long start = System.nanoTime();
    private final long startEpochMs = System.currentTimeMillis();
    private final LocalCluster cluster;
    /** Per minute: process → {least, most} kB. */
    private final List<Map<String, long[]>> minutes = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> loads = java.util.Collections.synchronizedList(new ArrayList<>());
    private long ticks;

    MemorySampler(LocalCluster cluster, String postgresUrl) {
      this.cluster = cluster;
      timer.scheduleAtFixedRate(() -> {
        int minute = (int) ((System.nanoTime() - start) / 60_000_000_000L);
        while (minutes.size() <= minute) {
          minutes.add(new ConcurrentHashMap<>());
          loads.add("");
        }
        Map<String, long[]> m = minutes.get(minute);
        for (String s : LocalCluster.SERVICES) {
          record(m, s, ProcessCpu.rssKb(cluster.process(s).pid()));
        }
        if (ticks++ % 5 == 0) {
          record(m, "postgresql", ProcessCpu.postgresPssKb(postgresUrl));
        }
        loads.set(minute, loadAverage().split(" ")[0]);
      }, 0, 1, TimeUnit.SECONDS);
    }

    private static void record(Map<String, long[]> m, String process, long kb) {
      if (kb > 0) {
        m.merge(process, new long[] {kb, kb}, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
      }
    }

    void stop() {
      timer.shutdownNow();
    }

    /** The largest memory of a process over the run, in kB. */
    long max(String process) {
      synchronized (minutes) {
        return minutes.stream().mapToLong(m -> m.getOrDefault(process, new long[2])[1]).max().orElse(0);
      }
    }

    void print() {
      List<String> processes = new ArrayList<>(LocalCluster.SERVICES);
      processes.add("postgresql");
      System.out.printf("memory per minute of the run, least-most MB (services: RSS; postgresql: PSS of all its processes):%n");
      System.out.printf("  %6s%s %8s%n", "minute", processes.stream().map(p -> String.format(" %15s", p))
          .collect(java.util.stream.Collectors.joining()), "load 1m");
      synchronized (minutes) {
        for (int i = 0; i < minutes.size(); i++) {
          Map<String, long[]> m = minutes.get(i);
          StringBuilder row = new StringBuilder(String.format("  %6d", i));
          for (String p : processes) {
            long[] r = m.get(p);
            row.append(String.format(" %15s", r == null ? "-" : r[0] / 1024 + "-" + r[1] / 1024));
          }
          System.out.println(row.append(String.format(" %8s", loads.get(i))));
        }
      }
      printHeapAfterCollections();
    }

    /**
     * Per minute, the least and most heap in use after a collection, and how many collections were full: a live
     * set that rises minute after minute is a leak; one that stays level under a rising RSS is the collector.
     */
    private void printHeapAfterCollections() {
      System.out.printf("heap in use after each collection, least-most MB per minute (full collections in brackets):%n");
      System.out.printf("  %6s%s%n", "minute", LocalCluster.SERVICES.stream().map(p -> String.format(" %15s", p))
          .collect(java.util.stream.Collectors.joining()));
      Map<String, List<GcLog.Pause>> pauses = new LinkedHashMap<>();
      for (String s : LocalCluster.SERVICES) {
        try {
          pauses.put(s, GcLog.read(cluster.gcLog(s)));
        } catch (java.io.IOException e) {
          pauses.put(s, List.of());
        }
      }
      int rows = minutes.size();
      for (int i = 0; i < rows; i++) {
        long from = startEpochMs + i * 60_000L;
        StringBuilder row = new StringBuilder(String.format("  %6d", i));
        for (String s : LocalCluster.SERVICES) {
          List<GcLog.Pause> in = pauses.get(s).stream().filter(p -> p.epochMs() >= from && p.epochMs() < from + 60_000).toList();
          row.append(String.format(" %15s", in.isEmpty() ? "-" : in.stream().mapToLong(GcLog.Pause::afterMb).min().getAsLong() + "-"
              + in.stream().mapToLong(GcLog.Pause::afterMb).max().getAsLong() + " (" + in.stream().filter(GcLog.Pause::full).count() + ")"));
        }
        System.out.println(row);
      }
    }
  }

  static double pct(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
  }

  private static void jcmd(long pid, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
    cmd.addAll(Arrays.asList(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + String.join(" ", args) + ": " + out);
    }
  }

  private static void sql(LocalCluster cluster, String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url, cluster.databaseUser(), cluster.databasePassword());
         Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static String scalar(LocalCluster cluster, String url, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(url, cluster.databaseUser(), cluster.databasePassword());
         Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String table(LocalCluster cluster, String url, String sql) throws Exception {
    StringBuilder b = new StringBuilder();
    try (Connection c = DriverManager.getConnection(url, cluster.databaseUser(), cluster.databasePassword());
         Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      for (int i = 1; i <= n; i++) {
        b.append(i > 1 ? " | " : "| ").append(rs.getMetaData().getColumnName(i));
      }
      b.append(" |\n");
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          b.append(i > 1 ? " | " : "| ").append(String.valueOf(rs.getString(i)).replace("|", "\\|"));
        }
        b.append(" |\n");
      }
    }
    return b.toString();
  }



  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException e) {
      return "?";
    }
  }
}
