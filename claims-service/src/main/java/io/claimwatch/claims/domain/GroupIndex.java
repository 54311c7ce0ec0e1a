package io.claimwatch.claims.domain;

import java.util.List;

/**
 * The groups a new claim can join, found by key through an index, so that matching a claim costs
 * the same however many claims are stored. Each group keeps the range of its members'
 * representative values.
 */
public interface GroupIndex {

  /** A group's key and the range of its members' representative values. */
  record Candidate(String id, QuantityKey key, double minValue, double maxValue) {}

  /**
   * Groups whose key is compatible with this one (see {@link QuantityKey#compatible}) and whose
   * range is within {@link GroupAssigner#reach} (the key's) of the value.
   */
  List<Candidate> candidates(QuantityKey key, double value);

  /**
   * The claims about to be grouped: an index over a database may look up all their candidates at once,
   * instead of one query per {@link #candidates} call. Nothing by default.
   */
  default void prepare(List<Claim> claims) {}

  /** Starts a group with one claim. */
  void create(String id, QuantityKey key, double value);

  /** Adds a claim to a group: its key is refined and its range widened to the value. */
  void join(String id, QuantityKey refinedKey, double value);
}
