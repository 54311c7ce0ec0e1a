package io.claimwatch.gateway.client;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.AIMDLimit;
import com.netflix.concurrency.limits.limit.Gradient2Limit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How many calls the gateway keeps in flight to each backend: the lower of two adaptive limits of Netflix
 * concurrency-limits, between a floor and a ceiling. Gradient2 lowers its limit when the backend's latency rises above
 * its recent level and raises it while calls stay fast; but a backend that stays slow (a starved machine) becomes its
 * new level. So an AIMD limit beside it falls by a tenth with every call slower than an absolute latency ceiling (or
 * timed out, or refused as saturated) and rises by one with each faster call while half of it is in use. A call over
 * the limit is refused before it is sent, so an overloaded backend is answered 429 with Retry-After at once instead of
 * queueing calls that would pass their deadline and answer 504. Plain Java: the edge ({@link BackendCalls}) takes a
 * permit per call and reports how it ended.
 */
public final class BackendLimits {

  /** How a call ended, for the limit: a latency sample, a sign of overload, or neither. */
  public enum Outcome {
    /** Answered (any status a backend gives for the request itself): its latency is a sample. */
    ANSWERED,
    /** Timed out or unavailable: the backend is overloaded, the limit falls. */
    OVERLOADED,
    /** Cancelled by the caller: says nothing about the backend. */
    IGNORED
  }

  /** One call's place under the limit; given back once, with how the call ended. */
  public static final class Permit {
    private final Limiter.Listener[] listeners;
    private boolean released;

    private Permit(Limiter.Listener... listeners) {
      this.listeners = listeners;
    }

    public synchronized void release(Outcome outcome) {
      if (released) {
        return;
      }
      released = true;
      for (Limiter.Listener listener : listeners) {
        switch (outcome) {
          case ANSWERED -> listener.onSuccess();
          case OVERLOADED -> listener.onDropped();
          case IGNORED -> listener.onIgnore();
        }
      }
    }
  }

  /** A backend's two limits: relative to its latency's own level, and to the latency ceiling. */
  private record Limits(SimpleLimiter<Void> relative, SimpleLimiter<Void> absolute) {}

  private final Map<Backend, Limits> limiters = new EnumMap<>(Backend.class);

  /**
   * Limits that start at {@code max} calls in flight per backend (a healthy backend takes a burst: 200 watchers checking
   * their filters at once) and fall towards {@code min} while its latency says it is overloaded: above its own level,
   * or above {@code latencyCeiling}.
   */
  public BackendLimits(int min, int max, Duration latencyCeiling) {
    this(min, max, latencyCeiling, System::nanoTime);
  }

  /** The same on a given clock (tests drive the latencies). */
  BackendLimits(int min, int max, Duration latencyCeiling, java.util.function.LongSupplier nanoClock) {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("gateway.backend-limit: min-in-flight " + min + " and max-in-flight " + max
          + " must satisfy 1 <= min <= max");
    }
    if (latencyCeiling.isNegative() || latencyCeiling.isZero()) {
      throw new IllegalArgumentException("gateway.backend-limit.latency-ceiling " + latencyCeiling + " must be positive");
    }
    for (Backend b : Backend.values()) {
      Gradient2Limit relative = Gradient2Limit.newBuilder().initialLimit(max).minLimit(min).maxConcurrency(max).build();
      AIMDLimit absolute = AIMDLimit.newBuilder().initialLimit(max).minLimit(min).maxLimit(max).backoffRatio(0.9)
          .timeout(latencyCeiling.toNanos(), TimeUnit.NANOSECONDS).build();
      limiters.put(b, new Limits(
          SimpleLimiter.newBuilder().named(b.label()).limit(relative).nanoClock(nanoClock).build(),
          SimpleLimiter.newBuilder().named(b.label() + "-ceiling").limit(absolute).nanoClock(nanoClock).build()));
    }
  }

  /** A permit for one call to the backend, or empty when it has as many calls in flight as either limit allows. */
  public Optional<Permit> acquire(Backend backend) {
    Limits l = limiters.get(backend);
    Optional<Limiter.Listener> relative = l.relative().acquire(null);
    if (relative.isEmpty()) {
      return Optional.empty();
    }
    Optional<Limiter.Listener> absolute = l.absolute().acquire(null);
    if (absolute.isEmpty()) {
      relative.get().onIgnore();
      return Optional.empty();
    }
    return Optional.of(new Permit(relative.get(), absolute.get()));
  }

  /** The backend's current limit of calls in flight: the lower of the two. */
  public int limit(Backend backend) {
    Limits l = limiters.get(backend);
    return Math.min(l.relative().getLimit(), l.absolute().getLimit());
  }

  /** The backend's calls in flight now. */
  public int inFlight(Backend backend) {
    return limiters.get(backend).relative().getInflight();
  }
}
