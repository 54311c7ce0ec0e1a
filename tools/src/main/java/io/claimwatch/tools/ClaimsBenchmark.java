package io.claimwatch.tools;

import io.claimwatch.claims.domain.Claim;
import io.claimwatch.claims.domain.ClaimService;
import io.claimwatch.claims.domain.GroupAssigner;
import io.claimwatch.claims.domain.Hedge;
import io.claimwatch.claims.domain.Modality;
import io.claimwatch.claims.domain.QuantityKey;
import io.claimwatch.claims.persistence.JdbcClaimStore;
import io.claimwatch.localpg.LocalPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bin/benchmark-claims}: claims-service's domain and PostgreSQL store under a corpus of up to
 * a million synthetic claims. The corpus is bulk-loaded in steps (same schema, keys and groups as
 * the service writes); at each step it measures, through the real path (ClaimService: normalise,
 * group through the index, one transaction), the time to add an article's claims, and the main
 * queries. It prints per-claim add times at each corpus size, so a growth with the corpus shows.
 */
@Command(name = "benchmark-claims", mixinStandardHelpOptions = true,
    description = "Loads synthetic claims into an embedded PostgreSQL and prints add and query latencies (p50/p99).")
public final class ClaimsBenchmark implements Callable<Integer> {

  private static final String[] KINDS = {"soldiers", "people", "homes", "civilians", "troops", "vehicles", "drones", "voters", "workers", "refugees"};
  private static final String[] EVENTS = {"killed", "captured", "injured", "destroyed", "evacuated", "returned", "exchanged", "arrested", "displaced", "detained"};
  private static final String[] PARTIES = {"Russian", "Ukrainian", "Syrian", "Israeli", "French", "German", "Chinese", "Indian", "Turkish", "Iranian", "", ""};
  private static final Hedge[] SOME_HEDGES = {Hedge.EXACT, Hedge.EXACT, Hedge.AT_LEAST, Hedge.MORE_THAN, Hedge.APPROXIMATE};

  @Option(names = "--claims", description = "Corpus size at the last step; default ${DEFAULT-VALUE}")
  int total = 1_000_000;

  @Option(names = "--samples", description = "Measured operations per step; default ${DEFAULT-VALUE}")
  int samples = 200;

  @Option(names = "--writers", description = "At the last step, also add articles from this many concurrent writers"
      + " (each its own transactions, as claims-service replicas or worker threads write); default ${DEFAULT-VALUE}")
  int writers = 4;

  @Option(names = "--batches", description = "Instead of the steps: load --claims, then write this many batches of 32"
      + " articles as ingest's workers do and print claims/s, CPU per claim (this JVM, PostgreSQL) and pg_stat_statements;"
      + " then as many batches from --writers concurrent writers (claims/s, p50/p99 a batch)")
  int batches = 0;

  @Option(names = "--drop-index", description = "With --batches: drop this index after the load (repeatable), to measure"
      + " what its entries cost a write")
  List<String> dropIndexes = new ArrayList<>();

  @Option(names = "--sql", description = "With --batches: run this statement after the load (repeatable), to measure"
      + " a change of the schema or its settings")
  List<String> statements = new ArrayList<>();

  @Option(names = "--index-costs", description = "With --batches: then measure, this many rounds, what each index of the"
      + " claim table costs an insert of a batch's claims")
  int indexCosts = 0;

  @Option(names = "--claims-per-article", description = "With --batches: claims an article (26: the pipeline's synthetic"
      + " news; real news carries 6-9); default ${DEFAULT-VALUE}")
  int claimsPerArticle = 26;

  @Option(names = "--pg-setting", description = "With --batches: a server setting of the embedded PostgreSQL, NAME=VALUE"
      + " (repeatable), e.g. auto_explain's for a profile: shared_preload_libraries=pg_stat_statements,auto_explain")
  java.util.Map<String, String> pgSettings = new java.util.LinkedHashMap<>();

  @Option(names = "--warmup-batches", description = "With --batches: batches written before measuring; default ${DEFAULT-VALUE}")
  int warmupBatches = 20;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ClaimsBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("claims-bench");
    java.util.Map<String, String> settings = new java.util.HashMap<>();
    if (batches > 0) {
      settings.put("shared_preload_libraries", "pg_stat_statements");
      settings.put("pg_stat_statements.track", "all");
      settings.putAll(pgSettings);
    }
    try (LocalPostgres pg = LocalPostgres.startOrConnect(Optional.of(dir), 0, settings)) {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL(pg.database("claims_bench"));
      ds.setUser(pg.user());
      ds.setPassword(pg.password());
      Flyway.configure().dataSource(ds).locations("classpath:db/claims").load().migrate();
      // The service's path through a connection pool, as claims-service runs it (Agroal, batched inserts rewritten into
      // multi-row ones), sized for the writers.
      io.agroal.api.AgroalDataSource pool = io.agroal.api.AgroalDataSource.from(
          new io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(cp -> cp
              .maxSize(writers + 2)
              .connectionFactoryConfiguration(cf -> cf.jdbcUrl(pg.database("claims_bench") + "?reWriteBatchedInserts=true")
                  .principal(new io.agroal.api.security.NamePrincipal(pg.user()))
                  .credential(new io.agroal.api.security.SimplePassword(pg.password())))));
      ClaimService service = new ClaimService(new JdbcClaimStore(pool), new GroupAssigner(),
          Clock.systemUTC(), new SimpleMeterRegistry());
      SplittableRandom random = new SplittableRandom(42);
      if (batches > 0) {
        bulkLoad(ds, 0, total, random);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
          st.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
          st.execute("VACUUM ANALYZE claim");
          st.execute("VACUUM ANALYZE claim_group");
        }
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
          for (String index : dropIndexes) {
            st.execute("DROP INDEX " + index);
            System.out.println("(without index " + index + ")");
          }
          for (String sql : statements) {
            st.execute(sql);
            System.out.println("(" + sql + ")");
          }
        }
        ClaimsBatchWrites.run(service, pool, pg.database("claims_bench"), warmupBatches, batches, writers, claimsPerArticle);
        if (indexCosts > 0) {
          ClaimIndexCosts.run(ds, indexCosts);
        }
        return 0;
      }
      System.out.printf("%-10s %-30s %10s %10s %10s%n", "corpus", "operation", "p50 ms", "p99 ms", "max ms");
      int loaded = 0;
      int article = 0;
      for (int step : new int[] {10_000, 100_000, total}) {
        if (step > total) {
          continue;
        }
        loaded += bulkLoad(ds, loaded, step - loaded, random);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
          st.execute("ANALYZE claim");
          st.execute("ANALYZE claim_group");
        }
        final int base = article;
        final int corpus = loaded;
        report(loaded, "add 10 claims (per claim)", samples, i -> service.replaceArticleClaims(
            "articles/" + String.format("bench%011d", base + i), synthetic(random, 10), "", ""), 10);
        article += samples;
        report(loaded, "list all, first page", samples, i -> service.list("articles/-", 50, "", ""), 1);
        report(loaded, "list hedge=AT_LEAST", samples, i -> service.list("articles/-", 50, "", "hedge=AT_LEAST"), 1);
        report(loaded, "list counted:\"<word>\"", samples,
            i -> service.list("articles/-", 50, "", "counted:\"" + KINDS[i % KINDS.length].substring(0, 5) + "\""), 1);
        report(loaded, "list claimant=\"<name>\"", samples,
            i -> service.list("articles/-", 50, "", "claimant=\"Source " + (i % 500) + "\""), 1);
        report(loaded, "list one article", samples,
            i -> service.list("articles/" + String.format("a%015d", (i * 7919L) % (corpus / 10)), 50, "", ""), 1);
        report(loaded, "list groups, first page", samples, i -> service.listGroups(50, ""), 1);
        List<String> groupIds = service.listGroups(samples, "").groups().stream().map(g -> g.id()).toList();
        report(loaded, "get group (first page of 50, verdicts)", Math.min(samples, groupIds.size()),
            i -> service.group("groups/" + groupIds.get(i)), 1);
      }
      System.out.printf("%n%-10s %-30s %10s %10s %10s %12s%n", "corpus", "concurrent adds", "p50 ms", "p99 ms", "max ms", "claims/s");
      for (int w : new int[] {1, writers}) {
        article = concurrentAdds(service, loaded, w, article);
      }
    }
    return 0;
  }

  /** Inserts claims directly (batched), with keys and groups formed as the service forms them. */
  static int bulkLoad(PGSimpleDataSource ds, int from, int count, SplittableRandom random) throws Exception {
    long started = System.nanoTime();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement claim = c.prepareStatement("INSERT INTO claim (id, article_id, ordinal, quote, quote_start,"
          + " quote_end, value_low, value_high, hedge, unit, number_text, counted, claimant, modality, extractor_version,"
          + " group_id, origin_id, key_kind, key_event, key_party, publication_date, create_time)"
          + " VALUES (?, ?, ?, ?, 0, 40, ?, ?, ?, '', '', ?, ?, 'ASSERTED', 'bench', ?, ?, ?, ?, ?, ?, ?)");
           PreparedStatement group = c.prepareStatement("INSERT INTO claim_group (id, kind, event, party, unit, min_value,"
               + " max_value, create_time, update_time, recency) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE"
               + " SET min_value = least(claim_group.min_value, EXCLUDED.min_value),"
               + " max_value = greatest(claim_group.max_value, EXCLUDED.max_value), update_time = EXCLUDED.update_time")) {
        Timestamp now = Timestamp.from(Instant.now());
        for (int n = from; n < from + count; n++) {
          int k = random.nextInt(KINDS.length);
          int e = random.nextInt(EVENTS.length);
          int p = random.nextInt(PARTIES.length);
          double value = Math.floor(Math.exp(random.nextDouble() * Math.log(100_000)));
          int band = (int) Math.floor(Math.log(value) / Math.log(GroupAssigner.MAGNITUDE_FACTOR));
          String groupId = String.format("g%d_%d_%d_%d_%d", k, e, p, band, n % 50);
          String kind = kind(k);
          String counted = (PARTIES[p] + " " + KINDS[k] + " " + EVENTS[e]).strip();
          claim.setString(1, String.format("c%015d", n));
          claim.setString(2, String.format("a%015d", n / 10));
          claim.setInt(3, n % 10);
          claim.setString(4, "officials said " + (long) value + " " + counted + " in the region");
          Hedge hedge = SOME_HEDGES[n % SOME_HEDGES.length];
          claim.setBigDecimal(5, BigDecimal.valueOf((long) value));
          claim.setBigDecimal(6, hedge == Hedge.AT_LEAST || hedge == Hedge.MORE_THAN ? null : BigDecimal.valueOf((long) value));
          claim.setString(7, hedge.name());
          claim.setString(8, counted);
          claim.setString(9, "Source " + (n % 5000));
          claim.setString(10, groupId);
          claim.setString(11, String.format("a%015d", n / 10));
          claim.setString(12, kind);
          claim.setString(13, EVENTS[e]);
          claim.setString(14, party(p));
          claim.setString(15, String.format("20%02d-%02d-%02d", 20 + n % 6, 1 + n % 12, 1 + n % 28));
          claim.setTimestamp(16, now);
          claim.addBatch();
          group.setString(1, groupId);
          group.setString(2, kind);
          group.setString(3, EVENTS[e]);
          group.setString(4, party(p));
          group.setDouble(5, value);
          group.setDouble(6, value);
          group.setTimestamp(7, now);
          group.setTimestamp(8, now);
          group.setTimestamp(9, now);
          group.addBatch();
          if (n % 5_000 == 4_999) {
            claim.executeBatch();
            group.executeBatch();
            c.commit();
          }
        }
        claim.executeBatch();
        group.executeBatch();
        c.commit();
      }
    }
    System.out.printf("(loaded %,d claims in %.1f s)%n", count, (System.nanoTime() - started) / 1e9);
    return count;
  }

  private static String kind(int k) {
    return KINDS[k].startsWith("home") ? "home" : KINDS[k].startsWith("vehic") ? "vehicle"
        : KINDS[k].startsWith("drone") ? "aircraft" : "person";
  }

  private static String party(int p) {
    return PARTIES[p].isEmpty() ? "" : PARTIES[p].substring(0, 2).toUpperCase();
  }

  private static List<Claim> synthetic(SplittableRandom random, int n) {
    List<Claim> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int k = random.nextInt(KINDS.length);
      int e = random.nextInt(EVENTS.length);
      int p = random.nextInt(PARTIES.length);
      String counted = PARTIES[p] + " " + KINDS[k] + " " + EVENTS[e];
      BigDecimal v = BigDecimal.valueOf(1 + random.nextInt(100_000));
      // keyed as the extractor keys such a phrase: the bulk-loaded groups' keys
      QuantityKey key = new QuantityKey(kind(k), EVENTS[e], party(p), "");
      out.add(new Claim(null, "x", i, "officials said " + v + " " + counted.strip(), 0, 40, v, v, Hedge.EXACT, "", "",
          counted.strip(), "Source " + random.nextInt(5000), null, null, null, Modality.ASSERTED, "2026-01-01", "bench",
          null, null, "", key, null));
    }
    return out;
  }

  /**
   * {@code writers} threads each add {@code samples} articles of 10 claims; prints the time per
   * article (p50/p99/max) and the claims stored per second over the whole run. Returns the next
   * article number.
   */
  private int concurrentAdds(ClaimService service, int corpus, int writers, int firstArticle) throws InterruptedException {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
    double[] ms = new double[writers * samples];
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    long started = System.nanoTime();
    for (int t = 0; t < writers; t++) {
      final int thread = t;
      pool.execute(() -> {
        SplittableRandom random = new SplittableRandom(1000 + thread);
        for (int i = 0; i < samples; i++) {
          int n = next.getAndIncrement();
          long t0 = System.nanoTime();
          service.replaceArticleClaims("articles/" + String.format("bench%011d", firstArticle + n), synthetic(random, 10), "", "");
          ms[n] = (System.nanoTime() - t0) / 1e6;
        }
      });
    }
    pool.shutdown();
    if (!pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS)) {
      throw new IllegalStateException("writers did not finish in an hour");
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Arrays.sort(ms);
    int n = ms.length;
    System.out.printf("%-10s %-30s %10.2f %10.2f %10.2f %12.0f%n", String.format("%,d", corpus),
        writers + " writer" + (writers == 1 ? "" : "s") + ", 10 claims/article", ms[n / 2],
        ms[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)], ms[n - 1], n * 10 / seconds);
    return firstArticle + n;
  }

  private static void report(int corpus, String what, int n, IntConsumer op, int perOp) {
    if (n == 0) {
      return;
    }
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      op.accept(i);
      ms[i] = (System.nanoTime() - t) / 1e6 / perOp;
    }
    Arrays.sort(ms);
    System.out.printf("%-10s %-30s %10.2f %10.2f %10.2f%n", String.format("%,d", corpus), what, ms[n / 2],
        ms[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)], ms[n - 1]);
  }
}
