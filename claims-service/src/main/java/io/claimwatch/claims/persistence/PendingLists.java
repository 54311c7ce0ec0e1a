package io.claimwatch.claims.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Merges the trigram indexes' pending lists (GIN fast update) into the indexes after a write has committed, outside
 * the grouping lock: until V14 the writer whose COPY took a list past its limit merged it under the lock. Merged once
 * every {@link #MERGE_EVERY} claims this process wrote: a merge's work grows with the number of runs it is done in
 * (each rewrites the posting lists of the trigrams it holds), so merging after every write of some 800 claims wrote
 * 22 % more WAL than the writers' merges of 4 MB lists (bin/benchmark-claims --batches); at some 3 kB of pending
 * entries a claim, 2,500 claims are about 7.5 MB, under V14's 16 MB limit. One writer merges at a time: the others
 * skip (an advisory lock tried, not waited for). A failed merge is logged and left to the next.
 */
final class PendingLists {

  private static final Logger LOG = Logger.getLogger(PendingLists.class.getName());
  /** Held by the writer that merges, for its transaction: the others do not queue behind it. */
  private static final long MERGE_LOCK = 0x7472676d6d7267L;
  /** The claim table's trigram indexes (V3, V12); gin_clean_pending_list returns the pending pages it merged. */
  private static final String MERGE = "SELECT CASE WHEN pg_try_advisory_xact_lock(?) THEN"
      + " gin_clean_pending_list('claim_quote_trgm'::regclass) + gin_clean_pending_list('claim_counted_trgm'::regclass)"
      + " + gin_clean_pending_list('claim_claimant_trgm'::regclass) END";

  /** Claims written by this process between two merges. */
  static final int MERGE_EVERY = 2_500;
  private static final AtomicInteger SINCE_MERGE = new AtomicInteger();

  private PendingLists() {}

  /**
   * Merges the three lists in the transaction of {@code c}, unless another writer is merging them; returns the pending
   * pages merged (0 when another writer holds the merge).
   */
  static long merge(Connection c) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(MERGE)) {
      st.setLong(1, MERGE_LOCK);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /**
   * Counts the {@code written} claims of a committed write, and once {@link #MERGE_EVERY} have been written since the
   * last merge, merges the lists in a transaction of its own on {@code c} (not in autocommit).
   */
  static void mergeAfterCommit(Connection c, int written) {
    int since = SINCE_MERGE.addAndGet(written);
    if (since < MERGE_EVERY || !SINCE_MERGE.compareAndSet(since, 0)) {
      return;
    }
    try {
      merge(c);
      c.commit();
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "merging the trigram indexes' pending lists failed; the next write tries again", e);
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // the write has committed; the next merge takes the lists as they are
      }
    }
  }
}
