package io.claimwatch.claims.domain;

import java.time.Instant;

/** A group of claims about one quantity: its key, when a claim last joined, and how many it holds. */
public record ClaimGroup(String id, QuantityKey key, Instant createTime, Instant updateTime, int claimCount) {}
