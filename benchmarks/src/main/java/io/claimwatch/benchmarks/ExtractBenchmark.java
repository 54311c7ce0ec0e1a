package io.claimwatch.benchmarks;

import io.claimwatch.extract.domain.ClaimExtractor;
import io.claimwatch.extract.domain.Extraction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * {@link ClaimExtractor#extract} on one input per trial, single-threaded: each seed article and two
 * synthetic texts of about 100 KB and 1 MB. One operation = one whole text, with the publication
 * date detected (null passed in), as extract-service does when the caller gives none.
 *
 * <p>Besides JMH's wall-clock ops/s, it measures the CPU time of the benchmark thread over the
 * measurement iterations, so that "per core" holds on a busy machine too (a shared 2-core box
 * gives the thread only part of a core): the result goes to {@link #cpuFile} for
 * {@link BenchmarkMain}'s table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractBenchmark {

    @Param({"000_6b311205ed4b5ad7.txt", "001_3cfe998d9931a718.txt", "002_f51e2aa30ed312ff.txt",
            "003_61f437f3e7882feb.txt", "004_db5a7571354150cf.txt", "synthetic-100KB", "synthetic-1MB"})
    public String input;

    private String text;
    private ClaimExtractor extractor;

    @Setup(Level.Trial)
    public void setUp() {
        text = Articles.input(input);
        extractor = ClaimExtractor.create();
        if (extractor.extract(text, null).claims().isEmpty()) throw new IllegalStateException("no claims in " + input);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long ops, cpuStart, cpuNanos, measuredOps;

    @Setup(Level.Iteration)
    public void startIteration() {
        ops = 0;
        cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void endIteration(IterationParams params) {
        // fixtures run on the benchmark thread (single-threaded benchmark), so this is its CPU time
        if (params.getType() != IterationType.MEASUREMENT) return;
        cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
        measuredOps += ops;
    }

    @TearDown(Level.Trial)
    public void writeCpuFigure() {
        if (cpuNanos == 0) return;
        double opsPerCpuSecond = measuredOps / (cpuNanos / 1e9);
        try {
            Files.writeString(cpuFile(input), String.format(Locale.ROOT, "%.4f", opsPerCpuSecond));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path cpuFile(String input) {
        return Path.of(System.getProperty("java.io.tmpdir"), "claimwatch-bench-cpu-" + input);
    }

    @Benchmark
    public Extraction extract() {
        ops++;
        return extractor.extract(text, null);
    }
}
