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
    Matcher m = LOCAL_PORT.matcher(jdbcUrl);
    if (!m.find()) {
      return Duration.ZERO;
    }
    String port = m.group(2);
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false)
            && Arrays.asList(p.info().arguments().orElse(new String[0])).contains(port))
        .flatMap(p -> Stream.concat(Stream.of(p), p.descendants()))
        .map(ProcessCpu::of).reduce(Duration.ZERO, Duration::plus);
  }
}
