package org.grille.benchmarks;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grille.api.Assessment;
import org.grille.api.application.Application;
import org.grille.api.application.Objective;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.ClasspathCatalogSource;
import org.grille.engine.catalog.Compilation;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.PrecompiledModel;
import org.grille.engine.catalog.RuleInfo;
import org.grille.engine.catalog.RuleKind;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Ways the engine could run one application, written here so they can be measured without touching
 * rules-engine. Each one produces the same {@link Assessment} as {@code DroolsScorer.run} (checked by
 * {@code EngineVariantsTest}): same KieBase (the bundled catalog's executable model, precompiled with the
 * rules-catalog jar, as {@code Scorer.builder().build()} loads it), same facts, same firing limit, same tally
 * ({@code org.grille.engine.scoring.Tally}). {@link #directoryBuild()} runs them on the KieBase a catalog directory gets.
 * Validation is left out; it is measured on its own ({@link #validate}).
 *
 * <ul>
 *   <li>{@link #newSessionWithListener}: what the engine does today, a new KieSession and an AgendaEventListener;</li>
 *   <li>{@link #newSessionWithFilter}: a new KieSession, the fired rules recorded by an AgendaFilter instead;</li>
 *   <li>{@link #pooledSession}: a session from a {@link KieSessionsPool}, reset and returned on dispose;</li>
 *   <li>{@link #statelessSession}: one shared StatelessKieSession; the collector travels in a ThreadLocal;</li>
 *   <li>{@link #newSessionNothingCollected}: a new KieSession, nothing recorded, no tally: the floor.</li>
 * </ul>
 */
public final class EngineVariants {

    /** Scorer.Builder.DEFAULT_MAX_RULE_FIRINGS. */
    static final int MAX_RULE_FIRINGS = 10_000;

    private final CompiledCatalog catalog;
    private final KieBase kieBase;
    private final Locale locale = Locale.CANADA_FRENCH;
    private final org.grille.engine.validation.ApplicationValidator validator;
    private final KieSessionsPool pool;
    private final StatelessKieSession stateless;
    /** Made once, as the scorer makes its own: the catalog's positions, reasons and titles worked out ahead. */
    private final org.grille.engine.scoring.Tally tally;
    private final ThreadLocal<Firings> statelessFirings = new ThreadLocal<>();

    /** The variants on the engine's KieBase for the bundled catalog: the model precompiled with the jar. */
    public EngineVariants() {
        this(bundled());
    }

    private static CompiledCatalog bundled() {
        ClassLoader loader = EngineVariants.class.getClassLoader();
        Compilation compilation = new CatalogCompiler(new Messages(Locale.CANADA_FRENCH)).compile(
                new ClasspathCatalogSource(loader, BundledFiles.ROOT),
                fingerprint -> PrecompiledModel.load(loader, BundledFiles.ROOT, fingerprint));
        if (!compilation.succeeded() || !compilation.catalog().precompiled()) {
            throw new IllegalStateException("The bundled catalog's precompiled model did not load: build rules-catalog first");
        }
        return compilation.catalog();
    }

    /**
     * The variants on the KieBase a catalog directory gets ({@code --catalog DIR}, hot reload): the DRL built at run
     * time by the classic builder, constraints kept in MVEL's interpreter.
     */
    public static EngineVariants directoryBuild() {
        return new EngineVariants(new CatalogCompiler(new Messages(Locale.CANADA_FRENCH)).compileOrThrow(
                new ClasspathCatalogSource(EngineVariants.class.getClassLoader(), BundledFiles.ROOT)));
    }

    EngineVariants(CompiledCatalog catalog) {
        this(catalog, catalog.kieBase());
    }

    /**
     * The same variants on another KieBase of the same rules: the rule metadata comes from {@code catalog}, the
     * sessions from {@code kieBase}.
     */
    EngineVariants(CompiledCatalog catalog, KieBase kieBase) {
        this.catalog = catalog;
        this.kieBase = kieBase;
        this.tally = new org.grille.engine.scoring.Tally(catalog, locale);
        this.validator = new org.grille.engine.validation.ApplicationValidator(new Messages(locale),
                catalog.callTerms().maxDurationMonths(), catalog.manifest().objectiveIds());
        this.pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.stateless = kieBase.newStatelessKieSession();
        this.stateless.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                Firings firings = statelessFirings.get();
                firings.fired(event.getMatch());
                if (firings.total > MAX_RULE_FIRINGS) {
                    event.getKieRuntime().halt();          // the firing limit, as fireAllRules(limit) would
                }
            }
        });
    }

    /** The variants on the bundled catalog's executable model, generated and compiled in this JVM. */
    public static EngineVariants executableModel() {
        EngineVariants precompiled = new EngineVariants();
        precompiled.close();
        return new EngineVariants(precompiled.catalog, ExecutableModel.compileAtRunTime());
    }

    public CompiledCatalog catalog() {
        return catalog;
    }

    /** The engine's validation alone: how much of an assessment is input checking. */
    public int validate(Application application) {
        return validator.validate(application).size();
    }

    /** DroolsScorer.run today: new session, AgendaEventListener, tally. */
    public Assessment newSessionWithListener(Application application) {
        KieSession session = kieBase.newKieSession();
        Firings firings = new Firings(catalog);
        try {
            session.addEventListener(firings.listener());
            insertFacts(session, application);
            checkLimit(session.fireAllRules(MAX_RULE_FIRINGS + 1));
        } finally {
            session.dispose();
        }
        return tally(application, firings);
    }

    /** New session; an AgendaFilter records each match as it is about to fire, no event objects. */
    public Assessment newSessionWithFilter(Application application) {
        KieSession session = kieBase.newKieSession();
        Firings firings = new Firings(catalog);
        try {
            insertFacts(session, application);
            checkLimit(session.fireAllRules(firings, MAX_RULE_FIRINGS + 1));
        } finally {
            session.dispose();
        }
        return tally(application, firings);
    }

    /** A pooled session (KieBase.newKieSessionsPool): dispose() resets it and gives it back to the pool. */
    public Assessment pooledSession(Application application) {
        KieSession session = pool.newKieSession();
        Firings firings = new Firings(catalog);
        try {
            insertFacts(session, application);
            checkLimit(session.fireAllRules(firings, MAX_RULE_FIRINGS + 1));
        } finally {
            session.dispose();
        }
        return tally(application, firings);
    }

    /**
     * One StatelessKieSession for all: {@code execute(facts)} inserts them and fires. Batch commands with
     * {@code newFireAllRules(limit)} need drools-commands (KieServices.getCommands() is null without it), so the
     * firing limit is kept by the listener, which halts the session past it.
     */
    public Assessment statelessSession(Application application) {
        Firings firings = new Firings(catalog);
        statelessFirings.set(firings);
        try {
            stateless.execute(facts(application));
        } finally {
            statelessFirings.remove();
        }
        checkLimit(firings.total);
        return tally(application, firings);
    }

    /** New session on the same KieBase; nothing recorded, no tally: what Drools alone costs. */
    public int newSessionNothingCollected(Application application) {
        KieSession session = kieBase.newKieSession();
        try {
            insertFacts(session, application);
            return session.fireAllRules(MAX_RULE_FIRINGS + 1);
        } finally {
            session.dispose();
        }
    }

    /** The fired rules of a variant, without the Assessment: input for measuring the tally alone. */
    public Firings firings(Application application) {
        KieSession session = kieBase.newKieSession();
        Firings firings = new Firings(catalog);
        try {
            insertFacts(session, application);
            session.fireAllRules(firings, MAX_RULE_FIRINGS + 1);
        } finally {
            session.dispose();
        }
        return firings;
    }

    /** The tally alone, on fired rules recorded earlier. */
    public Assessment tally(Application application, Firings firings) {
        return tally(application.id(), application.project().primaryObjective(), firings.scoringRules());
    }

    /** Shuts the session pool down. */
    public void close() {
        pool.shutdown();
    }

    private static void checkLimit(int fired) {
        if (fired > MAX_RULE_FIRINGS) {
            throw new IllegalStateException("runaway rule");
        }
    }

    private void insertFacts(KieSession session, Application application) {
        facts(application).forEach(session::insert);
    }

    private List<Object> facts(Application application) {
        return org.grille.engine.scoring.Facts.of(catalog.callTerms(), application);
    }

    /** The rules that fired for one application, each once (RuleFirings' logic), by listener or by filter. */
    public static final class Firings implements AgendaFilter {
        private final CompiledCatalog catalog;
        private final Map<String, RuleInfo> fired = new LinkedHashMap<>();
        private final Map<String, Integer> counts = new HashMap<>();
        private int total;

        Firings(CompiledCatalog catalog) {
            this.catalog = catalog;
        }

        @Override
        public boolean accept(Match match) {
            fired(match);
            return true;
        }

        void fired(Match match) {
            String name = match.getRule().getName();
            total++;
            counts.merge(name, 1, Integer::sum);
            RuleInfo rule = catalog.rule(name);
            if (rule != null && rule.kind() != RuleKind.DERIVATION) {
                fired.putIfAbsent(name, rule);
            }
        }

        Iterable<RuleInfo> scoringRules() {
            return fired.values();
        }

        DefaultAgendaEventListener listener() {
            return new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    fired(event.getMatch());
                }
            };
        }
    }

    private Assessment tally(String applicationId, Objective primary, Iterable<RuleInfo> firedRules) {
        return tally.of(applicationId, primary, firedRules);
    }
}
