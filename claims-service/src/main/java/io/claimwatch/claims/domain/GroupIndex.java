package io.claimwatch.claims.domain;

import java.util.List;

/**
 * The groups a new claim can join, found by key through an index, so that matching a claim costs
 * the same however many claims are stored. Each group keeps the range its members' extents span
 * (their representative values, a vague figure's whole interval).
 */
public interface GroupIndex {

  /** A group's key and the range its members' extents span. */
  record Candidate(String id, QuantityKey key, double minValue, double maxValue) {}

  /**
   * Groups whose key is compatible with this one (see {@link QuantityKey#compatible}) and whose
   * range is within {@link GroupAssigner#reach} (the key's) of a claim's extent, low to high
   * ({@link GroupAssigner#extent}: one value but for a vague figure).
   */
  List<Candidate> candidates(QuantityKey key, double low, double high);

  /**
   * The claims about to be grouped: an index over a database may look up all their candidates at once,
   * instead of one query per {@link #candidates} call. Nothing by default.
   */
  default void prepare(List<Claim> claims) {}

  /** Starts a group with one claim's extent. */
  void create(String id, QuantityKey key, double low, double high);

  /** Adds a claim to a group: its key is refined and its range widened to the claim's extent. */
  void join(String id, QuantityKey refinedKey, double low, double high);
}
