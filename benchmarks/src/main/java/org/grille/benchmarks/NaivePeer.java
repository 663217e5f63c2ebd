package org.grille.benchmarks;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.grille.api.application.Application;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * The naive peer: the bundled catalog's DRL embedded the way most Drools users write it. KieServices and a
 * KieFileSystem compile the DRL at run time (classic build, default kmodule); each application gets a new
 * KieSession, its facts inserted, {@code fireAllRules()}, {@code dispose()}. It collects nothing: no
 * listener, no tally, no validation, so it is a lower bound for "Drools done the usual way".
 */
public final class NaivePeer {

    private static final AtomicInteger BUILDS = new AtomicInteger();

    private final KieBase kieBase;

    private NaivePeer(KieBase kieBase) {
        this.kieBase = kieBase;
    }

    /** Compiles the bundled DRL files with KieServices, each build under its own release id. */
    public static NaivePeer compile() {
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("org.grille.benchmarks", "naive-peer", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (Map.Entry<String, byte[]> file : BundledFiles.read().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                files.write("src/main/resources/" + BundledFiles.ROOT + file.getKey(),
                        BundledFiles.forDrools(file.getValue()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        // The classic build, named: with drools-model-codegen on the class path, buildAll() alone could pick the
        // executable model.
        KieBuilder builder = services.newKieBuilder(files).buildAll(DrlProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("The bundled DRL does not compile: " + builder.getResults().getMessages());
        }
        KieContainer container = services.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        services.getRepository().removeKieModule(releaseId);
        return new NaivePeer(kieBase);
    }

    /** The naive way of running applications, on another KieBase of the same rules (the executable model). */
    public static NaivePeer of(KieBase kieBase) {
        return new NaivePeer(kieBase);
    }

    /** Scores one application the naive way; returns how many rules fired, so the work cannot be optimized away. */
    public int run(Application application) {
        KieSession session = kieBase.newKieSession();
        try {
            // the facts rules are written for: the same projection the engine inserts
            org.grille.engine.scoring.Facts.of(BundledFiles.CALL_TERMS, application).forEach(session::insert);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    KieBase kieBase() {
        return kieBase;
    }
}
