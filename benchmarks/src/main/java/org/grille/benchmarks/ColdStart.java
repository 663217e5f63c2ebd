package org.grille.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.grille.api.Assessment;
import org.grille.api.Scorer;
import org.grille.api.application.Application;

/**
 * (c) Cold start, whole process: build the scorer with the bundled catalog and assess one application, then
 * print how long after JVM start each step ended. Run it in a fresh JVM each time:
 *
 * <pre>
 * for i in 1 2 3 4 5; do
 *   s=$(date +%s%N); java -cp benchmarks/target/benchmarks.jar org.grille.benchmarks.ColdStart; e=$(date +%s%N)
 *   echo "process wall $(( (e - s) / 1000000 )) ms"
 * done
 * </pre>
 *
 * Other arguments measure other ways to get the catalog's KieBase, then run one application on a new session
 * the naive way (no validation, no tally):
 * <ul>
 *   <li>{@code naive}: KieServices compiles the DRL (classic build);</li>
 *   <li>{@code kjar FILE}: a precompiled executable-model kjar (written by {@link ExecutableModel}) loaded
 *       through KieRepository and a KieContainer;</li>
 *   <li>{@code model}: the precompiled model classes on the class path
 *       ({@code -cp benchmarks.jar:catalog-kjar.jar}), KieBase built straight from them.</li>
 * </ul>
 * Times come from {@code RuntimeMXBean.getStartTime()} (when the JVM started) and the wall clock; the
 * management bean is read after the work so that loading it is not counted in the steps.
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) {
        long mainEntered = System.currentTimeMillis();
        String mode = args.length > 0 ? args[0] : "grille";
        Application application = Samples.generate(1).get(0);
        long ready;
        String outcome;
        String batches = "";
        if (mode.equals("grille")) {
            Scorer scorer = Scorer.builder().build();
            ready = System.currentTimeMillis();
            Assessment assessment = scorer.assess(application);
            outcome = assessment.applicationId() + " " + assessment.total() + "/100";
            // What a service sees next: its first batch, then the same work again once the JIT has seen it.
            List<Application> batch = Samples.generate(48).subList(1, 48);
            long first = System.nanoTime();
            scorer.assessAll(batch);
            long second = System.nanoTime();
            scorer.assessAll(batch);
            long end = System.nanoTime();
            batches = String.format("; batch of 47: first %d ms, second %d ms", (second - first) / 1_000_000,
                    (end - second) / 1_000_000);
        } else {
            NaivePeer peer = switch (mode) {
                case "naive" -> NaivePeer.compile();
                case "kjar" -> NaivePeer.of(ExecutableModel.loadKjar(java.nio.file.Path.of(args[1])));
                case "model" -> NaivePeer.of(ExecutableModel.loadFromClassPath(ColdStart.class.getClassLoader()));
                default -> throw new IllegalArgumentException("grille, naive, kjar FILE or model, not " + mode);
            };
            ready = System.currentTimeMillis();
            outcome = peer.run(application) + " rules fired";
        }
        long assessed = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("%s: main entered %d ms, catalog ready %d ms, first assessment done %d ms after JVM start (%s)%s%n",
                mode, mainEntered - jvmStart, ready - jvmStart, assessed - jvmStart, outcome, batches);
    }
}
