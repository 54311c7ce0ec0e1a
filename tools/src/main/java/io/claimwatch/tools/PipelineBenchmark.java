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

  @Option(names = "--query-rate", description = "Claim and group queries/s each, sent while posting (0: none); default ${DEFAULT-VALUE}")
  int queryRate = 20;

  @Option(names = "--drain-seconds", description = "The longest wait for the queue to drain; default ${DEFAULT-VALUE}")
  int drainSeconds = 900;

  @Option(names = "--profile", description = "Record JFR of every service and pg_stat_statements into this folder")
  Path profile;

  @Option(names = "--no-fsync", description = "PostgreSQL without fsync (as the tests run it); default: fsync on every commit")
  boolean noFsync;

  @Option(names = "--root", description = "The repository root; default ${DEFAULT-VALUE}")
  Path root = Path.of(".");

  @Option(names = "--env", description = "An extra environment variable of one service, SERVICE:NAME=VALUE (repeatable),"
      + " e.g. ingest-service:INGEST_WORKER_THREADS=4")
  List<String> env = new ArrayList<>();

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) {
    System.exit(new CommandLine(new PipelineBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Map<String, Map<String, String>> extra = new LinkedHashMap<>();
    for (String e : env) {
      int colon = e.indexOf(':');
      int eq = e.indexOf('=');
      if (colon < 0 || eq < colon) {
        throw new CommandLine.ParameterException(new CommandLine(this), "--env wants SERVICE:NAME=VALUE, got " + e);
      }
      extra.computeIfAbsent(e.substring(0, colon), k -> new LinkedHashMap<>()).put(e.substring(colon + 1, eq), e.substring(eq + 1));
    }
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
      post(gw, key, 10_000_000, warmup, 0, null);
      drain(cluster, ingestDb, Duration.ofSeconds(drainSeconds));

      Map<String, Duration> cpu0 = new LinkedHashMap<>();
      for (String s : LocalCluster.SERVICES) {
        cpu0.put(s, ProcessCpu.of(cluster.process(s)));
      }
      Duration pgCpu0 = ProcessCpu.postgres(ingestDb);
      Map<String, Long> maxRss = new ConcurrentHashMap<>();
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
      ScheduledSampler sampler = new ScheduledSampler(cluster, maxRss);
      Queries queries = new Queries(gw, key, queryRate);
      Thread q = new Thread(queries, "queries");
      q.setDaemon(true);
      if (queryRate > 0) {
        q.start();
      }
      Posted posted = post(gw, key, 0, Integer.MAX_VALUE, seconds, sampler);
      Instant postEnd = Instant.now();
      queries.stop = true;
      q.join(10_000);
      long drainMs = drain(cluster, ingestDb, Duration.ofSeconds(drainSeconds));
      Instant t1 = Instant.now();
      sampler.stop();
      String loadAfter = loadAverage();
      Map<String, Duration> cpu = new LinkedHashMap<>();
      for (String s : LocalCluster.SERVICES) {
        cpu.put(s, ProcessCpu.of(cluster.process(s)).minus(cpu0.get(s)));
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
      System.out.printf("settled (DONE): %d articles in %.1f s from the first acknowledgement to the last DONE = %.0f articles/s;"
          + " drain after posting stopped %.1f s%n", done, spanSec, spanSec == 0 ? 0 : done / spanSec, drainMs / 1000.0);
      System.out.printf("acknowledged → DONE (claims queryable): p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
          pct(settleMs, 0.5), pct(settleMs, 0.99), settleMs.length == 0 ? 0.0 : (double) settleMs[settleMs.length - 1]);
      if (queryRate > 0) {
        queries.print();
      }
      double wall = Duration.between(t0, t1).toMillis() / 1000.0;
      System.out.printf("CPU over the %.0f s run (cores busy on average; ms of CPU per settled article) and largest RSS:%n", wall);
      for (String s : LocalCluster.SERVICES) {
        System.out.printf("  %-16s %6.2f cores %6.1f ms  %5d MB%n", s, cpu.get(s).toMillis() / 1000.0 / wall,
            done == 0 ? 0.0 : (double) cpu.get(s).toMillis() / done, maxRss.getOrDefault(s, 0L) / 1024);
      }
      System.out.printf("  %-16s %6.2f cores %6.1f ms%n", "postgresql", pgCpu.toMillis() / 1000.0 / wall,
          done == 0 ? 0.0 : (double) pgCpu.toMillis() / done);
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
  private Posted post(URI gw, String key, int firstSeed, int count, int forSeconds, ScheduledSampler sampler) throws Exception {
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
              HttpResponse<String> r = http.send(HttpRequest.newBuilder(gw.resolve("/v1/articles:batchCreate"))
                  .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + key)
                  .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                  HttpResponse.BodyHandlers.ofString());
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

  /** Claim and group queries at a fixed rate each while articles are posted. */
  final class Queries implements Runnable {
    final URI gw;
    final String key;
    final int perSecond;
    volatile boolean stop;
    final Map<String, List<Long>> micros = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> non200 = new ConcurrentHashMap<>();

    Queries(URI gw, String key, int perSecond) {
      this.gw = gw;
      this.key = key;
      this.perSecond = perSecond;
    }

    @Override
    public void run() {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      String[] paths = {"/v1/articles/-/claims?filter=hedge%3DAT_LEAST&pageSize=50", "/v1/groups?pageSize=50", "GROUP"};
      long start = System.nanoTime();
      long i = 0;
      String group = null;
      try {
        while (!stop) {
          long due = start + i * 1_000_000_000L / perSecond;
          long wait = due - System.nanoTime();
          if (wait > 0) {
            Thread.sleep(wait / 1_000_000);
          }
          i++;
          for (String p : paths) {
            if (p.equals("GROUP")) {
              if (group == null || i % 50 == 0) {
                group = largestGroup();
              }
              if (group == null) {
                continue;
              }
            }
            String path = p.equals("GROUP") ? "/v1/" + group : p;
            String label = p.equals("GROUP") ? "/v1/groups/{largest}" : p;
            pool.submit(() -> {
              long t0 = System.nanoTime();
              try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(gw.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 200) {
                  non200.computeIfAbsent(label + " " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                }
              } catch (Exception e) {
                non200.computeIfAbsent(label + " " + e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
              }
              micros.computeIfAbsent(label, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                  .add((System.nanoTime() - t0) / 1000);
            });
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        pool.shutdown();
        try {
          pool.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private String largestGroup() {
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(gw.resolve("/v1/groups?pageSize=200"))
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

    void print() {
      System.out.printf("queries during ingest (%d/s each offered):%n", perSecond);
      micros.forEach((label, list) -> {
        long[] us;
        synchronized (list) {
          us = list.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        System.out.printf("  %-55s %6d done, p50 %7.1f ms, p99 %7.1f ms%n", label, us.length, pct(us, 0.5) / 1000, pct(us, 0.99) / 1000);
      });
      if (!non200.isEmpty()) {
        System.out.printf("  not 200: %s%n", non200);
      }
    }
  }

  /** Samples each service's RSS once a second. */
  static final class ScheduledSampler {
    private final java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    ScheduledSampler(LocalCluster cluster, Map<String, Long> maxRss) {
      timer.scheduleAtFixedRate(() -> {
        for (String s : LocalCluster.SERVICES) {
          maxRss.merge(s, rssKb(cluster.process(s).pid()), Math::max);
        }
      }, 0, 1, TimeUnit.SECONDS);
    }

    void stop() {
      timer.shutdownNow();
    }
  }

  static long rssKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (Exception e) {
      // gone
    }
    return 0;
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
