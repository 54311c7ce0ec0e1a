package io.claimwatch.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Besides JMH's wall-clock ops/s, the CPU time of the benchmark thread over the measurement iterations, so that "per
 * core" holds on a busy machine too (a shared 2-core box gives the thread only part of a core). A single-threaded
 * benchmark counts its operations in {@link #ops}; the operations per CPU second go to {@link #cpuFile} under
 * {@link #cpuFigureName()} for {@link BenchmarkMain}'s table.
 */
@State(Scope.Benchmark)
public abstract class CpuTimedBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Operations of the current iteration; the benchmark method adds one per call. */
    protected long ops;
    private long cpuStart, cpuNanos, measuredOps;

    /** The name of this trial's figure in {@link #cpuFile}. */
    protected abstract String cpuFigureName();

    static Path cpuFile(String name) {
        return Path.of(System.getProperty("java.io.tmpdir"), "claimwatch-bench-cpu-" + name);
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        ops = 0;
        cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    @TearDown(Level.Iteration)
    public void endIteration(IterationParams params) {
        // fixtures run on the benchmark thread (single-threaded benchmarks), so this is its CPU time
        if (params.getType() != IterationType.MEASUREMENT) return;
        cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
        measuredOps += ops;
    }

    @TearDown(Level.Trial)
    public void writeCpuFigure() {
        if (cpuNanos == 0) return;
        try {
            Files.writeString(cpuFile(cpuFigureName()), String.format(Locale.ROOT, "%.4f", measuredOps / (cpuNanos / 1e9)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
