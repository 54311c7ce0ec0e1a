package io.claimwatch.tools;

import io.claimwatch.claims.domain.ClaimService;
import io.claimwatch.claims.domain.GroupAssigner;
import io.claimwatch.claims.domain.QuantityKey;
import io.claimwatch.claims.persistence.GroupStatements;
import io.claimwatch.claims.persistence.JdbcClaimStore;
import io.claimwatch.localpg.LocalPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The pipeline's hot statements on a large store, with EXPLAIN (ANALYZE, BUFFERS): a million articles
 * in ingest's schema (a share of them pending, the band index of some) and a million claims in
 * claims-service's (ClaimsBenchmark's synthetic corpus) plus one group of 10,000 claims and one of a fire's
 * evacuees (vague figures among them), with the grouping's candidate lookups and ranges' reset as the write runs
 * them (GroupStatements); then the bounded group read timed through ClaimService over the large group. Shows each
 * statement reads through
 * an index a number of rows that does not grow with the store.
 */
@Command(name = "explain-queries", mixinStandardHelpOptions = true,
    description = "EXPLAIN ANALYZE of the queue's, the reprint check's and the group read's statements on a store of a million")
public final class ExplainQueries implements Callable<Integer> {

  @Option(names = "--articles", description = "Articles in ingest's store; default ${DEFAULT-VALUE}")
  int articles = 1_000_000;

  @Option(names = "--banded", description = "Articles of them with band rows (32 each); default ${DEFAULT-VALUE}")
  int banded = 100_000;

  @Option(names = "--pending", description = "Articles of them pending (RECEIVED); default ${DEFAULT-VALUE}")
  int pending = 20_000;

  @Option(names = "--claims", description = "Claims in claims-service's store; default ${DEFAULT-VALUE}")
  int claims = 1_000_000;

  @Option(names = "--group-size", description = "Claims of the one large group; default ${DEFAULT-VALUE}")
  int groupSize = 10_000;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ExplainQueries()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path dir = Files.createTempDirectory("explain-queries");
    try {
      return explain(dir);
    } finally {
      deleteTree(dir); // the store of a million articles and claims is over 2 GB
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private Integer explain(Path dir) throws Exception {
    try (LocalPostgres pg = LocalPostgres.startOrConnect(Optional.of(dir), 0)) {
      PGSimpleDataSource ingest = source(pg, "ingest_explain");
      PGSimpleDataSource claimsDb = source(pg, "claims_explain");
      Flyway.configure().dataSource(ingest).locations("classpath:db/migration").load().migrate();
      Flyway.configure().dataSource(claimsDb).locations("classpath:db/claims").load().migrate();
      long t0 = System.nanoTime();
      try (Connection c = ingest.getConnection(); Statement st = c.createStatement()) {
        st.execute("INSERT INTO article (id, clean_text, content, content_type, state, next_attempt_at, create_time, update_time,"
            + " minhash) SELECT lpad(to_hex(i), 16, '0'), 'text ' || i, '\\x00'::bytea, 'text/plain',"
            + " CASE WHEN i > " + (articles - pending) + " THEN 'RECEIVED' ELSE 'DONE' END,"
            + " now() - interval '1 second' * (" + articles + " - i), now() - interval '1 second' * (" + articles + " - i), now(),"
            + " '\\x00'::bytea FROM generate_series(1, " + articles + ") AS i");
        st.execute("INSERT INTO article_band (band, band_hash, article_id) SELECT b, hashint8(i * 64 + b), lpad(to_hex(i), 16, '0')"
            + " FROM generate_series(1, " + banded + ") AS i, generate_series(0, 31) AS b");
        st.execute("ANALYZE article");
        st.execute("ANALYZE article_band");
      }
      System.out.printf("ingest: %,d articles (%,d pending, %,d with bands) loaded in %.0f s%n", articles, pending, banded,
          (System.nanoTime() - t0) / 1e9);
      t0 = System.nanoTime();
      ClaimsBenchmark.bulkLoad(claimsDb, 0, claims, new SplittableRandom(42));
      try (Connection c = claimsDb.getConnection(); Statement st = c.createStatement()) {
        // one group of groupSize claims of 1,000 articles, reported day by day
        st.execute("INSERT INTO claim_group (id, kind, event, party, unit, min_value, max_value, create_time, update_time)"
            + " VALUES ('large', 'soldier', 'capture', 'RU', '', 900, 1100, now(), now())");
        st.execute("INSERT INTO claim (id, article_id, ordinal, quote, quote_start, quote_end, value_low, value_high, hedge,"
            + " modality, extractor_version, group_id, origin_id, key_kind, key_event, key_party, publication_date, create_time)"
            + " SELECT 'large' || i, 'large' || (i / 10), i % 10, 'q', 0, 1, 900 + i % 200, 900 + i % 200, 'EXACT', 'ASSERTED',"
            + " 'bench', 'large', 'large' || (i / 10), 'soldier', 'capture', 'RU', to_char(date '2024-08-06' + i / 10, 'YYYY-MM-DD'),"
            + " now() FROM generate_series(0, " + (groupSize - 1) + ") AS i");
        // a fire's evacuees, pinned to a place and a month, from 50 articles: every fourth claim "thousands" (rule
        // vague-extent: a vague figure of a count that climbs spans its range's top), for the ranges' reset
        st.execute("INSERT INTO claim_group (id, kind, event, party, unit, cause, place, earliest, latest, min_value, max_value,"
            + " create_time, update_time) VALUES ('fire', 'person', 'evacuate', '', '', 'fire', 'oskavia', '2041-06-01',"
            + " '2041-06-30', 1870, 87130, now(), now())");
        st.execute("INSERT INTO claim (id, article_id, ordinal, quote, quote_start, quote_end, value_low, value_high, hedge,"
            + " modality, extractor_version, group_id, origin_id, key_kind, key_event, key_party, key_cause, key_place,"
            + " key_earliest, key_latest, publication_date, create_time)"
            + " SELECT 'fire' || i, 'fire' || (i / 2), i % 2, 'q', 0, 1, CASE WHEN i % 4 = 0 THEN 2000 ELSE 1000 + i * 870 END,"
            + " CASE WHEN i % 4 = 0 THEN 9999 ELSE 1000 + i * 870 END, CASE WHEN i % 4 = 0 THEN 'VAGUE' ELSE 'EXACT' END,"
            + " 'ASSERTED', 'bench', 'fire', 'fire' || (i / 2), 'person', 'evacuate', '', 'fire', 'oskavia', '2041-06-01',"
            + " '2041-06-30', '2041-06-10', now() FROM generate_series(0, 99) AS i");
        st.execute("UPDATE claim_group g SET claim_count = c.n, origin_count = c.o FROM (SELECT group_id, count(*) AS n,"
            + " count(DISTINCT coalesce(origin_id, article_id)) AS o FROM claim GROUP BY group_id) c WHERE c.group_id = g.id");
        st.execute("ANALYZE claim");
        st.execute("ANALYZE claim_group");
      }
      System.out.printf("claims: %,d claims and a group of %,d loaded in %.0f s%n", claims, groupSize, (System.nanoTime() - t0) / 1e9);

      System.out.println("\n## ingest");
      explain(ingest, "lease a batch of 32 (rolled back)", true, "UPDATE article SET state = 'EXTRACTING', attempt_count = attempt_count + 1,"
          + " next_attempt_at = now() + interval '60 seconds', update_time = now() WHERE id IN (SELECT id FROM article"
          + " WHERE state IN ('RECEIVED', 'EXTRACTING') AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT 32"
          + " FOR UPDATE SKIP LOCKED) RETURNING id");
      explain(ingest, "the queue's lag (back-pressure)", false, "SELECT min(next_attempt_at) FROM article"
          + " WHERE state IN ('RECEIVED', 'EXTRACTING') AND next_attempt_at <= now()");
      explain(ingest, "the queue's depth (back-pressure, once a second)", false,
          "SELECT count(*) FROM article WHERE state IN ('RECEIVED', 'EXTRACTING')");
      explain(ingest, "mark 32 DONE (rolled back)", true, "UPDATE article a SET state = 'DONE', claim_count = 3, update_time = now()"
          + " FROM unnest((SELECT array_agg(lpad(to_hex(i), 16, '0')) FROM generate_series(" + (articles - 40) + ", "
          + (articles - 9) + ") AS i)) AS d(id) WHERE a.id = d.id");
      explain(ingest, "the reprint check: articles sharing a band", false, "SELECT a.id, a.origin_id, a.minhash FROM article a JOIN ("
          + " SELECT b.article_id, count(*) AS shared FROM article_band b"
          + " JOIN unnest((SELECT array_agg(hashint8(77 * 64 + b)) FROM generate_series(0, 31) AS b)) WITH ORDINALITY AS q(band_hash, n)"
          + " ON b.band = (q.n - 1)::smallint AND b.band_hash = q.band_hash"
          + " GROUP BY b.article_id ORDER BY shared DESC, b.article_id LIMIT 50) m ON m.article_id = a.id"
          + " WHERE a.minhash IS NOT NULL ORDER BY m.shared DESC, a.id");

      System.out.println("\n## claims");
      explain(claimsDb, "a group's timeline, a page of 50 from a position", false, "SELECT * FROM claim WHERE group_id = 'large'"
          + " AND holds IS NOT NULL AND (holds, article_id COLLATE \"C\", ordinal) >= ('2025-01-01', 'large500', 0)"
          + " ORDER BY holds, article_id COLLATE \"C\", ordinal LIMIT 52");
      explain(claimsDb, "a group's latest claims (estimate, current claim)", false, "SELECT * FROM claim WHERE group_id = 'large'"
          + " AND holds = (SELECT max(holds) FROM claim WHERE group_id = 'large') ORDER BY holds, article_id COLLATE \"C\", ordinal LIMIT 200");
      explain(claimsDb, "whether an origin still has claims in a group", false, "SELECT t.g, t.o, EXISTS (SELECT 1 FROM claim"
          + " WHERE claim.group_id = t.g AND coalesce(claim.origin_id, claim.article_id) = t.o)"
          + " FROM unnest(ARRAY['large', 'large'], ARRAY['large7', 'nope']) AS t(g, o)");
      explain(claimsDb, "the latest claims of 10 groups, kept with them (conflict count)", false, "SELECT id, recent_claims"
          + " FROM claim_group WHERE id = ANY(ARRAY(SELECT id FROM claim_group ORDER BY id LIMIT 9) || 'large'::text)");
      // the grouping's statements as JdbcGroupIndex and GroupBookkeeping run them (GroupStatements), each claim's
      // range within reach of its extent: every fourth a vague figure of a fire's evacuees (vague-extent: from a tenth
      // of its mean to ten times its top), the others a figure of the synthetic corpus (a third to three times it)
      String[] events = {"", "captured", "injured", "killed"};
      StringBuilder unit = new StringBuilder();
      StringBuilder k = new StringBuilder();
      StringBuilder cause = new StringBuilder();
      StringBuilder latest = new StringBuilder();
      StringBuilder earliest = new StringBuilder();
      StringBuilder lo = new StringBuilder();
      StringBuilder hi = new StringBuilder();
      StringBuilder ids = new StringBuilder();
      StringBuilder cap = new StringBuilder();
      for (int i = 1; i <= 20; i++) {
        String sep = i == 1 ? "" : ",";
        boolean vague = i % 4 == 0;
        unit.append(sep).append("\"\"");
        k.append(sep).append(vague ? "evacuate" : events[i % 4]);
        cause.append(sep).append(vague ? "fire" : "\"\"");
        latest.append(sep).append(vague ? "2041-06-30" : "NULL");
        earliest.append(sep).append(vague ? "2041-06-01" : "NULL");
        lo.append(sep).append(vague ? Math.sqrt(2000 * 9999.0) / 10 : 10.0 * i / 3);
        hi.append(sep).append(vague ? 9999 * 10.0 : 10.0 * i * 3);
        ids.append(sep).append(i);
        cap.append(sep).append(64);
      }
      String[] spans = {"'{" + ids + "}'", "'{" + unit + "}'", "'{" + k + "}'", "'{" + cause + "}'", "'{" + latest + "}'",
          "'{" + earliest + "}'", "'{" + lo + "}'", "'{" + hi + "}'", "'{" + cap + "}'"};
      explain(claimsDb, "candidate groups of a batch's 20 spans by event (JdbcGroupIndex.prepare)", false,
          bind(GroupStatements.candidatesOfSpans("event"), spans));
      spans[2] = "'{" + k.toString().replace("evacuate", "person").replaceAll("killed|captured|injured", "soldier") + "}'";
      explain(claimsDb, "candidate groups of a batch's 20 spans by kind (JdbcGroupIndex.prepare, claims that name no event)",
          false, bind(GroupStatements.candidatesOfSpans("kind"), spans));
      QuantityKey fire = new QuantityKey("person", "evacuate", "", "", "fire", "oskavia", "", LocalDate.parse("2041-06-01"),
          LocalDate.parse("2041-06-30"));
      explain(claimsDb, "candidate groups of one claim, \"thousands\" evacuated from a fire (JdbcGroupIndex.stored)", false,
          bind(GroupStatements.candidatesOfOneClaim(fire), "''", "'evacuate'", "'fire'", "'2041-06-30'", "'2041-06-01'",
              String.valueOf(Math.sqrt(2000 * 9999.0) / 10), String.valueOf(9999 * 10.0)));
      explain(claimsDb, "candidate groups of one claim that names no event (JdbcGroupIndex.stored)", false,
          bind(GroupStatements.candidatesOfOneClaim(new QuantityKey("soldier", "", "", "")), "''", "'soldier'", "100", "9000"));
      explain(claimsDb, "the ranges of 10 groups a replacement left, the fire's and the large one among them (rolled back)",
          true, bind(GroupStatements.resetRanges(), "ARRAY(SELECT id FROM claim_group WHERE id NOT IN ('fire', 'large')"
              + " ORDER BY id LIMIT 8) || ARRAY['fire', 'large']"));
      explain(claimsDb, "related groups of the large group (GetGroup)", false, "SELECT id, recency FROM claim_group g"
          + " WHERE g.unit = '' AND g.event = 'captured' AND g.kind IN ('person', '') ORDER BY g.recency DESC LIMIT 84");
      explain(claimsDb, "list groups, first page", false, "SELECT id, claim_count, origin_count FROM claim_group"
          + " ORDER BY recency DESC, id DESC LIMIT 51");

      System.out.printf("%n## GetGroup of the group of %,d claims through ClaimService (JdbcClaimStore), first page of 50%n", groupSize);
      // through a connection pool, as claims-service runs it (Agroal): a new connection per query would be most of the time
      io.agroal.api.AgroalDataSource pool = io.agroal.api.AgroalDataSource.from(
          new io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier().connectionPoolConfiguration(cp -> cp
              .maxSize(4)
              .connectionFactoryConfiguration(cf -> cf.jdbcUrl(claimsDb.getURL())
                  .principal(new io.agroal.api.security.NamePrincipal(pg.user()))
                  .credential(new io.agroal.api.security.SimplePassword(pg.password())))));
      ClaimService service = new ClaimService(new JdbcClaimStore(pool), new GroupAssigner(), Clock.systemUTC(),
          new SimpleMeterRegistry());
      int n = 300;
      long[] us = new long[n];
      String token = "";
      for (int i = -50; i < n; i++) {
        long s = System.nanoTime();
        ClaimService.GroupView v = service.group("groups/large", 50, i % 2 == 0 ? "" : token);
        if (i >= 0) {
          us[i] = (System.nanoTime() - s) / 1000;
        }
        token = v.nextPageToken();
      }
      Arrays.sort(us);
      pool.close();
      System.out.printf("p50 %.2f ms, p99 %.2f ms, max %.2f ms over %d reads (first and second pages alternately)%n",
          us[n / 2] / 1000.0, us[n * 99 / 100] / 1000.0, us[n - 1] / 1000.0, n);
    }
    return 0;
  }

  private static PGSimpleDataSource source(LocalPostgres pg, String db) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(pg.database(db));
    ds.setUser(pg.user());
    ds.setPassword(pg.password());
    return ds;
  }

  /** The statement with each {@code ?} replaced, in order, by a literal. */
  private static String bind(String sql, String... literals) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (char ch : sql.toCharArray()) {
      if (ch == '?') {
        out.append(literals[n++]);
      } else {
        out.append(ch);
      }
    }
    if (n != literals.length) {
      throw new IllegalArgumentException(n + " parameters, " + literals.length + " literals");
    }
    return out.toString();
  }

  private static void explain(PGSimpleDataSource ds, String what, boolean rollBack, String sql) throws Exception {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql)) {
        System.out.printf("%n### %s%n```%n", what);
        while (rs.next()) {
          System.out.println(rs.getString(1));
        }
        System.out.println("```");
      } finally {
        if (rollBack) {
          c.rollback();
        } else {
          c.commit();
        }
      }
    }
  }
}
