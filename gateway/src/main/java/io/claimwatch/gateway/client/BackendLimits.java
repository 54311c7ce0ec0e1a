package io.claimwatch.gateway.client;

import com.netflix.concurrency.limits.Limiter;
import com.netflix.concurrency.limits.limit.Gradient2Limit;
import com.netflix.concurrency.limits.limiter.SimpleLimiter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many calls the gateway keeps in flight to each backend: an adaptive limit (Netflix concurrency-limits'
 * Gradient2, which lowers the limit when the backend's latency rises above its latency without load, and raises it
 * while calls stay fast), between a floor and a ceiling. A call over the limit is refused before it is sent, so an
 * overloaded backend is answered 429 with Retry-After at once instead of queueing calls that would pass their
 * deadline and answer 504. Plain Java: the edge ({@link BackendCalls}) takes a permit per call and reports how it
 * ended.
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
    private final Limiter.Listener listener;
    private boolean released;

    private Permit(Limiter.Listener listener) {
      this.listener = listener;
    }

    public synchronized void release(Outcome outcome) {
      if (released) {
        return;
      }
      released = true;
      switch (outcome) {
        case ANSWERED -> listener.onSuccess();
        case OVERLOADED -> listener.onDropped();
        case IGNORED -> listener.onIgnore();
      }
    }
  }

  private final Map<Backend, SimpleLimiter<Void>> limiters = new EnumMap<>(Backend.class);

  /**
   * Limits that start at {@code max} calls in flight per backend (a healthy backend takes a burst: 200 watchers checking
   * their filters at once) and fall towards {@code min} while its latency says it is overloaded.
   */
  public BackendLimits(int min, int max) {
    this(min, max, System::nanoTime);
  }

  /** The same on a given clock (tests drive the latencies). */
  BackendLimits(int min, int max, java.util.function.LongSupplier nanoClock) {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("gateway.backend-limit: min-in-flight " + min + " and max-in-flight " + max
          + " must satisfy 1 <= min <= max");
    }
    for (Backend b : Backend.values()) {
      Gradient2Limit limit = Gradient2Limit.newBuilder().initialLimit(max).minLimit(min).maxConcurrency(max).build();
      limiters.put(b, SimpleLimiter.newBuilder().named(b.label()).limit(limit).nanoClock(nanoClock).build());
    }
  }

  /** A permit for one call to the backend, or empty when it has as many calls in flight as its limit allows. */
  public Optional<Permit> acquire(Backend backend) {
    return limiters.get(backend).acquire(null).map(Permit::new);
  }

  /** The backend's current limit of calls in flight. */
  public int limit(Backend backend) {
    return limiters.get(backend).getLimit();
  }

  /** The backend's calls in flight now. */
  public int inFlight(Backend backend) {
    return limiters.get(backend).getInflight();
  }
}
