package org.grille.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.ancompiler.CompiledNetwork;
import org.drools.ancompiler.KieBaseUpdaterANC;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.grille.api.application.Application;
import org.grille.api.rules.CallTerms;
import org.grille.engine.scoring.Facts;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.conf.SequentialOption;

/**
 * The bundled catalog's precompiled executable model (what {@code Scorer.builder().build()} runs) in three Drools
 * modes, the same facts, nothing collected, so only the session work differs: a pooled stateful session (the
 * engine's choice), a stateless session in sequential mode, and a pooled session on a KieBase whose alpha network is
 * compiled to Java, against the same session on the same KieBase uncompiled.
 */
public final class SessionModes {

    private static final Pattern CONDITIONS = Pattern.compile("(?ms)(^\\s*when\\s*\\n\\s*)(.*?)(\\n\\s*then\\s*$)");
    private static final String ROOT = "org/grille/catalog/montrealinclusive/";
    private static final CallTerms TERMS = new CallTerms(LocalDate.of(2027, 1, 29), 100_000, 2, LocalDate.of(2027, 4, 1),
            36, LocalDate.of(2025, 10, 1));

    private final KieSessionsPool pooled;
    private final StatelessKieSession sequential;
    private final KieSessionsPool oneLinePooled;
    private final KieBase alphaCompiledBase;
    private final KieSessionsPool alphaCompiled;

    public SessionModes() {
        pooled = kieBase(configuration()).newKieSessionsPool(1);
        KieBaseConfiguration sequentialMode = configuration();
        sequentialMode.setOption(SequentialOption.YES);
        sequential = kieBase(sequentialMode).newStatelessKieSession();
        // Drools' alpha network compiler copies each constraint's text into a line comment of the Java it generates, so
        // a condition written over several lines (as the catalog's are) breaks that Java (Drools 10.2). It is
        // measured on the same rules with each rule's conditions on one line, against that same model uncompiled.
        oneLinePooled = ExecutableModel.compileAtRunTime(SessionModes::conditionsOnOneLine).newKieSessionsPool(1);
        // The compiler runs by itself only where a KieContainer builds the KieBase (a KieBaseUpdater); a KieBase
        // made straight from the model has to be handed to it. compiledObjectTypes() shows that it took.
        alphaCompiledBase = ExecutableModel.compileAtRunTime(SessionModes::conditionsOnOneLine);
        KieBaseUpdaterANC.generateAndSetInMemoryANC(alphaCompiledBase);
        alphaCompiled = alphaCompiledBase.newKieSessionsPool(1);
    }

    /** The rule file with each rule's conditions, from its "when" line to its "then" line, joined on one line. */
    static String conditionsOnOneLine(String drl) {
        return CONDITIONS.matcher(drl).replaceAll(m ->
                Matcher.quoteReplacement(m.group(1) + m.group(2).strip().replaceAll("\\s*\\n\\s*", " ") + m.group(3)));
    }

    /**
     * The object types whose alpha network is compiled Java in the alpha-compiled KieBase, by class name; empty if
     * the compiler did not take. Drools compiles only the types with enough alpha nodes below them.
     */
    public List<String> compiledObjectTypes() {
        List<String> compiled = new ArrayList<>();
        for (ObjectTypeNode node : ((InternalRuleBase) alphaCompiledBase).getRete().getObjectTypeNodes()) {
            if (node.getObjectSinkPropagator() instanceof CompiledNetwork) {
                compiled.add(node.getObjectType().getClassName());
            }
        }
        return compiled;
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

    /** The engine's mode on the catalog's rules with their conditions on one line, compiled in this JVM. */
    public int oneLinePooledSession(Application application) {
        return fire(oneLinePooled.newKieSession(), application);
    }

    /**
     * {@link #oneLinePooledSession}, with the alpha network compiled to Java after the KieBase is built (Drools'
     * "alpha network compiler").
     */
    public int alphaNetworkCompiled(Application application) {
        return fire(alphaCompiled.newKieSession(), application);
    }
}
