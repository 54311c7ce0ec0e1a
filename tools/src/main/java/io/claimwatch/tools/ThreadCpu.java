package io.claimwatch.tools;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JVM's CPU by kind of thread, read from {@code /proc/PID/task/TID/stat} (user + system ticks) and the thread's name
 * ({@code comm}, the first 15 characters of the Java name): how much of a service's CPU is the JIT's compilers, the
 * collector and the VM's own threads rather than the requests. Threads that ended between two snapshots are in the
 * process's total only ({@link ProcessCpu}), not here.
 */
final class ThreadCpu {

  /** The kinds, in print order. */
  static final List<String> KINDS = List.of("jit-c2", "jit-c1", "gc+vm", "jfr", "event-loop", "workers", "main", "other");

  private static final double MS_PER_TICK = 1000.0 / 100; // USER_HZ is 100 on Linux

  private ThreadCpu() {}

  /** CPU ms so far per thread id of a process, with the thread's kind; empty when /proc does not tell. */
  static Map<Long, Sample> snapshot(long pid) {
    Map<Long, Sample> out = new LinkedHashMap<>();
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
      for (Path t : tasks) {
        try {
          String stat = Files.readString(t.resolve("stat"));
          String name = Files.readString(t.resolve("comm")).strip();
          // the fields after the name in parentheses (which may hold spaces): state is field 3, utime 14, stime 15
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          double ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * MS_PER_TICK;
          out.put(Long.parseLong(t.getFileName().toString()), new Sample(kind(name), ms));
        } catch (IOException | RuntimeException e) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException e) {
      // the process is gone, or this is not Linux
    }
    return out;
  }

  /** A thread's kind from its name. */
  static String kind(String name) {
    if (name.startsWith("C2 Compiler")) {
      return "jit-c2";
    }
    if (name.startsWith("C1 Compiler")) {
      return "jit-c1";
    }
    if (name.startsWith("VM ") || name.startsWith("GC ") || name.startsWith("Sweeper") || name.startsWith("Service Thread")
        || name.startsWith("Monitor Deflati") || name.startsWith("Common-Cleaner") || name.startsWith("Finalizer")
        || name.startsWith("Reference Handl") || name.startsWith("Signal Dispatch")) {
      return "gc+vm";
    }
    if (name.startsWith("JFR")) {
      return "jfr";
    }
    if (name.startsWith("vert.x-eventloo") || name.startsWith("vert.x-acceptor")) {
      return "event-loop";
    }
    if (name.startsWith("executor-thread") || name.startsWith("vert.x-worker") || name.startsWith("vert.x-internal")
        || name.startsWith("grpc-") || name.startsWith("ingest-worker") || name.startsWith("ForkJoinPool")) {
      return "workers";
    }
    if (name.equals("java") || name.equals("main")) {
      return "main";
    }
    return "other";
  }

  /** CPU ms by kind between two snapshots of one process (a thread new in {@code after} counts from zero). */
  static Map<String, Double> byKind(Map<Long, Sample> before, Map<Long, Sample> after) {
    Map<String, Double> out = new LinkedHashMap<>();
    KINDS.forEach(k -> out.put(k, 0.0));
    after.forEach((tid, s) -> {
      Sample b = before.get(tid);
      out.merge(s.kind(), s.ms() - (b == null ? 0 : b.ms()), Double::sum);
    });
    return out;
  }

  /** One line: each kind's CPU in s and its share of the threads' sum. */
  static String line(Map<String, Double> byKind) {
    double sum = byKind.values().stream().mapToDouble(Double::doubleValue).sum();
    StringBuilder sb = new StringBuilder(String.format("%6.1f s:", sum / 1000));
    byKind.forEach((k, ms) -> {
      if (ms > 0) {
        sb.append(String.format(" %s %.1f s (%.0f %%)", k, ms / 1000, sum == 0 ? 0 : 100 * ms / sum));
      }
    });
    return sb.toString();
  }

  /** A thread's kind and CPU ms so far. */
  record Sample(String kind, double ms) {}
}
