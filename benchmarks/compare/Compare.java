import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two builds of the engine side by side in one JVM, each in its own class loader, their extractions interleaved text by
 * text (the order of the two swapped each text), so both get the same share of a loaded machine at the same moments.
 * Prints, for each, the thread CPU and the bytes allocated an extraction over the measured seconds, in all and text by text.
 *
 * <pre>
 * args: [--fresh] classesDirA classesDirB warmUpRounds seconds text...
 * </pre>
 * With {@code --fresh}, both engines are created anew before each measured round (not counted), so each round reads every
 * text once with an empty cache of tagged phrases, as a service reads articles it has not seen: the corpus pass.
 * The class path must hold the engine's dependencies but not the engine (benchmarks/README.md, "Side by side").
 */
public class Compare {

    public static void main(String[] args) throws Exception {
        boolean fresh = args.length > 0 && args[0].equals("--fresh");
        String[] a = fresh ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        String[] dirs = {a[0], a[1]};
        int warm = Integer.parseInt(a[2]);
        long secs = Long.parseLong(a[3]);
        List<String> texts = new ArrayList<>();
        for (int i = 4; i < a.length; i++) texts.add(Files.readString(Path.of(a[i])));
        Object[] engine = new Object[2];
        Method[] extract = new Method[2];
        Method[] create = new Method[2];
        for (int k = 0; k < 2; k++) {
            String[] parts = dirs[k].split(":");    // the engine's classes, and the ingest engine's when it changes too
            URL[] urls = new URL[parts.length];
            for (int i = 0; i < parts.length; i++) urls[i] = Path.of(parts[i]).toUri().toURL();
            URLClassLoader cl = new URLClassLoader(urls, Compare.class.getClassLoader());
            Class<?> c = Class.forName("io.claimwatch.extract.domain.ClaimExtractor", true, cl);
            create[k] = c.getMethod("create");
            engine[k] = create[k].invoke(null);
            extract[k] = c.getMethod("extract", String.class, java.time.LocalDate.class);
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        for (int r = 0; r < warm; r++) for (String t : texts) for (int k = 0; k < 2; k++) extract[k].invoke(engine[k], t, null);
        long[] cpu = new long[2];
        long[] bytes = new long[2];
        long[][] cpuT = new long[2][texts.size()];
        long[][] bytesT = new long[2][texts.size()];
        long rounds = 0;
        int order = 0;
        long end = System.nanoTime() + secs * 1_000_000_000L;
        long size = 0;
        for (String t : texts) size += t.getBytes(StandardCharsets.UTF_8).length;
        while (System.nanoTime() < end) {
            if (fresh) for (int k = 0; k < 2; k++) engine[k] = create[k].invoke(null);
            for (int ti = 0; ti < texts.size(); ti++) {
                String t = texts.get(ti);
                for (int j = 0; j < 2; j++) {
                    int k = (j + order) & 1;
                    long c0 = mx.getCurrentThreadCpuTime();
                    long b0 = mx.getThreadAllocatedBytes(self);
                    extract[k].invoke(engine[k], t, null);
                    long db = mx.getThreadAllocatedBytes(self) - b0, dc = mx.getCurrentThreadCpuTime() - c0;
                    bytes[k] += db; cpu[k] += dc; bytesT[k][ti] += db; cpuT[k][ti] += dc;
                }
                order ^= 1;
            }
            rounds++;
        }
        long n = rounds * texts.size();
        for (int k = 0; k < 2; k++) {
            System.out.printf("%s: %d rounds of %d texts, cpu %.2f s, %.3f ms an extraction, %.2f MB/s a core, %,d bytes an extraction%n",
                    dirs[k], rounds, texts.size(), cpu[k] / 1e9, cpu[k] / 1e6 / n, rounds * size / 1e6 / (cpu[k] / 1e9), bytes[k] / n);
        }
        for (int ti = 0; ti < texts.size(); ti++) System.out.printf("%s: cpu %.3f -> %.3f ms (%+.1f %%), bytes %,d -> %,d (%+.1f %%)%n", a[4 + ti],
                cpuT[0][ti] / 1e6 / rounds, cpuT[1][ti] / 1e6 / rounds, 100.0 * (cpuT[1][ti] - cpuT[0][ti]) / cpuT[0][ti],
                bytesT[0][ti] / rounds, bytesT[1][ti] / rounds, 100.0 * (bytesT[1][ti] - bytesT[0][ti]) / bytesT[0][ti]);
        System.out.printf("B/A cpu %.3f, bytes %.3f%n", (double) cpu[1] / cpu[0], (double) bytes[1] / bytes[0]);
    }
}
