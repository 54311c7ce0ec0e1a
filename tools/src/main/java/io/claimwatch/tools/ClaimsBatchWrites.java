package io.claimwatch.tools;

import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.ClaimService;
import io.claimwatch.claims.domain.Hedge;
import io.claimwatch.claims.domain.Modality;
import io.claimwatch.claims.domain.QuantityKey;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;

/**
 * {@code bin/benchmark-claims --batches N}: claims written as ingest's workers write them, in batches of 32 articles
 * ({@link ClaimService#replaceArticlesClaims}, one transaction), about 26 claims an article, some articles written again
 * (a re-extraction replaces their claims). Prints claims/s and the CPU spent per claim written: the writing thread's
 * (claims-service's code: grouping, binding, decoding) and PostgreSQL's (all its processes), and the statements'
 * costs from pg_stat_statements. Compare the CPU figures, not the rates, on a shared machine.
 */
final class ClaimsBatchWrites {

  static final int ARTICLES = 32;
  /** Claims an article: 26 by default, as bin/benchmark-pipeline's synthetic news carry; real news carries 6-9. */
  private static int claimsPerArticle = 26;
  // the vocabulary of bin/benchmark-pipeline's synthetic news (IngestBenchmark.SyntheticNews)
  private static final String[] KINDS = {"homes", "schools", "bridges", "clinics", "buses", "parks", "libraries",
      "turbines", "ferries", "trains", "farms", "factories", "shelters", "wells", "roads", "ports"};
  private static final String[] EVENTS = {"damaged", "rebuilt", "closed", "inspected", "sold", "lost power"};
  private static final String[] PLACES = {"leeds", "porto", "tampere", "graz", "ghent", "lyon", "malmo", "bergen",
      "cork", "brno", "turin", "bremen", "utrecht", "seville", "krakow", "aarhus", "bilbao", "riga", "split", "basel", ""};
  private static final Hedge[] HEDGES = {Hedge.EXACT, Hedge.EXACT, Hedge.AT_LEAST, Hedge.MORE_THAN, Hedge.APPROXIMATE};

  private ClaimsBatchWrites() {}

  /**
   * Writes {@code warmup} batches, then measures {@code batches} from one writer (CPU per claim, pg_stat_statements);
   * with {@code writers} above 1, then as many from that many concurrent writers (each its own transactions and
   * articles, as ingest's worker threads or claims-service replicas write): claims/s, p50/p99 of a batch, CPU per claim.
   */
  static void run(ClaimService service, DataSource ds, String jdbcUrl, int warmup, int batches, int writers, int perArticle)
      throws Exception {
    claimsPerArticle = perArticle;
    SplittableRandom random = new SplittableRandom(7);
    int[] article = {0};
    List<List<ClaimService.Replacement>> work = new ArrayList<>();
    for (int b = 0; b < warmup + batches; b++) {
      work.add(batch(random, article, "batch"));
    }
    for (int b = 0; b < warmup; b++) {
      service.replaceArticlesClaims(work.get(b));
    }
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("SELECT pg_stat_statements_reset()");
    } catch (java.sql.SQLException e) {
      System.out.println("(no pg_stat_statements: " + e.getMessage() + ")");
    }
    long[] updates0 = groupUpdates(ds);
    measure(service, ds, jdbcUrl, List.of(work.subList(warmup, warmup + batches)));
    Thread.sleep(1_000); // the statistics collector's delay
    long[] updates = groupUpdates(ds);
    System.out.printf("claim_group row updates: %,d, of them HOT (no index entries) %,d; index entries a batch %,d%n",
        updates[0] - updates0[0], updates[1] - updates0[1], (updates[2] - updates0[2]) / batches);
    printStatements(ds, batches);
    printGroupStorage(ds);
    explainReads(ds);
    if (writers > 1) {
      List<List<List<ClaimService.Replacement>>> perWriter = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        SplittableRandom r = new SplittableRandom(100 + w);
        int[] a = {0};
        List<List<ClaimService.Replacement>> mine = new ArrayList<>();
        for (int b = 0; b < Math.max(1, batches / writers); b++) {
          mine.add(batch(r, a, "w" + w + "batch"));
        }
        perWriter.add(mine);
      }
      measure(service, ds, jdbcUrl, perWriter);
    }
  }

  /** Each list of batches written by its own thread, all at once; prints claims/s, a batch's p50/p99 and CPU per claim. */
  private static void measure(ClaimService service, DataSource ds, String jdbcUrl, List<List<List<ClaimService.Replacement>>> perWriter)
      throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int writers = perWriter.size();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
    List<Double> ms = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicLong threadNs = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong claims = new java.util.concurrent.atomic.AtomicLong();
    Duration process0 = ProcessCpu.of(ProcessHandle.current());
    Duration pg0 = ProcessCpu.postgres(jdbcUrl);
    String wal0 = walPosition(ds);
    long started = System.nanoTime();
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (List<List<ClaimService.Replacement>> mine : perWriter) {
      done.add(pool.submit(() -> {
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (List<ClaimService.Replacement> b : mine) {
          long t0 = System.nanoTime();
          service.replaceArticlesClaims(b);
          ms.add((System.nanoTime() - t0) / 1e6);
          claims.addAndGet(b.stream().mapToInt(r -> r.claims().size()).sum());
        }
        threadNs.addAndGet(threads.getCurrentThreadCpuTime() - cpu0);
      }));
    }
    pool.shutdown();
    for (java.util.concurrent.Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double processMs = ProcessCpu.of(ProcessHandle.current()).minus(process0).toNanos() / 1e6;
    double pgMs = ProcessCpu.postgres(jdbcUrl).minus(pg0).toNanos() / 1e6;
    long walBytes = walSince(ds, wal0);
    double threadMs = threadNs.get() / 1e6;
    int batches = ms.size();
    long n = claims.get();
    double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf("%n%d writer%s, batches of %d articles (%d claims an article, 1 in 8 written again): %d batches,"
        + " %,d claims in %.1f s, %.0f claims/s; a batch p50 %.0f ms, p99 %.0f ms (load average %s)%n", writers,
        writers == 1 ? "" : "s", ARTICLES, claimsPerArticle, batches, n, seconds, n / seconds, sorted[batches / 2],
        sorted[Math.min(batches - 1, (int) Math.ceil(batches * 0.99) - 1)], loadAverage());
    System.out.printf("CPU ms per claim: writer threads %.3f, this JVM %.3f, PostgreSQL %.3f; per batch of %d articles:"
        + " writers %.1f, JVM %.1f, PostgreSQL %.1f; per article: writers %.2f, PostgreSQL %.2f%n", threadMs / n,
        processMs / n, pgMs / n, ARTICLES, threadMs / batches, processMs / batches, pgMs / batches,
        threadMs / batches / ARTICLES, pgMs / batches / ARTICLES);
    // the WAL written (every process's, autovacuum's too): a measure of the writes' work that the load does not change
    System.out.printf("WAL bytes per claim %,d, per batch %,d%n", walBytes / n, walBytes / batches);
  }

  private static String walPosition(DataSource ds) throws java.sql.SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT pg_current_wal_lsn()::text")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static long walSince(DataSource ds, String from) throws java.sql.SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '" + from + "')::bigint")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * claim_group's row updates so far, how many of them were HOT (the new version on the same page, no index entry), and
   * its index entries written: a row inserted or updated but not HOT adds one to each of its indexes.
   */
  private static long[] groupUpdates(DataSource ds) throws java.sql.SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT n_tup_upd, n_tup_hot_upd, (n_tup_ins + n_tup_upd - n_tup_hot_upd)"
             + " * (SELECT count(*) FROM pg_index WHERE indrelid = 'claim_group'::regclass)"
             + " FROM pg_stat_user_tables WHERE relname = 'claim_group'")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
    }
  }

  /**
   * claim_group's size: its rows, heap and TOAST pages and the kept latest claims' stored size a row (the candidate
   * lookups read the heap rows; a wide row is fewer rows a page).
   */
  private static void printGroupStorage(DataSource ds) throws java.sql.SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*), pg_relation_size('claim_group') / 8192,"
             + " coalesce(pg_relation_size(nullif((SELECT reltoastrelid FROM pg_class WHERE relname = 'claim_group'), 0)), 0) / 8192,"
             + " round(avg(pg_column_size(recent_claims))), round(avg(pg_column_size(g.*))) FROM claim_group g")) {
      rs.next();
      System.out.printf("claim_group: %,d rows, %,d heap pages, %,d TOAST pages; a row %s bytes stored, its recent_claims %s%n",
          rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(5), rs.getString(4));
    }
  }

  /** The plans and times of the reads that the write's indexes serve: the hedge filter's and the substring filters'. */
  private static void explainReads(DataSource ds) throws java.sql.SQLException {
    String cols = "SELECT id, article_id, ordinal, quote, hedge FROM claim WHERE ";
    String[] reads = {
        cols + "hedge = 'AT_LEAST' AND hedge <> 'EXACT' ORDER BY article_id, ordinal LIMIT 51",
        cols + "hedge = 'APPROXIMATE' AND hedge <> 'EXACT' AND (article_id, ordinal) > ('batch0000000100', 0) ORDER BY article_id, ordinal LIMIT 51",
        cols + "hedge = 'EXACT' ORDER BY article_id, ordinal LIMIT 51",
        // the substring filters, as JdbcClaimStore writes them: each reads a trigram index (and its pending list)
        cols + "lower(quote) LIKE '%leeds%' ESCAPE '\\' ORDER BY article_id, ordinal LIMIT 51",
        cols + "lower(quote) LIKE '%4321 bridges%' ESCAPE '\\' ORDER BY article_id, ordinal LIMIT 51",
        cols + "counted <> '' AND lower(counted) LIKE '%ferries sold%' ESCAPE '\\' ORDER BY article_id, ordinal LIMIT 51",
        cols + "claimant IS NOT NULL AND lower(claimant) LIKE '%spokesman 123%' ESCAPE '\\' ORDER BY article_id, ordinal LIMIT 51"};
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      for (String sql : reads) {
        System.out.println("\n" + sql);
        try (ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql)) {
          while (rs.next()) {
            System.out.println("  " + rs.getString(1));
          }
        }
      }
    }
  }

  private static void printStatements(DataSource ds, int batches) {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT calls, round(total_exec_time::numeric / " + batches + ", 2) AS ms_per_batch,"
             + " rows, (shared_blks_hit + shared_blks_read) / " + batches + ", (wal_bytes / " + batches + ")::bigint,"
             + " left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query FROM pg_stat_statements"
             + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
             + " ORDER BY total_exec_time DESC LIMIT 12")) {
      // buffers and WAL bytes: the statements' work, which the load does not change (the times it does)
      System.out.printf("%8s %12s %8s %12s %12s  %s%n", "calls", "ms/batch", "rows", "bufs/batch", "WAL B/batch", "statement");
      long bufs = 0;
      long wal = 0;
      while (rs.next()) {
        System.out.printf("%8d %12s %8d %12d %12d  %s%n", rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3), rs.getLong(4),
            rs.getLong(5), rs.getString(6));
        bufs += rs.getLong(4);
        wal += rs.getLong(5);
      }
      System.out.printf("%8s %12s %8s %12d %12d  (the statements above)%n", "", "", "", bufs, wal);
    } catch (java.sql.SQLException e) {
      System.out.println("(no pg_stat_statements: " + e.getMessage() + ")");
    }
  }

  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  /** 32 articles; one in eight an article of an earlier batch again (its claims replaced). */
  private static List<ClaimService.Replacement> batch(SplittableRandom random, int[] article, String prefix) {
    List<ClaimService.Replacement> out = new ArrayList<>();
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    for (int a = 0; a < ARTICLES; a++) {
      int n = article[0] > ARTICLES * 4 && random.nextInt(8) == 0 ? random.nextInt(article[0] - ARTICLES) : article[0]++;
      if (!taken.add(n)) {
        n = article[0]++;
        taken.add(n);
      }
      out.add(new ClaimService.Replacement("articles/" + prefix + String.format("%010d", n), claims(random), "", "outlet" + n % 20));
    }
    return out;
  }

  private static List<Claim> claims(SplittableRandom random) {
    List<Claim> out = new ArrayList<>(claimsPerArticle);
    for (int i = 0; i < claimsPerArticle; i++) {
      String place = PLACES[random.nextInt(PLACES.length)];
      int k = random.nextInt(KINDS.length);
      int e = random.nextInt(EVENTS.length);
      String counted = random.nextInt(5) == 0 ? "" : KINDS[k] + " " + EVENTS[e];
      BigDecimal v = BigDecimal.valueOf(2 + random.nextInt(9000));
      Hedge hedge = HEDGES[random.nextInt(HEDGES.length)];
      BigDecimal high = hedge == Hedge.AT_LEAST || hedge == Hedge.MORE_THAN ? null : v;
      QuantityKey key = new QuantityKey(counted.isEmpty() ? "" : KINDS[k], counted.isEmpty() ? "" : EVENTS[e], "", "", "",
          place, "", null, null);
      String quote = "Officials said on Tuesday that " + v + " " + (counted.isEmpty() ? "of them" : counted)
          + " in the region, according to the latest figures released by the authorities.";
      out.add(new Claim(null, "x", i, quote, 0, quote.length(), v, high, hedge, "", v.toString(), counted,
          random.nextInt(3) == 0 ? null : "Spokesman " + random.nextInt(300), null, "2026-12-0" + (1 + random.nextInt(3)), null,
          Modality.ASSERTED, "2026-12-03", "bench", null, null, "", key, null));
    }
    return out;
  }
}
