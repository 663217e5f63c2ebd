package org.grille.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.grille.api.BatchResult;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Several applications per Drools session ({@link KeyedBatch}) against the naive peer and the engine, on the same
 * 1 000 generated applications, in one run: µs per application, one thread. The keyed batch collects nothing, like
 * the naive peer, so the two compare Drools' own work; the engine's figure adds validation, the listener and the tally.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class KeyedBatchBenchmark {

    /** Applications per session, for {@link #keyedBatch} only: the naive peer and the engine run once per trial. */
    @State(Scope.Thread)
    public static class Batch {
        /** 1 is the keyed rules' cost with one application per session, as the engine runs today. */
        @Param({"1", "20", "100", "1000"})
        public int size;
    }

    private List<Application> applications;
    private NaivePeer naive;
    private KeyedBatch keyed;
    private Scorer scorer;

    @Setup(Level.Trial)
    public void setUp() {
        applications = Samples.generate(1_000);
        naive = NaivePeer.compile();
        keyed = KeyedBatch.compile();
        scorer = Scorer.builder().build();
    }

    /** The naive peer: a new session per application, nothing collected. */
    @Benchmark
    @OperationsPerInvocation(1_000)
    public int naivePeer() {
        int fired = 0;
        for (Application application : applications) {
            fired += naive.run(application);
        }
        return fired;
    }

    /** The keyed rules, {@code batch.size} applications per pooled session, nothing collected. */
    @Benchmark
    @OperationsPerInvocation(1_000)
    public int keyedBatch(Batch batch) {
        return keyed.run(applications, batch.size);
    }

    /** The engine as it is: {@code Scorer.assessAll}, one pooled session per application, full assessments. */
    @Benchmark
    @OperationsPerInvocation(1_000)
    public BatchResult engine() {
        return scorer.assessAll(applications);
    }
}
