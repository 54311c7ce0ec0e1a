package io.claimwatch.tools;

import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** CPU time the benchmarks read off the processes they start, so that a figure says who spent it. */
final class ProcessCpu {

  private static final Pattern LOCAL_PORT = Pattern.compile("//(localhost|127\\.0\\.0\\.1):(\\d+)/");

  private ProcessCpu() {}

  /** CPU time a process has used so far (all its threads); zero when the platform does not tell. */
  static Duration of(ProcessHandle p) {
    return p.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /**
   * CPU time of the cluster's PostgreSQL so far: its postmaster (found by the port of the JDBC URL) and the
   * backends and helpers it forked; zero when it is not a local process.
   */
  static Duration postgres(String jdbcUrl) {
    return postgresProcesses(jdbcUrl).map(ProcessCpu::of).reduce(Duration.ZERO, Duration::plus);
  }

  /** The cluster's PostgreSQL processes: its postmaster (found by the port of the JDBC URL) and what it forked. */
  static Stream<ProcessHandle> postgresProcesses(String jdbcUrl) {
    Matcher m = LOCAL_PORT.matcher(jdbcUrl);
    if (!m.find()) {
      return Stream.empty();
    }
    String port = m.group(2);
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false)
            && Arrays.asList(p.info().arguments().orElse(new String[0])).contains(port))
        .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()));
  }

  /**
   * Memory of the cluster's PostgreSQL, in kB: the proportional set size (PSS) of all its processes, so that the
   * shared buffers every backend maps count once; zero when it is not a local process.
   */
  static long postgresPssKb(String jdbcUrl) {
    return postgresProcesses(jdbcUrl).mapToLong(p -> statusKb(p.pid(), "smaps_rollup", "Pss:")).sum();
  }

  /** A process's resident set size, in kB (0 when it is gone). */
  static long rssKb(long pid) {
    return statusKb(pid, "status", "VmRSS:");
  }

  private static long statusKb(long pid, String file, String field) {
    try {
      for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/" + pid + "/" + file))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      // gone, or not ours to read
    }
    return 0;
  }
}
