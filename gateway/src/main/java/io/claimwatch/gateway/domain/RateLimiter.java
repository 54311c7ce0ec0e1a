package io.claimwatch.gateway.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per caller and scope, in this replica's memory: each scope has a rate (tokens per
 * second) and a burst (the bucket's size). A call takes one token or is told how long to wait.
 */
public final class RateLimiter {

  /** A scope's limit: {@code perSecond} tokens refill each second, up to {@code burst}. */
  public record Limit(double perSecond, int burst) {}

  private final Map<Scope, Limit> limits;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(Map<Scope, Limit> limits, LongSupplier nanoTime) {
    this.limits = Map.copyOf(limits);
    this.nanoTime = nanoTime;
  }

  /** Takes a token: 0 when granted, else the whole seconds to wait before one is there (at least 1). */
  public long acquire(String caller, Scope scope) {
    Limit limit = limits.get(scope);
    if (limit == null || limit.perSecond() <= 0) {
      return 0;
    }
    Bucket b = buckets.computeIfAbsent(caller + "|" + scope, k -> new Bucket(limit.burst(), nanoTime.getAsLong()));
    synchronized (b) {
      long now = nanoTime.getAsLong();
      b.tokens = Math.min(limit.burst(), b.tokens + (now - b.last) / 1e9 * limit.perSecond());
      b.last = now;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - b.tokens) / limit.perSecond()));
    }
  }

  private static final class Bucket {
    double tokens;
    long last;

    Bucket(double tokens, long last) {
      this.tokens = tokens;
      this.last = last;
    }
  }
}
