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
  static final int CLAIMS = 26;
  // the vocabulary of bin/benchmark-pipeline's synthetic news (IngestBenchmark.SyntheticNews)
  private static final String[] KINDS = {"homes", "schools", "bridges", "clinics", "buses", "parks", "libraries",
      "turbines", "ferries", "trains", "farms", "factories", "shelters", "wells", "roads", "ports"};
  private static final String[] EVENTS = {"damaged", "rebuilt", "closed", "inspected", "sold", "lost power"};
  private static final String[] PLACES = {"leeds", "porto", "tampere", "graz", "ghent", "lyon", "malmo", "bergen",
      "cork", "brno", "turin", "bremen", "utrecht", "seville", "krakow", "aarhus", "bilbao", "riga", "split", "basel", ""};
  private static final Hedge[] HEDGES = {Hedge.EXACT, Hedge.EXACT, Hedge.AT_LEAST, Hedge.MORE_THAN, Hedge.APPROXIMATE};

  private ClaimsBatchWrites() {}

  static void run(ClaimService service, DataSource ds, String jdbcUrl, int warmup, int batches) throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    int[] article = {0};
    List<List<ClaimService.Replacement>> work = new ArrayList<>();
    for (int b = 0; b < warmup + batches; b++) {
      work.add(batch(random, article));
    }
    for (int b = 0; b < warmup; b++) {
      service.replaceArticlesClaims(work.get(b));
    }
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("SELECT pg_stat_statements_reset()");
    } catch (java.sql.SQLException e) {
      System.out.println("(no pg_stat_statements: " + e.getMessage() + ")");
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long thread0 = threads.getCurrentThreadCpuTime();
    Duration process0 = ProcessCpu.of(ProcessHandle.current());
    Duration pg0 = ProcessCpu.postgres(jdbcUrl);
    long started = System.nanoTime();
    long claims = 0;
    for (int b = warmup; b < warmup + batches; b++) {
      service.replaceArticlesClaims(work.get(b));
      claims += work.get(b).stream().mapToInt(r -> r.claims().size()).sum();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double threadMs = (threads.getCurrentThreadCpuTime() - thread0) / 1e6;
    double processMs = ProcessCpu.of(ProcessHandle.current()).minus(process0).toNanos() / 1e6;
    double pgMs = ProcessCpu.postgres(jdbcUrl).minus(pg0).toNanos() / 1e6;
    System.out.printf("%nbatches of %d articles (%d claims an article, 1 in 8 written again): %d batches, %,d claims in %.1f s,"
        + " %.0f claims/s (load average %s)%n", ARTICLES, CLAIMS, batches, claims, seconds, claims / seconds, loadAverage());
    System.out.printf("CPU ms per claim: writer thread %.3f, this JVM %.3f, PostgreSQL %.3f; per batch of %d articles:"
        + " writer %.1f, JVM %.1f, PostgreSQL %.1f%n", threadMs / claims, processMs / claims, pgMs / claims, ARTICLES,
        threadMs / batches, processMs / batches, pgMs / batches);
    try (Connection c = ds.getConnection(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT calls, round(total_exec_time::numeric / " + batches + ", 2) AS ms_per_batch,"
             + " rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query FROM pg_stat_statements"
             + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
             + " ORDER BY total_exec_time DESC LIMIT 12")) {
      System.out.printf("%8s %12s %8s  %s%n", "calls", "ms/batch", "rows", "statement");
      while (rs.next()) {
        System.out.printf("%8d %12s %8d  %s%n", rs.getLong(1), rs.getBigDecimal(2), rs.getLong(3), rs.getString(4));
      }
    } catch (java.sql.SQLException e) {
      // no pg_stat_statements
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
  private static List<ClaimService.Replacement> batch(SplittableRandom random, int[] article) {
    List<ClaimService.Replacement> out = new ArrayList<>();
    java.util.Set<Integer> taken = new java.util.HashSet<>();
    for (int a = 0; a < ARTICLES; a++) {
      int n = article[0] > ARTICLES * 4 && random.nextInt(8) == 0 ? random.nextInt(article[0] - ARTICLES) : article[0]++;
      if (!taken.add(n)) {
        n = article[0]++;
        taken.add(n);
      }
      out.add(new ClaimService.Replacement("articles/" + String.format("batch%010d", n), claims(random), "", "outlet" + n % 20));
    }
    return out;
  }

  private static List<Claim> claims(SplittableRandom random) {
    List<Claim> out = new ArrayList<>(CLAIMS);
    for (int i = 0; i < CLAIMS; i++) {
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
