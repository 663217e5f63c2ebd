package org.grille.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.grille.api.Assessment;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The scorer as an embedder uses it, and the plain-Java baseline on the same applications.
 * Average time per application in microseconds, one thread: the batch benchmarks declare their batch size as
 * operations per invocation, so every figure reads "µs per application" (a batch costs that times its size).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class AssessBenchmark {

    private Scorer scorer;
    private PlainJavaRubric rubric;
    /** 1 000 generated applications, cycled through so no single application's path gets all the JIT's attention. */
    private List<Application> thousand;
    private List<Application> tenThousand;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        scorer = Scorer.builder().build();
        rubric = new PlainJavaRubric();
        if (!PlainJavaRubric.mirrorsTheBundledRubric()) {
            System.err.println("Warning: the bundled rules changed since PlainJavaRubric was written; its figure is for "
                    + "the older rubric (see PlainJavaRubricTest).");
        }
        tenThousand = Samples.generate(10_000);
        thousand = tenThousand.subList(0, 1_000);
        BatchResult check = scorer.assessAll(thousand);
        if (!check.rejections().isEmpty()) {
            throw new IllegalStateException("Generated applications rejected: " + check.rejections());
        }
    }

    private Application nextApplication() {
        Application application = thousand.get(next);
        next = next + 1 == thousand.size() ? 0 : next + 1;
        return application;
    }

    /** (a) Scorer.assess on one application: validation, session, rules, tally. */
    @Benchmark
    public Assessment assess() {
        return scorer.assess(nextApplication());
    }

    /** (b) Scorer.assessAll on 1 000 applications; the figure is per application. */
    @Benchmark
    @OperationsPerInvocation(1_000)
    public BatchResult assessAll1000() {
        return scorer.assessAll(thousand);
    }

    /** (b) Scorer.assessAll on 10 000 applications; the figure is per application. */
    @Benchmark
    @OperationsPerInvocation(10_000)
    public BatchResult assessAll10000() {
        return scorer.assessAll(tenThousand);
    }

    /** (e) The plain-Java baseline on one application. */
    @Benchmark
    public PlainJavaRubric.Result plainJava() {
        return rubric.assess(nextApplication());
    }

    /** (e) The plain-Java baseline on 1 000 applications; the figure is per application. */
    @Benchmark
    @OperationsPerInvocation(1_000)
    public void plainJavaAll1000(Blackhole blackhole) {
        for (Application application : thousand) {
            blackhole.consume(rubric.assess(application));
        }
    }
}
