package org.grille.benchmarks;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.Compilation;
import org.grille.engine.catalog.DirectoryCatalogSource;
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
 * (d) What policy staff wait for: compiling and validating the bundled catalog from a directory (a copy of its
 * files), every check included (manifest, syntax, metadata, vocabulary, protected attributes, Drools build).
 * Warm: the JVM has compiled catalogs before. Average time per compile, milliseconds.
 * {@link #naivePeerCompile} is the same DRL through KieServices/KieFileSystem, for comparison, and
 * {@link #executableModelCompile} the same DRL turned into an executable model.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class CatalogCompileBenchmark {

    private Path directory;
    private CatalogCompiler compiler;

    @Setup(Level.Trial)
    public void setUp() {
        directory = BundledFiles.copyToTemporaryDirectory();
        compiler = new CatalogCompiler(new Messages(Locale.CANADA_FRENCH));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BundledFiles.delete(directory);
    }

    @Benchmark
    public Compilation compileDirectory() {
        Compilation compilation = compiler.compile(new DirectoryCatalogSource(directory));
        if (!compilation.succeeded()) {
            throw new IllegalStateException(compilation.problems().toString());
        }
        return compilation;
    }

    @Benchmark
    public Object naivePeerCompile() {
        return NaivePeer.compile();
    }

    /** The executable model generated and compiled in this JVM (what a build step would pay, warm). */
    @Benchmark
    public Object executableModelCompile() {
        return ExecutableModel.compileAtRunTime();
    }
}
