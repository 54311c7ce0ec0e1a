package io.claimwatch.claims.domain;

import java.time.Instant;

/**
 * A group of claims about one quantity: its key, when a claim last joined, how many claims it holds and
 * from how many independent origins (reprints of one story count once); both counts are kept with
 * the group as claims arrive and leave, not counted per read. {@code recency} places it in the order "most recently
 * changed first" that lists, related groups and the candidate lookups read: {@code updateTime} as it was when the group
 * last moved to the front, which a claim joining within a minute of that move leaves where it is (the store's
 * JdbcClaimStore, GroupBookkeeping); never after {@code updateTime} and less than a minute before it when claims keep
 * joining.
 */
public record ClaimGroup(String id, QuantityKey key, Instant createTime, Instant updateTime, int claimCount, int originCount,
                         Instant recency) {

  /** A group whose place in the order is its last change. */
  public ClaimGroup(String id, QuantityKey key, Instant createTime, Instant updateTime, int claimCount, int originCount) {
    this(id, key, createTime, updateTime, claimCount, originCount, updateTime);
  }
}
