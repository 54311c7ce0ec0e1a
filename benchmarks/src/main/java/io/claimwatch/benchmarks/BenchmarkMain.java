package io.claimwatch.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the JMH benchmarks (any JMH command-line option works: {@code -prof gc}, {@code -p input=...},
 * {@code -f}, {@code -wi}, ...) and then prints, per input, what JMH's ops/s mean for extraction:
 * MB/s of article text (UTF-8, 1 MB = 10^6 bytes) and articles/s on one core, and, with
 * {@code -prof gc}, the bytes allocated per article (gc.alloc.rate.norm). For the synthetic texts,
 * articles/s is the MB/s over the mean size of a seed article. "wall" is JMH's score; "cpu" divides
 * by the CPU time of the benchmark thread instead, which is the per-core figure when other
 * processes share the machine (see ExtractBenchmark).
 */
public final class BenchmarkMain {

    public static void main(String[] args) throws Exception {
        CommandLineOptions options = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(options).run();
        double meanSeed = Articles.meanSeedBytes();
        List<String> lines = new ArrayList<>();
        List<String> cleaning = new ArrayList<>();
        for (RunResult r : results) {
            String input = r.getParams().getParam("input");
            String cleanInput = r.getParams().getParam("cleanInput");
            if (cleanInput != null) {
                cleaning.add(cleanLine(r, cleanInput));
                continue;
            }
            if (input == null) continue;
            int bytes = Articles.utf8(Articles.input(input));
            double opsPerSec = r.getPrimaryResult().getScore();
            double cpuOps = Double.NaN;
            java.nio.file.Path f = CpuTimedBenchmark.cpuFile(input);
            if (java.nio.file.Files.exists(f)) {
                cpuOps = Double.parseDouble(java.nio.file.Files.readString(f).strip());
                java.nio.file.Files.delete(f);
            }
            double cpuMb = cpuOps * bytes / 1e6;
            double mbPerSec = opsPerSec * bytes / 1e6;
            boolean synthetic = input.startsWith("synthetic");
            double articlesPerSec = synthetic ? mbPerSec * 1e6 / meanSeed : opsPerSec;
            String alloc = "n/a (run with -prof gc)";
            for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
                if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                    double perOp = e.getValue().getScore();
                    double perArticle = synthetic ? perOp * meanSeed / bytes : perOp;
                    alloc = String.format(Locale.ROOT, "%,.0f B/article (%,.0f B/op)", perArticle, perOp);
                }
            }
            double cpuArticles = synthetic ? cpuMb * 1e6 / meanSeed : cpuOps;
            lines.add(String.format(Locale.ROOT, "%-26s %9d B | wall: %9.2f ops/s %6.2f MB/s %8.1f art/s | cpu: %6.2f MB/s %8.1f art/s | %s",
                    input, bytes, opsPerSec, mbPerSec, articlesPerSec, cpuMb, cpuArticles, alloc));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Per core (single-threaded); mean seed article %.0f B; 1 MB = 10^6 bytes of UTF-8 text%n", meanSeed);
        lines.forEach(System.out::println);
        if (!cleaning.isEmpty()) {
            System.out.println();
            System.out.println("Cleaning (ArticleCleaner, text/plain), per core; 1 MB = 10^6 bytes of UTF-8 text");
            cleaning.forEach(System.out::println);
        }
    }

    private static String cleanLine(RunResult r, String input) throws java.io.IOException {
        int bytes = Articles.utf8(Articles.cleanInput(input));
        double opsPerSec = r.getPrimaryResult().getScore();
        double cpuOps = Double.NaN;
        java.nio.file.Path f = CpuTimedBenchmark.cpuFile("clean-" + input);
        if (java.nio.file.Files.exists(f)) {
            cpuOps = Double.parseDouble(java.nio.file.Files.readString(f).strip());
            java.nio.file.Files.delete(f);
        }
        String alloc = "n/a (run with -prof gc)";
        for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
            if (e.getKey().endsWith("gc.alloc.rate.norm")) {
                alloc = String.format(Locale.ROOT, "%,.0f B/op (%.1f B/byte)", e.getValue().getScore(), e.getValue().getScore() / bytes);
            }
        }
        return String.format(Locale.ROOT, "%-26s %9d B | wall: %9.2f ops/s %6.2f MB/s | cpu: %9.2f ops/s %6.2f MB/s | %s",
                input, bytes, opsPerSec, opsPerSec * bytes / 1e6, cpuOps, cpuOps * bytes / 1e6, alloc);
    }

    private BenchmarkMain() { }
}
