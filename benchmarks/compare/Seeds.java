import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;

/**
 * One build of the engine over texts in turn, each text extracted on a thread of its own named after its file ("seed-000_...txt"),
 * one extraction at a time, so that a JFR recording of the loop can be read text by text (the samples of one thread); prints
 * each text's thread CPU an extraction over the measured seconds (benchmarks/README.md, "Profile").
 *
 * <pre>
 * args: classesDir warmUpRounds seconds text...
 * </pre>
 * The class path must hold the engine's dependencies but not the engine, as for {@code Compare}.
 */
public class Seeds {
  public static void main(String[] a) throws Exception {
    URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(a[0]).toUri().toURL()}, Seeds.class.getClassLoader());
    Class<?> c = Class.forName("io.claimwatch.extract.domain.ClaimExtractor", true, cl);
    Object engine = c.getMethod("create").invoke(null);
    Method extract = c.getMethod("extract", String.class, java.time.LocalDate.class);
    int warm = Integer.parseInt(a[1]); long secs = Long.parseLong(a[2]);
    int n = a.length - 3;
    String[] texts = new String[n]; ExecutorService[] ex = new ExecutorService[n]; long[] cpu = new long[n]; long[] count = new long[n];
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < n; i++) {
      texts[i] = Files.readString(Path.of(a[i + 3]));
      String name = "seed-" + Path.of(a[i + 3]).getFileName();
      ex[i] = Executors.newSingleThreadExecutor(r -> new Thread(r, name));
    }
    for (int r = 0; r < warm; r++) for (int i = 0; i < n; i++) { final int k = i; ex[k].submit(() -> extract.invoke(engine, texts[k], null)).get(); }
    long end = System.nanoTime() + secs * 1_000_000_000L;
    while (System.nanoTime() < end) for (int i = 0; i < n; i++) {
      final int k = i;
      ex[k].submit(() -> { long c0 = mx.getCurrentThreadCpuTime(); extract.invoke(engine, texts[k], null); cpu[k] += mx.getCurrentThreadCpuTime() - c0; count[k]++; return null; }).get();
    }
    for (int i = 0; i < n; i++) {
      long bytes = Files.size(Path.of(a[i + 3]));
      System.out.printf("%s: %d extractions, %.3f ms cpu an extraction, %.2f MB/s a core%n", a[i + 3], count[i], cpu[i] / 1e6 / count[i], bytes * count[i] / 1e6 / (cpu[i] / 1e9));
      ex[i].shutdown();
    }
  }
}
