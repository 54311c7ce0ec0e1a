package io.claimwatch.claims.domain;

import java.time.Instant;

/**
 * A group of claims about one quantity: its key, when a claim last joined, how many claims it holds and
 * from how many independent origins (reprints of one story count once); both counts are kept with
 * the group as claims arrive and leave, not counted per read.
 */
public record ClaimGroup(String id, QuantityKey key, Instant createTime, Instant updateTime, int claimCount, int originCount) {}
