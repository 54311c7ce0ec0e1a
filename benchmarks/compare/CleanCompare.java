import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of ingest-engine's cleaner side by side: {@code CleanCompare classesA classesB jsoupJar rounds file...}.
 * Each build's classes in their own class loader; for each file (a directory: its files, recursively; under an
 * {@code input/} directory or named {@code .html}: text/html, else text/plain) it first checks that both builds give
 * the same clean text, title, byline, dating and source-map runs (or the same refusal), then, for {@code rounds > 0},
 * cleans it {@code rounds} times with each build in turn (ABBA) and prints each one's median thread CPU and MB/s
 * after a third of the rounds as warm-up. Prints the count of files alike and every difference.
 */
public final class CleanCompare {

  public static void main(String[] args) throws Exception {
    Object[][] builds = {load(args[0], args[2]), load(args[1], args[2])};
    int rounds = Integer.parseInt(args[3]);
    List<Path> files = new ArrayList<>();
    for (int i = 4; i < args.length; i++) {
      Path p = Path.of(args[i]);
      if (Files.isDirectory(p)) {
        try (var s = Files.walk(p)) {
          s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int alike = 0;
    int differ = 0;
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      String type = f.toString().contains("/input/") || f.toString().endsWith(".html") ? "text/html" : "text/plain";
      String a = clean(builds[0], bytes, type);
      String b = clean(builds[1], bytes, type);
      if (a.equals(b)) {
        alike++;
      } else {
        differ++;
        System.out.println("DIFFERS " + f);
      }
      if (rounds <= 0) {
        continue;
      }
      long[][] cpu = new long[2][rounds];
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < 2; k++) {
          int w = r % 2 == 0 ? k : 1 - k;
          long start = threads.getCurrentThreadCpuTime();
          clean(builds[w], bytes, type);
          cpu[w][r] = threads.getCurrentThreadCpuTime() - start;
        }
      }
      StringBuilder line = new StringBuilder(f.getFileName() + " " + bytes.length + " B:");
      for (int w = 0; w < 2; w++) {
        long[] measured = Arrays.copyOfRange(cpu[w], rounds / 3, rounds);
        Arrays.sort(measured);
        double ms = measured[measured.length / 2] / 1e6;
        line.append(String.format(" %s %.1f ms CPU (%.2f MB/s a core)", w == 0 ? "A" : "B", ms, bytes.length / ms / 1e3));
      }
      System.out.println(line);
    }
    System.out.println("files " + files.size() + ": alike " + alike + ", differ " + differ);
  }

  private static Object[] load(String classes, String jsoup) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(classes).toUri().toURL(), Path.of(jsoup).toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    Class<?> c = loader.loadClass("io.claimwatch.ingest.domain.ArticleCleaner");
    return new Object[] {c.getMethod("withDefaults").invoke(null), c.getMethod("clean", byte[].class, String.class)};
  }

  /** Everything a cleaning gives, as one string; a refusal as its exception. */
  private static String clean(Object[] build, byte[] bytes, String type) throws Exception {
    try {
      Object r = ((Method) build[1]).invoke(build[0], bytes, type);
      Class<?> rc = r.getClass();
      Object map = rc.getMethod("sourceMap").invoke(r);
      int[] runs = (int[]) map.getClass().getMethod("runs").invoke(map);
      return rc.getMethod("text").invoke(r) + "\u0000" + rc.getMethod("title").invoke(r) + "\u0000"
          + rc.getMethod("byline").invoke(r) + "\u0000" + rc.getMethod("dating").invoke(r) + "\u0000" + Arrays.toString(runs);
    } catch (InvocationTargetException e) {
      return "refused: " + e.getCause();
    }
  }

  private CleanCompare() {}
}
