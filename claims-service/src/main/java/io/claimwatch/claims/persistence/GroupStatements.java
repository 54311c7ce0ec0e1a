package io.claimwatch.claims.persistence;

import io.claimwatch.claims.domain.QuantityKey;

/**
 * The grouping's statements as a write runs them, for {@code bin/explain-queries} to EXPLAIN on a large store: the
 * candidate lookups of {@link JdbcGroupIndex} and the ranges' reset of {@link GroupBookkeeping#resetRanges}.
 */
public final class GroupStatements {

  private GroupStatements() {}

  /** The candidates of a batch's spans keyed by {@code column}, "event" or "kind" (JdbcGroupIndex.prepare). */
  public static String candidatesOfSpans(String column) {
    return JdbcGroupIndex.spansSql(column);
  }

  /** The candidates of one claim of this key (its parameters: JdbcGroupIndex.oneClaimSql). */
  public static String candidatesOfOneClaim(QuantityKey key) {
    return JdbcGroupIndex.oneClaimSql(key);
  }

  /** The ranges of the groups a replacement's old claims left, over their remaining claims; one parameter, the ids. */
  public static String resetRanges() {
    return GroupBookkeeping.RESET_RANGES;
  }
}
