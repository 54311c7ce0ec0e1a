package io.claimwatch.benchmarks;

import io.claimwatch.ingest.domain.ArticleCleaner;
import io.claimwatch.ingest.domain.CleanArticle;
import java.nio.charset.StandardCharsets;
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
 * ingest-engine's {@link ArticleCleaner#clean} of a plain-text article (as ingest-service takes a {@code text/plain}
 * one: decode, check, clean, date, source map), single-threaded; one operation = one whole document. Inputs: each
 * seed article, and {@code text-1MB} / {@code text-5MB}: whole real articles one after another, a blank line between
 * them, up to the size ({@link Articles#concatenated}: the corpora's texts when {@code -Dclaimwatch.texts} names
 * their directories, else the jar's seeds and eval articles, repeated). Its thread's CPU time per operation too
 * ({@link CpuTimedBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CleanBenchmark extends CpuTimedBenchmark {

    @Param({"000_6b311205ed4b5ad7.txt", "001_3cfe998d9931a718.txt", "002_f51e2aa30ed312ff.txt",
            "003_61f437f3e7882feb.txt", "004_db5a7571354150cf.txt", "text-1MB", "text-5MB"})
    public String cleanInput;

    private byte[] bytes;
    private ArticleCleaner cleaner;

    @Setup(Level.Trial)
    public void setUp() {
        bytes = Articles.cleanInput(cleanInput).getBytes(StandardCharsets.UTF_8);
        cleaner = ArticleCleaner.withDefaults();
        if (cleaner.clean(bytes, "text/plain").text().isBlank()) throw new IllegalStateException("nothing kept of " + cleanInput);
    }

    @Override
    protected String cpuFigureName() {
        return "clean-" + cleanInput;
    }

    @Benchmark
    public CleanArticle clean() {
        ops++;
        return cleaner.clean(bytes, "text/plain");
    }
}
