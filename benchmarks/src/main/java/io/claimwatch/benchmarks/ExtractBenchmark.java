package io.claimwatch.benchmarks;

import io.claimwatch.extract.domain.ClaimExtractor;
import io.claimwatch.extract.domain.Extraction;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link ClaimExtractor#extract} on one input per trial, single-threaded: each seed article and two
 * synthetic texts of about 100 KB and 1 MB. One operation = one whole text, with the publication
 * date detected (null passed in), as extract-service does when the caller gives none.
 * Its thread's CPU time per operation too ({@link CpuTimedBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractBenchmark extends CpuTimedBenchmark {

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

    @Override
    protected String cpuFigureName() {
        return input;
    }

    @Benchmark
    public Extraction extract() {
        ops++;
        return extractor.extract(text, null);
    }
}
