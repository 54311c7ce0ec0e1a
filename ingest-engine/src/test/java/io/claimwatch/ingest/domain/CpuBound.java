package io.claimwatch.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Runs a check on a thread of its own and bounds the CPU time that thread spends. A super-linear cost shows in CPU
 * time whatever else the machine runs; a wall clock cannot tell it from a busy machine (the build box has two cores
 * and often a dozen runnable processes). The wall clock still ends a hang, at {@value #WALL_FACTOR} times the bound.
 */
final class CpuBound {

  static final int WALL_FACTOR = 20;

  private CpuBound() {}

  static <T> T within(Duration cpu, ThrowingSupplier<T> check) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] used = new long[1];
    T result = assertTimeoutPreemptively(cpu.multipliedBy(WALL_FACTOR), () -> {
      long start = threads.getCurrentThreadCpuTime();
      try {
        return check.get();
      } finally {
        used[0] = threads.getCurrentThreadCpuTime() - start;
      }
    });
    assertThat(Duration.ofNanos(used[0])).as("CPU time of the check").isLessThanOrEqualTo(cpu);
    return result;
  }

  static void within(Duration cpu, Executable check) {
    within(cpu, () -> {
      check.execute();
      return null;
    });
  }
}
