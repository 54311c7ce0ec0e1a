package io.claimwatch.gateway.domain;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Token buckets per caller and scope, in this replica's memory: each scope has a rate (tokens per
 * second) and a burst (the bucket's size). A call takes one token or is told how long to wait.
 *
 * <p>Buckets are kept in a bounded cache (Caffeine). One not used for as long as the slowest scope takes to refill a
 * whole burst (at least a minute) is dropped: it would be full again, so dropping it changes no answer. Past
 * {@code maxBuckets} the least recently used bucket is dropped first, and its caller starts again with a full burst.
 */
public final class RateLimiter {

  /** A scope's limit: {@code perSecond} tokens refill each second, up to {@code burst}. */
  public record Limit(double perSecond, int burst) {}

  static final Duration MIN_IDLE = Duration.ofMinutes(1);

  private final Map<Scope, Limit> limits;
  private final LongSupplier nanoTime;
  private final Cache<String, Bucket> buckets;

  public RateLimiter(Map<Scope, Limit> limits, LongSupplier nanoTime, long maxBuckets) {
    this.limits = Map.copyOf(limits);
    this.nanoTime = nanoTime;
    this.buckets = Caffeine.newBuilder()
        .expireAfterAccess(idle(limits.values()))
        .maximumSize(maxBuckets)
        .ticker(nanoTime::getAsLong)
        // Maintenance (expiry, eviction) on the calling thread: cheap, amortised, and no pool thread of its own.
        .executor(Runnable::run)
        .build();
  }

  /** How long a bucket must be idle to be full again, whatever its scope; at least {@link #MIN_IDLE}. */
  static Duration idle(Iterable<Limit> limits) {
    double seconds = MIN_IDLE.toSeconds();
    for (Limit l : limits) {
      if (l.perSecond() > 0) {
        seconds = Math.max(seconds, l.burst() / l.perSecond());
      }
    }
    return Duration.ofNanos((long) Math.ceil(seconds * 1e9));
  }

  /** Takes a token: 0 when granted, else the whole seconds to wait before one is there (at least 1). */
  public long acquire(String caller, Scope scope) {
    Limit limit = limits.get(scope);
    if (limit == null || limit.perSecond() <= 0) {
      return 0;
    }
    Bucket b = buckets.get(caller + "|" + scope, k -> new Bucket(limit.burst(), nanoTime.getAsLong()));
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

  /** Buckets held now, after pending expiry and eviction. */
  long size() {
    buckets.cleanUp();
    return buckets.estimatedSize();
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
