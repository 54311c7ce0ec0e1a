package io.claimwatch.gateway.domain;

/**
 * A bound on the bytes of request bodies the gateway reads at once. Each body is held several times over while it is
 * read, parsed and sent on (bytes, strings, the protobuf message, its encoding), so bodies at the size limit from a few
 * clients at once would fill a small heap: past the budget a request is refused before its body is read. One request
 * alone is always let through, so that a body at the size limit can be sent whatever the budget.
 */
public final class BodyBudget {

  /** Bytes taken for one request; closing gives them back (once). */
  public interface Reservation extends AutoCloseable {
    @Override
    void close();
  }

  private final long budget;
  private long inFlight;
  private int requests;

  public BodyBudget(long budget) {
    if (budget <= 0) {
      throw new IllegalArgumentException("the budget of body bytes in flight must be positive, not " + budget);
    }
    this.budget = budget;
  }

  /** A reservation of {@code bytes}, or null when the bodies in flight and this one would pass the budget. */
  public synchronized Reservation tryReserve(long bytes) {
    if (requests > 0 && inFlight + bytes > budget) {
      return null;
    }
    inFlight += bytes;
    requests++;
    boolean[] closed = {false};
    return () -> {
      synchronized (BodyBudget.this) {
        if (!closed[0]) {
          closed[0] = true;
          inFlight -= bytes;
          requests--;
        }
      }
    };
  }

  public synchronized long inFlight() {
    return inFlight;
  }

  public long budget() {
    return budget;
  }
}
