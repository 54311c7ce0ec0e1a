package io.claimwatch.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top of a JFR recording's CPU samples (jdk.ExecutionSample): the methods that were running
 * (self), and the Claimwatch methods on the stack (total), each as a share of the samples. What a
 * flame graph shows, as text: {@code java -cp ... io.claimwatch.tools.JfrTop FILE.jfr [N]}.
 */
public final class JfrTop {

  private JfrTop() {}

  public static void main(String[] args) throws IOException {
    print(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 15);
  }

  static void print(Path file, int top) throws IOException {
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    Map<String, Double> threads = new HashMap<>();
    int samples = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (e.getEventType().getName().equals("jdk.ThreadCPULoad")) {
        // each Java thread's CPU over the last period (10 s in the profile settings), JIT compiler threads included
        threads.merge(group(e.getThread("eventThread")), (double) e.getFloat("user") + e.getFloat("system"), Double::sum);
        continue;
      }
      if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedStackTrace st = e.getStackTrace();
      if (st == null || st.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      List<RecordedFrame> frames = st.getFrames();
      self.merge(name(frames.get(0)), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame f : frames) {
        String n = name(f);
        if (n.startsWith("io.claimwatch.") && seen.add(n)) {
          total.merge(n, 1, Integer::sum);
        }
      }
    }
    // The samples see Java code only: the JIT compiling (in a short run a large share), the collector and the
    // kernel's side of the sockets are not in them. The threads' own CPU says how much of the process they are.
    double all = threads.values().stream().mapToDouble(Double::doubleValue).sum();
    System.out.printf("%n%s: CPU of the Java threads, by kind (compiler threads are the JIT; the collector is not a Java thread):%n",
        file.getFileName());
    threads.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(6)
        .forEach(x -> System.out.printf("    %5.1f%%  %s%n", all == 0 ? 0.0 : 100.0 * x.getValue() / all, x.getKey()));
    System.out.printf("%s: %d CPU samples%n  self (running):%n", file.getFileName(), samples);
    int n = samples;
    self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(x -> System.out.printf("    %5.1f%%  %s%n", 100.0 * x.getValue() / n, x.getKey()));
    System.out.printf("  total (Claimwatch methods on the stack):%n");
    total.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(x -> System.out.printf("    %5.1f%%  %s%n", 100.0 * x.getValue() / n, x.getKey()));
  }

  /** A thread's kind: its name without numbers (executor-thread-3 and executor-thread-7 are one kind). */
  private static String group(jdk.jfr.consumer.RecordedThread t) {
    String name = t == null ? null : t.getJavaName() != null ? t.getJavaName() : t.getOSName();
    return name == null ? "?" : name.replaceAll("[0-9]+", "#");
  }

  private static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }
}
