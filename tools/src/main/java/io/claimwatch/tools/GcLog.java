package io.claimwatch.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's garbage collections, read from the log that {@link LocalCluster} has every service write
 * ({@code -Xlog:gc:file=...:timemillis}): when each pause ended and how much heap was in use after it. RSS
 * alone cannot tell a leak from a collector that lets the heap fill to its cap; the heap after each
 * collection can (a live set that keeps rising is a leak).
 */
final class GcLog {

  /** One pause: when it was logged (ms since the epoch), whether it collected the whole heap, MB in use after it. */
  record Pause(long epochMs, boolean full, long afterMb) {}

  // "[1764762000123ms] GC(12) Pause Young (Allocation Failure) 150M->40M(500M) 12.345ms"
  private static final Pattern PAUSE = Pattern.compile("^\\[(\\d+)ms\\] GC\\(\\d+\\) Pause (\\w+).*? (\\d+)M->(\\d+)M\\(\\d+M\\)");

  private GcLog() {}

  /** The JVM option that makes a service write the log this class reads. */
  static String option(Path file) {
    return "-Xlog:gc:file=" + file + ":timemillis:filecount=0";
  }

  static List<Pause> read(Path file) throws IOException {
    List<Pause> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher m = PAUSE.matcher(line);
      if (m.find()) {
        out.add(new Pause(Long.parseLong(m.group(1)), m.group(2).equals("Full"), Long.parseLong(m.group(4))));
      }
    }
    return out;
  }
}
