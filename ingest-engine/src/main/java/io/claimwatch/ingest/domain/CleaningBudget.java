package io.claimwatch.ingest.domain;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

/**
 * What one article's cleaning may cost, checked every few hundred steps of the passes over the page,
 * so that no page holds a request thread for long. Past the CPU budget the page itself is too costly:
 * INVALID_ARGUMENT {@code ARTICLE_TOO_COMPLEX}. Past the wall-clock budget (the machine is busy) the
 * client is told to come back: RESOURCE_EXHAUSTED {@code INGEST_BUSY}. Either way nothing is stored.
 * Not thread-safe: one per cleaning, on the thread that cleans.
 */
final class CleaningBudget {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private final Duration cpu;
  private final Duration wall;
  private final long wallDeadline;
  private final long cpuStart;
  private int steps;

  CleaningBudget(Duration cpu, Duration wall) {
    this.cpu = cpu;
    this.wall = wall;
    this.wallDeadline = System.nanoTime() + wall.toNanos();
    this.cpuStart = threadCpu();
  }

  /** One step of work; every 256th looks at the clocks. */
  void tick() {
    if ((++steps & 0xFF) == 0) {
      check();
    }
  }

  void check() {
    if (cpuStart >= 0 && threadCpu() - cpuStart > cpu.toNanos()) {
      throw new DomainException.InvalidInput("ARTICLE_TOO_COMPLEX",
          "cleaning the page needs more than its budget of " + cpu.toMillis() + " ms of CPU; send the article's own"
              + " page, or its text as text/plain");
    }
    if (System.nanoTime() - wallDeadline > 0) {
      throw new DomainException.Exhausted("INGEST_BUSY", "cleaning the page took longer than " + wall.toMillis()
          + " ms on a busy server; nothing was stored: retry in " + RETRY_AFTER.toSeconds() + " s", RETRY_AFTER);
    }
  }

  /** This thread's CPU time in ns, or -1 where the JVM cannot tell it (then only the wall clock bounds). */
  private static long threadCpu() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
  }
}
