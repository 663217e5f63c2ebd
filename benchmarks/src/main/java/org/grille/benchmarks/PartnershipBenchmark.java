package org.grille.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.grille.api.BatchResult;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.partnership.PartnershipReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Scorer.partnerships} on a whole batch, warm, against scoring the same batch ({@code assessAll}) as the
 * same-run baseline. The 47 applications are the example batch ({@code examples/data/applications.json}, or the path
 * in {@code -Dgrille.samples=...}); the 1 000 are {@link Samples}, whose ten boroughs make a batch denser in pairs
 * than a real call spread over nineteen. Milliseconds per batch.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@State(Scope.Thread)
public class PartnershipBenchmark {

    private Scorer scorer;
    private List<Application> examples;
    private List<Application> thousand;

    @Setup(Level.Trial)
    public void setUp() {
        scorer = Scorer.builder().build();
        Path file = Path.of(System.getProperty("grille.samples", "examples/data/applications.json"));
        try (InputStream in = Files.newInputStream(file)) {
            examples = JsonCodec.standard().readBatch(in).applications();
        } catch (IOException e) {
            throw new UncheckedIOException("Run from the repository root, or pass -Dgrille.samples=FILE", e);
        }
        thousand = Samples.generate(1_000);
        PartnershipReport check = scorer.partnerships().suggest(thousand);
        if (!check.rejections().isEmpty() || examples.size() != 47) {
            throw new IllegalStateException("Expected 47 examples and 1 000 valid samples");
        }
    }

    /** The example batch: every suggestion and overlap cluster of 47 applications. */
    @Benchmark
    public PartnershipReport partnerships47() {
        return scorer.partnerships().suggest(examples);
    }

    /** Baseline: scoring the same 47 applications. */
    @Benchmark
    public BatchResult assessAll47() {
        return scorer.assessAll(examples);
    }

    /** 1 000 generated applications. */
    @Benchmark
    public PartnershipReport partnerships1000() {
        return scorer.partnerships().suggest(thousand);
    }

    /** Baseline: scoring the same 1 000 applications. */
    @Benchmark
    public BatchResult assessAll1000() {
        return scorer.assessAll(thousand);
    }
}
