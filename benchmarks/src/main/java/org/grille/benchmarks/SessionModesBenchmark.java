package org.grille.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Drools' session modes on the bundled catalog's precompiled model, per application ({@link SessionModes}). Compare
 * {@code alphaNetworkCompiled} with {@code oneLinePooledSession}: the same rules, the same session, the alpha network
 * compiled or not.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionModesBenchmark {

    private SessionModes modes;
    private List<Application> applications;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        modes = new SessionModes();
        applications = Samples.generate(1_000);
    }

    private Application nextApplication() {
        Application application = applications.get(next);
        next = next + 1 == applications.size() ? 0 : next + 1;
        return application;
    }

    @Benchmark
    public int pooledSession() {
        return modes.pooledSession(nextApplication());
    }

    @Benchmark
    public int sequentialStateless() {
        return modes.sequentialStateless(nextApplication());
    }

    @Benchmark
    public int oneLinePooledSession() {
        return modes.oneLinePooledSession(nextApplication());
    }

    @Benchmark
    public int alphaNetworkCompiled() {
        return modes.alphaNetworkCompiled(nextApplication());
    }
}
