package io.claimwatch.tools;

import com.google.protobuf.ByteString;
import io.claimwatch.ingest.domain.ArticleCleaner;
import io.claimwatch.ingest.v1.CreateArticleRequest;
import io.claimwatch.ingest.v1.IngestServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/benchmark-ingest}: ingest throughput through the service and cleaning throughput of the
 * domain alone.
 *
 * <p>Ingest: a LocalCluster (embedded PostgreSQL, the four packaged services) with ingest-service's
 * extraction workers off (INGEST_WORKER_THREADS=0), so only taking articles in is measured: clean,
 * date, MinHash and band lookup, one insert (the language is told later, by the workers). N client
 * threads call CreateArticle over gRPC with distinct generated articles, built before the clock
 * starts; it prints articles/s, p50/p99/max latency and the CPU time per article of ingest-service,
 * PostgreSQL and this client. Target: 500 articles/s on the 2-core build machine (printed, never
 * asserted in a test).
 *
 * <p>Cleaning: ArticleCleaner.clean on the seeds (text) and on synthetic HTML pages, single thread,
 * after a warm-up; prints MB/s of submitted bytes.
 */
@Command(name = "benchmark-ingest", mixinStandardHelpOptions = true,
    description = "Prints ingest throughput (articles/s, latency) through ingest-service and cleaning throughput (MB/s).")
public final class IngestBenchmark implements Callable<Integer> {

  @Option(names = "--articles", description = "Articles submitted in the measured run; default ${DEFAULT-VALUE}")
  int articles = 5000;

  @Option(names = "--warmup", description = "Articles submitted before measuring; default ${DEFAULT-VALUE}")
  int warmup = 1000;

  @Option(names = "--threads", description = "Concurrent client threads; default ${DEFAULT-VALUE}")
  int threads = 16;

  @Option(names = "--clean-seconds", description = "Seconds of each cleaning measurement (0: skip it); default ${DEFAULT-VALUE}")
  int cleanSeconds = 5;

  @Option(names = "--root", description = "The repository root; default ${DEFAULT-VALUE}")
  Path root = Path.of(".");

  @Option(names = "--ingest-env", description = "An extra environment variable of ingest-service, NAME=VALUE (repeatable),"
      + " e.g. INGEST_WORKER_THREADS=2 or JAVA_TOOL_OPTIONS=...")
  Map<String, String> ingestEnv = new java.util.LinkedHashMap<>();

  @Option(names = "--no-fsync", description = "Run PostgreSQL with fsync and synchronous_commit off (as the tests do);"
      + " by default it syncs every commit to disk, as bin/run does, so an acknowledged article is durable")
  boolean noFsync;

  public static void main(String[] args) {
    System.exit(new CommandLine(new IngestBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (cleanSeconds > 0) {
      cleaning();
    }
    ingest();
    return 0;
  }

  private void cleaning() throws Exception {
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> s = Files.list(root.resolve("seeds"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        seeds.add(Files.readAllBytes(p));
      }
    }
    List<byte[]> pages = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      pages.add(SyntheticNews.htmlPage(i).getBytes(StandardCharsets.UTF_8));
    }
    ArticleCleaner cleaner = new ArticleCleaner(5 * 1024 * 1024);
    System.out.printf("%-28s %10s %10s %12s%n", "cleaning (1 thread)", "MB/s", "docs/s", "mean bytes");
    for (var input : Map.of("seeds (text/plain)", seeds, "synthetic pages (text/html)", pages).entrySet()) {
      String type = input.getKey().contains("html") ? "text/html" : "text/plain";
      List<byte[]> docs = input.getValue();
      runCleaner(cleaner, docs, type, Math.max(1, cleanSeconds / 2)); // warm-up
      long[] r = runCleaner(cleaner, docs, type, cleanSeconds);
      double secs = r[2] / 1e9;
      System.out.printf("%-28s %10.2f %10.0f %12d%n", input.getKey(), r[1] / 1e6 / secs, r[0] / secs, r[1] / r[0]);
    }
  }

  private static long[] runCleaner(ArticleCleaner cleaner, List<byte[]> docs, String type, int seconds) {
    long start = System.nanoTime();
    long end = start + TimeUnit.SECONDS.toNanos(seconds);
    long count = 0;
    long bytes = 0;
    while (System.nanoTime() < end) {
      byte[] d = docs.get((int) (count % docs.size()));
      cleaner.clean(d, type);
      count++;
      bytes += d.length;
    }
    return new long[] {count, bytes, System.nanoTime() - start};
  }

  private void ingest() throws Exception {
    Map<String, String> ingestServiceEnv = new java.util.LinkedHashMap<>(Map.of("INGEST_WORKER_THREADS", "0"));
    ingestServiceEnv.putAll(ingestEnv);
    Map<String, Map<String, String>> env = Map.of("ingest-service", ingestServiceEnv);
    System.out.println();
    // A data directory of its own makes the embedded server durable (fsync on); a throw-away one is not.
    Optional<Path> data = noFsync ? Optional.empty() : Optional.of(Files.createTempDirectory("benchmark-ingest").resolve("pgdata"));
    System.out.println("starting the cluster (PostgreSQL " + (noFsync ? "without fsync" : "with fsync on every commit")
        + ", ingest-service environment " + ingestServiceEnv + ") ...");
    try (LocalCluster cluster = LocalCluster.start(root.toAbsolutePath().normalize(), data, false,
        Duration.ofSeconds(180), env)) {
      // Calls ingest-service as the gateway does: with its service token and the one message size limit.
      ManagedChannel channel = NettyChannelBuilder.forAddress(LocalCluster.LOOPBACK, cluster.ports("ingest-service").http())
          .usePlaintext().intercept(cluster.serviceCredentials("gateway")).build();
      try {
        IngestServiceGrpc.IngestServiceBlockingStub stub = IngestServiceGrpc.newBlockingStub(channel);
        run(stub, 1_000_000, warmup);
        long[] latencies = new long[articles];
        ProcessHandle service = cluster.process("ingest-service");
        Duration serviceCpu0 = ProcessCpu.of(service);
        String jdbcUrl = cluster.databaseUrl("ingest");
        Duration postgresCpu0 = ProcessCpu.postgres(jdbcUrl);
        long clientCpu0 = clientCpuNanos();
        String loadBefore = loadAverage();
        CreateArticleRequest[] requests = requests(0, articles);
        long start = System.nanoTime();
        runTimed(stub, 0, requests, latencies);
        double secs = (System.nanoTime() - start) / 1e9;
        double serviceMs = (ProcessCpu.of(service).minus(serviceCpu0)).toNanos() / 1e6 / articles;
        double postgresMs = (ProcessCpu.postgres(jdbcUrl).minus(postgresCpu0)).toNanos() / 1e6 / articles;
        double clientMs = (clientCpuNanos() - clientCpu0) / 1e6 / articles;
        Arrays.sort(latencies);
        System.out.printf("%-28s %10s %10s %10s %10s %10s%n", "CreateArticle over gRPC", "articles", "threads",
            "articles/s", "p50 ms", "p99 ms");
        System.out.printf("%-28s %10d %10d %10.0f %10.2f %10.2f   (max %.1f ms; target >= 500 articles/s)%n", "",
            articles, threads, articles / secs, latencies[articles / 2] / 1e6, latencies[(int) (articles * 0.99)] / 1e6,
            latencies[articles - 1] / 1e6);
        System.out.printf("%-28s ingest-service %.2f, PostgreSQL %.2f, this client %.2f ms CPU per article"
            + " (load average %s before, %s after; the run's own threads count in it)%n", "", serviceMs, postgresMs, clientMs,
            loadBefore, loadAverage());
      } finally {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
      }
    } finally {
      if (data.isPresent()) {
        deleteTree(data.get().getParent());
      }
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }



  private static long clientCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException e) {
      return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private void run(IngestServiceGrpc.IngestServiceBlockingStub stub, int firstSeed, int n) throws Exception {
    run(stub, firstSeed, n, new long[n]);
  }

  private void run(IngestServiceGrpc.IngestServiceBlockingStub stub, int firstSeed, int n, long[] latencies)
      throws Exception {
    runTimed(stub, firstSeed, requests(firstSeed, n), latencies);
  }

  /** The requests, built before the clock starts: generating the text is the client's cost, not the service's. */
  private static CreateArticleRequest[] requests(int firstSeed, int n) {
    CreateArticleRequest[] requests = new CreateArticleRequest[n];
    for (int i = 0; i < n; i++) {
      requests[i] = CreateArticleRequest.newBuilder()
          .setContent(ByteString.copyFrom(SyntheticNews.article(firstSeed + i).getBytes(StandardCharsets.UTF_8)))
          .setContentType("text/plain").build();
    }
    return requests;
  }

  private void runTimed(IngestServiceGrpc.IngestServiceBlockingStub stub, int firstSeed, CreateArticleRequest[] requests,
      long[] latencies) throws Exception {
    int n = requests.length;
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          for (int i; (i = next.getAndIncrement()) < n; ) {
            long t0 = System.nanoTime();
            var r = stub.withDeadlineAfter(30, TimeUnit.SECONDS).createArticle(requests[i]);
            latencies[i] = System.nanoTime() - t0;
            if (r.getAlreadyExisted()) {
              throw new IllegalStateException("generated article " + (firstSeed + i) + " is not distinct");
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Distinct English news-like articles with figures, varied enough not to be reprints of each other. */
  static final class SyntheticNews {
    private static final String[] PLACES = {"Leeds", "Porto", "Tampere", "Graz", "Ghent", "Lyon", "Malmo", "Bergen",
        "Cork", "Brno", "Turin", "Bremen", "Utrecht", "Seville", "Krakow", "Aarhus", "Bilbao", "Riga", "Split", "Basel"};
    private static final String[] THINGS = {"homes", "schools", "bridges", "clinics", "buses", "parks", "libraries",
        "turbines", "ferries", "trains", "farms", "factories", "shelters", "wells", "roads", "ports"};
    private static final String[] WHO = {"the council", "the ministry", "the agency", "officials", "the union",
        "the mayor's office", "the regional government", "police", "the company", "researchers"};
    private static final String[] VERB = {"said", "reported", "told reporters", "announced", "confirmed", "estimated"};
    private static final String[] SENTENCES = {
        "%d %s were damaged in %s after the storm on %s, %s %s.",
        "At least %d %s in %s will be rebuilt by %s, %s %s.",
        "About %d %s near %s were closed on %s, %s %s.",
        "More than %d %s across %s were inspected by %s, %s %s.",
        "Nearly %d %s around %s were sold before %s, %s %s.",
        "Some %d %s outside %s lost power until %s, %s %s.",
    };
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    static String article(int seed) {
      SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 1);
      StringBuilder b = new StringBuilder();
      String place = PLACES[r.nextInt(PLACES.length)];
      b.append(place).append(" ").append(THINGS[r.nextInt(THINGS.length)]).append(" report no. ").append(seed)
          .append("\n\n");
      int paragraphs = 3 + r.nextInt(4);
      for (int p = 0; p < paragraphs; p++) {
        int sentences = 2 + r.nextInt(3);
        for (int s = 0; s < sentences; s++) {
          b.append(String.format(SENTENCES[r.nextInt(SENTENCES.length)], 2 + r.nextInt(9000),
              THINGS[r.nextInt(THINGS.length)], PLACES[r.nextInt(PLACES.length)], DAYS[r.nextInt(DAYS.length)],
              WHO[r.nextInt(WHO.length)], VERB[r.nextInt(VERB.length)])).append(' ');
        }
        b.append("The figure was up ").append(1 + r.nextInt(80)).append("% on the year before, and costs rose to $")
            .append(1 + r.nextInt(900)).append(" million.\n\n");
      }
      return b.toString();
    }

    static String htmlPage(int seed) {
      StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Report ")
          .append(seed).append("</title><meta property=\"article:published_time\" content=\"2025-03-0")
          .append(1 + seed % 9).append("T08:00:00Z\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a>"
              + " <a href=\"/sport\">Sport</a></nav><div class=\"cookie-banner\">We use cookies.</div><article><h1>");
      String text = article(seed + 500_000);
      String[] paras = text.split("\n\n");
      b.append(paras[0]).append("</h1>");
      for (int i = 1; i < paras.length; i++) {
        b.append("<p>").append(paras[i]).append("</p>");
      }
      b.append("</article><aside><h2>Related</h2><ul>");
      for (int i = 0; i < 8; i++) {
        b.append("<li><a href=\"/r/").append(i).append("\">Another story ").append(i).append("</a></li>");
      }
      return b.append("</ul></aside><footer>Copyright 2025. Subscribe to our newsletter.</footer></body></html>")
          .toString();
    }
  }
}
