package io.claimwatch.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@code bin/benchmark-claims --batches N --index-costs R}: what each index of the claim table (but the primary key and the unique (article, ordinal)) costs a write. In one
 * session, R times in turn for each index (and for none): a transaction drops it, inserts a batch's worth of claims
 * (copies of 128 batch-written articles' rows, with the write's shape) and rolls back; the backend's CPU of the insert,
 * read from /proc, against the same insert with every index: the difference is the index's entries. Rolled back, so
 * the table stays as it was (the dead entries the indexes keep are what a write leaves too).
 */
final class ClaimIndexCosts {

  private ClaimIndexCosts() {}

  static void run(DataSource ds, int rounds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      List<String> indexes = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
          + " WHERE i.indrelid = 'claim'::regclass AND NOT i.indisunique ORDER BY c.relname")) {
        while (rs.next()) {
          indexes.add(rs.getString(1));
        }
      }
      long pid;
      try (ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
        rs.next();
        pid = rs.getLong(1);
      }
      String columns;
      try (ResultSet rs = st.executeQuery("SELECT string_agg(column_name, ', ' ORDER BY ordinal_position)"
          + " FROM information_schema.columns WHERE table_name = 'claim' AND column_name NOT IN ('id', 'article_id', 'holds')")) {
        rs.next();
        columns = rs.getString(1);
      }
      List<String> articles = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT DISTINCT article_id FROM claim WHERE article_id LIKE 'batch%'"
          + " ORDER BY article_id DESC LIMIT 128")) {
        while (rs.next()) {
          articles.add("'" + rs.getString(1) + "'");
        }
      }
      String insert = "INSERT INTO claim (id, article_id, " + columns + ") SELECT 'copy' || n || id, 'copy' || n || article_id, "
          + columns + " FROM claim WHERE article_id IN (" + String.join(", ", articles) + ")";
      c.setAutoCommit(false);
      List<String> configs = new ArrayList<>();
      configs.add("");
      configs.addAll(indexes);
      double[][] ms = new double[configs.size()][rounds];
      int rows = 0;
      int n = 0;
      for (int r = 0; r < rounds; r++) {
        for (int i = 0; i < configs.size(); i++) {
          if (!configs.get(i).isEmpty()) {
            st.execute("DROP INDEX " + configs.get(i));
          }
          long before = cpuNanos(pid);
          rows = st.executeUpdate(insert.replace("'copy' || n", "'copy" + (n++) + "'"));
          ms[i][r] = (cpuNanos(pid) - before) / 1e6;
          c.rollback();
        }
      }
      c.setAutoCommit(true);
      double all = median(ms[0]);
      System.out.printf("%nCPU of inserting %d claims into the claim table (backend, median of %d), and what each index adds:%n",
          rows, rounds);
      System.out.printf("%-28s %10.1f ms (%.3f ms a claim)%n", "with every index", all, all / rows);
      for (int i = 1; i < configs.size(); i++) {
        double without = median(ms[i]);
        System.out.printf("%-28s %10.1f ms (%4.1f %% of the insert)%n", configs.get(i), all - without, 100 * (all - without) / all);
      }
    }
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /** utime + stime of a local process, in ns (clock ticks of 10 ms). */
  private static long cpuNanos(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
