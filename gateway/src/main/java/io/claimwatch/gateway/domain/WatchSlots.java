package io.claimwatch.gateway.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Concurrent watchers, capped per caller and in total; a slot is taken before a stream starts and given back when it ends. */
public final class WatchSlots {

  /** A taken slot; closing it gives it back (once). */
  public interface Slot extends AutoCloseable {
    @Override
    void close();
  }

  private final int perCaller;
  private final int total;
  private final AtomicInteger open = new AtomicInteger();
  private final Map<String, AtomicInteger> byCaller = new ConcurrentHashMap<>();

  public WatchSlots(int perCaller, int total) {
    this.perCaller = perCaller;
    this.total = total;
  }

  /** A slot, or null when the caller or the gateway has as many watchers as allowed. */
  public synchronized Slot tryTake(String caller) {
    AtomicInteger mine = byCaller.computeIfAbsent(caller, k -> new AtomicInteger());
    if (open.get() >= total || mine.get() >= perCaller) {
      return null;
    }
    open.incrementAndGet();
    mine.incrementAndGet();
    boolean[] closed = {false};
    return () -> {
      synchronized (WatchSlots.this) {
        if (!closed[0]) {
          closed[0] = true;
          open.decrementAndGet();
          if (mine.decrementAndGet() == 0) {
            byCaller.remove(caller);
          }
        }
      }
    };
  }

  public int open() {
    return open.get();
  }
}
