package org.grille.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.grille.api.application.Application;
import org.grille.api.rules.CallTerms;
import org.grille.engine.Facts;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.conf.SequentialOption;
import org.kie.internal.builder.conf.AlphaNetworkCompilerOption;

/**
 * The bundled catalog's precompiled executable model (what {@code Scorer.builder().build()} runs) in three Drools
 * modes, the same facts, nothing collected, so only the session work differs: a pooled stateful session (the
 * engine's choice), a stateless session in sequential mode, and a pooled session on a KieBase whose alpha network is
 * compiled to Java.
 */
public final class SessionModes {

    private static final String ROOT = "org/grille/catalog/montrealinclusive/";
    private static final CallTerms TERMS = new CallTerms(LocalDate.of(2027, 1, 29), 100_000, 2, LocalDate.of(2027, 4, 1),
            36, LocalDate.of(2025, 10, 1));

    private final KieSessionsPool pooled;
    private final StatelessKieSession sequential;
    private final KieSessionsPool alphaCompiled;

    public SessionModes() {
        pooled = kieBase(configuration()).newKieSessionsPool(1);
        KieBaseConfiguration sequentialMode = configuration();
        sequentialMode.setOption(SequentialOption.YES);
        sequential = kieBase(sequentialMode).newStatelessKieSession();
        // a builder option: Drools reads it from the system properties when the model's KieBase is built
        String before = System.getProperty(AlphaNetworkCompilerOption.PROPERTY_NAME);
        System.setProperty(AlphaNetworkCompilerOption.PROPERTY_NAME, AlphaNetworkCompilerOption.INMEMORY.getMode());
        try {
            alphaCompiled = kieBase(configuration()).newKieSessionsPool(1);
        } finally {
            if (before == null) {
                System.clearProperty(AlphaNetworkCompilerOption.PROPERTY_NAME);
            } else {
                System.setProperty(AlphaNetworkCompilerOption.PROPERTY_NAME, before);
            }
        }
    }

    private static KieBaseConfiguration configuration() {
        return KieServices.get().newKieBaseConfiguration();
    }

    private static KieBase kieBase(KieBaseConfiguration configuration) {
        Properties index = new Properties();
        ClassLoader loader = SessionModes.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(ROOT + "precompiled-model.properties")) {
            if (in == null) {
                throw new IllegalStateException("No precompiled model on the classpath: build rules-catalog first");
            }
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Model> models = new ArrayList<>();
        try {
            for (String name : index.getProperty("models", "").split(",")) {
                if (!name.isBlank()) {
                    models.add((Model) loader.loadClass(name.strip()).getDeclaredConstructor().newInstance());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return KieBaseBuilder.createKieBaseFromModel(models, configuration);
    }

    private static int fire(KieSession session, Application application) {
        try {
            Facts.of(TERMS, application).forEach(session::insert);
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /** The engine's mode: a stateful session from a pool, reset after each application. */
    public int pooledSession(Application application) {
        return fire(pooled.newKieSession(), application);
    }

    /** Sequential mode: a stateless session, rules fired once each in salience order, no re-evaluation. */
    public int sequentialStateless(Application application) {
        List<Object> facts = Facts.of(TERMS, application);
        sequential.execute(facts);
        return facts.size();
    }

    /** The alpha network compiled to Java at KieBase creation (Drools' "alpha network compiler"). */
    public int alphaNetworkCompiled(Application application) {
        return fire(alphaCompiled.newKieSession(), application);
    }
}
