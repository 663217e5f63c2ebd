package org.grille.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.grille.api.Assessment;
import org.grille.api.application.Application;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (f) The naive peer, and the ways the engine could handle sessions (see {@link EngineVariants}), on the same
 * 1 000 generated applications as {@link AssessBenchmark}. Average time per application, microseconds, one thread.
 * None of these validate the input; {@link #validateOnly} measures validation by itself.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class EngineVariantsBenchmark {

    private NaivePeer naive;
    private EngineVariants variants;
    private EngineVariants executableModel;
    private EngineVariants directoryBuild;
    private List<Application> applications;
    private List<EngineVariants.Firings> firings;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        naive = NaivePeer.compile();
        variants = new EngineVariants();
        executableModel = EngineVariants.executableModel();
        directoryBuild = EngineVariants.directoryBuild();
        applications = Samples.generate(1_000);
        firings = new ArrayList<>(applications.size());
        for (Application application : applications) {
            firings.add(variants.firings(application));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        variants.close();
        executableModel.close();
        directoryBuild.close();
    }

    private int nextIndex() {
        int index = next;
        next = next + 1 == applications.size() ? 0 : next + 1;
        return index;
    }

    /** (f) KieServices-compiled KieBase, new KieSession, insert, fireAllRules, dispose; nothing collected. */
    @Benchmark
    public int naivePeer() {
        return naive.run(applications.get(nextIndex()));
    }

    /** Grille's KieBase, new session, nothing collected, no tally: what Drools alone costs here. */
    @Benchmark
    public int newSessionNothingCollected() {
        return variants.newSessionNothingCollected(applications.get(nextIndex()));
    }

    /** What DroolsScorer.run does today (new session + AgendaEventListener + tally), without validation. */
    @Benchmark
    public Assessment newSessionWithListener() {
        return variants.newSessionWithListener(applications.get(nextIndex()));
    }

    /** New session, fired rules recorded by an AgendaFilter instead of a listener, + tally. */
    @Benchmark
    public Assessment newSessionWithFilter() {
        return variants.newSessionWithFilter(applications.get(nextIndex()));
    }

    /** KieSessionsPool session (reset on dispose), AgendaFilter, + tally. */
    @Benchmark
    public Assessment pooledSession() {
        return variants.pooledSession(applications.get(nextIndex()));
    }

    /** One shared StatelessKieSession, batch command (insert + fireAllRules(limit)), listener, + tally. */
    @Benchmark
    public Assessment statelessSession() {
        return variants.statelessSession(applications.get(nextIndex()));
    }

    /** The catalog's executable model (compiled in this JVM), new session, listener, tally: as the engine would run it. */
    @Benchmark
    public Assessment executableModelWithListener() {
        return executableModel.newSessionWithListener(applications.get(nextIndex()));
    }

    /** The executable model, new session, nothing collected: Drools alone on the executable model. */
    @Benchmark
    public int executableModelNothingCollected() {
        return executableModel.newSessionNothingCollected(applications.get(nextIndex()));
    }

    /** ApplicationValidator alone. */
    /** What a catalog directory's KieBase costs (classic build, MVEL interpreted), as the engine runs it. */
    @Benchmark
    public Assessment directoryBuildWithListener() {
        return directoryBuild.newSessionWithListener(applications.get(nextIndex()));
    }

    @Benchmark
    public int directoryBuildNothingCollected() {
        return directoryBuild.newSessionNothingCollected(applications.get(nextIndex()));
    }

    @Benchmark
    public int validateOnly() {
        return variants.validate(applications.get(nextIndex()));
    }

    /** The tally (Tally.of's copy: caps, contributions with reason texts, Assessment) alone, on recorded firings. */
    @Benchmark
    public Assessment tallyOnly() {
        int index = nextIndex();
        return variants.tally(applications.get(index), firings.get(index));
    }
}
